package org.reliefarchive.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.reliefarchive.config.Check;

/**
 * One search as a user asked it.
 *
 * @param query the query text (may be blank: every report, newest first)
 * @param filters selected facet values per dimension; values of one dimension are OR-ed, and
 *     dimensions are AND-ed
 * @param sort relevance or date
 * @param page 1-based page number
 * @param size hits per page
 * @param from first publication day included (Asia/Shanghai), or null
 * @param to last publication day included (Asia/Shanghai), or null
 * @param relaxed whether the total, the facets and the hits take in the reports that miss some
 *     words of the query (ranked after those holding all); otherwise those only fill a page the
 *     full matches leave short
 */
public record SearchRequest(
    String query, Map<String, List<String>> filters, Sort sort, int page, int size,
    LocalDate from, LocalDate to, boolean relaxed) {

  /** How hits are ordered. */
  public enum Sort {
    /** Best match first (the default when there is a query). */
    RELEVANCE,
    /** Newest publication first (the default without a query). */
    DATE,
    /** Newest first capture by the archive first: what a re-crawl found last comes first. */
    CAPTURED
  }

  /** The last page a search serves: deeper paging is a crawl of the index, not a search. */
  public static final int MAX_PAGE = 10_000;
  /** The most hits one page holds. */
  public static final int MAX_SIZE = 1000;

  /** Checks the ranges; messages name the parameter. */
  public SearchRequest {
    query = query == null ? "" : query.strip();
    filters = Check.map(filters);
    Check.inRange("page", page, 1, MAX_PAGE);
    Check.inRange("size", size, 1, MAX_SIZE);
    if (sort == null) {
      sort = query.isEmpty() ? Sort.DATE : Sort.RELEVANCE;
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
    }
  }

  /** A request of full matches (partial ones only fill a short page). */
  public SearchRequest(String query, Map<String, List<String>> filters, Sort sort, int page,
      int size, LocalDate from, LocalDate to) {
    this(query, filters, sort, page, size, from, to, false);
  }

  /** A request without date range. */
  public SearchRequest(String query, Map<String, List<String>> filters, Sort sort, int page,
      int size) {
    this(query, filters, sort, page, size, null, null);
  }

  /** A first page of {@code size} hits for {@code query}, no filters. */
  public static SearchRequest of(String query, int size) {
    return new SearchRequest(query, Map.of(), null, 1, size);
  }
}
