package org.reliefarchive.search;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.search.Query;

/**
 * What the web pages, the CLI, exports and feeds ask of the reports, whichever engine holds
 * them: the embedded Lucene index ({@link ReportSearcher}) or a SolrCloud collection
 * ({@code org.reliefarchive.solr.SolrReportSearcher}). Both compile the query text with the same
 * parser ({@link #parse}), so the two cannot read a query differently. Implementations are
 * thread-safe.
 */
public interface SearchBackend {
  /**
   * Runs one search: the page of hits (reprints folded), facet counts (multi-select: a selected
   * dimension counts its other values), totals.
   *
   * @throws BadQueryException if the query cannot be parsed or a filter names an unknown facet
   */
  SearchResult search(SearchRequest request);

  /** One report whole, with its tags, capture history and reprints; empty for an unknown id. */
  Optional<ReportDetail> report(String id);

  /**
   * Hands every report matching {@code request} (page and size ignored) to {@code consumer} in
   * the request's order, reprints included, in constant memory.
   *
   * @return the number of reports handed over
   */
  long forEach(SearchRequest request, Consumer<ReportDetail> consumer);

  /** Reports like report {@code id}, best first; empty when the id is unknown. */
  Optional<List<SearchHit>> similar(String id, int size);

  /** Loads what parsing needs, so the first search does not pay for it. */
  void warmUp();

  /**
   * The query text compiled as both backends search it.
   *
   * @throws BadQueryException naming parameter "q" if the syntax is wrong
   */
  Query parse(String queryText);

  /** The query as it is searched: obvious slips mended; blank for blank text. */
  String understood(String queryText);

  /** Number of reports searchable now (changes of the last second included). */
  long count();
}
