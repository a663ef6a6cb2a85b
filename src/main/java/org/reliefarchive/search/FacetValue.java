package org.reliefarchive.search;

import java.util.List;

/**
 * One value of a facet dimension and the number of matching reports that have it.
 *
 * @param value the facet value as shown (for a region, the last level: 兰州市)
 * @param path the value to filter on (for a region, the whole path: 甘肃省/兰州市)
 * @param count matching reports
 * @param selected true when the request filters on this value
 * @param children for a hierarchical dimension, the next level under a selected value (or an
 *     ancestor of one), otherwise empty
 */
public record FacetValue(
    String value, String path, int count, boolean selected, List<FacetValue> children) {

  /** Copies the children. */
  public FacetValue {
    children = children == null ? List.of() : List.copyOf(children);
  }

  /** A flat value without children. */
  public FacetValue(String value, int count, boolean selected) {
    this(value, value, count, selected, List.of());
  }
}
