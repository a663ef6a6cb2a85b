package org.reliefarchive.web;

import java.util.List;

/**
 * What the operator page shows (template {@code operator.jte}), built by {@link OperatorRoutes}
 * from the crawl runs: our labels in the page's language, portal answers and URLs as recorded.
 *
 * @param m labels of the page's language
 * @param header the header with the search box
 * @param schedules the portals re-crawled by schedule
 * @param runs the latest runs, newest first
 */
record OperatorView(Messages m, Header header, List<Schedule> schedules, List<Run> runs) {

  /** A portal's schedule: portal name, cron expression, next run ("-" when unknown). */
  record Schedule(String portal, String cron, String nextRun) {}

  /**
   * One run.
   *
   * @param startedAt start time
   * @param trigger how it started, in words
   * @param running true while it is under way
   * @param resumed true when it continued a killed run
   * @param seconds wall time, rounded
   * @param portals a row per portal
   * @param worker the crawl worker that ran it, in words ("worker 2/4"), or null
   */
  record Run(String startedAt, String trigger, boolean running, boolean resumed, long seconds,
      List<Portal> portals, String worker) {}

  /**
   * A portal's row in a run.
   *
   * @param name portal name and id
   * @param counts pages, lists, articles, new, changed, unchanged, removed
   * @param revisits revisit records
   * @param notModified 304 answers
   * @param notDue known articles not due
   * @param fetchErrors fetch errors by kind, in words, "-" for none
   * @param extractionFailures extraction failures by reason, in words, "-" for none
   * @param alarms alarms raised (the crawler's English)
   * @param stoppedBy why the run stopped early, or null
   * @param samples pages that failed to extract
   * @param failedFetches URLs whose fetch failed, with the kind of failure in words
   * @param recrawl the command that crawls the portal again, shown when something failed
   */
  record Portal(String name, List<Long> counts, long revisits, long notModified, long notDue,
      String fetchErrors, String extractionFailures, List<String> alarms, String stoppedBy,
      List<Sample> samples, List<Sample> failedFetches, String recrawl) {
    /** Whether the row has a second line: alarms, failures and the command to crawl again. */
    boolean details() {
      return recrawl != null;
    }
  }

  /** A page that failed: the reason in words and its URL (a link when it is a web URL). */
  record Sample(String reason, String url, boolean webUrl) {}
}
