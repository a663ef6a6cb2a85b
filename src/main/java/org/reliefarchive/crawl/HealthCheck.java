package org.reliefarchive.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reliefarchive.config.CrawlConfig;

/**
 * Raises the alarms of one portal's run: a portal that yielded no article at all, an extraction
 * that suddenly fails on most article pages (a template change, most likely), and fetches that
 * mostly fail.
 */
public final class HealthCheck {
  private final CrawlConfig config;

  /** @param config the alarm thresholds */
  public HealthCheck(CrawlConfig config) {
    this.config = config;
  }

  /**
   * The alarms of {@code now}, compared with the portal's previous run.
   *
   * @param now this run's counts
   * @param previous the previous run's counts, or null
   * @return alarm messages, empty when all is well
   */
  public List<String> alarms(CrawlReport.PortalReport now, CrawlReport.PortalReport previous) {
    List<String> alarms = new ArrayList<>();
    long extracted = now.articlesNew() + now.articlesChanged() + now.articlesUnchanged();
    if (extracted == 0 && now.articlesRemoved() == 0) {
      alarms.add(now.lists() == 0
          ? "no articles: not even a list page could be fetched (seeds unreachable?)"
          : "no articles: " + now.lists() + " list pages fetched, but no new or revisited "
              + "article was found or extracted (have the list pages or URLs changed?)");
    }
    long attempted = now.articlesAttempted();
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
    long errors = now.errors().values().stream().mapToLong(Long::longValue).sum();
    if (errors > 0 && errors >= Math.max(5, now.fetched())) {
      alarms.add("fetches failing: " + errors + " errors against " + now.fetched()
          + " responses: " + now.errors());
    }
    return alarms;
  }
}
