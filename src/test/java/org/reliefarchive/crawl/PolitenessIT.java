package org.reliefarchive.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefarchive.archive.WarcArchive;
import org.reliefarchive.config.ArchiveConfig;
import org.reliefarchive.config.ConfigLoader;
import org.reliefarchive.config.CrawlConfig;
import org.reliefarchive.config.PortalConfig;
import org.reliefarchive.config.SourcesConfig;
import org.reliefarchive.sample.SamplePortal;

/** Four crawler threads on one portal still keep its politeness delay between requests. */
class PolitenessIT {
  private static final int DELAY_MS = 300;
  private static final CrawlConfig CRAWL = new CrawlConfig(4,
      "ReliefArchive-test/0.1 (+mailto:test@example.org)", "frontier", 5 * 1024 * 1024, 5000,
      10000, true, true);

  @Test
  void keepsTheDelayBetweenEveryTwoRequestsToAPortal(@TempDir Path dir) throws Exception {
    try (SamplePortal portal = SamplePortal.start()) {
      String yaml = portal.sourcesYaml().replace("politeness_delay_ms: 0",
          "politeness_delay_ms: " + DELAY_MS);
      SourcesConfig sources = new ConfigLoader().read(
          new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
          Path.of("sources.yaml"), SourcesConfig.class);
      List<PortalConfig> gzgov = sources.portals().stream()
          .filter(p -> p.id().equals("gzgov")).toList();
      assertThat(gzgov).singleElement().extracting(PortalConfig::politenessDelayMs)
          .isEqualTo(DELAY_MS);
      try (WarcArchive archive = new WarcArchive(new ArchiveConfig("warc", "t", 1L << 30, true),
          dir.resolve("warc"), Clock.systemUTC())) {
        new Crawler(CRAWL, archive, page -> IngestOutcome.IGNORED, Clock.systemUTC())
            .crawl(gzgov, dir.resolve("frontier"));
      }
      List<String> paths = portal.requestedPaths("gzgov");
      List<Long> arrivals = portal.arrivalNanos("gzgov");
      List<Long> pages = new ArrayList<>();
      for (int i = 0; i < paths.size(); i++) {
        if (!paths.get(i).equals("/robots.txt")) {
          pages.add(arrivals.get(i));
        }
      }
      assertThat(pages).hasSizeGreaterThan(20);
      List<Long> gapsMs = new ArrayList<>();
      for (int i = 1; i < pages.size(); i++) {
        gapsMs.add((pages.get(i) - pages.get(i - 1)) / 1_000_000);
      }
      gapsMs.sort(null);
      // the slots are a delay apart; arrivals at a busy server drift, so one gap may shrink when
      // the request before it was late, but never to the few milliseconds of requests sent at
      // once, and the typical gap is the delay
      assertThat(gapsMs.get(0)).as("shortest gap, ms").isGreaterThan(DELAY_MS / 4);
      assertThat(gapsMs.get(gapsMs.size() / 2)).as("median gap, ms")
          .isGreaterThanOrEqualTo(DELAY_MS * 9 / 10);
    }
  }
}
