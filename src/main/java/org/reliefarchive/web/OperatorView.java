package org.reliefarchive.web;

import java.util.List;

/**
 * What the operator page shows (template {@code operator.jte}), built by {@link OperatorRoutes}
 * from the crawl runs: portal answers and URLs as recorded.
 *
 * @param schedules the portals re-crawled by schedule
 * @param runs the latest runs, newest first
 */
record OperatorView(List<Schedule> schedules, List<Run> runs) {

  /** A portal's schedule: portal name, cron expression, next run ("-" when unknown). */
  record Schedule(String portal, String cron, String nextRun) {}

  /**
   * One run.
   *
   * @param startedAt start time
   * @param trigger crawl, schedule or demo
   * @param running true while it is under way
   * @param resumed true when it continued a killed run
   * @param seconds wall time, rounded
   * @param portals a row per portal
   */
  record Run(String startedAt, String trigger, boolean running, boolean resumed, long seconds,
      List<Portal> portals) {}

  /**
   * A portal's row in a run.
   *
   * @param name portal name and id
   * @param counts pages, lists, articles, new, changed, unchanged, removed
   * @param revisits revisit records
   * @param notModified 304 answers
   * @param notDue known articles not due
   * @param fetchErrors fetch errors by kind, "-" for none
   * @param extractionFailures extraction failures by reason, "-" for none
   * @param alarms alarms raised
   * @param stoppedBy why the run stopped early, or null
   * @param failureSamples a few "reason url" lines
   */
  record Portal(String name, List<Long> counts, long revisits, long notModified, long notDue,
      String fetchErrors, String extractionFailures, List<String> alarms, String stoppedBy,
      List<String> failureSamples) {
    /** Whether the row has a second line of alarms and samples. */
    boolean details() {
      return !alarms.isEmpty() || !failureSamples.isEmpty() || stoppedBy != null;
    }
  }
}
