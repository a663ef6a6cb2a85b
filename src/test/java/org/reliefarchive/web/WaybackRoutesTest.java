package org.reliefarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefarchive.archive.FetchedPage;
import org.reliefarchive.archive.HttpHeader;
import org.reliefarchive.archive.Truncation;
import org.reliefarchive.archive.WarcArchive;
import org.reliefarchive.archive.WarcArchiveReader;
import org.reliefarchive.config.ArchiveConfig;

/**
 * Memento TimeMap and TimeGate, and replay with its banner, over an archive holding a page
 * captured twice and then found gone, the page it links to, and one of its two images.
 */
class WaybackRoutesTest {
  private static final String A = "http://portal.example.cn/system/2021/03/05/1.shtml";
  private static final String B = "http://portal.example.cn/system/2021/03/05/2.shtml";
  private static final String C = "http://portal.example.cn/system/2021/03/05/3.shtml";
  private static final String IMG = "http://portal.example.cn/img/photo.png";
  private static final String LOST = "http://portal.example.cn/img/lost.png";
  private static final Instant T1 = Instant.parse("2021-03-05T01:00:04Z");
  private static final Instant T2 = Instant.parse("2021-04-05T01:00:04Z");
  private static final Instant T3 = Instant.parse("2021-05-05T01:00:04Z");
  private static final byte[] PNG = java.util.HexFormat.of().parseHex(
      "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
      + "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");

  @TempDir Path archiveDir;
  private final HttpClient http = HttpClient.newHttpClient();
  private EmptyIndexApp app;

  private static FetchedPage page(String url, Instant at, int status, String type, byte[] body) {
    return new FetchedPage(url, at, status, List.of(new HttpHeader("Content-Type", type)), body,
        Truncation.NONE, "p", FetchedPage.PageKind.ARTICLE);
  }

  private static byte[] html(String version) {
    return ("<html><head><title>报道</title><link rel=stylesheet href=/css/site.css>"
        + "<script>document.title='x'</script></head><body><h1>" + version + "</h1>"
        + "<a href=2.shtml>下一篇</a> <a href=3.shtml>未存档的一篇</a>"
        + "<img src=/img/photo.png><img src=/img/lost.png></body></html>")
        .getBytes(java.nio.charset.Charset.forName("GBK"));
  }

