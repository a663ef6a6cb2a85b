package org.reliefarchive.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one crawl run did, per portal: its health record, kept in the run log.
 *
 * @param runId the run's id (its start time, UTC, to the millisecond)
 * @param trigger what started it: crawl, schedule, demo
 * @param startedAt start time
 * @param finishedAt end time (the time of the snapshot while it runs)
 * @param resumed true when it continued a run that was killed
 * @param portals per-portal counts
 * @param worker the crawl worker that ran it ({@code 2/4}), or null for a machine crawling alone
 */
public record CrawlReport(String runId, String trigger, Instant startedAt, Instant finishedAt,
    boolean resumed, List<PortalReport> portals, String worker) {

  /** A run of a machine crawling alone. */
  public CrawlReport(String runId, String trigger, Instant startedAt, Instant finishedAt,
      boolean resumed, List<PortalReport> portals) {
    this(runId, trigger, startedAt, finishedAt, resumed, portals, null);
  }

  /** Wall time of the run. */
  public Duration duration() {
    return Duration.between(startedAt, finishedAt);
  }

  /** Pages fetched over all portals. */
  public long fetched() {
    return portals.stream().mapToLong(PortalReport::fetched).sum();
  }

  /** Article pages fetched over all portals. */
  public long articles() {
    return portals.stream().mapToLong(PortalReport::articles).sum();
  }

  /** The same run with other portal reports (alarms added, say). */
  public CrawlReport withPortals(List<PortalReport> newPortals) {
    return new CrawlReport(runId, trigger, startedAt, finishedAt, resumed, newPortals, worker);
  }

  /** The same run, run by crawl worker {@code newWorker} ({@code 2/4}). */
  public CrawlReport withWorker(String newWorker) {
    return new CrawlReport(runId, trigger, startedAt, finishedAt, resumed, portals, newWorker);
  }

  /**
   * One portal's counts.
   *
   * @param portalId the portal
   * @param fetched responses archived (any status)
   * @param articles article pages among them (status 2xx)
   * @param lists list pages among them (status 2xx)
   * @param bytes payload bytes fetched
   * @param revisitRecords captures archived as revisit records (same payload, or 304)
   * @param notModified 304 answers to conditional requests
   * @param articlesNew articles captured for the first time
   * @param articlesChanged known articles whose text changed (a new version)
   * @param articlesUnchanged known articles fetched again with the same text
   * @param articlesRemoved articles found taken down (404, 410, redirect to a list page)
   * @param revisitsDue known articles due for a revisit by the portal's policy
   * @param notDue known articles left alone because they were not due
   * @param knownArticleLinks distinct known articles that this run's pages linked to and that
   *     were left alone (not due): list pages that still point at articles
   * @param errors fetch errors by kind (e.g. "http 404", "connection refused", "timed out",
   *     "oversized")
   * @param extractionFailures article pages that yielded no article, by reason
   * @param failureSamples a few "reason url" lines of extraction failures
   * @param crawlDelayMs the delay between two requests used (portal's or robots.txt's)
   * @param stoppedBy "byte limit" when the run stopped at max_bytes, else null
   * @param alarms what an operator should look at, empty when all is well
   * @param failedUrls "kind url" lines of the fetches that failed (the first {@value
   *     PortalStats#FAILED_URLS} of the run), so an alarm can be followed to its pages
   */
  public record PortalReport(
      String portalId, long fetched, long articles, long lists, long bytes, long revisitRecords,
      long notModified, long articlesNew, long articlesChanged, long articlesUnchanged,
      long articlesRemoved, long revisitsDue, long notDue, long knownArticleLinks,
      Map<String, Long> errors,
      Map<String, Long> extractionFailures, List<String> failureSamples, long crawlDelayMs,
      String stoppedBy, List<String> alarms, List<String> failedUrls) {

    /** Copies the collections. */
    public PortalReport {
      failedUrls = failedUrls == null ? List.of() : List.copyOf(failedUrls);
      errors = errors == null ? Map.of() : Map.copyOf(errors);
      extractionFailures = extractionFailures == null ? Map.of() : Map.copyOf(extractionFailures);
      failureSamples = failureSamples == null ? List.of() : List.copyOf(failureSamples);
      alarms = alarms == null ? List.of() : List.copyOf(alarms);
    }

    /** Article pages that went through extraction: extracted or failed. */
    public long articlesAttempted() {
      return articlesNew + articlesChanged + articlesUnchanged
          + extractionFailures.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The same counts with these alarms. */
    public PortalReport withAlarms(List<String> newAlarms) {
      return new PortalReport(portalId, fetched, articles, lists, bytes, revisitRecords,
          notModified, articlesNew, articlesChanged, articlesUnchanged, articlesRemoved,
          revisitsDue, notDue, knownArticleLinks, errors, extractionFailures, failureSamples,
          crawlDelayMs, stoppedBy, newAlarms, failedUrls);
    }
  }
}
