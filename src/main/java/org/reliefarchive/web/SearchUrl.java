package org.reliefarchive.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reliefarchive.search.SearchRequest;

/**
 * The state of the search page as a URL: query, facet selections, date range, sort, page,
 * language and the relaxed view. Each method returns a changed copy, so a page builds every link from the one state
 * it shows. A change of filter, range or sort goes back to page 1.
 */
final class SearchUrl {
  private final String query;
  private final Map<String, List<String>> filters;
  private final String from;
  private final String to;
  private final String sort;
  private final int page;
  private final String lang;
  private final boolean relaxed;

  private SearchUrl(String query, Map<String, List<String>> filters, String from, String to,
      String sort, int page, String lang, boolean relaxed) {
    this.query = query;
    this.filters = filters;
    this.from = from;
    this.to = to;
    this.sort = sort;
    this.page = page;
    this.lang = lang;
    this.relaxed = relaxed;
  }

  /** The state of {@code r} shown in {@code lang}. */
  static SearchUrl of(SearchRequest r, Messages lang) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    r.filters().forEach((k, v) -> filters.put(k, List.copyOf(v)));
    return new SearchUrl(r.query(), filters, iso(r.from()), iso(r.to()),
        r.sort().name().toLowerCase(Locale.ROOT), r.page(), lang.code(), r.relaxed());
  }

  /** The same state with {@code value} of {@code dim} selected, or unselected if it was. */
  SearchUrl toggle(String dim, String value) {
    Map<String, List<String>> f = new LinkedHashMap<>();
    filters.forEach((k, v) -> f.put(k, new ArrayList<>(v)));
    List<String> values = f.computeIfAbsent(dim, k -> new ArrayList<>());
    if (!values.remove(value)) {
      values.add(value);
    }
    return new SearchUrl(query, f, from, to, sort, 1, lang, relaxed);
  }

  /** The same state with the date range set; null for an open end. */
  SearchUrl range(String newFrom, String newTo) {
    return new SearchUrl(query, filters, newFrom, newTo, sort, 1, lang, relaxed);
  }

  /** The same state in another order. */
  SearchUrl sort(String newSort) {
    return new SearchUrl(query, filters, from, to, newSort, 1, lang, relaxed);
  }

  /** Another page of the same results. */
  SearchUrl page(int newPage) {
    return new SearchUrl(query, filters, from, to, sort, newPage, lang, relaxed);
  }

  /** The same state in another language. */
  SearchUrl lang(String code) {
    return new SearchUrl(query, filters, from, to, sort, page, code, relaxed);
  }

  /** The search page URL, "/?q=…". */
  String href() {
    return "/?" + query(true);
  }

  /**
   * The state as a query string without "?", for export and feed links; {@code withView} adds
   * sort, page, language and the relaxed view (partial matches counted), which only the page
   * needs: exports and feeds hold full matches.
   */
  String query(boolean withView) {
    StringBuilder u = new StringBuilder("q=").append(Html.url(query));
    filters.forEach((k, vs) -> vs.forEach(v -> u.append('&').append(Html.url(k)).append('=')
        .append(Html.url(v))));
    if (from != null) {
      u.append("&from=").append(Html.url(from));
    }
    if (to != null) {
      u.append("&to=").append(Html.url(to));
    }
    if (withView) {
      u.append("&sort=").append(sort);
      if (page > 1) {
        u.append("&page=").append(page);
      }
      if (!Messages.DEFAULT.equals(lang)) {
        u.append("&lang=").append(lang);
      }
      if (relaxed) {
        u.append("&relaxed=1");
      }
    }
    return u.toString();
  }

  /** The language parameter to append to other links of the site ("" or "?lang=en"). */
  static String langSuffix(Messages m, char separator) {
    return Messages.DEFAULT.equals(m.code()) ? "" : separator + "lang=" + m.code();
  }

  private static String iso(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
