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
 */
public record SearchResult(
    String query,
    long total,
    int page,
    int size,
    List<SearchHit> hits,
    Map<String, List<FacetValue>> facets,
    long tookMs) {}
