package org.reliefarchive.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import edu.uci.ics.crawler4j.url.WebURL;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefarchive.archive.ArchivedPage;
import org.reliefarchive.archive.FetchedPage;
import org.reliefarchive.archive.FetchedPage.PageKind;
import org.reliefarchive.archive.WarcArchive;
import org.reliefarchive.archive.WarcArchiveReader;
import org.reliefarchive.config.ArchiveConfig;
import org.reliefarchive.config.ConfigLoader;
import org.reliefarchive.config.CrawlConfig;
import org.reliefarchive.config.SourcesConfig;
import org.reliefarchive.sample.SampleArticle;
import org.reliefarchive.sample.SamplePortal;

/**
 * A crawl of the loopback sample portal ends only once every URL a crawler thread has taken is
 * done: a thread held up right after it took the last URLs of its portal, or a thread that dies
 * on a page, loses no page and does not keep the crawl from ending.
 */
class InHandFrontierIT {
  private static final CrawlConfig CRAWL = new CrawlConfig(4,
      "ReliefArchive-test/0.1 (+mailto:test@example.org)", "frontier", 5 * 1024 * 1024, 5000,
      10000, true, true);
  /** Longer than crawler4j's check for an idle crawl (every second) takes to look twice. */
  private static final long HOLD_UP_MS = 3000;

  private SamplePortal portal;
  private SourcesConfig sources;
  private List<String> articles;

  @BeforeEach
  void startPortal() throws Exception {
    portal = SamplePortal.start();
    sources = new ConfigLoader().read(
        new ByteArrayInputStream(portal.sourcesYaml().getBytes(StandardCharsets.UTF_8)),
        Path.of("sources.yaml"), SourcesConfig.class);
    articles = portal.articles().stream().map(SampleArticle::url).toList();
  }

  @AfterEach
  void stopPortal() {
    portal.close();
  }

  @Test
  void aThreadHeldUpRightAfterTakingThePortalsLastUrlsStillFetchesThem(@TempDir Path dir) {
    // every portal's first batch is its seeds, all its queue held: the other threads wait for
    // URLs, and the one that took them is held up before it can show it is working
    Set<String> heldUp = ConcurrentHashMap.newKeySet();
    Consumer<List<WebURL>> holdUpFirstBatch = batch -> {
      if (heldUp.add(URI.create(batch.get(0).getURL()).getAuthority())) {
        sleep(HOLD_UP_MS);
      }
    };
    List<ArchivedPage> sunk = Collections.synchronizedList(new ArrayList<>());
    CrawlReport report = assertTimeoutPreemptively(Duration.ofMinutes(2),
        () -> crawl(dir, holdUpFirstBatch, page -> sunk.add(page)));

    assertThat(heldUp).hasSize(portal.sites().size());
    assertThat(articleCaptures(dir)).containsOnlyKeys(articles).allSatisfy((url, n) ->
        assertThat(n).as(url).isEqualTo(1));
    assertThat(report.articles()).isEqualTo(articles.size());
    assertThat(sunkArticles(sunk)).containsExactlyInAnyOrderElementsOf(articles);
    for (CrawlReport.PortalReport p : report.portals()) {
      assertThat(p.errors()).as(p.portalId()).doesNotContainKey("unexpected error");
    }
  }

  @Test
  void aThreadThatDiesOnAPageLeavesTheRestOfItsBatchToTheOtherThreads(@TempDir Path dir) {
    // the first batch that starts with an article and holds more: its thread dies on that
    // article (a stack overflow while handling it), with the rest of the batch in its hands
    AtomicReference<String> fatal = new AtomicReference<>();
    Consumer<List<WebURL>> pickFatal = batch -> {
      if (batch.size() >= 2 && articles.contains(batch.get(0).getURL())) {
        fatal.compareAndSet(null, batch.get(0).getURL());
      }
    };
    List<ArchivedPage> sunk = Collections.synchronizedList(new ArrayList<>());
    CrawlReport report = assertTimeoutPreemptively(Duration.ofMinutes(2),
        () -> crawl(dir, pickFatal, page -> {
          sunk.add(page);
          if (page.page().url().equals(fatal.get())) {
            throw new StackOverflowError("deeply nested page");
          }
        }));

    assertThat(fatal.get()).isNotNull();
    // archived before it reached the sink, and not fetched again
    assertThat(articleCaptures(dir)).containsOnlyKeys(articles).allSatisfy((url, n) ->
        assertThat(n).as(url).isEqualTo(1));
    assertThat(sunkArticles(sunk)).containsExactlyInAnyOrderElementsOf(articles);
    CrawlReport.PortalReport p = report.portals().stream()
        .filter(r -> fatal.get().startsWith(portal.baseUrl(r.portalId()) + "/"))
        .findFirst().orElseThrow();
    assertThat(p.errors()).containsEntry("unexpected error", 1L);
    assertThat(p.failedUrls()).contains("unexpected error " + fatal.get());
    assertThat(report.portals().stream().filter(r -> r != p))
        .allSatisfy(r -> assertThat(r.errors()).doesNotContainKey("unexpected error"));
  }

  private CrawlReport crawl(Path dir, Consumer<List<WebURL>> batchTaken,
      Consumer<ArchivedPage> sink) {
    try (WarcArchive archive = new WarcArchive(new ArchiveConfig("warc", "t", 1L << 30, true),
        dir.resolve("warc"), Clock.systemUTC())) {
      return new Crawler(CRAWL, archive, page -> {
        sink.accept(page);
        return IngestOutcome.IGNORED;
      }, Clock.systemUTC(), ArticleDates.NONE, batchTaken)
          .crawl(sources.portals(), dir.resolve("frontier"));
    }
  }

  /** How many times each article was archived whole. */
  private static Map<String, Long> articleCaptures(Path dir) {
    List<FetchedPage> archived = new ArrayList<>();
    new WarcArchiveReader(dir.resolve("warc")).forEach(p -> archived.add(p.page()));
    return archived.stream()
        .filter(p -> p.kind() == PageKind.ARTICLE && p.status() == 200)
        .collect(Collectors.groupingBy(FetchedPage::url, Collectors.counting()));
  }

  private static List<String> sunkArticles(List<ArchivedPage> sunk) {
    return sunk.stream().filter(p -> p.page().kind() == PageKind.ARTICLE
        && p.page().status() == 200).map(p -> p.page().url()).toList();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
