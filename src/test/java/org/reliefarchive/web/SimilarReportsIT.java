package org.reliefarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reliefarchive.cli.CrawledSite;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.enrich.ArticleEnricher;
import org.reliefarchive.enrich.CanonicalUrl;
import org.reliefarchive.extract.Article;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.search.ReportSearcher;

/**
 * Similar reports on the real server: over the crawled sample portal, the relief reports that
 * belong together and none of the unrelated stories that used to trail them; over an index
 * where nothing is alike, the report page says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimilarReportsIT {
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private CrawledSite site;
  private ReportIndex index;
  private Javalin app;

  @BeforeAll
  void serve() throws Exception {
    site = CrawledSite.samplePortal();
    index = ReportIndex.openWritable(new ByteBuffersDirectory(), new IndexSchema(),
        new IndexConfig("x", 16, 30));
    add("http://a.example/1.html", "兰州市残联开展助残日活动",
        "兰州市残联开展助残日活动，残联工作人员走访残疾人家庭，残联送去慰问品。");
    add("http://b.example/2.html", "话剧巡演结束",
        "话剧在各市巡演结束，话剧演员谢幕，观众为话剧鼓掌。");
    index.commit();
    app = WebApp.create(new ReportSearcher(index), index,
        new ServerConfig("127.0.0.1", 0, 20, 100), Map.of());
    app.start("127.0.0.1", 0);
  }

  @AfterAll
  void stop() throws Exception {
    if (app != null) {
      app.stop();
    }
    index.close();
    site.close();
  }

  private void add(String url, String title, String text) throws Exception {
    index.upsert(new ArticleEnricher().enrich(new Article(url, title, null, null, null, null,
        null, List.of(text), "UTF-8"), new ArticleEnricher.Capture("p", "样例网站", null,
        Instant.parse("2024-05-01T00:00:00Z"), "f.warc.gz", 0, "sha1:X")));
  }

  private JsonNode get(String base, String pathAndQuery) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return json.readTree(r.body());
  }

  private static List<String> titles(JsonNode similar) {
    List<String> titles = new ArrayList<>();
    similar.get("hits").forEach(h -> titles.add(h.get("title").asText()));
    return titles;
  }

  @Test
  void similarReportsOfAReliefReportAreTheReliefReportsOnly() throws Exception {
    JsonNode found = get(site.baseUrl(), "/api/search?q="
        + URLEncoder.encode("\"同心抗\"", StandardCharsets.UTF_8));
    String id = found.get("hits").get(0).get("id").asText();
    JsonNode similar = get(site.baseUrl(), "/api/reports/" + id + "/similar?size=20");
    List<String> titles = titles(similar);
    assertThat(titles).hasSizeBetween(2, 6)
        .anyMatch(t -> t.contains("醴陵")).anyMatch(t -> t.contains("永平街"));
    assertThat(titles).noneMatch(t -> t.contains("美联储") || t.contains("话剧")
        || t.contains("人民币") || t.contains("呼和浩特"));
    // every one passes the cut: at least the share of the best score
    double best = similar.get("hits").get(0).get("score").asDouble();
    similar.get("hits").forEach(h -> assertThat(h.get("score").asDouble())
        .isGreaterThanOrEqualTo(ReportSearcher.SIMILAR_SHARE * best - 1e-6));
  }

  @Test
  void theReportPageSaysWhenNoReportIsSimilar() throws Exception {
    String base = "http://127.0.0.1:" + app.port();
    String id = CanonicalUrl.id("http://a.example/1.html");
    assertThat(get(base, "/api/reports/" + id + "/similar").get("hits")).isEmpty();
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/reports/"
        + id)).build(), HttpResponse.BodyHandlers.ofString());
    Document doc = Jsoup.parse(page.body());
    assertThat(doc.select(".similar .none").text()).isEqualTo("没有相似报道");
    assertThat(doc.select(".similar li")).isEmpty();
    Document en = Jsoup.parse(http.send(HttpRequest.newBuilder(URI.create(base + "/reports/"
        + id + "?lang=en")).build(), HttpResponse.BodyHandlers.ofString()).body());
    assertThat(en.select(".similar .none").text()).isEqualTo("No similar reports");
  }
}
