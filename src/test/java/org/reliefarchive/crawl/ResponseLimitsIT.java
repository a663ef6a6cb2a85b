package org.reliefarchive.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefarchive.archive.ArchivedPage;
import org.reliefarchive.archive.FetchedPage;
import org.reliefarchive.archive.Truncation;
import org.reliefarchive.archive.WarcArchive;
import org.reliefarchive.archive.WarcArchiveReader;
import org.reliefarchive.config.ArchiveConfig;
import org.reliefarchive.config.ConfigLoader;
import org.reliefarchive.config.CrawlConfig;
import org.reliefarchive.config.SourcesConfig;

/**
 * A server that drips one byte a second and one that sends an endless body hold a crawl no
 * longer than the response deadline: both pages are archived as truncated with their reason,
 * and the good page beside them is crawled as usual.
 */
class ResponseLimitsIT {
  private static final int DEADLINE_MS = 3000;
  private static final int MAX_BYTES = 1 << 20;
  private static final CrawlConfig CRAWL = new CrawlConfig(4, "ReliefArchive-test/0.1", "frontier",
      MAX_BYTES, 2000, 20000, true, true, null, null, null, null, null, null, DEADLINE_MS,
      null, null, null);

  @TempDir Path dir;
  private HostilePortal portal;

  @BeforeEach
  void start() throws Exception {
    portal = new HostilePortal();
    portal.page("fine", "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>好页面</title>"
        + "</head><body><p>社区志愿者为独居老人送去米面油。</p></body></html>");
  }

  @AfterEach
  void stop() {
    portal.close();
  }

  @Test
  void aDrippingAndAnEndlessResponseEndAtTheirLimitsAndTheCrawlGoesOn() throws Exception {
    SourcesConfig sources = new ConfigLoader().read(new ByteArrayInputStream(
        portal.sourcesYaml().getBytes(StandardCharsets.UTF_8)), Path.of("sources.yaml"),
        SourcesConfig.class);
    List<ArchivedPage> sunk = Collections.synchronizedList(new ArrayList<>());
    CrawlReport report;
    try (WarcArchive archive = new WarcArchive(new ArchiveConfig("warc", "t", 1L << 30, true),
        dir.resolve("warc"), Clock.systemUTC())) {
      report = new Crawler(CRAWL, archive, page -> {
        sunk.add(page);
        return IngestOutcome.IGNORED;
      }, Clock.systemUTC()).crawl(sources.portals(), dir.resolve("frontier"));
    }
    Duration took = report.duration();
    System.out.printf("hostile portal: crawl took %.1f s; drip sent %d bytes, endless sent %d "
        + "bytes%n", took.toMillis() / 1000.0, portal.dripBytes(), portal.endlessBytes());

    // crawler4j's own start and shutdown take a few seconds beside the deadline
    assertThat(took).isLessThan(Duration.ofMillis(DEADLINE_MS).plusSeconds(12));
    Map<String, FetchedPage> byUrl = new HashMap<>();
    new WarcArchiveReader(dir.resolve("warc")).forEach(p -> byUrl.put(p.page().url(), p.page()));
    FetchedPage drip = byUrl.get(portal.url("drip"));
    assertThat(drip).isNotNull();
    assertThat(drip.truncation()).isEqualTo(Truncation.TIME);
    assertThat(drip.body().length).isBetween(1, DEADLINE_MS / 1000 + 2);
    FetchedPage endless = byUrl.get(portal.url("endless"));
    assertThat(endless).isNotNull();
    assertThat(endless.truncation()).isEqualTo(Truncation.LENGTH);
    assertThat(endless.body()).hasSize(MAX_BYTES);
    // the connection was closed at the limit, not drained: only socket buffers beyond it
    assertThat(portal.endlessBytes()).isLessThan(64L << 20);
    FetchedPage fine = byUrl.get(portal.url("fine"));
    assertThat(fine.truncation()).isEqualTo(Truncation.NONE);
    assertThat(sunk).extracting(p -> p.page().url()).contains(portal.url("fine"))
        .doesNotContain(portal.url("drip"), portal.url("endless"));
    Map<String, Long> errors = report.portals().get(0).errors();
    assertThat(errors).containsEntry("truncated at deadline", 1L)
        .containsEntry("truncated at size limit", 1L);
  }
}
