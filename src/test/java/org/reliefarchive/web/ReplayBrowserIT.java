package org.reliefarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reliefarchive.cli.CrawledSite;

/**
 * A crawled report's page links to its TimeMap and to its replay; the replay shows the banner
 * outside the sandboxed frame, in headless Chromium (screenshot: target/screenshots/replay.png).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayBrowserIT {
  private CrawledSite site;
  private ChromeDriver driver;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start() throws Exception {
    site = CrawledSite.samplePortal();
    driver = Browser.start();
  }

  @AfterAll
  void close() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (site != null) {
      site.close();
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void reportLinksToItsTimeMapAndItsReplayShowsTheBannerOutsideTheFrame() throws Exception {
    String search = get("/api/search?q=" + URLEncoder.encode("残联", StandardCharsets.UTF_8))
        .body();
    String id = search.replaceFirst("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
    Document report = Jsoup.parse(get("/reports/" + id).body());
    String timemap = report.select("section.archived a[type=application/link-format]")
        .attr("href");
    assertThat(timemap).startsWith("/timemap/link/http://127.0.0.1:");
    HttpResponse<String> map = get(timemap);
    assertThat(map.statusCode()).isEqualTo(200);
    assertThat(map.body()).contains("rel=\"original\"").contains("memento\"; datetime=");
    String replay = report.select("section.archived a[href^=/web/]").attr("href");
    assertThat(replay).matches("/web/\\d{14}/http://127\\.0\\.0\\.1:\\d+/.*");

    driver.get(site.baseUrl() + replay);
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> "complete".equals(
        ((JavascriptExecutor) d).executeScript("return document.readyState")));
    WebElement banner = driver.findElement(By.cssSelector("header.replay-banner"));
    assertThat(banner.isDisplayed()).isTrue();
    // in the language the browser asks for first (Accept-Language)
    boolean en = "en".equals(driver.executeScript("return document.documentElement.lang"));
    assertThat(banner.getText()).contains(en ? "Captured" : "抓取于").contains("HTTP 200")
        .contains(en ? "Original URL" : "原始网址")
        .contains(en ? "all captures (TimeMap)" : "全部抓取（TimeMap）");
    WebElement frame = driver.findElement(By.cssSelector("iframe.replay-frame[sandbox]"));
    assertThat(frame.getSize().getHeight()).isGreaterThan(400);
    Browser.screenshot(driver, "replay");
    driver.switchTo().frame(frame);
    assertThat(driver.findElement(By.tagName("body")).getText()).contains("残联");
    // nothing in the frame points outside the archive
    for (WebElement img : driver.findElements(By.cssSelector("img[src]"))) {
      assertThat(img.getAttribute("src")).matches("(" + site.baseUrl() + "/web/|data:).*");
    }
    for (WebElement a : driver.findElements(By.cssSelector("a[href^=http]"))) {
      assertThat(a.getAttribute("href")).startsWith(site.baseUrl() + "/web/");
    }
    driver.switchTo().defaultContent();
  }
}
