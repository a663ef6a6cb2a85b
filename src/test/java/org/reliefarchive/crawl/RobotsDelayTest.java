package org.reliefarchive.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** robots.txt Crawl-delay on loopback hosts, well-behaved and hostile. */
class RobotsDelayTest {
  private HttpServer server;
  private volatile String mode = "plain";

  private String start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "robots-host");
      t.setDaemon(true);
      return t;
    }));
    server.createContext("/robots.txt", this::robots);
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/news/";
  }

  private void robots(HttpExchange ex) throws IOException {
    byte[] head = "User-agent: *\nCrawl-delay: 2\nDisallow: /private/\n"
        .getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = ex.getResponseBody()) {
      switch (mode) {
        case "drip" -> {
          ex.sendResponseHeaders(200, 0);
          out.write(head);
          for (int i = 0; i < 120; i++) {
            out.write('#');
            out.flush();
            Thread.sleep(1000);
          }
        }
        case "huge" -> {
          ex.sendResponseHeaders(200, 0);
          out.write(head);
          byte[] line = "Disallow: /a-very-long-rule-of-a-huge-robots-file/\n"
              .getBytes(StandardCharsets.UTF_8);
          for (int written = 0; written < 20 << 20; written += line.length) {
            out.write(line);
          }
        }
        default -> {
          ex.sendResponseHeaders(200, head.length);
          out.write(head);
        }
      }
    } catch (InterruptedException | IOException e) {
      // the client went away: what a deadline does
    }
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void readsTheCrawlDelay() throws IOException {
    String seed = start();
    assertThat(RobotsDelay.of(seed, "ReliefArchive/1.0", "reliefarchive", 5000)).isEqualTo(2000);
  }

  @Test
  void givesUpOnARobotsFileThatDripsWithinTheTimeout() throws IOException {
    String seed = start();
    mode = "drip";
    long delay = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> RobotsDelay.of(seed, "ReliefArchive/1.0", "reliefarchive", 2000));
    assertThat(delay).isZero();
  }

  @Test
  void readsOnlyTheStartOfAHugeRobotsFile() throws IOException {
    String seed = start();
    mode = "huge";
    assertThat(RobotsDelay.of(seed, "ReliefArchive/1.0", "reliefarchive", 10000))
        .isEqualTo(2000);
  }
}
