package org.reliefarchive.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefarchive.archive.ArchivedPage;
import org.reliefarchive.archive.WarcArchive;
import org.reliefarchive.config.ArchiveConfig;
import org.reliefarchive.config.ConfigLoader;
import org.reliefarchive.config.CrawlConfig;
import org.reliefarchive.config.SourcesConfig;

/** A portal that sets 50 cookies of 4 KB does not make the crawler's later requests fail. */
class CookieJarIT {
  private static final CrawlConfig CRAWL = new CrawlConfig(2, "ReliefArchive-test/0.1",
      "frontier", 1 << 20, 2000, 10000, true, true);

  @TempDir Path dir;

  @Test
  void fiftyCookiesOfFourKilobytesLeaveLaterRequestsWorking() throws Exception {
    try (HostilePortal portal = new HostilePortal()) {
      portal.linkOnly();
      for (int i = 0; i < 5; i++) {
        portal.page("a" + i, "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>第" + i
            + "篇</title></head><body><p>街道办事处为困难群众送去慰问品。</p></body></html>");
      }
      portal.cookiesOnList(50, 4096);
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
      System.out.printf("cookie portal: largest Cookie header %d bytes, errors %s%n",
          portal.largestCookieHeader(), report.portals().get(0).errors());
      assertThat(report.portals().get(0).errors()).doesNotContainKey("http 431");
      assertThat(sunk).extracting(p -> p.page().url())
          .contains(portal.url("a0"), portal.url("a4"));
      assertThat(portal.largestCookieHeader())
          .isPositive()
          .isLessThanOrEqualTo(CRAWL.maxCookieHeaderBytes());
    }
  }
}
