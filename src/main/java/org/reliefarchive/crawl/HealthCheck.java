package org.reliefarchive.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reliefarchive.config.CrawlConfig;

/**
 * Raises the alarms of one portal's run: a portal that yielded no article at all while its list
 * pages link to none either (a run without errors whose lists link only known articles that
 * are not due is a quiet run, not an alarm), an extraction that suddenly fails on most article pages (a template
 * change, most likely), and fetches that mostly fail.
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
    long errors = now.errors().values().stream().mapToLong(Long::longValue).sum();
    if (errors > 0 && errors >= Math.max(5, now.fetched())) {
      alarms.add("fetches failing: " + errors + " errors against " + now.fetched()
          + " responses: " + now.errors());
    }
    return alarms;
  }
}
