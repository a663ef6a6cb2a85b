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
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.enrich.ArticleEnricher;
import org.reliefarchive.enrich.ReportTags;
import org.reliefarchive.extract.Article;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.search.ReportSearcher;

/** The real app over a small real index on disk, asked over loopback HTTP. */
class WebAppTest {
  @TempDir Path tmp;
  private final HttpClient http = HttpClient.newHttpClient();
  private Directory dir;
  private ReportIndex index;
  private Javalin app;

  @BeforeEach
  void start() throws Exception {
    dir = FSDirectory.open(tmp.resolve("lucene"));
    index = ReportIndex.openWritable(dir, new IndexSchema(), new IndexConfig("x", 16, 30));
    add("http://127.0.0.1/news/1.html", "兰州市残联走访困难残疾人家庭");
    index.commit();
    app = WebApp.create(new ReportSearcher(index), index, new ServerConfig("127.0.0.1", 0, 20,
        100), Map.of("gansu", "中国甘肃网"));
    app.start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() throws Exception {
    app.stop();
    index.close();
    dir.close();
  }

  private void add(String url, String title) throws Exception {
    Article a = new Article(url, title, OffsetDateTime.parse("2021-11-09T14:04+08:00"), null,
        null, null, null, List.of("市残联工作人员上门走访困难残疾人家庭，送去米面油等生活物资。"),
        "UTF-8");
    ReportTags tags = new ReportTags(List.of("甘肃省/兰州市", "甘肃省/张掖市"), "甘肃省/兰州市",
        List.of("残联"), List.of("兰州市残联", "张掖市民政局"), List.of(), List.of());
    index.upsert(new ArticleEnricher((article, home) -> tags).enrich(a,
        new ArticleEnricher.Capture("gansu", "中国甘肃网", "甘肃省",
            Instant.parse("2021-11-11T00:00:00Z"), "f.warc.gz", 0, "sha1:X")));
  }

  private HttpResponse<String> send(String method, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
        .method(method, HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void aRegionPathWithAnEmptyStepIsA400NamingTheParameter() throws Exception {
    for (String region : List.of("/", "//", "甘肃省//兰州市", "甘肃省/")) {
      for (String path : List.of("/", "/api/search", "/api/facets", "/feed.atom")) {
        HttpResponse<String> r = send("GET", path + "?region=" + enc(region));
        assertThat(r.statusCode()).as(path + " region=" + region).isEqualTo(400);
        assertThat(r.body()).as(path).contains("region");
      }
    }
    assertThat(send("GET", "/api/search?region=" + enc("甘肃省/兰州市")).statusCode())
        .isEqualTo(200);
    assertThat(send("GET", "/api/search?region=/").body())
        .contains("\"parameter\":\"region\"");
  }

  @Test
  void anExportWithABadQueryIsA400AndNoAttachment() throws Exception {
    for (String path : List.of("/export.csv", "/export.jsonl")) {
      HttpResponse<String> r = send("GET", path + "?q=" + enc("残联^"));
      assertThat(r.statusCode()).as(path).isEqualTo(400);
      assertThat(r.headers().firstValue("Content-Disposition")).as(path).isEmpty();
      assertThat(r.body()).as(path).startsWith("{").contains("\"parameter\":\"q\"")
          .doesNotContain("title,url");
    }
    assertThat(send("GET", "/export.csv?q=" + enc("残联")).statusCode()).isEqualTo(200);
  }

  @Test
  void jsonLinesGiveRegionsAndAgenciesAsArrays() throws Exception {
    HttpResponse<String> r = send("GET", "/export.jsonl");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode row = new ObjectMapper().readTree(r.body().lines().findFirst().orElseThrow());
    assertThat(row.path("regions").isArray()).isTrue();
    assertThat(row.path("regions")).extracting(JsonNode::asText)
        .containsExactly("甘肃省/兰州市", "甘肃省/张掖市");
    assertThat(row.path("agencies")).extracting(JsonNode::asText)
        .containsExactly("兰州市残联", "张掖市民政局");
    assertThat(row.path("agency_types")).extracting(JsonNode::asText).containsExactly("残联");
    assertThat(row.path("beneficiaries").isArray()).isTrue();
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunGetAQuote() {
    for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1")) {
      assertThat(ExportRoutes.cell(formula)).isEqualTo("'" + formula);
    }
    assertThat(ExportRoutes.cell("残联=民政")).isEqualTo("残联=民政");
    assertThat(ExportRoutes.cell("")).isEqualTo("");
    assertThat(ExportRoutes.cell(42L)).isEqualTo(42L);
  }

  @Test
  void postPutAndDeleteOnAGetRouteAre405WithAllow() throws Exception {
    for (String method : List.of("POST", "PUT", "DELETE")) {
      for (String path : List.of("/", "/api/search", "/export.csv", "/feed.atom",
          "/api/reports/abc")) {
        HttpResponse<String> r = send(method, path);
        assertThat(r.statusCode()).as(method + " " + path).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow").orElse("")).as(method + " " + path)
            .contains("GET");
        assertThat(r.body()).contains("method_not_allowed");
      }
    }
    assertThat(send("GET", "/nowhere").statusCode()).isEqualTo(404);
    assertThat(send("POST", "/nowhere").statusCode()).isEqualTo(404);
  }

  @Test
  void anUnknownReportIsA404SayingSoAndAnUnknownPathAPageInTheUsersLanguage() throws Exception {
    // the report routes answer 404 themselves; the server's 404 handler must not replace that
    HttpResponse<String> report = send("GET", "/api/reports/0000000000000000");
    assertThat(report.statusCode()).isEqualTo(404);
    JsonNode body = new ObjectMapper().readTree(report.body());
    assertThat(body.get("error").asText()).isEqualTo("not_found");
    assertThat(body.get("parameter").asText()).isEqualTo("id");
    assertThat(body.get("message").asText()).contains("0000000000000000");
    HttpResponse<String> similar = send("GET", "/api/reports/0000000000000000/similar");
    assertThat(similar.statusCode()).isEqualTo(404);
    assertThat(similar.body()).contains("no report with id");
    assertThat(send("GET", "/api/nowhere").body()).contains("no such endpoint: /api/nowhere");
    // a page the server does not have: HTML, escaped, in Chinese or in English
    HttpResponse<String> page = send("GET", "/nowhere&amp'x");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body()).contains("没有这个页面：/nowhere&amp;amp'x")
        .doesNotContain("&amp'x");
    assertThat(send("GET", "/nowhere?lang=en").body()).contains("There is no page at /nowhere");
    HttpResponse<String> reportPage = send("GET", "/reports/0000000000000000");
    assertThat(reportPage.statusCode()).isEqualTo(404);
    assertThat(reportPage.body()).contains("没有编号为 0000000000000000 的报道");
  }
}
