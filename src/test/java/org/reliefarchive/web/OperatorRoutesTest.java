package org.reliefarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OperatorRoutesTest {
  private final HttpClient http = HttpClient.newHttpClient();
  private EmptyIndexApp app;

  private static final CrawlRunsSource RUNS = new CrawlRunsSource() {
    @Override
    public List<Run> runs(int limit) {
      return List.of(new Run("2024-05-06T02:30:00Z", "schedule", "2024-05-06T02:30:00Z",
          "2024-05-06T02:31:00Z", 60, false, false, List.of(new Portal("gansu", 120, 10, 30,
              900_000, 12, 5, 3, 1, 20, 1, 25, 400, Map.of("connection refused", 2L),
              Map.of("NO_MAIN_TEXT", 4L), List.of("NO_MAIN_TEXT http://x/<script>.html"), 1000,
              null, List.of("extraction failing: 4 of 28 <b>pages</b>")))));
    }

    @Override
    public List<Schedule> schedules() {
      return List.of(new Schedule("gansu", "30 2 * * *", "2024-05-07T02:30+08:00"));
    }
  };

  @BeforeEach
  void start() {
    app = EmptyIndexApp.start(Map.of("gansu", "中国甘肃网"), ArchiveSource.NONE, RUNS, null);
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(app.base() + path))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void apiListsRunsWithPortalHealthAndSchedules() throws Exception {
    HttpResponse<String> r = get("/api/crawl/runs");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"articlesNew\":3").contains("\"articlesRemoved\":1")
        .contains("\"connection refused\":2").contains("\"cron\":\"30 2 * * *\"");
  }

  @Test
  void operatorPageEscapesEverythingAndUsesNoScript() throws Exception {
    HttpResponse<String> r = get("/operator");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("中国甘肃网").contains("extraction failing")
        .contains("&lt;b&gt;pages&lt;/b&gt;").contains("http://x/&lt;script&gt;.html")
        .doesNotContain("<script").doesNotContain("<b>");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'none'");
  }

  @Test
  void operatorPageIsChineseStyledLikeTheOthersAndSaysWhatFailedAndHowToCrawlAgain()
      throws Exception {
    Document doc = Jsoup.parse(get("/operator").body());
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(doc.select("h1").text()).isEqualTo("抓取记录");
    assertThat(doc.select("link[rel=stylesheet]").attr("href")).isEqualTo("/static/app.css");
    // the header of the search and report pages, with the search box and the language link
    assertThat(doc.select("header a.brand").text()).contains("救助报道档案");
    assertThat(doc.select("header form input[name=q]")).hasSize(1);
    assertThat(doc.select("header a.lang").attr("href")).isEqualTo("/operator?lang=en");
    assertThat(doc.select("th")).extracting(Element::text).contains("网站", "新增", "抓取错误");
    assertThat(doc.select("h2").text()).contains("定时抓取");
    // a refused connection in words, not as a kind and a count that read like an error code
    Element row = doc.selectFirst("tr.failed");
    assertThat(row.text()).contains("连接被拒绝: 2").contains("找不到正文: 4");
    Element details = doc.selectFirst("tr.details");
    assertThat(details.select(".samples li").text())
        .isEqualTo("找不到正文: http://x/<script>.html");
    assertThat(details.select(".samples a").attr("href")).isEqualTo("http://x/<script>.html");
    assertThat(details.select(".recrawl code").text())
        .isEqualTo("java -jar relief-archive.jar crawl --portal gansu");
    // the crawler's alarms are English, and say so
    assertThat(details.select("p[role=alert]").attr("lang")).isEqualTo("en");

    Document en = Jsoup.parse(get("/operator?lang=en").body());
    assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(en.select("h1").text()).isEqualTo("Crawl runs");
    assertThat(en.selectFirst("tr.failed").text()).contains("connection refused: 2");
    assertThat(en.select("p[role=alert]").hasAttr("lang")).isFalse();
  }

  @Test
  void aPortalWithoutFailuresGetsNoSecondLine() {
    OperatorRoutes routes = new OperatorRoutes(CrawlRunsSource.NONE, Map.of());
    OperatorView view = routes.view(List.of(new CrawlRunsSource.Run("r", "crawl", "t", "t", 1,
        false, false, List.of(new CrawlRunsSource.Portal("ok", 3, 1, 2, 100, 0, 0, 2, 0, 0, 0,
            0, 0, Map.of(), Map.of(), List.of(), 0, null, List.of())))), Messages.ZH_CN);
    assertThat(view.runs().get(0).portals().get(0).details()).isFalse();
    assertThat(view.runs().get(0).trigger()).isEqualTo("手动抓取");
  }

  @Test
  void badLimitIsA400NamingTheParameter() throws Exception {
    HttpResponse<String> r = get("/api/crawl/runs?limit=0");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("\"parameter\":\"limit\"");
  }

  @Test
  void listsTheUrlsWhoseFetchFailedWithTheKindInWords() {
    OperatorRoutes routes = new OperatorRoutes(CrawlRunsSource.NONE, Map.of());
    OperatorView view = routes.view(List.of(new CrawlRunsSource.Run("r", "crawl", "t", "t", 1,
        false, false, List.of(new CrawlRunsSource.Portal("p", 3, 1, 2, 100, 0, 0, 2, 0, 0, 0,
            0, 0, Map.of("connection refused", 1L), Map.of(), List.of(), 0, null, List.of(),
            List.of("connection refused http://127.0.0.1:9/list.html"))))), Messages.ZH_CN);
    OperatorView.Portal portal = view.runs().get(0).portals().get(0);
    assertThat(portal.details()).isTrue();
    assertThat(portal.failedFetches()).singleElement().satisfies(f -> {
      assertThat(f.url()).isEqualTo("http://127.0.0.1:9/list.html");
      assertThat(f.reason()).isEqualTo("连接被拒绝");
    });
  }
}
