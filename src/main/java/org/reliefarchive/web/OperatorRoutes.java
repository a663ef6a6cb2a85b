package org.reliefarchive.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reliefarchive.search.BadQueryException;

/**
 * The operator's view of the crawls: {@code GET /api/crawl/runs} (JSON) and {@code GET
 * /operator} (HTML, no script): every run with each portal's pages, new / changed / unchanged /
 * removed articles, errors, extraction failures and alarms, and the schedules. The page is
 * {@code operator.jte}, which escapes every string: portal answers and URLs are untrusted.
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
    WebApp.html(ctx, Templates.render("operator.jte", view(runs.runs(limit(ctx)))));
  }

  OperatorView view(List<CrawlRunsSource.Run> list) {
    List<OperatorView.Schedule> schedules = new ArrayList<>();
    for (CrawlRunsSource.Schedule s : runs.schedules()) {
      schedules.add(new OperatorView.Schedule(name(s.portal()), s.cron(),
          s.nextRun() == null ? "-" : s.nextRun()));
    }
    List<OperatorView.Run> rows = new ArrayList<>();
    for (CrawlRunsSource.Run r : list) {
      List<OperatorView.Portal> portals = new ArrayList<>();
      for (CrawlRunsSource.Portal p : r.portals()) {
        portals.add(new OperatorView.Portal(name(p.portal()), List.of(p.pagesFetched(),
            p.listPages(), p.articlePages(), p.articlesNew(), p.articlesChanged(),
            p.articlesUnchanged(), p.articlesRemoved()), p.revisitRecords(), p.notModified(),
            p.notDue(), counts(p.fetchErrors()), counts(p.extractionFailures()), p.alarms(),
            p.stoppedBy(), p.failureSamples()));
      }
      rows.add(new OperatorView.Run(r.startedAt(), r.trigger(), r.running(), r.resumed(),
          Math.round(r.seconds()), portals));
    }
    return new OperatorView(schedules, rows);
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
