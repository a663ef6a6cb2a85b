package org.reliefarchive.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param query the query as understood
 * @param total number of matching reports
 * @param page the page returned (1-based)
 * @param size the page size
 * @param hits the hits of this page
 * @param facets counts per dimension; with multi-select, a dimension's counts ignore its own
 *     selection (so other values stay visible)
 * @param tookMs time spent searching
 * @param undated matching reports without a publication date, counted like the year facet
 *     (ignoring a year selection), so the years' counts and this one add up to the total
 */
public record SearchResult(
    String query,
    long total,
    int page,
    int size,
    List<SearchHit> hits,
    Map<String, List<FacetValue>> facets,
    long tookMs,
    long undated) {

  /** A result that counts no undated reports. */
  public SearchResult(String query, long total, int page, int size, List<SearchHit> hits,
      Map<String, List<FacetValue>> facets, long tookMs) {
    this(query, total, page, size, hits, facets, tookMs, 0);
  }
}
