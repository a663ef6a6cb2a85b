package org.reliefarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reliefarchive.cli.CrawledSite;

/**
 * Queries with slips and errors on the real server over the crawled sample portal: the obvious
 * slips are searched as mended, the rest answered in the page's language with what to change,
 * never in Lucene's words.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryErrorsIT {
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private CrawledSite site;

  @BeforeAll
  void crawlAndServe() throws Exception {
    site = CrawledSite.samplePortal();
  }

  @AfterAll
  void close() throws Exception {
    site.close();
  }

  private HttpResponse<String> get(String path, String q, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site.baseUrl() + path
        + (path.contains("?") ? "&" : "?") + "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private long total(String q) throws Exception {
    HttpResponse<String> r = get("/api/search", q);
    assertThat(r.statusCode()).as(q + ": " + r.body()).isEqualTo(200);
    return json.readTree(r.body()).get("total").asLong();
  }

  private static void assertNoLuceneWords(String body) {
    assertThat(body).doesNotContain("Lexical error", "Encountered", "Cannot parse",
        "Was expecting", "<EOF>", "Exception");
  }

  @Test
  void anUnclosedQuoteClosesAtTheEndOfTheQuery() throws Exception {
    assertThat(total("\"残联")).isPositive().isEqualTo(total("\"残联\""));
    HttpResponse<String> page = get("/", "\"残联");
    assertThat(page.statusCode()).isEqualTo(200);
    Document doc = Jsoup.parse(page.body());
    assertThat(doc.select(".hits li.hit")).isNotEmpty();
    assertThat(doc.select(".repaired").text()).contains("\"残联\"").contains("引号");
    assertThat(json.readTree(get("/api/search", "\"残联").body()).get("query").asText())
        .isEqualTo("\"残联\"");
  }

  @Test
  void aDanglingOperatorIsLeftOut() throws Exception {
    assertThat(total("OR 残联")).isPositive().isEqualTo(total("残联"));
    assertThat(total("残联 AND")).isEqualTo(total("残联"));
    assertThat(get("/", "OR 残联").statusCode()).isEqualTo(200);
  }

  @Test
  void onlyExclusionsSaySoInThePagesLanguage() throws Exception {
    HttpResponse<String> zh = get("/", "-残联");
    assertThat(zh.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(zh.body()).select(".error").text())
        .contains("只有要排除的词").contains("疫情 -残联");
    HttpResponse<String> en = get("/?lang=en", "-残联");
    assertThat(en.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(en.body()).select(".error").text()).contains("only excludes words");
    assertThat(total("疫情 -残联")).isPositive();
  }

  @Test
  void aSyntaxErrorNamesWhereAndWhatToChangeWithoutLuceneWords() throws Exception {
    HttpResponse<String> page = get("/", "残联 title: OR 疫情");
    assertThat(page.statusCode()).isEqualTo(400);
    String error = Jsoup.parse(page.body()).select(".error").text();
    assertThat(error).startsWith("查询语法有误").contains("“OR”").contains("括号和引号要成对");
    assertNoLuceneWords(page.body());
    // the box keeps the query, so it can be corrected
    assertThat(Jsoup.parse(page.body()).select("input[name=q]").val())
        .isEqualTo("残联 title: OR 疫情");

    HttpResponse<String> field = get("/", "作者:薛敏");
    assertThat(field.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(field.body()).select(".error").text()).contains("没有“作者:”这个字段")
        .contains("title:");
  }

  @Test
  void aBadParameterKeepsTheTypedQueryInTheBox() throws Exception {
    HttpResponse<String> page = get("/?sort=bogus", "残联 疫情");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(page.body()).select(".error").text()).contains("排序方式“bogus”无效");
    assertThat(Jsoup.parse(page.body()).select("input[name=q]").val()).isEqualTo("残联 疫情");
  }

  @Test
  void theApiAnswersInTheRequestedLanguage() throws Exception {
    HttpResponse<String> zh = get("/api/search?lang=zh", "残联 title: OR 疫情");
    assertThat(zh.statusCode()).isEqualTo(400);
    JsonNode body = json.readTree(zh.body());
    assertThat(body.get("error").asText()).isEqualTo("bad_parameter");
    assertThat(body.get("parameter").asText()).isEqualTo("q");
    assertThat(body.get("message").asText()).startsWith("查询语法有误");
    assertNoLuceneWords(zh.body());

    JsonNode accepted = json.readTree(get("/api/search", "-残联", "Accept-Language",
        "zh-CN,zh;q=0.9,en;q=0.8").body());
    assertThat(accepted.get("message").asText()).contains("只有要排除的词");

    JsonNode english = json.readTree(get("/api/search", "-残联").body());
    assertThat(english.get("message").asText()).contains("only excludes words");

    JsonNode page = json.readTree(get("/api/search?lang=zh&page=zero", "残联").body());
    assertThat(page.get("parameter").asText()).isEqualTo("page");
    assertThat(page.get("message").asText()).contains("页码（page）").contains("不是整数");
  }
}