  @BeforeEach
  void start() throws Exception {
    try (WarcArchive archive = new WarcArchive(new ArchiveConfig("warc", "test", 1L << 30, true),
        archiveDir, Clock.systemUTC())) {
      archive.write(page(A, T1, 200, "text/html; charset=GBK", html("第一版")));
      archive.write(page(B, T1.plusSeconds(5), 200, "text/html; charset=GBK", html("另一篇")));
      archive.write(page(IMG, T1.plusSeconds(6), 200, "image/png", PNG));
      archive.write(page(A, T2, 200, "text/html; charset=GBK", html("第二版")));
      archive.write(page(A, T3, 404, "text/html", "gone".getBytes(StandardCharsets.UTF_8)));
    }
    WarcArchiveReader reader = new WarcArchiveReader(archiveDir);
    ArchiveSource records = (file, offset) -> {
      FetchedPage p = reader.read(file, offset).page();
      return Optional.of(new ArchiveSource.ArchivedCopy(p.url(), p.fetchedAt(), p.status(),
          p.contentType(), p.body()));
    };
    app = EmptyIndexApp.start(Map.of(), records, CrawlRunsSource.NONE,
        new WebArchive(archiveDir, null));
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String base() {
    return app.base();
  }

  @Test
  void timeMapListsTheCapturesWithContentInLinkFormat() throws Exception {
    HttpResponse<String> r = get("/timemap/link/" + A);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/link-format");
    assertThat(r.body().lines()).containsExactly(
        "<" + A + ">; rel=\"original\",",
        "<" + base() + "/timegate/" + A + ">; rel=\"timegate\",",
        "<" + base() + "/timemap/link/" + A + ">; rel=\"self\"; type=\"application/link-format\";"
            + " from=\"Fri, 5 Mar 2021 01:00:04 GMT\"; until=\"Mon, 5 Apr 2021 01:00:04 GMT\",",
        "<" + base() + "/web/20210305010004/" + A + ">; rel=\"first memento\"; "
            + "datetime=\"Fri, 5 Mar 2021 01:00:04 GMT\",",
        "<" + base() + "/web/20210405010004/" + A + ">; rel=\"last memento\"; "
            + "datetime=\"Mon, 5 Apr 2021 01:00:04 GMT\"");
    assertThat(get("/timemap/link/" + C).statusCode()).isEqualTo(404);
  }

  @Test
  void timeGateSendsToTheCaptureClosestToAcceptDatetime() throws Exception {
    HttpResponse<String> r = get("/timegate/" + A, "Accept-Datetime",
        "Wed, 31 Mar 2021 00:00:00 GMT");
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.headers().firstValue("Location").orElse(""))
        .isEqualTo(base() + "/web/20210405010004/" + A);
    assertThat(r.headers().firstValue("Vary").orElse("")).isEqualToIgnoringCase(
        "accept-datetime");
    assertThat(r.headers().firstValue("Link").orElse("")).contains("<" + A
        + ">; rel=\"original\"").contains("rel=\"timemap\"");
    assertThat(get("/timegate/" + A, "Accept-Datetime", "Mon, 1 Mar 2021 00:00:00 GMT")
        .headers().firstValue("Location").orElse("")).endsWith("/web/20210305010004/" + A);
    // without Accept-Datetime: the latest capture
    assertThat(get("/timegate/" + A).headers().firstValue("Location").orElse(""))
        .endsWith("/web/20210405010004/" + A);
    HttpResponse<String> bad = get("/timegate/" + A, "Accept-Datetime", "2021-03-31");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"parameter\":\"Accept-Datetime\"");
  }

  @Test
  void mementoCarriesItsDatetimeAndABannerOutsideTheSandboxedFrame() throws Exception {
    HttpResponse<String> near = get("/web/202103/" + A);
    assertThat(near.statusCode()).isEqualTo(302);
    assertThat(near.headers().firstValue("Location").orElse(""))
        .endsWith("/web/20210305010004/" + A);

    HttpResponse<String> r = get("/web/20210305010004/" + A);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Memento-Datetime").orElse(""))
        .isEqualTo("Fri, 5 Mar 2021 01:00:04 GMT");
    assertThat(r.headers().firstValue("Link").orElse("")).contains("rel=\"original\"")
        .contains("rel=\"timegate\"").contains("rel=\"timemap\"").contains("rel=\"memento\"");
    Document page = Jsoup.parse(r.body());
    String banner = page.select("header.replay-banner").text();
    assertThat(banner).contains("抓取于 2021-03-05 01:00:04 UTC").contains("HTTP 200")
        .contains("已从网站删除于 2021-05-05 01:00:04 UTC").contains(A)
        .contains("下一次抓取 2021-04-05 01:00:04 UTC").doesNotContain("上一次抓取");
    assertThat(page.select("a[rel=next]").attr("href")).isEqualTo("/web/20210405010004/" + A);
    assertThat(page.select("iframe").attr("src")).isEqualTo("/web/20210305010004id_/" + A);
    assertThat(page.select("iframe").hasAttr("sandbox")).isTrue();
    assertThat(Jsoup.parse(get("/web/20210405010004/" + A, "Accept-Language",
        "en-GB,en;q=0.9").body())
        .select("header").text()).contains("Previous capture 2021-03-05 01:00:04 UTC");
  }

  @Test
  void frameRewritesLinksToTheArchiveAndShowsNeverCapturedResourcesAsMissing()
      throws Exception {
    HttpResponse<String> r = get("/web/20210305010004id_/" + A);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
        .startsWith("sandbox").contains("default-src 'none'");
    Document doc = Jsoup.parse(r.body());
    assertThat(doc.select("h1").text()).isEqualTo("第一版");
    assertThat(doc.select("a").eachAttr("href")).containsExactly(
        "/web/20210305010004/" + B, "/web/20210305010004/" + C);
    assertThat(doc.select("img").eachAttr("src")).containsExactly(
        "/web/20210305010004id_/" + IMG);
    assertThat(doc.select("img[data-missing]").attr("data-missing")).isEqualTo(LOST);
    assertThat(doc.select("img[data-missing]").attr("alt")).contains("not archived");
    assertThat(doc.select("script, link[rel=stylesheet]")).isEmpty();
    // the image is served from the archive at its nearest capture
    HttpResponse<byte[]> img = http.send(HttpRequest.newBuilder(URI.create(base()
        + "/web/20210305010004id_/" + IMG)).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(img.statusCode()).isEqualTo(302);
    assertThat(img.headers().firstValue("Location").orElse(""))
        .isEqualTo("/web/20210305010010id_/" + IMG);
    // a page never captured is said to be missing, not fetched
    HttpResponse<String> missing = get("/web/20210305010004/" + C);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("本网址未存档").contains(C);
  }
}
