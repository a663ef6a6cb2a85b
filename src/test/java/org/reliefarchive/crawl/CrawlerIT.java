package org.reliefarchive.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.reliefarchive.archive.ArchivedPage;
import org.reliefarchive.archive.FetchedPage.PageKind;
import org.reliefarchive.archive.FetchedPage;
import org.reliefarchive.archive.WarcArchive;
import org.reliefarchive.archive.WarcArchiveReader;
import org.reliefarchive.config.ArchiveConfig;
import org.reliefarchive.config.ConfigLoader;
import org.reliefarchive.config.CrawlConfig;
import org.reliefarchive.config.SourcesConfig;
import org.reliefarchive.sample.SampleArticle;
import org.reliefarchive.sample.SamplePortal;

/** Crawls the loopback sample portal and checks what reached the archive. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrawlerIT {
  private static final CrawlConfig CRAWL = new CrawlConfig(4,
      "ReliefArchive-test/0.1 (+mailto:test@example.org)", "frontier", 5 * 1024 * 1024, 5000,
      10000, true, true);

  private Path dir;
  private SamplePortal portal;
  private SourcesConfig sources;
  private final List<ArchivedPage> sunk = Collections.synchronizedList(new ArrayList<>());
  private CrawlReport report;
  private final Map<String, List<String>> requested = new HashMap<>();

  /** One crawl shared by the tests that only look at its result. */
  @BeforeAll
  void crawlOnce() throws Exception {
    dir = Files.createTempDirectory("relief-crawl");
    portal = SamplePortal.start();
    sources = new ConfigLoader().read(
        new ByteArrayInputStream(portal.sourcesYaml().getBytes(StandardCharsets.UTF_8)),
        Path.of("sources.yaml"), SourcesConfig.class);
    report = crawl(dir, dir.resolve("frontier"), sunk);
    for (SamplePortal.Site site : portal.sites()) {
      requested.put(site.id(), portal.requestedPaths(site.id()));
    }
  }

  @AfterAll
  void stopPortal() {
    portal.close();
  }

  private CrawlReport crawl(Path dir, Path frontier, List<ArchivedPage> sunk) {
    try (WarcArchive archive = new WarcArchive(new ArchiveConfig("warc", "t", 1L << 30, true),
        dir.resolve("warc"), Clock.systemUTC())) {
      return new Crawler(CRAWL, archive, page -> {
        sunk.add(page);
        return IngestOutcome.IGNORED;
      }, Clock.systemUTC()).crawl(sources.portals(), frontier);
    }
  }

  @Test
  void archivesEveryArticleExactlyOnceAndHandsItOn() {

    List<FetchedPage> archived = new ArrayList<>();
    new WarcArchiveReader(dir.resolve("warc")).forEach(p -> archived.add(p.page()));
    Map<String, Long> articleCaptures = archived.stream()
        .filter(p -> p.kind() == PageKind.ARTICLE && p.status() == 200)
        .collect(Collectors.groupingBy(FetchedPage::url, Collectors.counting()));
    List<String> expected = portal.articles().stream().map(SampleArticle::url).toList();

    assertThat(articleCaptures.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(articleCaptures.values()).allMatch(n -> n == 1);
    assertThat(report.articles()).isEqualTo(expected.size());
    // every article and list page went on to the sink once, after archiving
    assertThat(sunk.stream().filter(p -> p.page().kind() == PageKind.ARTICLE
        && p.page().status() == 200).map(p -> p.page().url()))
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void neverFetchesWhatRobotsTxtDisallows() {
    for (SamplePortal.Site site : portal.sites()) {
      List<String> requested = this.requested.get(site.id());
      for (String disallowed : site.robotsDisallow()) {
        assertThat(requested).noneMatch(p -> p.startsWith(disallowed));
      }
      assertThat(requested).contains("/robots.txt");
    }
  }

  @Test
  void robotsTxtIsWhatKeepsTheCrawlerOutOfTheSearchPages() {
    // the URL rules alone would follow the disallowed search page: only robots.txt stops it
    SamplePortal.Site gansu = portal.sites().get(0);
    assertThat(gansu.robotsDisallow()).contains("/search/");
    assertThat(UrlRules.of(sources.portal(gansu.id()))
        .shouldFollow(gansu.baseUrl() + "/search/index.shtml")).isTrue();
  }

  @Test
  void followsTheCalendarTrapOnlyToTheDepthLimit() {
    SamplePortal.Site gansu = portal.sites().stream().filter(s -> s.trapPrefix() != null)
        .findFirst().orElseThrow();
    long trapPages = requested.get(gansu.id()).stream()
        .filter(p -> p.startsWith(gansu.trapPrefix())).count();
    int depth = sources.portal(gansu.id()).maxDepth();
    assertThat(trapPages).isPositive().isLessThanOrEqualTo(2L * depth + 2);
  }

  @Test
  void keepsTheServedBytesOfGbkAndBig5Pages() {
    Map<String, FetchedPage> byUrl = new HashMap<>();
    new WarcArchiveReader(dir.resolve("warc")).forEach(p -> byUrl.put(p.page().url(), p.page()));
    for (SampleArticle a : portal.articles()) {
      if (a.encoding().equalsIgnoreCase("UTF-8")) {
        continue;
      }
      FetchedPage page = byUrl.get(a.url());
      assertThat(page).as(a.url()).isNotNull();
      String text = new String(page.body(), Charset.forName(a.encoding()));
      assertThat(text).as(a.url()).doesNotContain("\uFFFD");
      if (a.title() != null) {
        String probe = a.title().substring(0, Math.min(6, a.title().length()));
        assertThat(text).as(a.url()).contains(probe);
      }
    }
  }

  @Test
  void secondCrawlFetchesListPagesAgainButNotArticlesThatAreNotDue(@TempDir Path own) {
    Path frontier = own.resolve("frontier");
    CrawlReport first = crawl(own, frontier, Collections.synchronizedList(new ArrayList<>()));
    CrawlReport second = crawl(own, frontier, Collections.synchronizedList(new ArrayList<>()));
    System.out.printf("sample portal: run 1 %d pages (%d articles) in %.1f s; run 2 %d pages "
        + "(%d articles) in %.1f s%n", first.fetched(), first.articles(),
        first.duration().toMillis() / 1000.0, second.fetched(), second.articles(),
        second.duration().toMillis() / 1000.0);
    assertThat(first.articles()).isEqualTo(portal.articles().size());
    // the standard policy revisits an article a day after its last capture: none is due yet
    assertThat(second.articles()).isZero();
    assertThat(second.portals().stream().mapToLong(CrawlReport.PortalReport::lists).sum())
        .isEqualTo(first.portals().stream().mapToLong(CrawlReport.PortalReport::lists).sum())
        .isPositive();
    assertThat(second.portals().stream().mapToLong(CrawlReport.PortalReport::notDue).sum())
        .isEqualTo(portal.articles().size());
    // every portal's lists still link known articles: a quiet run, not a "no articles" alarm
    for (CrawlReport.PortalReport p : second.portals()) {
      assertThat(p.knownArticleLinks()).as(p.portalId()).isPositive();
      assertThat(new HealthCheck(CRAWL).alarms(p, List.of())).as(p.portalId()).isEmpty();
    }
    assertThat(second.portals().stream().mapToLong(CrawlReport.PortalReport::knownArticleLinks)
        .sum()).isLessThanOrEqualTo(portal.articles().size());
    Map<String, Long> perUrl = new HashMap<>();
    Map<String, Long> listRevisits = new HashMap<>();
    new WarcArchiveReader(own.resolve("warc")).forEach(p -> {
      if (p.page().kind() == PageKind.ARTICLE) {
        perUrl.merge(p.page().url(), 1L, Long::sum);
      }
      if (p.page().kind() == PageKind.LIST && p.isRevisit()) {
        listRevisits.merge(p.page().url(), 1L, Long::sum);
      }
    });
    assertThat(perUrl.values()).allMatch(n -> n == 1);
    assertThat(perUrl).hasSize(portal.articles().size());
    // unchanged list pages are archived the second time as revisit records, not copies
    assertThat(listRevisits).isNotEmpty();
  }

  /**
   * A run killed after its last page but before it marked its frontier complete leaves a
   * frontier that has seen every seed and holds nothing to fetch. Resuming it fetched nothing
   * ("not even a list page could be fetched") until a later run; it must crawl from the seeds.
   */
  @Test
  void resumingAFrontierWithNothingLeftToFetchStartsFromTheSeeds(@TempDir Path own)
      throws Exception {
    Path frontier = own.resolve("frontier");
    CrawlReport first = crawl(own, frontier, Collections.synchronizedList(new ArrayList<>()));
    assertThat(first.fetched()).isPositive();
    try (Stream<Path> portals = Files.list(frontier)) {
      for (Path p : portals.toList()) {
        Files.deleteIfExists(p.resolve("COMPLETE"));
      }
    }
    CrawlReport second = crawl(own, frontier, Collections.synchronizedList(new ArrayList<>()));
    assertThat(second.portals().stream().mapToLong(CrawlReport.PortalReport::lists).sum())
        .isEqualTo(first.portals().stream().mapToLong(CrawlReport.PortalReport::lists).sum());
  }
}
