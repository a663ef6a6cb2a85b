package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefarchive.TestConfig;
import org.reliefarchive.sample.SamplePortal;

/**
 * {@code serve} with schedules, as an operator runs it: a child JVM serves the index and
 * re-crawls the sample portal by its schedule into the index it serves, while it answers.
 */
class ScheduledServeIT {
  /** 残联, URL-encoded. */
  private static final String QUERY = "%E6%AE%8B%E8%81%94";
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void servesWhileItsScheduledCrawlFillsTheIndex(@TempDir Path home) throws Exception {
    try (SamplePortal portal = SamplePortal.start()) {
      Path config = TestConfig.copyTo(home.resolve("config"));
      // a schedule far from now: only --crawl-now starts the first run
      String sources = portal.sourcesYaml().replace("    body_selector: null",
          "    body_selector: null\n    schedule: '17 4 * * *'");
      Files.writeString(config.resolve("sources.yaml"), sources);
      Path log = home.resolve("serve.log");
      Process serve = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
          "-cp", System.getProperty("java.class.path"), "org.reliefarchive.cli.Main",
          "--config", config.toString(), "--home", home.toString(), "serve", "--port", "0",
          "--crawl-now")
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      try {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        // the server binds a free port itself and says which: no race for a port picked here
        int port = boundPort(log, serve, deadline);
        int reports = -1;
        boolean answeredDuringCrawl = false;
        boolean pageSaidCrawling = false;
        boolean apiSaidCrawling = false;
        while (System.nanoTime() < deadline && serve.isAlive()) {
          JsonNode health = health(port);
          if (health != null) {
            reports = health.get("reports").asInt();
            // proof that searches are served while a crawl writes: an answer given while the
            // run log shows a run in progress and the index is not yet complete
            answeredDuringCrawl |= runsRunning(port) > 0 && reports < portal.articles().size();
            // and that they say so: the results are still growing
            if (health.get("crawling").asBoolean()) {
              pageSaidCrawling |= Jsoup.parse(get(port, "/?q=" + QUERY).body())
                  .selectFirst("p.crawling") != null;
              JsonNode crawl = json.readTree(get(port, "/api/search?q=" + QUERY).body())
                  .get("crawl");
              apiSaidCrawling |= crawl.isObject() && crawl.get("pagesFetched").isIntegralNumber()
                  && crawl.get("reportsNew").isIntegralNumber();
            }
            if (reports == portal.articles().size() && runsFinished(port) == 3) {
              break;
            }
          }
          Thread.sleep(100);
        }
        assertThat(reports).as(Files.readString(log)).isEqualTo(portal.articles().size());
        assertThat(answeredDuringCrawl).as("the server answered before the crawl was done")
            .isTrue();
        assertThat(pageSaidCrawling).as("the search page named the crawl under way").isTrue();
        assertThat(apiSaidCrawling).as("the search API named the crawl under way").isTrue();
        // once done, nothing is said of a crawl
        boolean crawling = true;
        while (crawling && System.nanoTime() < deadline) {
          crawling = json.readTree(get(port, "/health").body()).get("crawling").asBoolean();
          Thread.sleep(crawling ? 100 : 0);
        }
        assertThat(crawling).as("the health check still names a crawl").isFalse();
        assertThat(Jsoup.parse(get(port, "/?q=" + QUERY).body()).select("p.crawling")).isEmpty();
        assertThat(json.readTree(get(port, "/api/search?q=" + QUERY).body()).get("crawl")
            .isNull()).isTrue();
        JsonNode runs = json.readTree(get(port, "/api/crawl/runs").body());
        assertThat(runs.toString()).contains("schedule").contains("gansu");
      } finally {
        serve.destroy();
        assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
      }
    }
  }

  private JsonNode health(int port) {
    try {
      HttpResponse<String> r = get(port, "/health");
      return r.statusCode() == 200 ? json.readTree(r.body()) : null;
    } catch (Exception e) {
      return null;
    }
  }

  private static int boundPort(Path log, Process serve, long deadline) throws Exception {
    Pattern url = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");
    while (System.nanoTime() < deadline && serve.isAlive()) {
      Matcher m = url.matcher(Files.exists(log) ? Files.readString(log) : "");
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      Thread.sleep(50);
    }
    throw new AssertionError("serve printed no URL: " + Files.readString(log));
  }

  private int runsRunning(int port) throws Exception {
    JsonNode runs = json.readTree(get(port, "/api/crawl/runs").body());
    int running = 0;
    for (JsonNode run : runs.path("runs")) {
      if (run.path("running").asBoolean(false)) {
        running++;
      }
    }
    return running;
  }

  private int runsFinished(int port) throws Exception {
    JsonNode runs = json.readTree(get(port, "/api/crawl/runs").body());
    int done = 0;
    for (JsonNode run : runs.path("runs")) {
      if (!run.path("running").asBoolean(true)) {
        done++;
      }
    }
    return done;
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .build(), HttpResponse.BodyHandlers.ofString());
  }
}
