package org.reliefarchive.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SamplePortalTest {
  /** The shared corpus sits beside the checkout, as on CI. */
  private static final Path CORPUS = Path.of("..", "shared", "corpus").toAbsolutePath().normalize();
  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]*charset\\s*=\\s*[\"']?([\\w-]+)");

  /** A pinyin gloss some converters insert after a rare character: 捐贈(zèng). */
  private static final Pattern GLOSS = Pattern.compile("\\([a-z\\u00e0-\\u00fc\\u0101-\\u01dc]+\\)");

  private static SamplePortal portal;
  private static HttpClient http;

  @BeforeAll
  static void startPortal() throws IOException {
    portal = SamplePortal.start();
    http = HttpClient.newHttpClient();
  }

  @AfterAll
  static void stopPortal() {
    portal.close();
  }

  @Test
  void everyArticleAnswers200WithItsDeclaredContentTypeAndLength() throws Exception {
    assertThat(portal.articles()).hasSizeGreaterThan(40);
    for (SampleArticle a : portal.articles()) {
      HttpResponse<byte[]> r = get(a.url());
      assertThat(r.statusCode()).as(a.url()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).as(a.path())
          .contains(expectedContentType(a));
      assertThat(r.headers().firstValueAsLong("Content-Length")).as(a.path())
          .hasValue(r.body().length);
      assertThat(strictDecode(r.body(), a.encoding())).as(a.path() + " in " + a.encoding())
          .isNotNull();
    }
  }

  @Test
  void seedPagesShowEveryLineOfTheirSeedText() throws Exception {
    for (SampleArticle a : seeds()) {
      String text = PageText.squeezedText(decoded(a));
      List<String> lines = Files.readAllLines(CORPUS.resolve("seeds/" + a.originId() + ".txt"));
      for (String line : lines) {
        String squeezed = PageText.squeeze(line.replaceFirst("^\\s*•", ""));
        assertThat(text).as(a.originId()).contains(squeezed);
      }
    }
  }

  @Test
  void seedPagesKeepTheLinesExpectedYamlSaysMustSurvive() throws Exception {
    JsonNode expected = expectedYaml();
    for (SampleArticle a : seeds()) {
      JsonNode seed = expected.get(a.originId() + ".txt");
      String text = GLOSS.matcher(PageText.squeezedText(decoded(a))).replaceAll("");
      for (JsonNode keep : seed.get("keep")) {
        assertThat(text).as(a.originId()).contains(PageText.squeeze(keep.asText()));
      }
      if (!seed.get("title").isNull()) {
        assertThat(a.title()).isEqualTo(seed.get("title").asText());
      }
    }
  }

  @Test
  void charsetIsDeliveredOnlyWhereTheManifestSays() throws Exception {
    for (SampleArticle a : portal.articles()) {
      HttpResponse<byte[]> r = get(a.url());
      String contentType = r.headers().firstValue("Content-Type").orElseThrow();
      String html = new String(r.body(), a.encoding());
      Matcher meta = META_CHARSET.matcher(html.substring(0, Math.min(html.length(), 4096)));
      String metaCharset = meta.find() ? meta.group(1) : null;
      switch (a.charsetDelivery()) {
        case "header" -> {
          assertThat(contentType).as(a.path()).endsWith("charset=" + a.encoding());
          if (metaCharset != null) {
            assertThat(Charset.forName(metaCharset)).as(a.path())
                .isEqualTo(Charset.forName(a.encoding()));
          }
        }
        case "meta" -> {
          assertThat(contentType).as(a.path()).isEqualTo("text/html");
          assertThat(Charset.forName(metaCharset)).as(a.path())
              .isEqualTo(Charset.forName(a.encoding()));
        }
        case "none" -> {
          assertThat(contentType).as(a.path()).isEqualTo("text/html");
          assertThat(metaCharset).as(a.path()).isNull();
        }
        case "wrong-meta" -> {
          assertThat(contentType).as(a.path()).endsWith("charset=" + a.encoding());
          assertThat(Charset.forName(metaCharset)).as(a.path())
              .isNotEqualTo(Charset.forName(a.encoding()));
        }
        default -> throw new AssertionError("unknown delivery " + a.charsetDelivery());
      }
    }
  }

  @Test
  void theThreeRequiredCharsetDeliveriesAreThere() {
    assertThat(seed("000").charsetDelivery()).isEqualTo("header");
    assertThat(seed("000").encoding()).isEqualTo("GBK");
    assertThat(seed("001").charsetDelivery()).isEqualTo("none");
    assertThat(seed("001").encoding()).isEqualTo("GBK");
    assertThat(seed("004").charsetDelivery()).isEqualTo("meta");
    assertThat(seed("004").encoding()).isEqualTo("Big5");
    assertThat(portal.articles())
        .filteredOn(a -> a.charsetDelivery().equals("wrong-meta") && a.encoding().equals("GBK"))
        .isNotEmpty();
  }

  @Test
  void gbkPagesAreNotValidUtf8() throws Exception {
    List<SampleArticle> gbk =
        portal.articles().stream().filter(a -> a.encoding().equals("GBK")).toList();
    assertThat(gbk).hasSizeGreaterThanOrEqualTo(4);
    for (SampleArticle a : gbk) {
      assertThat(strictDecode(get(a.url()).body(), "UTF-8")).as(a.path()).isNull();
    }
    byte[] home = get(portal.baseUrl("gansu") + "/").body();
    assertThat(strictDecode(home, "UTF-8")).isNull();
    assertThat(strictDecode(home, "GBK")).contains("中国甘肃网");
  }

  @Test
  void big5PagesDecodeWithBig5AndWriteUnmappableCharactersAsReferences() throws Exception {
    String s003 = strictDecode(get(seed("003").url()).body(), "Big5");
    assertThat(s003).contains("捐贈(z&#xE8;ng)").contains("醴陵市民政局");
    assertThat(PageText.squeezedText(s003)).contains("捐贈(zèng)");
    String s004 = strictDecode(get(seed("004").url()).body(), "Big5");
    assertThat(s004).contains("春熙&#x5B22;&#x5B22;").contains("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\" />");
    assertThat(strictDecode(get(seed("004").url()).body(), "UTF-8")).isNull();
    String home = strictDecode(get(portal.baseUrl("tw") + "/").body(), "Big5");
    assertThat(home).contains("公益新聞網");
  }

  @Test
  void seed004RepeatsItsTitleInsideTheBodyAsPictureCaptions() throws Exception {
    String html = decoded(seed("004"));
    String body = html.substring(html.indexOf("entry-content"), html.indexOf("entry-footer"));
    String title = seed("004").title();
    assertThat(body.split(Pattern.quote(">" + title + "<"), -1)).hasSize(5);
    assertThat(body).contains("alt=\"" + title + "\"");
  }

  @Test
  void robotsTxtDisallowsTheRecordedPathThatPagesLinkTo() throws Exception {
    SamplePortal.Site gansu = site("gansu");
    assertThat(gansu.robotsDisallow()).containsExactly("/search/");
    HttpResponse<byte[]> robots = get(gansu.baseUrl() + "/robots.txt");
    assertThat(robots.statusCode()).isEqualTo(200);
    assertThat(robots.headers().firstValue("Content-Type")).hasValue("text/plain; charset=UTF-8");
    assertThat(new String(robots.body(), StandardCharsets.UTF_8))
        .contains("User-agent: *").contains("Disallow: /search/");
    String home = new String(get(gansu.baseUrl() + "/").body(), "GBK");
    assertThat(PageText.links(home)).anyMatch(l -> l.startsWith("/search/"));
    assertThat(get(gansu.baseUrl() + "/search/index.shtml").statusCode()).isEqualTo(200);
    for (SamplePortal.Site s : portal.sites()) {
      String txt = new String(get(s.baseUrl() + "/robots.txt").body(), StandardCharsets.UTF_8);
      for (String prefix : s.robotsDisallow()) {
        assertThat(txt).contains("Disallow: " + prefix + "\n");
      }
    }
  }

  @Test
  void calendarTrapYieldsNewLinksEndlessly() throws Exception {
    SamplePortal.Site gansu = site("gansu");
    assertThat(gansu.trapPrefix()).isEqualTo("/gsnews/calendar/");
    String section = new String(get(gansu.baseUrl() + "/gsnews/shzh/index.shtml").body(), "GBK");
    String next =
        PageText.links(section).stream()
            .filter(l -> l.startsWith(gansu.trapPrefix()))
            .findFirst()
            .orElseThrow();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 60; i++) {
      assertThat(seen.add(next)).as("new link " + next).isTrue();
      HttpResponse<byte[]> r = get(gansu.baseUrl() + next);
      assertThat(r.statusCode()).as(next).isEqualTo(200);
      String day = new String(r.body(), "GBK");
      List<String> trapLinks =
          PageText.links(day).stream().filter(l -> l.startsWith(gansu.trapPrefix())).toList();
      // the day before and the day after, last on the page
      String previous = trapLinks.get(trapLinks.size() - 2);
      assertThat(previous).isLessThan(next);
      next = trapLinks.get(trapLinks.size() - 1);
    }
    assertThat(next).isEqualTo("/gsnews/calendar/2022-01-08.shtml");
    assertThat(get(gansu.baseUrl() + "/gsnews/calendar/2021-02-30.shtml").statusCode())
        .isEqualTo(404);
  }

  @Test
  void unknownPathsAnswer404OnEveryPortal() throws Exception {
    for (SamplePortal.Site s : portal.sites()) {
      for (String path : List.of("/nope.html", "/system/2021/11/09/000000001.shtml", "/admin/")) {
        HttpResponse<byte[]> r = get(s.baseUrl() + path);
        assertThat(r.statusCode()).as(s.id() + path).isEqualTo(404);
        assertThat(r.headers().firstValueAsLong("Content-Length")).hasValue(r.body().length);
      }
    }
  }

  @Test
  void headAnswersTheHeadersOfGetWithoutABody() throws Exception {
    SampleArticle a = seed("000");
    HttpResponse<byte[]> got = get(a.url());
    HttpResponse<byte[]> head =
        http.send(
            HttpRequest.newBuilder(URI.create(a.url()))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Type")).hasValue("text/html; charset=GBK");
    assertThat(head.headers().firstValueAsLong("Content-Length")).hasValue(got.body().length);
  }

  @Test
  void everyArticleIsLinkedFromAListPageReachableFromTheHomePage() throws Exception {
    for (SamplePortal.Site s : portal.sites()) {
      Set<String> articlePaths =
          portal.articles().stream()
              .filter(a -> a.portal().equals(s.id()))
              .map(SampleArticle::path)
              .collect(Collectors.toSet());
      Set<String> found = new HashSet<>();
      Set<String> visited = new HashSet<>();
      Deque<String> queue = new ArrayDeque<>(List.of("/"));
      while (!queue.isEmpty()) {
        String path = queue.poll();
        if (!visited.add(path)) {
          continue;
        }
        HttpResponse<byte[]> r = get(s.baseUrl() + path);
        assertThat(r.statusCode()).as(s.id() + path).isEqualTo(200);
        for (String link : PageText.links(new String(r.body(), s.encoding()))) {
          if (!link.startsWith("/") || link.startsWith("//")) {
            continue;
          }
          if (articlePaths.contains(link)) {
            found.add(link);
          } else if (followable(s, link)) {
            queue.add(link);
          }
        }
      }
      assertThat(found).as(s.id()).isEqualTo(articlePaths);
      assertThat(visited).as(s.id()).hasSizeLessThan(20);
    }
  }

  @Test
  void sourcesYamlTemplatePointsEachPortalAtItsPages() throws Exception {
    String yaml = portal.sourcesYaml();
    assertThat(yaml).doesNotContain("{{");
    JsonNode sources = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    assertThat(sources.at("/defaults/politeness_delay_ms").asInt()).isZero();
    assertThat(sources.get("portals")).hasSize(3);
    for (JsonNode p : sources.get("portals")) {
      SamplePortal.Site s = site(p.get("id").asText());
      assertThat(p.get("name").asText()).isEqualTo(s.name());
      assertThat(p.get("seeds").get(0).asText()).isEqualTo(s.baseUrl() + "/");
      for (SampleArticle a : portal.articles()) {
        boolean own = a.portal().equals(s.id());
        assertThat(matchesAny(p.get("include"), a.url())).as(a.url()).isEqualTo(own);
        assertThat(matchesAny(p.get("article"), a.url())).as(a.url()).isEqualTo(own);
        assertThat(matchesAny(p.get("list"), a.url())).as(a.url()).isFalse();
      }
      for (String listPath : listPaths(s.id())) {
        String url = s.baseUrl() + listPath;
        assertThat(matchesAny(p.get("list"), url)).as(url).isTrue();
        assertThat(matchesAny(p.get("article"), url)).as(url).isFalse();
      }
      if (s.trapPrefix() != null) {
        assertThat(matchesAny(p.get("list"), s.baseUrl() + s.trapPrefix() + "1999-12-31.shtml"))
            .isTrue();
      }
      assertThat(matchesAny(p.get("exclude"), s.baseUrl() + "/uploads/a/1.jpg")).isTrue();
    }
  }

  @Test
  void everyCorpusNewsPageIsServedOnceAndUnchangedUnlessReencoded() throws Exception {
    JsonNode corpus = new ObjectMapper().readTree(CORPUS.resolve("pages/manifest.json").toFile());
    Set<String> news = new HashSet<>();
    corpus.get("pages").forEach(p -> {
      if (p.get("genre").asText().equals("news")) {
        news.add(p.get("id").asText());
      }
    });
    List<SampleArticle> served =
        portal.articles().stream().filter(a -> a.origin().equals("corpus")).toList();
    assertThat(served).extracting(SampleArticle::originId)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(news);
    for (SampleArticle a : served) {
      byte[] original = Files.readAllBytes(CORPUS.resolve("pages/" + a.originId() + ".html"));
      byte[] body = get(a.url()).body();
      if (a.encoding().equals("GBK")) {
        assertThat(new String(body, "GBK")).isEqualTo(new String(original, StandardCharsets.UTF_8));
      } else {
        assertThat(body).as(a.originId()).isEqualTo(original);
      }
    }
  }

  @Test
  void requestLogKeepsPathsWithQueryInOrder() throws Exception {
    String base = portal.baseUrl("gzgov");
    get(base + "/ypjd/gzdt/index.html?page=1");
    get(base + "/robots.txt");
    List<String> log = portal.requestedPaths("gzgov");
    assertThat(log.subList(log.size() - 2, log.size()))
        .containsExactly("/ypjd/gzdt/index.html?page=1", "/robots.txt");
    assertThatThrownBy(() -> portal.requestedPaths("nowhere"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("portalId");
  }

  @Test
  void portalsListedInManifestOrderOnDistinctLoopbackPorts() {
    assertThat(portal.sites()).extracting(SamplePortal.Site::id)
        .containsExactly("gansu", "gzgov", "tw");
    assertThat(portal.sites()).extracting(SamplePortal.Site::encoding)
        .containsExactly("GBK", "UTF-8", "Big5");
    assertThat(portal.sites()).extracting(SamplePortal.Site::baseUrl)
        .allMatch(u -> u.matches("http://127\\.0\\.0\\.1:\\d+"))
        .doesNotHaveDuplicates();
  }

  // helpers

  private static boolean followable(SamplePortal.Site s, String link) {
    if (s.trapPrefix() != null && link.startsWith(s.trapPrefix())) {
      return false;
    }
    if (s.robotsDisallow().stream().anyMatch(link::startsWith)) {
      return false;
    }
    return !link.startsWith("/uploads/") && !link.contains("javascript:");
  }

  private static List<String> listPaths(String portalId) throws IOException {
    JsonNode manifest =
        new ObjectMapper().readTree(
            SamplePortalTest.class.getClassLoader().getResource("sampleportal/manifest.json"));
    List<String> out = new ArrayList<>();
    manifest.get("listPages").forEach(p -> {
      if (p.get("portal").asText().equals(portalId)) {
        out.add(p.get("path").asText());
      }
    });
    return out;
  }

  private static boolean matchesAny(JsonNode patterns, String url) {
    for (JsonNode p : patterns) {
      if (Pattern.compile(p.asText()).matcher(url).matches()) {
        return true;
      }
    }
    return false;
  }

  private static String expectedContentType(SampleArticle a) {
    return switch (a.charsetDelivery()) {
      case "header", "wrong-meta" -> "text/html; charset=" + a.encoding();
      default -> "text/html";
    };
  }

  private static JsonNode expectedYaml() throws IOException {
    return new ObjectMapper(new YAMLFactory())
        .readTree(CORPUS.resolve("seeds/expected.yaml").toFile());
  }

  private static List<SampleArticle> seeds() {
    List<SampleArticle> seeds =
        portal.articles().stream().filter(a -> a.origin().equals("seed")).toList();
    assertThat(seeds).hasSize(5);
    return seeds;
  }

  private static SampleArticle seed(String number) {
    return seeds().stream()
        .filter(a -> a.originId().startsWith(number + "_"))
        .findFirst()
        .orElseThrow();
  }

  private static SamplePortal.Site site(String id) {
    return portal.sites().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private static String decoded(SampleArticle a) throws Exception {
    return new String(get(a.url()).body(), a.encoding());
  }

  private static HttpResponse<byte[]> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The text, or null when the bytes are not valid in that charset. */
  private static String strictDecode(byte[] bytes, String charset) {
    try {
      return Charset.forName(charset)
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

}
