package org.reliefarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While a crawl of the server runs, the search page, the search API and the health check say
 * so, since the results are still growing; once it is done they say nothing of it.
 */
class CrawlNoticeTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  /** The run under way, or null: the crawler's side of the source, switched by the test. */
  private final AtomicReference<CrawlRunsSource.Run> current = new AtomicReference<>();
  private EmptyIndexApp app;

  private final CrawlRunsSource runs = new CrawlRunsSource() {
    @Override
    public List<Run> runs(int limit) {
      CrawlRunsSource.Run now = current.get();
      return now == null ? List.of() : List.of(now);
    }

    @Override
    public List<Schedule> schedules() {
      return List.of();
    }
  };

  private static CrawlRunsSource.Run running() {
    return new CrawlRunsSource.Run("2024-05-06T02:30:00Z", "schedule", "2024-05-06T02:30:00Z",
        "2024-05-06T02:30:40Z", 40, false, true, List.of(portal("gansu", 30, 7),
            portal("gzgov", 12, 5)));
  }

  private static CrawlRunsSource.Portal portal(String id, long fetched, long articlesNew) {
    return new CrawlRunsSource.Portal(id, fetched, 2, fetched - 2, 1000, 0, 0, articlesNew, 0,
        0, 0, 0, 0, Map.of(), Map.of(), List.of(), 1000, null, List.of());
  }

  @BeforeEach
  void start() {
    app = EmptyIndexApp.start(Map.of(), ArchiveSource.NONE, runs, null);
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
  }

  private String get(String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
        URI.create(app.base() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }

  @Test
  void aCrawlUnderWayIsNamedWithItsCountsOnThePageInTheApiAndInTheHealthCheck()
      throws Exception {
    current.set(running());

    Document page = Jsoup.parse(get("/?q=%E6%AE%8B%E8%81%94"));
    assertThat(page.select("p.crawling[role=status]").text())
        .isEqualTo("抓取进行中：已抓取 42 个页面，新收录 12 篇报道，结果会随抓取增加。 抓取记录");
    assertThat(page.select("p.crawling a").attr("href")).isEqualTo("/operator");
    Document en = Jsoup.parse(get("/?q=%E6%AE%8B%E8%81%94&lang=en"));
    assertThat(en.select("p.crawling").text()).startsWith("A crawl is under way: 42 pages "
        + "fetched and 12 new reports so far");
    assertThat(en.select("p.crawling a").attr("href")).isEqualTo("/operator?lang=en");

    JsonNode api = json.readTree(get("/api/search?q=%E6%AE%8B%E8%81%94"));
    // the result's own fields stay where they were, beside the crawl
    assertThat(api.get("query").asText()).isEqualTo("残联");
    assertThat(api.get("total").asInt()).isZero();
    assertThat(api.has("result")).isFalse();
    assertThat(api.get("crawl").get("pagesFetched").asLong()).isEqualTo(42);
    assertThat(api.get("crawl").get("reportsNew").asLong()).isEqualTo(12);
    assertThat(json.readTree(get("/health")).get("crawling").asBoolean()).isTrue();
  }

  @Test
  void withoutACrawlNothingIsSaidOfOne() throws Exception {
    assertThat(Jsoup.parse(get("/?q=%E6%AE%8B%E8%81%94")).select("p.crawling")).isEmpty();
    JsonNode api = json.readTree(get("/api/search?q=%E6%AE%8B%E8%81%94"));
    assertThat(api.get("crawl").isNull()).isTrue();
    assertThat(api.get("query").asText()).isEqualTo("残联");
    assertThat(json.readTree(get("/health")).get("crawling").asBoolean()).isFalse();
  }
}
