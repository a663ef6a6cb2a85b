package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reliefarchive.Corpus;
import org.reliefarchive.config.ConfigLoader;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.config.SourcesConfig;
import org.reliefarchive.enrich.TraditionalToSimplified;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.sample.SampleArticle;
import org.reliefarchive.sample.SamplePortal;
import org.reliefarchive.search.Compounds;
import org.w3c.dom.Element;

/**
 * The whole pipeline on the loopback sample portal: crawl, archive, extract, index, then the
 * real search server on a loopback port, called over HTTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SamplePortalSearchIT {
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private Path home;
  private SamplePortal portal;
  private Pipeline pipeline;
  private WebServer web;

  @BeforeAll
  void crawlAndServe() throws Exception {
    home = Files.createTempDirectory("relief-it");
    portal = SamplePortal.start();
    SourcesConfig sources = new ConfigLoader().read(
        new ByteArrayInputStream(portal.sourcesYaml().getBytes(StandardCharsets.UTF_8)),
        Path.of("sources.yaml"), SourcesConfig.class);
    Settings settings = Settings.load(Path.of("config"), home).withSources(sources)
        .withServer(new ServerConfig("127.0.0.1", 0, 20, 100));
    pipeline = new Pipeline(settings, Clock.systemUTC());
    web = new WebServer(pipeline.searcher, pipeline.index, settings.server(), sources,
        settings.archiveDir());
    CrawlCommand.crawl(pipeline, sources.portals(),
        new PrintWriter(Writer.nullWriter()));
  }

  @AfterAll
  void stop() throws Exception {
    web.close();
    pipeline.close();
    portal.close();
  }

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port()
        + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode search(String query) throws Exception {
    HttpResponse<String> r = get("/api/search?size=100&q="
        + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return json.readTree(r.body());
  }

  private static List<String> urls(JsonNode result) {
    List<String> urls = new ArrayList<>();
    result.get("hits").forEach(h -> urls.add(h.get("url").asText()));
    return urls;
  }

  private String seedUrl(String seedPrefix) {
    return portal.articles().stream().filter(a -> a.originId().startsWith(seedPrefix))
        .findFirst().orElseThrow().url();
  }

  @Test
  void indexesEverySampleArticleExactlyOnce() throws Exception {
    pipeline.index.refresh();
    IndexSearcher s = pipeline.index.searchers().acquire();
    try {
      for (SampleArticle a : portal.articles()) {
        assertThat(s.count(new TermQuery(new Term(IndexSchema.URL, a.url()))))
            .as(a.originId() + " " + a.url()).isEqualTo(1);
      }
      assertThat(s.getIndexReader().numDocs()).isEqualTo(portal.articles().size());
    } finally {
      pipeline.index.searchers().release(s);
    }
  }

  /**
   * A researcher's count is only as good as its recall: a word or phrase finds every report
   * whose title or text contains it (in either script), inside longer words too, and no other.
   */
  @Test
  void everyReportContainingAStringIsFoundByItAndNoOther() throws Exception {
    pipeline.index.refresh();
    IndexSearcher s = pipeline.index.searchers().acquire();
    try {
      Map<String, String> textById = new HashMap<>();
      StoredFields stored = s.storedFields();
      for (int doc = 0; doc < s.getIndexReader().maxDoc(); doc++) {
        Document d = stored.document(doc);
        textById.put(d.get(IndexSchema.ID), TraditionalToSimplified
            .toSimplified(d.get(IndexSchema.TITLE) + "\n\n" + d.get(IndexSchema.BODY)));
      }
      List<String> words = List.of("民政", "残联", "妇联", "志愿", "抗疫", "学校", "服务", "物资",
          "社区", "老人", "儿童", "医护", "捐赠", "口罩", "核酸", "留守", "低保", "红十字", "慈善",
          "街道", "救助", "帮扶", "关爱", "甘肃", "兰州", "广州", "疫情防控", "困难群众",
          "残疾人", "党员干部", "灾", "聋");
      int expectedTotal = 0;
      for (String word : words) {
        // an occurrence inside a listed compound across its boundary (民政 in 人民政府) is none
        List<String> expected = textById.entrySet().stream()
            .filter(e -> withoutCompounds(e.getValue(), word).contains(word))
            .map(Map.Entry::getKey).sorted().toList();
        List<String> found = new ArrayList<>();
        for (var hit : s.search(pipeline.searcher.parse("\"" + word + "\""), 1000).scoreDocs) {
          found.add(stored.document(hit.doc).get(IndexSchema.ID));
        }
        assertThat(found).as("\"%s\"", word).containsExactlyInAnyOrderElementsOf(expected);
        expectedTotal += expected.size();
      }
      // the list is not a list of misses: most words occur in several reports
      assertThat(expectedTotal).isGreaterThan(words.size() * 3);
      // unquoted, a dictionary word means the same string
      for (String word : List.of("民政", "残联", "学校", "物资", "社区", "儿童")) {
        assertThat(s.count(pipeline.searcher.parse(word))).as(word)
            .isEqualTo(s.count(pipeline.searcher.parse("\"" + word + "\"")));
      }
    } finally {
      pipeline.index.searchers().release(s);
    }
  }

  private static String withoutCompounds(String text, String word) {
    for (String c : Compounds.straddledBy(word)) {
      text = text.replace(c, "|");
    }
    return text;
  }

  @Test
  void wordInsideACompoundAcrossItsBoundaryIsNoMatch() throws Exception {
    // the trial report says 山东省人民政府 and 中国人民政治协商会议, never 民政 as a word
    String trial = portal.articles().stream()
        .filter(a -> a.title() != null && a.title().contains("汲斌昌"))
        .findFirst().orElseThrow().url();
    assertThat(urls(search("人民政府"))).contains(trial);
    assertThat(urls(search("民政"))).doesNotContain(trial)
        .contains(seedUrl("002"), seedUrl("003"), seedUrl("004"));
    // and the word still counts where the text also has it on its own
    assertThat(urls(search("人民政府 OR 民政局"))).contains(trial, seedUrl("003"));
  }

  @Test
  void traditionalAndSimplifiedQueriesBothFindTheChengduReport() throws Exception {
    String seed004 = seedUrl("004");
    assertThat(urls(search("婦聯"))).contains(seed004);
    assertThat(urls(search("妇联"))).contains(seed004);
    assertThat(urls(search("婦聯"))).containsExactlyInAnyOrderElementsOf(urls(search("妇联")));
  }

  @Test
  void disabledPersonsFederationQueryFindsGansuReportWithHighlight() throws Exception {
    JsonNode r = search("残联");
    assertThat(urls(r)).first().isEqualTo(seedUrl("000"));
    String snippet = r.get("hits").get(0).get("snippet").asText();
    assertThat(snippet).contains("<mark>残联</mark>");
    assertThat(snippet.replaceAll("</?mark>", "")).doesNotContain("<", ">");
  }

  @Test
  void portalFacetCountsMatchTheSamplePortal() throws Exception {
    JsonNode r = search("");
    Map<String, Integer> expected = new HashMap<>();
    portal.articles().forEach(a -> expected.merge(a.portal(), 1, Integer::sum));
    Map<String, Integer> counts = new HashMap<>();
    r.get("facets").get("portal").forEach(f ->
        counts.put(f.get("value").asText(), f.get("count").asInt()));
    assertThat(counts).isEqualTo(expected);
    assertThat(r.get("total").asInt()).isEqualTo(portal.articles().size());

    // multi-select: with gansu selected the other portals keep their counts
    HttpResponse<String> filtered = get("/api/search?portal=gansu");
    JsonNode f = json.readTree(filtered.body());
    assertThat(f.get("total").asInt()).isEqualTo(expected.get("gansu"));
    assertThat(f.get("facets").get("portal")).hasSize(expected.size());
  }

  @Test
  void gbkAndBig5ArticlesAreReadableInTheIndex() throws Exception {
    // seed 000 is GBK declared in the header, 001 GBK declared nowhere, 004 Big5 by meta only
    assertThat(urls(search("\"全市111个乡镇\""))).containsExactly(seedUrl("000"));
    assertThat(urls(search("\"刘凤梅老人独居\""))).containsExactly(seedUrl("001"));
    assertThat(urls(search("\"錦江區婦聯主席唐海燕\""))).containsExactly(seedUrl("004"));
    pipeline.index.refresh();
    IndexSearcher s = pipeline.index.searchers().acquire();
    try {
      for (SampleArticle a : portal.articles()) {
        var hits = s.search(new TermQuery(new Term(IndexSchema.URL, a.url())), 1);
        String body = s.storedFields().document(hits.scoreDocs[0].doc).get(IndexSchema.BODY);
        assertThat(body).as(a.originId()).doesNotContain("\uFFFD").doesNotContain("锟斤拷");
      }
    } finally {
      pipeline.index.searchers().release(s);
    }
  }

  @Test
  void seedKeepLinesAreSearchableAsPhrases() throws Exception {
    String keep = Corpus.seed("000_5a266c807a20fc24").contains("牛虎林身穿红马甲")
        ? "牛虎林身穿红马甲" : null;
    assertThat(keep).isNotNull();
    assertThat(urls(search("\"" + keep + "\""))).containsExactly(seedUrl("000"));
  }

  @Test
  void reportPageShowsCleanTextMetadataCitationAndSandboxedArchivedCopy() throws Exception {
    JsonNode hit = search("残联").get("hits").get(0);
    String id = hit.get("id").asText();
    HttpResponse<String> page = get("/reports/" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("同心抗“疫”践初心").contains("甘肃残联").contains("薛敏")
        .contains("近日气温骤降至零下").contains("<iframe sandbox")
        .contains("引用：").doesNotContain("精彩推荐");
    // its only scripts are our own files: nothing of the crawled page, nothing inline
    assertThat(Jsoup.parse(page.body()).select("script"))
        .allSatisfy(s -> assertThat(s.attr("src")).startsWith("/static/"));
    HttpResponse<byte[]> archived = http.send(HttpRequest.newBuilder(URI.create(
        "http://127.0.0.1:" + web.port() + "/reports/" + id + "/archived")).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(archived.statusCode()).isEqualTo(200);
    assertThat(archived.headers().firstValue("Content-Security-Policy").orElse(""))
        .startsWith("sandbox;").contains("default-src 'none'");
    // the archived copy is the GBK page exactly as captured, with its boilerplate
    String gbk = new String(archived.body(), Charset.forName("GBK"));
    assertThat(gbk).contains("精彩推荐").contains("近日气温骤降至零下");
    assertThat(get("/reports/nope").statusCode()).isEqualTo(404);
    assertThat(get("/api/reports/nope").statusCode()).isEqualTo(404);
  }

  @Test
  void reportApiGivesTheFullRecordAndSimilarReports() throws Exception {
    String id = search("妇联").get("hits").get(0).get("id").asText();
    JsonNode r = json.readTree(get("/api/reports/" + id).body());
    assertThat(r.get("url").asText()).isEqualTo(seedUrl("004"));
    assertThat(r.get("script").asText()).isEqualTo("traditional");
    assertThat(r.get("paragraphs").size()).isGreaterThan(5);
    JsonNode similar = json.readTree(get("/api/reports/" + id + "/similar").body());
    assertThat(similar.get("hits").size()).isPositive();
    similar.get("hits").forEach(h -> assertThat(h.get("id").asText()).isNotEqualTo(id));
  }

  @Test
  void exportsTheWholeResultSetAsCsvWithBomAndAsJsonLines() throws Exception {
    int total = search("疫情").get("total").asInt();
    HttpResponse<byte[]> csv = http.send(HttpRequest.newBuilder(URI.create(
        "http://127.0.0.1:" + web.port() + "/export.csv?q="
            + URLEncoder.encode("疫情", StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(Arrays.copyOf(csv.body(), 3))
        .containsExactly(0xEF - 256, 0xBB - 256, 0xBF - 256);
    try (var parser = CSVFormat.EXCEL.builder().setHeader()
        .setSkipHeaderRecord(true).get().parse(new StringReader(
            new String(csv.body(), StandardCharsets.UTF_8).substring(1)))) {
      var rows = parser.getRecords();
      assertThat(rows).hasSize(total);
      assertThat(parser.getHeaderNames()).contains("title", "url", "portal", "date", "regions",
          "agencies", "text");
      assertThat(rows).allMatch(row -> row.get("text").contains("疫情")
          || row.get("title").contains("疫情"));
    }
    HttpResponse<String> jsonl = get("/export.jsonl?q="
        + URLEncoder.encode("疫情", StandardCharsets.UTF_8) + "&portal=gansu");
    List<String> lines = jsonl.body().lines().toList();
    assertThat(lines).hasSize(json.readTree(get("/api/search?q="
        + URLEncoder.encode("疫情", StandardCharsets.UTF_8) + "&portal=gansu").body())
        .get("total").asInt());
    for (String line : lines) {
      assertThat(json.readTree(line).get("portal").asText()).isEqualTo("gansu");
    }
  }

  @Test
  void feedIsAtomWithTheNewestMatchesFirst() throws Exception {
    HttpResponse<String> r = get("/feed.atom?q=" + URLEncoder.encode("疫情",
        StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(
        "application/atom+xml");
    var doc = DocumentBuilderFactory.newDefaultNSInstance()
        .newDocumentBuilder().parse(new ByteArrayInputStream(
            r.body().getBytes(StandardCharsets.UTF_8)));
    var feed = doc.getDocumentElement();
    assertThat(feed.getLocalName()).isEqualTo("feed");
    assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
    var entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    assertThat(entries.getLength()).isPositive();
    List<String> dates = new ArrayList<>();
    for (int i = 0; i < entries.getLength(); i++) {
      var e = (Element) entries.item(i);
      var published = e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "published");
      if (published.getLength() > 0) {
        dates.add(published.item(0).getTextContent());
      }
    }
    assertThat(dates).isSortedAccordingTo(Comparator.reverseOrder());
  }

  @Test
  void regionAndAgencyFacetsFindTheSeedReports() throws Exception {
    assertThat(urls(json.readTree(get("/api/search?size=100&region="
        + URLEncoder.encode("甘肃省/兰州市", StandardCharsets.UTF_8)).body())))
        .contains(seedUrl("000"), seedUrl("001"));
    assertThat(urls(json.readTree(get("/api/search?size=100&region="
        + URLEncoder.encode("广东省/广州市/白云区/永平街道", StandardCharsets.UTF_8)).body())))
        .contains(seedUrl("002"));
    assertThat(urls(json.readTree(get("/api/search?size=100&region="
        + URLEncoder.encode("四川省/成都市/锦江区", StandardCharsets.UTF_8)).body())))
        .contains(seedUrl("004"));
    assertThat(urls(json.readTree(get("/api/search?size=100&agency_type="
        + URLEncoder.encode("妇联", StandardCharsets.UTF_8)).body()))).contains(seedUrl("004"));
    JsonNode r = json.readTree(get("/api/search?size=100&agency="
        + URLEncoder.encode("醴陵市民政局", StandardCharsets.UTF_8)).body());
    assertThat(urls(r)).contains(seedUrl("003"));
    // the region tree opens under a selected province
    JsonNode gansu = json.readTree(get("/api/facets?region="
        + URLEncoder.encode("甘肃省", StandardCharsets.UTF_8)).body());
    JsonNode province = null;
    for (JsonNode v : gansu.get("facets").get("region")) {
      if (v.get("value").asText().equals("甘肃省")) {
        province = v;
      }
    }
    assertThat(province).isNotNull();
    List<String> cities = new ArrayList<>();
    province.get("children").forEach(c -> cities.add(c.get("value").asText()));
    assertThat(cities).contains("兰州市", "张掖市");
    // a value's path is not repeated, and selected only where it is set
    assertThat(province.get("selected").asBoolean()).isTrue();
    assertThat(province.has("path")).isFalse();
    assertThat(province.get("children").get(0).has("selected")).isFalse();
  }

  @Test
  void healthReportsTheIndexedCount() throws Exception {
    HttpResponse<String> r = get("/health");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode h = json.readTree(r.body());
    assertThat(h.get("status").asText()).isEqualTo("ok");
    assertThat(h.get("reports").asInt()).isEqualTo(portal.articles().size());
  }

  @Test
  void badParametersGet400NamingTheParameter() throws Exception {
    HttpResponse<String> r = get("/api/search?q=x&page=zero");
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode body = json.readTree(r.body());
    assertThat(body.get("parameter").asText()).isEqualTo("page");
    assertThat(body.get("message").asText()).contains("whole number");

    r = get("/api/search?q=" + URLEncoder.encode("残联^", StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json.readTree(r.body()).get("parameter").asText()).isEqualTo("q");

    r = get("/api/search?sort=newest");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("relevance, date");
    assertThat(r.body()).doesNotContain("Exception", "at org.");
  }

  @Test
  void searchPageEscapesTheQueryAndSendsCsp() throws Exception {
    HttpResponse<String> r = get("/?q=" + URLEncoder.encode("<script>alert(1)</script> 残联",
        StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).doesNotContain("<script>alert(1)</script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'none'").doesNotContain("unsafe-inline");
  }

  @Test
  void searchPageWorksWithoutJavascript() throws Exception {
    HttpResponse<String> r = get("/?q=" + URLEncoder.encode("疫情", StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("<mark>").contains("篇报道").contains("href=\"/?q=");
    // scripts only enhance the page: our own files, nothing inline
    for (org.jsoup.nodes.Element script : Jsoup.parse(r.body()).select("script")) {
      assertThat(script.attr("src")).startsWith("/static/");
      assertThat(script.data()).isEmpty();
    }
    HttpResponse<String> css = get("/static/app.css");
    assertThat(css.statusCode()).isEqualTo(200);
  }
}
