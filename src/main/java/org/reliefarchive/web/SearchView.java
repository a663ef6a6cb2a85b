package org.reliefarchive.web;

import java.util.List;

/**
 * What the search page shows (template {@code search.jte}), built by {@link SearchPage} from a
 * request and its result: every link already a URL, every label a key, crawled text as crawled.
 *
 * @param m labels of the page's language
 * @param header the header with the search box
 * @param query the query, for the page title
 * @param feedQuery the state as a query string for the feed link, or null without a request
 * @param error a message above the results, or null
 * @param repaired the query as searched when it differs from the query typed (an unclosed
 *     quote closed, a dangling operator dropped), or null
 * @param alsoSearched the words of the query the synonyms expanded, each with the words it was
 *     also searched as (孤独症 → 自闭症), in the page's language, or null when none was
 * @param results the results, or null when there are none to show (an error)
 * @param crawl the crawl under way, whose reports are still coming in, or null
 */
record SearchView(Messages m, Header header, String query, String feedQuery, String error,
    String repaired, String alsoSearched, Results results, Crawl crawl) {

  /**
   * A crawl under way, so that a reader knows the results are still growing.
   *
   * @param pagesFetched responses archived so far
   * @param reportsNew new articles so far
   */
  record Crawl(long pagesFetched, long reportsNew) {}

  /**
   * The results part of the page.
   *
   * @param summary count, sort, exports and the selected filters
   * @param dates the form of the date range
   * @param facets facet lists, in the order of the result
   * @param charts the timeline and the province tiles, or null when neither has data
   * @param start the number of the first hit on this page
   * @param hits the hits of this page
   * @param pages the pagination, or null on a single page
   */
  record Results(Summary summary, DateForm dates, List<Facet> facets, SearchCharts.Charts charts, int start,
      List<Hit> hits, Pagination pages, List<Hit> partialHits, int fullShown) {}

  /**
   * The date range as a plain GET form, so it works without script.
   *
   * @param from the first day shown (YYYY-MM-DD), or null
   * @param to the last day shown, or null
   * @param hidden the rest of the state the form sends along (query, filters, sort, language)
   */
  record DateForm(String from, String to, List<Header.Field> hidden) {}

  /**
   * The line above the hits and the chips of the selected filters.
   *
   * @param total matching reports
   * @param tookMs search time
   * @param byDate true when sorted by date (the link then offers relevance)
   * @param sortHref the page in the other order
   * @param exportQuery the filters as a query string, for exports and the feed
   * @param chips the selected filters, each a link that removes it; empty without filters
   * @param clearHref the page without any filter
   */
  record Summary(long total, long tookMs, boolean byDate, String sortHref, String exportQuery,
      List<Chip> chips, String clearHref) {}

  /**
   * A selected filter: its dimension, the value shown, the page without it, and the language
   * of the value (null to inherit the page's).
   */
  record Chip(String dim, String text, String href, String lang) {}

  /**
   * One facet list.
   *
   * @param dim the dimension
   * @param filterable true for the long agency list that scrolls and gets a filter box
   * @param lang the language of the values (crawled names are Chinese), null to inherit
   * @param shown values in view
   * @param more values behind "more"
   */
  record Facet(String dim, boolean filterable, String lang, List<FacetLink> shown,
      List<FacetLink> more) {}

  /** A facet value as a link that selects or unselects it, with its children (regions). */
  record FacetLink(String text, int count, boolean selected, String href,
      List<FacetLink> children) {}

  /**
   * One hit.
   *
   * @param href its report page
   * @param title its title, or its URL when untitled
   * @param reprints copies on other portals
   * @param portal portal name
   * @param date publication time (ISO-8601), or null
   * @param url the original URL, or null when not a web URL
   * @param region main region, or null
   * @param agencyTypes agency types
   * @param snippet the snippet cut at its matches
   * @param removed true when the source took the copy shown down
   */
  record Hit(String href, String title, int reprints, String portal, String date, String url,
      String region, List<String> agencyTypes, List<Part> snippet, boolean removed,
      List<String> missing) {
    /** The day of {@link #date}, 2021-11-09. */
    String day() {
      return date.substring(0, Math.min(10, date.length()));
    }
  }

  /** Page {@code page} of {@code pages}, with links to the neighbours (null at the ends). */
  record Pagination(int page, long pages, String prevHref, String nextHref) {}
}
