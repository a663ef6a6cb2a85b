package org.reliefarchive.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reliefarchive.search.BadQueryException;

/**
 * The operator's view of the crawls: {@code GET /api/crawl/runs} (JSON) and {@code GET
 * /operator} (HTML, no script): every run with each portal's pages, new / changed / unchanged /
 * removed articles, errors, extraction failures and alarms, and the schedules. Every string is
 * escaped: portal answers and URLs are untrusted.
 */
final class OperatorRoutes {
  private static final int DEFAULT_LIMIT = 20;
  private static final int MAX_LIMIT = 500;

  private final CrawlRunsSource runs;
  private final Map<String, String> portalNames;

  OperatorRoutes(CrawlRunsSource runs, Map<String, String> portalNames) {
    this.runs = runs;
    this.portalNames = Map.copyOf(portalNames);
  }

  /** GET /api/crawl/runs?limit=N: runs newest first, and the schedules. */
  void apiRuns(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("runs", runs.runs(limit(ctx)));
    body.put("schedules", runs.schedules());
    ctx.json(body);
  }

  /** GET /operator: the same as an HTML page. */
  void page(Context ctx) {
    List<CrawlRunsSource.Run> list = runs.runs(limit(ctx));
    StringBuilder h = new StringBuilder(8192);
    h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Crawl runs - ReliefArchive</title>")
        .append("<link rel=\"stylesheet\" href=\"/static/app.css\"></head><body>")
        .append("<header><a class=\"brand\" href=\"/\">ReliefArchive <span>救助报道档案</span></a>")
        .append(" <a href=\"/api/crawl/runs\">JSON</a></header><section class=\"operator\">")
        .append("<h1>Crawl runs</h1>");
    List<CrawlRunsSource.Schedule> schedules = runs.schedules();
    if (!schedules.isEmpty()) {
      h.append("<h2>Schedules</h2><table><thead><tr><th>portal</th><th>cron</th>")
          .append("<th>next run</th></tr></thead><tbody>");
      for (CrawlRunsSource.Schedule s : schedules) {
        h.append("<tr><td>").append(Html.escape(name(s.portal()))).append("</td><td><code>")
            .append(Html.escape(s.cron())).append("</code></td><td>")
            .append(Html.escape(s.nextRun() == null ? "-" : s.nextRun())).append("</td></tr>");
      }
      h.append("</tbody></table>");
    }
    if (list.isEmpty()) {
      h.append("<p class=\"summary\">No crawl has run yet.</p>");
    }
    for (CrawlRunsSource.Run r : list) {
      run(h, r);
    }
    h.append("</section></body></html>");
    ctx.html(h.toString());
  }

  private void run(StringBuilder h, CrawlRunsSource.Run r) {
    h.append("<h2>").append(Html.escape(r.startedAt())).append(" · ")
        .append(Html.escape(r.trigger()))
        .append(r.running() ? " · running" : "")
        .append(r.resumed() ? " · resumed after a kill" : "")
        .append(String.format(Locale.ROOT, " · %.0f s", r.seconds())).append("</h2>")
        .append("<table><thead><tr><th>portal</th><th>pages</th><th>lists</th>")
        .append("<th>articles</th><th>new</th><th>changed</th><th>unchanged</th>")
        .append("<th>removed</th><th>revisits (304)</th><th>not due</th><th>fetch errors</th>")
        .append("<th>extraction failures</th></tr></thead><tbody>");
    for (CrawlRunsSource.Portal p : r.portals()) {
      h.append("<tr><td>").append(Html.escape(name(p.portal()))).append("</td>");
      cells(h, p.pagesFetched(), p.listPages(), p.articlePages(), p.articlesNew(),
          p.articlesChanged(), p.articlesUnchanged(), p.articlesRemoved());
      h.append("<td>").append(p.revisitRecords()).append(" (").append(p.notModified())
          .append(")</td><td>").append(p.notDue()).append("</td><td>")
          .append(Html.escape(counts(p.fetchErrors()))).append("</td><td>")
          .append(Html.escape(counts(p.extractionFailures()))).append("</td></tr>");
      if (!p.alarms().isEmpty() || !p.failureSamples().isEmpty() || p.stoppedBy() != null) {
        h.append("<tr><td></td><td colspan=\"11\">");
        for (String a : p.alarms()) {
          h.append("<p class=\"error\" role=\"alert\">⚠ ").append(Html.escape(a)).append("</p>");
        }
        if (p.stoppedBy() != null) {
          h.append("<p>stopped by ").append(Html.escape(p.stoppedBy())).append("</p>");
        }
        for (String s : p.failureSamples()) {
          h.append("<p class=\"meta\">").append(Html.escape(s)).append("</p>");
        }
        h.append("</td></tr>");
      }
    }
    h.append("</tbody></table>");
  }

  private static void cells(StringBuilder h, long... values) {
    for (long v : values) {
      h.append("<td>").append(v).append("</td>");
    }
  }

  private static String counts(Map<String, Long> m) {
    if (m.isEmpty()) {
      return "-";
    }
    StringBuilder s = new StringBuilder();
    m.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ").append(k).append(": ").append(v));
    return s.toString();
  }

  private String name(String portal) {
    String n = portalNames.get(portal);
    return n == null ? portal : n + " (" + portal + ")";
  }

  private static int limit(Context ctx) {
    String v = ctx.queryParam("limit");
    if (v == null || v.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= 1 && n <= MAX_LIMIT) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadQueryException("limit", "limit is '" + v + "'; allowed: a whole number from 1 "
        + "to " + MAX_LIMIT);
  }
}
