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
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.reliefarchive.Corpus;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.enrich.ArticleEnricher;
import org.reliefarchive.enrich.CanonicalUrl;
import org.reliefarchive.enrich.EnrichedArticle;
import org.reliefarchive.extract.Article;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.search.ReportSearcher;

/**
 * One article reprinted on three portals, on the real server over a real index: the result list
 * shows the copy captured first, marked when its source took it down, and the report's reprint
 * box lists every copy with where and when it ran, earliest first. Screenshots of both go to
 * target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReprintsBrowserIT {
  private static final String LATE = "http://late.example/a.html";
  private static final String FIRST = "http://first.example/a.html";
  private static final String MIDDLE = "http://middle.example/a.html";

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private ReportIndex index;
  private Javalin app;

  @BeforeAll
  void indexAndServe() throws Exception {
    index = ReportIndex.openWritable(new ByteBuffersDirectory(), new IndexSchema(),
        new IndexConfig("x", 16, 30));
    // indexed first, so among equal scores it ranks first: the copy a list used to show
    add(LATE, "late", "晚报网", "2021-11-12T09:00+08:00", "2021-11-13T02:00:00Z", null);
    // captured first, then taken down by its source
    add(FIRST, "first", "首发网", "2021-11-09T14:04+08:00", "2021-11-09T08:00:00Z",
        Instant.parse("2021-12-01T00:00:00Z"));
    add(MIDDLE, "middle", "转载网", null, "2021-11-10T03:30:00Z", null);
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
  }

  private void add(String url, String portal, String portalName, String published,
      String captured, Instant removed) throws Exception {
    List<String> lines = Arrays.stream(Corpus.seed("000_5a266c807a20fc24").split("\n"))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    Article a = new Article(url, lines.get(0),
        published == null ? null : OffsetDateTime.parse(published), null, null, null, null,
        lines.subList(1, lines.size()), "UTF-8");
    EnrichedArticle e = new ArticleEnricher().enrich(a, new ArticleEnricher.Capture(portal,
        portalName, null, Instant.parse(captured), "f.warc.gz", 0, "sha1:X"));
    index.upsert(removed == null ? e : e.removed(removed));
  }

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
        + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theResultListShowsTheFirstCaptureMarkedRemoved() throws Exception {
    JsonNode r = json.readTree(get("/api/search?q=" + URLEncoder.encode("残联",
        StandardCharsets.UTF_8)).body());
    assertThat(r.get("hits")).hasSize(1);
    JsonNode hit = r.get("hits").get(0);
    assertThat(hit.get("url").asText()).isEqualTo(FIRST);
    assertThat(hit.get("status").asText()).isEqualTo("removed");
    assertThat(hit.get("reprints").asInt()).isEqualTo(2);

    Document page = Jsoup.parse(get("/?q=" + URLEncoder.encode("残联",
        StandardCharsets.UTF_8)).body());
    Element h = page.selectFirst(".hits li.hit");
    assertThat(h.select(".portal").text()).isEqualTo("首发网");
    assertThat(h.select(".badge.removed").text()).isEqualTo("已删除");
    assertThat(h.select(".badge:not(.removed)").text()).contains("2");
    Document en = Jsoup.parse(get("/?lang=en&q=" + URLEncoder.encode("残联",
        StandardCharsets.UTF_8)).body());
    assertThat(en.select(".hits li.hit .badge.removed").text()).isEqualTo("removed");
  }

  @Test
  void theReprintBoxListsWhereAndWhenEachCopyRanEarliestFirst() throws Exception {
    String id = CanonicalUrl.id(MIDDLE);
    Document page = Jsoup.parse(get("/reports/" + id).body());
    List<Element> copies = page.select(".reprints li");
    assertThat(copies).extracting(li -> li.selectFirst("a, strong").text())
        .containsExactly("首发网", "转载网", "晚报网");
    assertThat(copies.get(0).select(".badge.removed").text()).isEqualTo("已删除");
    assertThat(copies.get(0).text()).contains("发布于 2021-11-09")
        .contains("首次抓取 2021-11-09 08:00 UTC");
    // the report shown is one of the copies, not a link to itself
    assertThat(copies.get(1).hasClass("self")).isTrue();
    assertThat(copies.get(1).select("a")).isEmpty();
    assertThat(copies.get(1).text()).contains("未注明发布日期")
        .contains("首次抓取 2021-11-10 03:30 UTC");
    assertThat(copies.get(2).select(".badge.removed")).isEmpty();
    assertThat(copies.get(2).text()).contains("发布于 2021-11-12")
        .contains("首次抓取 2021-11-13 02:00 UTC");
    assertThat(copies.get(2).selectFirst("a").attr("href"))
        .isEqualTo("/reports/" + CanonicalUrl.id(LATE));
    assertThat(page.select(".reprints h2").text()).contains("2");

    JsonNode api = json.readTree(get("/api/reports/" + id).body());
    assertThat(api.get("reprints")).extracting(c -> c.get("url").asText())
        .containsExactly(FIRST, LATE);
    assertThat(api.get("reprints").get(0).get("firstCaptured").asText())
        .isEqualTo("2021-11-09T08:00:00Z");
    assertThat(api.get("reprints").get(0).get("status").asText()).isEqualTo("removed");
  }

  @Test
  void theBadgeAndTheBoxAreVisibleInTheBrowser() {
    ChromeDriver driver = Browser.start();
    try {
      String base = "http://127.0.0.1:" + app.port();
      driver.get(base + "/?q=" + URLEncoder.encode("残联", StandardCharsets.UTF_8));
      WebElement badge = driver.findElement(By.cssSelector(".hits .hit .badge.removed"));
      assertThat(badge.isDisplayed()).isTrue();
      assertThat(badge.getText()).isEqualTo("已删除");
      Browser.screenshot(driver, "reprints-list");
      driver.get(base + "/reports/" + CanonicalUrl.id(MIDDLE));
      WebElement box = driver.findElement(By.cssSelector(".reprints"));
      assertThat(box.isDisplayed()).isTrue();
      assertThat(box.findElements(By.cssSelector("li"))).hasSize(3);
      Browser.screenshot(driver, "reprints-box");
    } finally {
      driver.quit();
    }
  }
}
