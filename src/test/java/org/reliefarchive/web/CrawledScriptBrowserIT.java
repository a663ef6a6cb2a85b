package org.reliefarchive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reliefarchive.cli.CrawledSite;

/**
 * A crawled page full of script, in a real browser: on the search page, the report page and
 * the archived copy nothing of it runs (no alert, no global it sets), and its text shows
 * literally.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrawledScriptBrowserIT {
  private static final String ARTICLE = """
      <!DOCTYPE html><html><head><meta charset="utf-8">
      <title><script>alert('title')</script>残联救助困难群众</title>
      <script>window.pwned = 'head'; alert('head')</script></head><body>
      <div class="nav"><a href="/">首页</a></div>
      <div class="article"><h1>残联救助困难群众&lt;script&gt;alert('h1')&lt;/script&gt;<img src=x onerror="window.pwned='h1';alert('h1')"></h1>
      <div class="info">2021-11-09 14:04 来源：<script>alert('src')</script>测试网</div>
      <div class="content">
      <p>市残联工作人员上门走访困难残疾人家庭，送去米面油等生活物资，帮助解决实际困难。&lt;script&gt;window.pwned='body';alert('body')&lt;/script&gt;</p>
      <p>残联还组织志愿者为独居老人和残疾人提供代购、送药等服务，确保疫情期间基本生活。"'&gt;&lt;img src=x onerror=alert('attr')&gt;</p>
      <p>据统计，全市共走访困难残疾人家庭一千二百余户，发放慰问金四十余万元，受到群众好评。</p>
      <script>window.pwned = 'inline'; alert('inline')</script>
      </div></div></body></html>
      """;

  private HttpServer portal;
  private CrawledSite site;
  private ChromeDriver driver;
  private WebDriverWait wait;

  @BeforeAll
  void crawlHostilePortalAndOpenBrowser() throws Exception {
    portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    portal.createContext("/", ex -> {
      String body = switch (ex.getRequestURI().getPath()) {
        case "/" -> "<html><body><a href=\"/news/1.html\">残联救助</a></body></html>";
        case "/news/1.html" -> ARTICLE;
        default -> null;
      };
      byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", body == null ? "text/plain"
          : "text/html; charset=utf-8");
      ex.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
      ex.getResponseBody().write(bytes);
      ex.close();
    });
    portal.start();
    String base = "http://127.0.0.1:" + portal.getAddress().getPort();
    site = CrawledSite.portals("""
        defaults: {politeness_delay_ms: 0, max_depth: 2, max_pages: 10}
        portals:
          - id: hostile
            name: <b>测试</b>网<script>alert('portal')</script>
            seeds: ['%s/']
            article: ['^\\Q%s\\E/news/\\d+\\.html$']
            list: ['^\\Q%s\\E/$']
        """.formatted(base, base, base));
    assertThat(site.reports()).isEqualTo(1);
    driver = Browser.start();
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  @AfterAll
  void close() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (site != null) {
      site.close();
    }
    if (portal != null) {
      portal.stop(0);
    }
  }

  private void open(String path) {
    driver.get(site.baseUrl() + path);
    wait.until(d -> "complete".equals(((JavascriptExecutor) d)
        .executeScript("return document.readyState")));
  }

  private void assertNothingRan() {
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(
        NoAlertPresentException.class);
    assertThat(driver.executeScript("return typeof window.pwned")).isEqualTo("undefined");
  }

  @Test
  void searchPageShowsTheScriptAsText() {
    open("/?q=" + URLEncoder.encode("残联", StandardCharsets.UTF_8));
    assertNothingRan();
    String title = driver.findElement(By.cssSelector(".hit h3 a")).getText();
    // the extractor takes the heading from <title> or <h1>: both carry script as text
    assertThat(title).contains("残联救助困难群众")
        .containsPattern("<script>alert\\('(title|h1)'\\)");
    assertThat(driver.findElement(By.cssSelector(".hit .portal")).getText())
        .contains("<b>测试</b>网<script>alert('portal')</script>");
    assertThat(driver.findElement(By.cssSelector(".facet[data-dim=portal]")).getText())
        .contains("<b>测试</b>网");
    assertThat(driver.findElements(By.cssSelector(".hits img, .hits b, .facets b"))).isEmpty();
  }

  @Test
  void reportPageAndItsArchivedCopyRunNothing() {
    open("/?q=" + URLEncoder.encode("残联", StandardCharsets.UTF_8));
    driver.findElement(By.cssSelector(".hit h3 a")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("iframe[sandbox]")));
    wait.until(d -> "complete".equals(((JavascriptExecutor) d)
        .executeScript("return document.readyState")));
    assertNothingRan();
    assertThat(driver.findElement(By.tagName("h1")).getText())
        .containsPattern("<script>alert\\('(title|h1)'\\)</script>");
    assertThat(driver.findElement(By.cssSelector(".text")).getText())
        .contains("<script>window.pwned='body';alert('body')</script>")
        .contains("<img src=x onerror=alert('attr')>");
    assertThat(driver.findElements(By.cssSelector(".text img, .text script"))).isEmpty();
    Browser.screenshot(driver, "report-hostile");

    // the archived page is in the frame, as captured, and its scripts stay dead there too
    driver.switchTo().frame(driver.findElement(By.cssSelector("iframe[sandbox]")));
    assertThat(driver.findElement(By.tagName("body")).getText()).contains("全市共走访困难残疾人家庭");
    assertThat(driver.executeScript("return typeof window.pwned")).isEqualTo("undefined");
    driver.switchTo().defaultContent();
    assertNothingRan();
  }
}
