package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reliefarchive.crawl.MutablePortal;
import org.reliefarchive.enrich.CanonicalUrl;

/**
 * Pages whose titles are hostile (100,000 characters, terminal escapes, bidi overrides) are
 * crawled from loopback, indexed and served: what comes back is short and inert.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileFieldsIT {
  private static final List<String> FORMULA_TITLES = List.of(
      "=HYPERLINK(\"http://127.0.0.1:9/x\",\"残联慰问点此\")", "+1+cmd|' /C calc'!A0残联",
      "-2+3+残联走访", "@SUM(1+1)*cmd|' /C calc'!A0残联");
  private static final String LONG_TITLE = "\u001b[2J\u001b[31m残联送温暖\u202e行动"
      + "救助困难群众".repeat(100_000 / 6);

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private MutablePortal portal;
  private CrawledSite site;

  @BeforeAll
  void crawl() throws Exception {
    portal = MutablePortal.start();
    portal.put("long", LONG_TITLE, List.of(
        "市残联工作人员上门走访困难残疾人家庭，送去米面油等生活物资，帮助解决实际困难。",
        "残联还组织志愿者为独居老人和残疾人提供代购、送药等服务，确保疫情期间基本生活。"), false);
    for (int i = 0; i < FORMULA_TITLES.size(); i++) {
      portal.put("formula" + i, FORMULA_TITLES.get(i), List.of(
          "区残联组织康复医生上门服务，为行动不便的残疾人开展评估，制定一人一策的帮扶方案。",
          "街道办事处联合民政部门排查低保边缘家庭，对符合条件的困难群众及时纳入临时救助范围。"),
          false);
    }
    site = CrawledSite.portals(portal.sourcesYaml(""));
  }

  @AfterAll
  void stop() throws Exception {
    site.close();
    portal.close();
  }

  private JsonNode get(String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + path))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
    return json.readTree(r.body());
  }

  @Test
  void aHundredThousandCharacterTitleWithEscapesIsCappedCleanedAndNoted() throws Exception {
    assertThat(LONG_TITLE.length()).isGreaterThan(99_000);
    JsonNode report = get("/api/reports/" + CanonicalUrl.id(portal.url("long")));
    String title = report.path("title").asText();
    assertThat(title).startsWith("[2J[31m残联送温暖行动救助")
        .doesNotContain("\u001b").doesNotContain("\u202e");
    assertThat(title.length()).isLessThanOrEqualTo(300);
    assertThat(report.path("captures").get(0).path("capped").asText())
        .startsWith("title cut from ").contains(" to 300 characters");
    JsonNode hits = get("/api/search?q=" + URLEncoder.encode("送温暖", StandardCharsets.UTF_8))
        .path("hits");
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).path("title").asText()).isEqualTo(title);
  }

  @Test
  void crawledTitlesThatLookLikeFormulasAreExportedAsText() throws Exception {
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(site.baseUrl()
        + "/export.csv")).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    String text = new String(r.body(), StandardCharsets.UTF_8).substring(1);
    List<String> titles;
    try (CSVParser parser = CSVParser.parse(text, CSVFormat.EXCEL.builder().setHeader()
        .setSkipHeaderRecord(true).get())) {
      titles = parser.getRecords().stream().map(row -> row.get("title")).toList();
    }
    assertThat(titles).hasSize(FORMULA_TITLES.size() + 1);
    for (String formula : FORMULA_TITLES) {
      assertThat(titles).contains("'" + formula);
    }
    assertThat(titles).noneMatch(t -> "=+-@\t\r".indexOf(t.charAt(0)) >= 0);
  }
}
