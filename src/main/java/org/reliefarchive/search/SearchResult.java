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
 * @param relaxed whether {@code total}, the facets and the hits take in the reports missing
 *     some words of the query (asked for with {@link SearchRequest#relaxed()}); otherwise they
 *     describe the reports holding every word, and partial matches only fill a short page
 * @param partial reports holding some but not all words of the query, counted when they were
 *     looked for (a page the full matches did not fill, or a relaxed search); 0 otherwise
 * @param alsoSearched for each run of words the synonyms expanded, as the user wrote it, the
 *     other words it was also searched as (孤独症 → [自闭症]); empty for a query without them or
 *     a "quoted phrase"
 */
public record SearchResult(
    String query,
    long total,
    int page,
    int size,
    List<SearchHit> hits,
    Map<String, List<FacetValue>> facets,
    long tookMs,
    long undated,
    boolean relaxed,
    long partial,
    Map<String, List<String>> alsoSearched) {

  public SearchResult {
    alsoSearched = alsoSearched == null ? Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(alsoSearched));
  }

  /** A result without synonyms to report. */
  public SearchResult(String query, long total, int page, int size, List<SearchHit> hits,
      Map<String, List<FacetValue>> facets, long tookMs, long undated, boolean relaxed,
      long partial) {
    this(query, total, page, size, hits, facets, tookMs, undated, relaxed, partial, Map.of());
  }

  /** A result of full matches only. */
  public SearchResult(String query, long total, int page, int size, List<SearchHit> hits,
      Map<String, List<FacetValue>> facets, long tookMs, long undated) {
    this(query, total, page, size, hits, facets, tookMs, undated, false, 0);
  }

  /** A result that counts no undated reports. */
  public SearchResult(String query, long total, int page, int size, List<SearchHit> hits,
      Map<String, List<FacetValue>> facets, long tookMs) {
    this(query, total, page, size, hits, facets, tookMs, 0);
  }
}
