package org.reliefarchive.crawl;

import static org.assertj.core.api.Assertions.assertThat;

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
        null, List.of());
  }

  @Test
  void quietRunWhoseListsLinkOnlyKnownArticlesIsNoAlarm() {
    assertThat(check.alarms(run(6, 0, 30, Map.of()), null)).isEmpty();
    assertThat(check.alarms(run(6, 3, 30, Map.of()), null)).isEmpty();
  }

  @Test
  void listsThatLinkNoArticleAtAllRaiseTheAlarm() {
    assertThat(check.alarms(run(6, 0, 0, Map.of()), null)).singleElement().asString()
        .startsWith("no articles: 6 list pages fetched, but they link to no article URL");
  }

  @Test
  void articlePagesThatFailToFetchAreNotAQuietRun() {
    // new articles answer 403 while a sidebar still links known ones: too few errors for the
    // fetch alarm, but no article came in
    assertThat(check.alarms(run(6, 0, 30, Map.of(), Map.of("http 403", 4L)), null))
        .singleElement().asString().contains("fetch errors {http 403=4}");
  }

  @Test
  void unreachableSeedsAndFailedArticlesRaiseTheAlarm() {
    assertThat(check.alarms(run(0, 0, 0, Map.of()), null)).singleElement().asString()
        .contains("not even a list page");
    // one new article that gave no text, though the lists also link known ones
    assertThat(check.alarms(run(6, 0, 30, Map.of("no body", 1L)), null)).singleElement()
        .asString().contains("1 article pages fetched, none gave an article");
  }
}
