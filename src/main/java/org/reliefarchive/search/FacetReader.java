package org.reliefarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.reliefarchive.index.IndexSchema;

/**
 * Turns Lucene facet counts into {@link FacetValue}s: flat dimensions as a list; hierarchical
 * ones (regions) as the top level with the next level opened under every selected path and its
 * ancestors, so a user can drill from province to city to county. Periods (years, months) come
 * all of them, newest first, as a calendar reads; other flat dimensions by count.
 */
final class FacetReader {
  private static final int TOP = 100;

  private FacetReader() {}

  static List<FacetValue> read(Facets facets, String dim, List<String> selected)
      throws IOException {
    List<FacetValue> values;
    if (IndexSchema.HIERARCHICAL.contains(dim)) {
      values = level(facets, dim, new String[0], selected);
    } else if (IndexSchema.YEAR.equals(dim) || IndexSchema.MONTH.equals(dim)) {
      // "2021-11" sorts as its date does
      values = flat(facets.getAllChildren(dim), selected);
      values.sort(Comparator.comparing(FacetValue::value).reversed());
    } else {
      values = flat(facets.getTopChildren(TOP, dim), selected);
    }
    // a selected value with no hits left still shows, so it can be removed
    for (String s : selected) {
      if (!containsPath(values, s)) {
        String[] parts = s.split("/");
        values.add(new FacetValue(parts[parts.length - 1], s, 0, true, List.of()));
      }
    }
    return values;
  }

  /** The values of a dimension absent from the index: only the selected ones, with 0. */
  static List<FacetValue> none(List<String> selected) {
    List<FacetValue> values = new ArrayList<>();
    for (String s : selected) {
      String[] parts = s.split("/");
      values.add(new FacetValue(parts[parts.length - 1], s, 0, true, List.of()));
    }
    return values;
  }

  private static List<FacetValue> flat(FacetResult result, List<String> selected) {
    List<FacetValue> values = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        values.add(new FacetValue(lv.label, lv.value.intValue(), selected.contains(lv.label)));
      }
    }
    return values;
  }

  private static List<FacetValue> level(Facets facets, String dim, String[] parent,
      List<String> selected) throws IOException {
    FacetResult result;
    try {
      result = facets.getTopChildren(TOP, dim, parent);
    } catch (IllegalArgumentException e) {
      // no such path in this index
      return new ArrayList<>();
    }
    List<FacetValue> values = new ArrayList<>();
    if (result == null) {
      return values;
    }
    String prefix = String.join("/", parent);
    for (LabelAndValue lv : result.labelValues) {
      String path = prefix.isEmpty() ? lv.label : prefix + "/" + lv.label;
      boolean open = selected.stream().anyMatch(s -> s.equals(path) || s.startsWith(path + "/"));
      List<FacetValue> children = List.of();
      if (open) {
        String[] childParent = Arrays.copyOf(parent, parent.length + 1);
        childParent[parent.length] = lv.label;
        children = level(facets, dim, childParent, selected);
      }
      values.add(new FacetValue(lv.label, path, lv.value.intValue(), selected.contains(path),
          children));
    }
    return values;
  }

  private static boolean containsPath(List<FacetValue> values, String path) {
    for (FacetValue v : values) {
      if (v.path().equals(path) || containsPath(v.children(), path)) {
        return true;
      }
    }
    return false;
  }
}
