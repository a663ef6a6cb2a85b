package org.reliefarchive.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefarchive.archive.CaptureLedger.UrlCaptures;
import org.reliefarchive.archive.LedgerEntry;
import org.reliefarchive.config.RevisitPolicyConfig;

class RevisitPolicyTest {
  private static final Instant NOW = Instant.parse("2024-06-01T02:30:00Z");
  private final RevisitPolicy policy = new RevisitPolicy(new RevisitPolicyConfig(
      "first_capture", List.of(new RevisitPolicyConfig.Tier(14, 1)), 30));

  private static LedgerEntry capture(Instant when, int status) {
    return new LedgerEntry("f.warc.gz", 0, 10, "response", "http://x/a.html", when, status, "p",
        "article", "sha1:X", "urn:uuid:1", false, null, -1, null, null, null);
  }

  private static UrlCaptures known(Duration firstAgo, Duration lastAgo, int lastStatus) {
    LedgerEntry first = capture(NOW.minus(firstAgo), 200);
    return new UrlCaptures(first, capture(NOW.minus(lastAgo), lastStatus), first);
  }

  @Test
  void youngArticleIsRevisitedDaily() {
    assertThat(policy.due(known(Duration.ofDays(3), Duration.ofHours(23).plusMinutes(30), 200),
        null, NOW)).isTrue();
    assertThat(policy.due(known(Duration.ofDays(3), Duration.ofHours(12), 200), null, NOW))
        .isFalse();
  }

  @Test
  void olderArticleIsRevisitedMonthly() {
    assertThat(policy.due(known(Duration.ofDays(40), Duration.ofDays(2), 200), null, NOW))
        .isFalse();
    assertThat(policy.due(known(Duration.ofDays(90), Duration.ofDays(30), 200), null, NOW))
        .isTrue();
  }

  @Test
  void ageCanCountFromThePublicationDate() {
    RevisitPolicy byDate = new RevisitPolicy(new RevisitPolicyConfig("published",
        List.of(new RevisitPolicyConfig.Tier(14, 1)), -1));
    UrlCaptures firstSeenYesterday = known(Duration.ofDays(1), Duration.ofDays(1), 200);
    assertThat(byDate.due(firstSeenYesterday, NOW.minus(Duration.ofDays(400)), NOW)).isFalse();
    assertThat(byDate.due(firstSeenYesterday, NOW.minus(Duration.ofDays(2)), NOW)).isTrue();
  }

  @Test
  void serverErrorsAreAlwaysRetried() {
    assertThat(policy.due(known(Duration.ofDays(400), Duration.ofMinutes(5), 503), null, NOW))
        .isTrue();
  }
}
