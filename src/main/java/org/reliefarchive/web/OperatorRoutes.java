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

  /** GET /operator: the same as an HTML page, in Chinese or with {@code lang=en} English. */
  void page(Context ctx) {
    Messages m = Messages.forLang(ctx.queryParam("lang"));
    WebApp.html(ctx, Templates.render("operator.jte", view(runs.runs(limit(ctx)), m)));
  }

  OperatorView view(List<CrawlRunsSource.Run> list, Messages m) {
    List<OperatorView.Schedule> schedules = new ArrayList<>();
    for (CrawlRunsSource.Schedule s : runs.schedules()) {
      schedules.add(new OperatorView.Schedule(name(s.portal()), s.cron(),
          s.nextRun() == null ? "-" : s.nextRun()));
    }
    List<OperatorView.Run> rows = new ArrayList<>();
    for (CrawlRunsSource.Run r : list) {
      List<OperatorView.Portal> portals = new ArrayList<>();
      for (CrawlRunsSource.Portal p : r.portals()) {
        portals.add(portal(p, m, r.worker()));
      }
      rows.add(new OperatorView.Run(r.startedAt(), m.tOr("op.trigger." + r.trigger(),
          r.trigger()), r.running(), r.resumed(), Math.round(r.seconds()), portals,
          r.worker() == null ? null : m.t("op.worker", r.worker())));
    }
    String other = m.t("lang.other.code");
    List<Header.Field> hidden = Messages.DEFAULT.equals(m.code()) ? List.of()
        : List.of(new Header.Field("lang", m.code()));
    Header header = new Header(m, null, false, hidden,
        "/operator" + SearchUrl.langSuffix(Messages.forLang(other), '?'), false);
    return new OperatorView(m, header, schedules, rows);
  }

  private OperatorView.Portal portal(CrawlRunsSource.Portal p, Messages m, String worker) {
    List<OperatorView.Sample> samples = samples(p.failureSamples(), "reason.", m);
    List<OperatorView.Sample> fetches = samples(p.failedUrls(), "error.", m);
    boolean failed = !p.alarms().isEmpty() || !samples.isEmpty() || p.stoppedBy() != null
        || !p.fetchErrors().isEmpty() || !p.extractionFailures().isEmpty()
        || !fetches.isEmpty();
    return new OperatorView.Portal(name(p.portal()), List.of(p.pagesFetched(), p.listPages(),
        p.articlePages(), p.articlesNew(), p.articlesChanged(), p.articlesUnchanged(),
        p.articlesRemoved()), p.revisitRecords(), p.notModified(), p.notDue(),
        counts(p.fetchErrors(), "error.", m), counts(p.extractionFailures(), "reason.", m),
        p.alarms(), p.stoppedBy(), samples, fetches,
        failed ? "java -jar relief-archive.jar crawl --portal " + p.portal()
            + (worker == null ? "" : " --worker " + worker) : null);
  }

  /** "kind url" lines as the crawler records them, the kind in words where the labels know it. */
  private static List<OperatorView.Sample> samples(List<String> lines, String prefix,
      Messages m) {
    List<OperatorView.Sample> out = new ArrayList<>();
    for (String s : lines) {
      int space = s.lastIndexOf(' ');
      String kind = space < 0 ? "" : s.substring(0, space);
      String url = s.substring(space + 1);
      out.add(new OperatorView.Sample(m.tOr(prefix + kind, kind), url, Html.isWebUrl(url)));
    }
    return out;
  }

  /** Counts by kind, each kind in words where the labels know it: "连接被拒绝: 3, http 404: 1". */
  private static String counts(Map<String, Long> counts, String prefix, Messages m) {
    if (counts.isEmpty()) {
      return "-";
    }
    StringBuilder s = new StringBuilder();
    counts.forEach((k, v) -> s.append(s.length() == 0 ? "" : ", ")
        .append(m.tOr(prefix + k, k)).append(": ").append(v));
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
