package org.reliefarchive.crawl;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reliefarchive.config.CrawlConfig;

/**
 * Raises the alarms of one portal's run: a portal that yielded no article at all while its list
 * pages link to none either (a run without errors whose lists link only known articles that
 * are not due is a quiet run, not an alarm), an extraction that suddenly fails on most article pages (a template
 * change, most likely), fetches that mostly fail, and a portal that brought no new article for
 * {@code alarm_quiet_runs} runs in a row after it used to.
 */
public final class HealthCheck {
  private final CrawlConfig config;

  /** @param config the alarm thresholds */
  public HealthCheck(CrawlConfig config) {
    this.config = config;
  }

  /**
   * The alarms of {@code now}, compared with the portal's earlier runs.
   *
   * @param now this run's counts
   * @param earlier earlier runs, newest first (runs without this portal are skipped), back to
   *     the portal's last run with a new article at least
   * @return alarm messages, empty when all is well
   */
  public List<String> alarms(CrawlReport.PortalReport now, List<CrawlReport> earlier) {
    List<CrawlReport.PortalReport> runs = new ArrayList<>();
    List<Instant> startedAt = new ArrayList<>();
    for (CrawlReport r : earlier) {
      for (CrawlReport.PortalReport p : r.portals()) {
        if (p.portalId().equals(now.portalId())) {
          runs.add(p);
          startedAt.add(r.startedAt());
        }
      }
    }
    CrawlReport.PortalReport previous = runs.isEmpty() ? null : runs.get(0);
    List<String> alarms = new ArrayList<>();
    long extracted = now.articlesNew() + now.articlesChanged() + now.articlesUnchanged();
    long attempted = now.articlesAttempted();
    if (extracted == 0 && now.articlesRemoved() == 0) {
      if (now.lists() == 0) {
        alarms.add("no articles: not even a list page could be fetched (seeds unreachable?)");
      } else if (attempted > 0) {
        alarms.add("no articles: " + attempted + " article pages fetched, none gave an article");
      } else if (!now.errors().isEmpty()) {
        alarms.add("no articles: " + now.lists() + " list pages fetched, no article page "
            + "fetched, fetch errors " + now.errors());
      } else if (now.knownArticleLinks() == 0) {
        alarms.add("no articles: " + now.lists() + " list pages fetched, but they link to no "
            + "article URL, new or known (have the list pages or the article URL pattern "
            + "changed?)");
      }
      // otherwise a quiet run: the lists link only known articles, none of them due, and
      // nothing failed
    }
    long failed = attempted - extracted;
    if (attempted >= config.alarmMinArticlePages()
        && failed > config.alarmExtractionFailureShare() * attempted) {
      String before = "";
      if (previous != null && previous.articlesAttempted() > 0) {
        long prevFailed = previous.articlesAttempted() - previous.articlesNew()
            - previous.articlesChanged() - previous.articlesUnchanged();
        before = String.format(Locale.ROOT, " (previous run: %d%%)",
            Math.round(100.0 * prevFailed / previous.articlesAttempted()));
      }
      alarms.add(String.format(Locale.ROOT, "extraction failing: %d of %d article pages gave no "
          + "article text%s; has the page template changed? reasons: %s", failed, attempted,
          before, now.extractionFailures()));
    }
    quietFor(now, runs, startedAt).ifPresent(alarms::add);
    long errors = now.errors().values().stream().mapToLong(Long::longValue).sum();
    if (errors > 0 && errors >= Math.max(5, now.fetched())) {
      alarms.add("fetches failing: " + errors + " errors against " + now.fetched()
          + " responses: " + now.errors());
    }
    return alarms;
  }

  /**
   * "No new article for N runs" when this run and the N-1 before it brought none while an
   * earlier one did: the lists may link only old articles now, or the URL pattern changed.
   */
  private Optional<String> quietFor(CrawlReport.PortalReport now,
      List<CrawlReport.PortalReport> before, List<Instant> startedAt) {
    if (now.articlesNew() > 0) {
      return Optional.empty();
    }
    int quiet = 1;
    int i = 0;
    while (i < before.size() && before.get(i).articlesNew() == 0) {
      quiet++;
      i++;
    }
    if (quiet < config.alarmQuietRuns() || i == before.size()) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT, "no new article in the last %d runs"
        + " (the last came in the run of %s): do the list pages still link the new articles, "
        + "and do the portal's article patterns still match their URLs?", quiet,
        startedAt.get(i).atZone(ZoneId.of("Asia/Shanghai")).toLocalDate()));
  }
}
