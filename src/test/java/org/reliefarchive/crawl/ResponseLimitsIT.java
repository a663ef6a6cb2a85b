package org.reliefarchive.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
      null, null, null, null, null, null);

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

  @Test
  void aServerDrippingItsStatusLineIsCutOffAtTheDeadlineToo() throws Exception {
    // a raw server: the list page links one article whose status line comes a byte a second
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String base = "http://127.0.0.1:" + server.getLocalPort();
      Thread serving = new Thread(() -> serve(server, base), "header-drip");
      serving.setDaemon(true);
      serving.start();
      String yaml = portal.sourcesYaml().replace(portal.baseUrl(), base);
      SourcesConfig sources = new ConfigLoader().read(new ByteArrayInputStream(
          yaml.getBytes(StandardCharsets.UTF_8)), Path.of("sources.yaml"), SourcesConfig.class);
      CrawlReport report;
      try (WarcArchive archive = new WarcArchive(new ArchiveConfig("warc", "t", 1L << 30, true),
          dir.resolve("warc"), Clock.systemUTC())) {
        report = new Crawler(CRAWL, archive, page -> IngestOutcome.IGNORED, Clock.systemUTC())
            .crawl(sources.portals(), dir.resolve("frontier"));
      }
      System.out.printf("header drip: crawl took %.1f s, errors %s%n",
          report.duration().toMillis() / 1000.0, report.portals().get(0).errors());
      assertThat(report.duration()).isLessThan(Duration.ofMillis(DEADLINE_MS).plusSeconds(12));
      assertThat(report.portals().get(0).failedUrls())
          .contains("no response within deadline " + base + "/news/2024/slow.html");
    }
  }

  private static void serve(ServerSocket server, String base) {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        Thread t = new Thread(() -> answer(s), "header-drip-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private static void answer(Socket s) {
    try (s) {
      BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
          StandardCharsets.ISO_8859_1));
      String request = in.readLine();
      String header = request;
      while (header != null && !header.isEmpty()) {
        header = in.readLine();
      }
      OutputStream out = s.getOutputStream();
      if (request != null && request.contains("/news/2024/slow.html")) {
        for (byte b : "HTTP/1.1 200 OK\r\n".repeat(10).getBytes(StandardCharsets.US_ASCII)) {
          out.write(b);
          out.flush();
          Thread.sleep(1000);
        }
        return;
      }
      byte[] body = (request != null && request.contains("/robots.txt")
          ? "User-agent: *\nAllow: /\n"
          : "<html><body><a href=\"/news/2024/slow.html\">慢</a></body></html>")
          .getBytes(StandardCharsets.UTF_8);
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n"
          + "Connection: close\r\nContent-Length: " + body.length + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
    } catch (IOException | InterruptedException e) {
      // the client went away
    }
  }
}
