package org.reliefarchive.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reliefarchive.config.CrawlConfig;

/** Which runs raise an alarm, and which are only quiet. */
class HealthCheckTest {
  private final HealthCheck check = new HealthCheck(
      new CrawlConfig(1, "ua", "frontier", 1 << 20, 1000, 1000, true, true));

  private static CrawlReport.PortalReport run(long lists, long articlesNew, long knownLinks,
      Map<String, Long> extractionFailures) {
    return run(lists, articlesNew, knownLinks, extractionFailures, Map.of());
  }

  private static CrawlReport.PortalReport run(long lists, long articlesNew, long knownLinks,
      Map<String, Long> extractionFailures, Map<String, Long> errors) {
    return new CrawlReport.PortalReport("p", lists + articlesNew, articlesNew, lists, 0, 0, 0,
        articlesNew, 0, 0, 0, 0, 40, knownLinks, errors, extractionFailures, List.of(), 0,
        null, List.of(), List.of());
  }

  @Test
  void quietRunWhoseListsLinkOnlyKnownArticlesIsNoAlarm() {
    assertThat(check.alarms(run(6, 0, 30, Map.of()), List.of())).isEmpty();
    assertThat(check.alarms(run(6, 3, 30, Map.of()), List.of())).isEmpty();
  }

  @Test
  void listsThatLinkNoArticleAtAllRaiseTheAlarm() {
    assertThat(check.alarms(run(6, 0, 0, Map.of()), List.of())).singleElement().asString()
        .startsWith("no articles: 6 list pages fetched, but they link to no article URL");
  }

  @Test
  void articlePagesThatFailToFetchAreNotAQuietRun() {
    // new articles answer 403 while a sidebar still links known ones: too few errors for the
    // fetch alarm, but no article came in
    assertThat(check.alarms(run(6, 0, 30, Map.of(), Map.of("http 403", 4L)), List.of()))
        .singleElement().asString().contains("fetch errors {http 403=4}");
  }

  private static CrawlReport earlierRun(int daysAgo, long articlesNew) {
    Instant start = Instant.parse("2026-11-23T02:30:00Z")
        .minus(Duration.ofDays(daysAgo));
    return new CrawlReport("r" + daysAgo, "schedule", start, start.plusSeconds(60), false,
        List.of(run(6, articlesNew, 30, Map.of())));
  }

  @Test
  void portalWithoutNewArticlesForSevenRunsAfterItHadSomeRaisesTheAlarm() {
    // six quiet runs before this one, after a run with new articles: seven in a row
    List<CrawlReport> earlier = new ArrayList<>();
    for (int d = 1; d <= 6; d++) {
      earlier.add(earlierRun(d, 0));
    }
    earlier.add(earlierRun(7, 12));
    assertThat(check.alarms(run(6, 0, 30, Map.of()), earlier)).singleElement().asString()
        .startsWith("no new article in the last 7 runs (the last came in the run of 2026-11-16)");
    // six in a row is not yet an alarm, nor is a portal that never brought anything
    assertThat(check.alarms(run(6, 0, 30, Map.of()), earlier.subList(1, 7))).isEmpty();
    assertThat(check.alarms(run(6, 0, 30, Map.of()), earlier.subList(0, 6))).isEmpty();
    // and it stays raised while the portal stays quiet
    List<CrawlReport> longer = new ArrayList<>();
    for (int d = 1; d <= 9; d++) {
      longer.add(earlierRun(d, 0));
    }
    longer.add(earlierRun(10, 3));
    assertThat(check.alarms(run(6, 0, 30, Map.of()), longer)).singleElement().asString()
        .startsWith("no new article in the last 10 runs (the last came in the run of 2026-11-13)");
    // a new article ends the streak
    assertThat(check.alarms(run(6, 1, 30, Map.of()), earlier)).isEmpty();
  }

  @Test
  void unreachableSeedsAndFailedArticlesRaiseTheAlarm() {
    assertThat(check.alarms(run(0, 0, 0, Map.of()), List.of())).singleElement().asString()
        .contains("not even a list page");
    // one new article that gave no text, though the lists also link known ones
    assertThat(check.alarms(run(6, 0, 30, Map.of("no body", 1L)), List.of())).singleElement()
        .asString().contains("1 article pages fetched, none gave an article");
  }
}
