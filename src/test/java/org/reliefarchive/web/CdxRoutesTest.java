package org.reliefarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefarchive.archive.WarcArchive;
import org.reliefarchive.config.ArchiveConfig;

/**
 * {@code /cdx} over the CDXJ index of an archive holding the hand-written Heritrix and
 * Browsertrix files, queried as pywb and OutbackCDX clients query it.
 */
class CdxRoutesTest {
  private static final Path FOREIGN = Path.of("src/test/resources/foreign-warc");
  private static final String A1 = "http://news.example.cn/system/2021/03/05/030012345.shtml";

  @TempDir Path archiveDir;
  private final HttpClient http = HttpClient.newHttpClient();
  private EmptyIndexApp app;

  @BeforeEach
  void start() throws Exception {
    try (WarcArchive archive = new WarcArchive(new ArchiveConfig("warc", "test", 1L << 30, true),
        archiveDir, Clock.systemUTC())) {
      for (String name : List.of("heritrix.warc.gz", "browsertrix.warc")) {
        Files.copy(FOREIGN.resolve(name), archiveDir.resolve("import-" + name));
        archive.adopt("import-" + name);
      }
    }
    app = EmptyIndexApp.start(Map.of(), ArchiveSource.NONE, CrawlRunsSource.NONE,
        new WebArchive(archiveDir, null));
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
  }

  private HttpResponse<String> get(String query) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(app.base()
        + "/cdx?" + query)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void capturesOfALaterRunAreFoundInTheirSegment() throws Exception {
    assertThat(get("url=" + enc("http://127.0.0.1:1/later.html")).body()).isEmpty();
    // a second run archives a page: its capture goes into a segment, not the base file
    try (WarcArchive archive = new WarcArchive(new ArchiveConfig("warc", "test", 1L << 30, true),
        archiveDir, Clock.systemUTC())) {
      archive.write(new org.reliefarchive.archive.FetchedPage("http://127.0.0.1:1/later.html",
          java.time.Instant.parse("2022-01-02T03:04:05Z"), 200,
          List.of(new org.reliefarchive.archive.HttpHeader("Content-Type", "text/html")),
          "<p>later</p>".getBytes(StandardCharsets.UTF_8), null, null, null));
    }
    assertThat(archiveDir.resolve("index-000001.cdxj")).exists();
    assertThat(get("url=" + enc("http://127.0.0.1:1/later.html") + "&fl=timestamp,mime")
        .body()).isEqualTo("20220102030405 text/html\n");
    // and the captures of the base file are still there
    assertThat(get("url=" + enc(A1) + "&fl=timestamp").body().lines()).hasSize(2);
  }

  @Test
  void exactMatchGivesEveryCaptureOfTheUrlOldestFirst() throws Exception {
    HttpResponse<String> r = get("url=" + enc(A1));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body().lines()).containsExactly(
        "cn,example,news)/system/2021/03/05/030012345.shtml 20210305010004 {\"url\":\"" + A1
            + "\",\"mime\":\"text/html\",\"status\":\"200\",\"digest\":"
            + "\"sha1:BDQCNJ4LGCEAJCLDWOOUUT5HULNG5BNG\",\"length\":\"6758\",\"offset\":\"1739\","
            + "\"filename\":\"import-heritrix.warc.gz\"}",
        "cn,example,news)/system/2021/03/05/030012345.shtml 20210405010004 {\"url\":\"" + A1
            + "\",\"mime\":\"warc/revisit\",\"status\":\"200\",\"digest\":"
            + "\"sha1:BDQCNJ4LGCEAJCLDWOOUUT5HULNG5BNG\",\"length\":\"363\",\"offset\":\"14421\","
            + "\"filename\":\"import-heritrix.warc.gz\"}");
  }

  @Test
  void prefixHostAndDomainMatchWhatPywbMatches() throws Exception {
    assertThat(get("url=" + enc("http://news.example.cn/system/") + "&matchType=prefix&fl=url")
        .body().lines()).containsExactly(A1, A1,
            "http://news.example.cn/system/2021/03/06/030012399.shtml",
            "http://news.example.cn/system/2021/03/07/030012400.shtml");
    assertThat(get("url=" + enc("news.example.cn/system/*") + "&fl=url").body().lines())
        .hasSize(4);
    assertThat(get("url=news.example.cn&matchType=host&fl=url").body().lines()).hasSize(7)
        .doesNotContain("http://elsewhere.example.org/page.html");
    // example.cn holds news.example.cn; example.org holds elsewhere.example.org only
    assertThat(get("url=example.cn&matchType=domain&fl=url").body().lines()).hasSize(7);
    assertThat(get("url=example.org&matchType=domain&fl=url").body().lines())
        .containsExactly("http://elsewhere.example.org/page.html");
    assertThat(get("url=example.c&matchType=domain").body()).isEmpty();
  }

  @Test
  void fromToLimitJsonAndFieldsNarrowAndShapeTheAnswer() throws Exception {
    assertThat(get("url=" + enc(A1) + "&from=202104&fl=timestamp,mime").body())
        .isEqualTo("20210405010004 warc/revisit\n");
    assertThat(get("url=" + enc(A1) + "&to=2021-03".replace("-", "") + "&fl=timestamp").body())
        .isEqualTo("20210305010004\n");
    assertThat(get("url=news.example.cn&matchType=host&limit=2").body().lines()).hasSize(2);
    HttpResponse<String> json = get("url=" + enc(A1) + "&output=json&fl=urlkey,timestamp,status,"
        + "filename&limit=1");
    assertThat(json.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/x-ndjson");
    assertThat(json.body()).isEqualTo("{\"urlkey\":\"cn,example,news)/system/2021/03/05/"
        + "030012345.shtml\",\"timestamp\":\"20210305010004\",\"status\":\"200\","
        + "\"filename\":\"import-heritrix.warc.gz\"}\n");
    assertThat(get("url=" + enc("https://gongyi.example.tw/news/2021/05/2002.html")
        + "&output=json").body().lines()).hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("\"mime\":\"text/html\""));
  }

  @Test
  void badParametersAreAnswered400NamingTheParameter() throws Exception {
    for (String[] c : new String[][] {{"", "url"}, {"url=x&matchType=regex", "matchType"},
        {"url=x&from=2021-03", "from"}, {"url=x&limit=0", "limit"}, {"url=x&fl=url,size", "fl"},
        {"url=x&output=xml", "output"}}) {
      HttpResponse<String> r = get(c[0]);
      assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
      assertThat(r.body()).as(c[0]).contains("\"error\":\"bad_parameter\"")
          .contains("\"parameter\":\"" + c[1] + "\"");
    }
  }
}
