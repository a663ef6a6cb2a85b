package org.reliefarchive.web;

import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.search.BadQueryException;
import org.reliefarchive.search.SearchRequest;

/** Reads a {@link SearchRequest} from query parameters; bad values name the parameter. */
final class SearchParams {
  /** Longest query accepted, in characters. */
  static final int MAX_QUERY_CHARS = 1000;

  private SearchParams() {}

  static SearchRequest read(Context ctx, ServerConfig server) {
    String q = ctx.queryParam("q");
    int page = intParam(ctx, "page", 1, 1, SearchRequest.MAX_PAGE);
    int size = intParam(ctx, "size", server.pageSize(), 1, server.maxPageSize());
    SearchRequest.Sort sort = null;
    String s = ctx.queryParam("sort");
    if (s != null && !s.isBlank()) {
      try {
        sort = SearchRequest.Sort.valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadQueryException("sort", "sort is '" + s
            + "'; allowed: relevance, date, captured", "param_sort", s);
      }
    }
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String dim : IndexSchema.FACET_DIMENSIONS) {
      List<String> values = ctx.queryParams(dim).stream()
          .filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
      if (IndexSchema.HIERARCHICAL.contains(dim)) {
        values.forEach(v -> checkPath(dim, v));
      }
      if (!values.isEmpty()) {
        filters.put(dim, values);
      }
    }
    if (q != null && q.length() > MAX_QUERY_CHARS) {
      throw new BadQueryException("q", "q is " + q.length() + " characters; allowed: up to "
          + MAX_QUERY_CHARS,
          "query_length", q.length());
    }
    LocalDate from = date(ctx, "from", false);
    LocalDate to = date(ctx, "to", true);
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadQueryException("from", "from (" + from + ") is after to (" + to + ")",
          "date_order", from, to);
    }
    return new SearchRequest(q, filters, sort, page, size, from, to, flag(ctx, "relaxed"));
  }

  /** A yes/no parameter: absent, 0/false/no or 1/true/yes. */
  private static boolean flag(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return false;
    }
    return switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "1", "true", "yes" -> true;
      case "0", "false", "no" -> false;
      default -> throw new BadQueryException(name, name + " is '" + v
          + "'; allowed: 1, true, yes, 0, false, no", "param_flag", name, v);
    };
  }

  /** A path of a hierarchical facet (甘肃省/兰州市) has no empty step: "/" and "a//b" have. */
  private static void checkPath(String dim, String value) {
    for (String step : value.split("/", -1)) {
      if (step.isBlank()) {
        throw new BadQueryException(dim, dim + " is '" + value + "'; allowed: a path of names "
            + "separated by '/', none of them empty, such as 甘肃省/兰州市");
      }
    }
  }

  /**
   * A day given as YYYY, YYYY-MM or YYYY-MM-DD; a year or month means its first day for
   * {@code from} and its last day for {@code to}.
   */
  static LocalDate date(Context ctx, String name, boolean end) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    String s = v.strip();
    try {
      if (s.matches("\\d{4}")) {
        int y = Integer.parseInt(s);
        return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
      }
      if (s.matches("\\d{4}-\\d{1,2}")) {
        YearMonth ym = YearMonth.of(Integer.parseInt(s.substring(0, 4)),
            Integer.parseInt(s.substring(5)));
        return end ? ym.atEndOfMonth() : ym.atDay(1);
      }
      if (s.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
        String[] p = s.split("-");
        return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]),
            Integer.parseInt(p[2]));
      }
    } catch (DateTimeException e) {
      // falls through to the message below
    }
    throw new BadQueryException(name, name + " is '" + v + "'; allowed: a date as YYYY, "
        + "YYYY-MM or YYYY-MM-DD", "param_date", name, v);
  }

  private static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new BadQueryException(name, name + " is '" + v + "'; allowed: a whole number from "
          + min + " to " + max, "param_number", name, v, min, max);
    }
    if (n < min || n > max) {
      throw new BadQueryException(name, name + " is " + n + "; allowed: " + min + " to " + max,
          "param_range", name, n, min, max);
    }
    return n;
  }
}
