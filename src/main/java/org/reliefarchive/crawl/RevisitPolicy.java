package org.reliefarchive.crawl;

import java.time.Duration;
import java.time.Instant;
import org.reliefarchive.archive.CaptureLedger.UrlCaptures;
import org.reliefarchive.config.RevisitPolicyConfig;

/**
 * Decides whether a known article is due for another fetch, by its age (from its first capture
 * or its publication date) and the time since its last capture. An article whose last fetch
 * failed on the server's side (5xx) is always due.
 */
public final class RevisitPolicy {
  // a nightly job that starts a little earlier than yesterday's still counts a day as passed
  private static final Duration SLACK = Duration.ofHours(1);

  private final RevisitPolicyConfig config;

  /** @param config the portal's policy */
  public RevisitPolicy(RevisitPolicyConfig config) {
    this.config = config;
  }

  /**
   * @param captures what the archive knows of the article
   * @param published its publication time, or null
   * @param now the time of the run
   * @return true when the article should be fetched in this run
   */
  public boolean due(UrlCaptures captures, Instant published, Instant now) {
    if (captures.last().status() >= 500) {
      return true;
    }
    Instant from = config.byPublication() && published != null ? published
        : captures.first().date();
    long ageDays = Math.max(0, Duration.between(from, now).toDays());
    int every = config.olderEveryDays();
    for (RevisitPolicyConfig.Tier t : config.tiers()) {
      if (ageDays <= t.maxAgeDays()) {
        every = t.everyDays();
        break;
      }
    }
    if (every < 0) {
      return false;
    }
    if (every == 0) {
      return true;
    }
    Duration since = Duration.between(captures.last().date(), now);
    return since.compareTo(Duration.ofDays(every).minus(SLACK)) >= 0;
  }
}
