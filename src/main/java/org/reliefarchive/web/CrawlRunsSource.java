package org.reliefarchive.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the operator page and {@code /api/crawl/runs} get the crawl runs from: the run log with
 * each portal's health, the run under way and the schedules. The CLI adapts the crawler's own
 * records to these, so this package stays free of the crawler.
 */
public interface CrawlRunsSource {
  /** No runs and no schedules (a server without a crawl state). */
  CrawlRunsSource NONE = new CrawlRunsSource() {
    @Override
    public List<Run> runs(int limit) {
      return List.of();
    }

    @Override
    public List<Schedule> schedules() {
      return List.of();
    }
  };

  /** The latest {@code limit} runs, newest first; a run under way comes first. */
  List<Run> runs(int limit);

  /** The portals re-crawled by schedule, with their next run. */
  List<Schedule> schedules();

  /**
   * The run under way, if any: the search page and the health check ask on every request, so
   * a source that reads its log from disk should answer this from memory.
   */
  default Optional<Run> underWay() {
    return runs(1).stream().filter(Run::running).findFirst();
  }

  /**
   * One crawl run.
   *
   * @param runId its id (start time)
   * @param trigger crawl, schedule or demo
   * @param startedAt start (ISO-8601 UTC)
   * @param finishedAt end, or the time of the snapshot while it runs
   * @param seconds wall time
   * @param resumed true when it continued a killed run
   * @param running true while it is under way
   * @param portals health per portal
   * @param worker the crawl worker that ran it ({@code 2/4}), or null for a machine crawling
   *     alone
   */
  record Run(String runId, String trigger, String startedAt, String finishedAt, double seconds,
      boolean resumed, boolean running, List<Portal> portals, String worker) {
    /** A run of a machine crawling alone. */
    Run(String runId, String trigger, String startedAt, String finishedAt, double seconds,
        boolean resumed, boolean running, List<Portal> portals) {
      this(runId, trigger, startedAt, finishedAt, seconds, resumed, running, portals, null);
    }

    /** Responses archived so far, over every portal. */
    public long pagesFetched() {
      return portals.stream().mapToLong(Portal::pagesFetched).sum();
    }

    /** New articles so far, over every portal. */
    public long articlesNew() {
      return portals.stream().mapToLong(Portal::articlesNew).sum();
    }
  }

  /**
   * One portal's health in one run.
   *
   * @param portal portal id
   * @param pagesFetched responses archived
   * @param listPages list pages fetched
   * @param articlePages article pages fetched (including 304 answers)
   * @param bytes payload bytes fetched
   * @param revisitRecords captures kept as revisit records
   * @param notModified 304 answers
   * @param articlesNew new articles
   * @param articlesChanged changed articles (new versions)
   * @param articlesUnchanged articles fetched again unchanged
   * @param articlesRemoved articles found taken down
   * @param revisitsDue known articles due for a revisit
   * @param notDue known articles not due
   * @param fetchErrors fetch errors by kind
   * @param extractionFailures extraction failures by reason
   * @param failureSamples a few "reason url" lines
   * @param crawlDelayMs delay between two requests
   * @param stoppedBy why the run stopped early, or null
   * @param alarms alarms, empty when all is well
   * @param failedUrls "kind url" lines of the fetches that failed (the first few of the run)
   */
  record Portal(String portal, long pagesFetched, long listPages, long articlePages, long bytes,
      long revisitRecords, long notModified, long articlesNew, long articlesChanged,
      long articlesUnchanged, long articlesRemoved, long revisitsDue, long notDue,
      Map<String, Long> fetchErrors, Map<String, Long> extractionFailures,
      List<String> failureSamples, long crawlDelayMs, String stoppedBy, List<String> alarms,
      List<String> failedUrls) {

    /** Copies the lists; null failed URLs are none. */
    public Portal {
      failedUrls = failedUrls == null ? List.of() : List.copyOf(failedUrls);
    }

    /** A portal's run without recorded failed URLs (a run record from before they were kept). */
    public Portal(String portal, long pagesFetched, long listPages, long articlePages,
        long bytes, long revisitRecords, long notModified, long articlesNew, long articlesChanged,
        long articlesUnchanged, long articlesRemoved, long revisitsDue, long notDue,
        Map<String, Long> fetchErrors, Map<String, Long> extractionFailures,
        List<String> failureSamples, long crawlDelayMs, String stoppedBy, List<String> alarms) {
      this(portal, pagesFetched, listPages, articlePages, bytes, revisitRecords, notModified,
          articlesNew, articlesChanged, articlesUnchanged, articlesRemoved, revisitsDue, notDue,
          fetchErrors, extractionFailures, failureSamples, crawlDelayMs, stoppedBy, alarms,
          List.of());
    }
  }

  /**
   * A portal's schedule.
   *
   * @param portal portal id
   * @param cron its cron expression
   * @param nextRun the next run (ISO-8601 with offset), or null
   */
  record Schedule(String portal, String cron, String nextRun) {}
}
