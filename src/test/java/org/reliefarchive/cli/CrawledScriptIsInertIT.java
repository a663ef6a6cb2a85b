package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reliefarchive.config.ConfigLoader;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.config.SourcesConfig;

/**
 * A portal whose article carries script in its title, heading and body is crawled and shown:
 * nothing of it may run on our origin. The hostile page is served from loopback.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrawledScriptIsInertIT {
  private static final String ARTICLE = """
      <!DOCTYPE html><html><head><meta charset="utf-8">
      <title><script>alert('title')</script>残联救助困难群众</title></head><body>
      <div class="nav"><a href="/">首页</a></div>
      <div class="article"><h1>残联救助困难群众<img src=x onerror="alert('h1')"></h1>
      <div class="info">2021-11-09 14:04 来源：<script>alert('src')</script>测试网</div>
      <div class="content">
      <p>市残联工作人员上门走访困难残疾人家庭，送去米面油等生活物资，帮助解决实际困难。&lt;script&gt;alert('body')&lt;/script&gt;</p>
      <p>残联还组织志愿者为独居老人和残疾人提供代购、送药等服务，确保疫情期间基本生活。"'&gt;&lt;img src=x onerror=alert('attr')&gt;</p>
      <p>据统计，全市共走访困难残疾人家庭一千二百余户，发放慰问金四十余万元，受到群众好评。</p>
      <script>alert('inline')</script>
      </div></div></body></html>
      """;

  private final HttpClient http = HttpClient.newHttpClient();
  private HttpServer portal;
  private Pipeline pipeline;
  private WebServer web;

  @BeforeAll
  void crawlHostilePortal() throws Exception {
    portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    portal.createContext("/", ex -> {
      String path = ex.getRequestURI().getPath();
      String body = switch (path) {
        case "/" -> "<html><body><a href=\"/news/1.html\">残联救助</a></body></html>";
        case "/news/1.html" -> ARTICLE;
        case "/robots.txt" -> "User-agent: *\nAllow: /\n";
        default -> null;
      };
      byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
      ex.getResponseBody().write(bytes);
      ex.close();
    });
    portal.start();
    String base = "http://127.0.0.1:" + portal.getAddress().getPort();
    String yaml = """
        defaults: {politeness_delay_ms: 0, max_depth: 2, max_pages: 10}
        portals:
          - id: hostile
            name: <b>测试</b>网
            seeds: ['%s/']
            article: ['^\\Q%s\\E/news/\\d+\\.html$']
            list: ['^\\Q%s\\E/$']
        """.formatted(base, base, base);
    SourcesConfig sources = new ConfigLoader().read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), Path.of("sources.yaml"),
        SourcesConfig.class);
    Path home = Files.createTempDirectory("relief-xss");
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
    portal.stop(0);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Parsed as a browser would: no crawled script, no event handler, no injected element. */
  private static void assertInert(String html) {
    Document doc = Jsoup.parse(html);
    // the only scripts are our own files under /static/, never inline ones
    for (Element script : doc.select("script")) {
      assertThat(script.attr("src")).startsWith("/static/");
      assertThat(script.data()).isEmpty();
    }
    assertThat(doc.select("img")).isEmpty();
    assertThat(doc.select("b")).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as(e.tagName()).doesNotStartWith("on");
      }
    }
  }

  @Test
  void searchPageEscapesCrawledTitleSnippetAndPortalName() throws Exception {
    HttpResponse<String> r = get("/?q=" + URLEncoder.encode("残联", StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("篇报道").contains("&lt;");
    assertInert(r.body());
    // the hostile text is still there, as text
    assertThat(Jsoup.parse(r.body()).text()).contains("<b>测试</b>网");
  }

  @Test
  void reportPageEscapesEverythingAndFramesTheArchiveInASandbox() throws Exception {
    String id = new ObjectMapper().readTree(get("/api/search?q=残联".replace("残联",
        URLEncoder.encode("残联", StandardCharsets.UTF_8))).body()).get("hits").get(0)
        .get("id").asText();
    HttpResponse<String> page = get("/reports/" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    // the body's script is element text: its angle brackets escaped, quotes need not be
    assertThat(page.body()).contains("&lt;script&gt;alert('body')&lt;/script&gt;");
    assertInert(page.body());
    assertThat(Jsoup.parse(page.body()).text())
        .contains("<script>alert('body')</script>").contains("<img src=x onerror=alert('attr')>");
    assertThat(page.body()).contains("<iframe sandbox ");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("script-src 'self'").doesNotContain("unsafe-inline");
    HttpResponse<String> archived = get("/reports/" + id + "/archived");
    // the hostile page itself is served as captured, but only under a sandbox policy
    assertThat(archived.body()).contains("<script>alert('inline')</script>");
    assertThat(archived.headers().firstValue("Content-Security-Policy").orElse(""))
        .startsWith("sandbox;").contains("default-src 'none'");
  }

  @Test
  void feedAndJsonCarryTheTextAsDataNotMarkup() throws Exception {
    String feed = get("/feed.atom?q=" + URLEncoder.encode("残联", StandardCharsets.UTF_8)).body();
    assertThat(feed).doesNotContain("<script").doesNotContain("<img");
    Map<?, ?> api = new ObjectMapper().readValue(get("/api/search?q="
        + URLEncoder.encode("残联", StandardCharsets.UTF_8)).body(), Map.class);
    assertThat(api.toString()).doesNotContain("<script");
  }
}
