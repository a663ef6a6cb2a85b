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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reliefarchive.cli.CrawledSite;

/**
 * Synonyms and graded matching on the real server over the crawled sample portal: a short page
 * is filled with reports missing a word under a note in the page's language, the JSON marks each
 * hit's match level, and facet counts take in partial matches only when asked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GradedMatchIT {
  // no report of the sample portal names both the 永平街 street and a 残联
  private static final String NO_FULL_MATCH = "永平街 残联";
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

  private HttpResponse<String> get(String path, String q, String more) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + path + "?q="
        + URLEncoder.encode(q, StandardCharsets.UTF_8) + more)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode api(String q, String more) throws Exception {
    HttpResponse<String> r = get("/api/search", q, more);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return json.readTree(r.body());
  }

  @Test
  void theApiMarksPartialMatchesWithTheWordsTheyMiss() throws Exception {
    JsonNode r = api(NO_FULL_MATCH, "");
    assertThat(r.get("total").asLong()).isZero();
    assertThat(r.get("partial").asLong()).isPositive();
    JsonNode hits = r.get("hits");
    assertThat(hits.size()).isPositive();
    List<String> missing = new ArrayList<>();
    for (JsonNode h : hits) {
      assertThat(h.get("match").asText()).isEqualTo("partial");
      assertThat(h.get("missing").size()).isEqualTo(1);
      missing.add(h.get("missing").get(0).asText());
    }
    assertThat(missing).contains("永平街", "残联");
    // the 永平街 report lacks only 残联
    assertThat(hits.findValuesAsText("title")).anyMatch(t -> t.contains("永平街"));
  }

  @Test
  void thePageSaysInItsLanguageThatTheReportsArePartialMatches() throws Exception {
    Document zh = Jsoup.parse(get("/", NO_FULL_MATCH, "").body());
    assertThat(zh.select(".partial-note").text())
        .isEqualTo("没有同时包含全部词语的报道，以下为部分匹配");
    assertThat(zh.select("ol.hits.partial li.hit")).isNotEmpty();
    assertThat(zh.select("ol.hits.partial .missing").first().text()).startsWith("缺少：");
    assertThat(zh.select(".empty")).isEmpty();
    Document en = Jsoup.parse(get("/", NO_FULL_MATCH, "&lang=en").body());
    assertThat(en.select(".partial-note").text())
        .isEqualTo("No report holds all the words; these are partial matches");
    assertThat(en.select("ol.hits.partial .missing").first().text()).startsWith("Missing:");
  }

  @Test
  void fullMatchesStandAboveTheNoteAndPartialOnesBelow() throws Exception {
    Document page = Jsoup.parse(get("/", "兰州 残联", "").body());
    assertThat(page.select("ol.hits:not(.partial) li.hit")).isNotEmpty();
    assertThat(page.select(".partial-note").text()).startsWith("只有以上").endsWith("以下为部分匹配");
    JsonNode r = api("兰州 残联", "");
    assertThat(r.get("hits").get(0).get("match").asText()).isEqualTo("full");
  }

  @Test
  void facetCountsTakeInPartialMatchesOnlyWhenAsked() throws Exception {
    JsonNode strict = api(NO_FULL_MATCH, "");
    JsonNode relaxed = api(NO_FULL_MATCH, "&relaxed=1");
    assertThat(strict.get("relaxed").asBoolean()).isFalse();
    assertThat(relaxed.get("relaxed").asBoolean()).isTrue();
    assertThat(relaxed.get("total").asLong()).isEqualTo(strict.get("partial").asLong());
    assertThat(portalCount(strict)).isZero();
    assertThat(portalCount(relaxed)).isEqualTo(relaxed.get("total").asLong());
    assertThat(get("/api/search", NO_FULL_MATCH, "&relaxed=maybe").statusCode())
        .isEqualTo(400);
  }

  @Test
  void theRelaxedPageKeepsItsViewInFacetSortAndDateLinks() throws Exception {
    Document page = Jsoup.parse(get("/", NO_FULL_MATCH, "&relaxed=1").body());
    assertThat(page.select(".facet a[href]")).isNotEmpty()
        .allSatisfy(a -> assertThat(a.attr("href")).contains("relaxed=1"));
    assertThat(page.select(".summary .actions a").first().attr("href")).contains("relaxed=1");
    assertThat(page.select("form.dates input[name=relaxed]").val()).isEqualTo("1");
    // exports and feeds hold full matches
    assertThat(page.select("a.export-csv").attr("href")).doesNotContain("relaxed");
  }

  @Test
  void aSynonymFindsTheReportInTheServersVocabulary() throws Exception {
    // the 甘肃残联 report says 残疾人 throughout, never 残障人士; the 齿轮厂社区 report names
    // 残障人士 once, in a list of the people it visited: the report about the subject in other
    // words ranks first, the user's own word gives the other no more than a mention's worth
    JsonNode r = api("残障人士 防疫", "");
    assertThat(r.get("total").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(r.get("hits").get(0).get("title").asText()).contains("甘肃省残联");
    assertThat(r.get("hits").findValuesAsText("title")).anyMatch(t -> t.contains("齿轮厂社区"));
    assertThat(r.get("hits").get(0).get("match").asText()).isEqualTo("full");
  }

  @Test
  void theApiAndThePageSayWhatElseAWordWasSearchedAs() throws Exception {
    // 孤独症 is the medical word; the 永平街 report of the sample portal says 自闭症
    JsonNode r = api("孤独症", "");
    assertThat(r.get("total").asLong()).isPositive();
    assertThat(json.convertValue(r.get("alsoSearched"), Map.class))
        .isEqualTo(Map.of("孤独症", List.of("自闭症")));
    assertThat(api("\"孤独症\"", "").get("alsoSearched").size()).isZero();
    assertThat(api("疫情", "").get("alsoSearched").size()).isZero();
    Document zh = Jsoup.parse(get("/", "孤独症", "").body());
    assertThat(zh.select(".note.synonyms").text()).startsWith("同时按同义词搜索：孤独症 → 自闭症");
    Document en = Jsoup.parse(get("/", "孤独症", "&lang=en").body());
    assertThat(en.select(".note.synonyms").text())
        .startsWith("Also searched as synonyms: 孤独症 → 自闭症");
    assertThat(Jsoup.parse(get("/", "疫情", "").body()).select(".note.synonyms")).isEmpty();
    // 香港 stands for its districts one way: a long list is cut short
    String hk = Jsoup.parse(get("/", "香港 检测", "").body()).select(".note.synonyms").text();
    assertThat(hk).contains("香港 → 本港、港府").contains("…").doesNotContain("东涌");
  }

  private static long portalCount(JsonNode r) {
    long n = 0;
    for (JsonNode v : r.at("/facets/portal")) {
      n += v.get("count").asLong();
    }
    return n;
  }
}
