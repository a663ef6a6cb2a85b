package org.reliefarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * A crawl with {@code page_resources} on archives an article's logo and style sheet (and the
 * image its style sheet names) as captures of their own, and the replay in headless Chromium
 * loads them from the archive: the logo at its real size, the style sheet's colours applied
 * (screenshot: target/screenshots/replay-resources.png).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageResourcesBrowserIT {
  private CrawledSite site;
  private ChromeDriver driver;
  private final HttpClient http = HttpClient.newHttpClient();
  private String article;
  private String portalBase;

  @BeforeAll
  void start() throws Exception {
    site = CrawledSite.samplePortalWithPageResources();
    driver = Browser.start();
    // the gansu report whose page links the portal's style sheet and logo
    String search = get("/api/search?q=" + URLEncoder.encode("\"同心抗\"", StandardCharsets.UTF_8))
        .body();
    article = search.replaceFirst("(?s).*?\"url\":\"([^\"]+)\".*", "$1");
    portalBase = article.replaceFirst("^(http://127\\.0\\.0\\.1:\\d+)/.*", "$1");
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
  void the_logo_style_sheet_and_its_image_are_captures_in_the_cdx_index() throws Exception {
    assertThat(article).matches("http://127\\.0\\.0\\.1:\\d+/system/.*\\.shtml");
    assertThat(get("/cdx?url=" + portalBase + "/uploads/logo.gif&fl=mime,status").body())
        .isEqualTo("image/gif 200\n");
    assertThat(get("/cdx?url=" + portalBase + "/uploads/css/article.css&fl=mime,status")
        .body()).isEqualTo("text/css 200\n");
    // named only inside the style sheet, as url(/uploads/css/bar.gif)
    assertThat(get("/cdx?url=" + portalBase + "/uploads/css/bar.gif&fl=mime,status").body())
        .isEqualTo("image/gif 200\n");
    // other sites' resources named by the corpus pages are never fetched
    assertThat(get("/cdx?url=bbc.co.uk&matchType=domain").body()).isEmpty();
  }

  @Test
  void the_replayed_style_sheet_points_into_the_archive() throws Exception {
    String ts = get("/cdx?url=" + portalBase + "/uploads/css/article.css&fl=timestamp").body()
        .strip();
    HttpResponse<String> css = get("/web/" + ts + "id_/" + portalBase
        + "/uploads/css/article.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(
        t -> assertThat(t).startsWith("text/css"));
    assertThat(css.body()).contains("url(\"/web/" + ts + "id_/" + portalBase
        + "/uploads/css/bar.gif\")").doesNotContain("url(/uploads");
  }

  @Test
  void the_replay_shows_the_archived_logo_and_style_sheet() throws Exception {
    driver.get(site.baseUrl() + "/web/2/" + article);
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> "complete".equals(
        ((JavascriptExecutor) d).executeScript("return document.readyState")));
    assertThat(driver.getCurrentUrl()).matches(".*/web/\\d{14}/" + article.replace(".", "\\."));
    WebElement frame = driver.findElement(By.cssSelector("iframe.replay-frame[sandbox]"));
    driver.switchTo().frame(frame);
    WebElement logo = driver.findElement(By.cssSelector(".logo img"));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
        ((JavascriptExecutor) d).executeScript("return arguments[0].complete", logo)));
    assertThat(logo.getAttribute("src"))
        .matches(site.baseUrl() + "/web/\\d{14}id_/" + portalBase + "/uploads/logo\\.gif");
    // the 240×60 logo the portal served, not a missing-image box
    assertThat(((JavascriptExecutor) driver).executeScript(
        "return arguments[0].naturalWidth + 'x' + arguments[0].naturalHeight", logo))
        .isEqualTo("240x60");
    // the archived style sheet applies: its red title and header rule
    assertThat(driver.findElement(By.cssSelector("h1.a-title")).getCssValue("color"))
        .isEqualTo("rgba(168, 20, 28, 1)");
    assertThat(driver.findElement(By.cssSelector(".header")).getCssValue("border-bottom-color"))
        .isEqualTo("rgba(168, 20, 28, 1)");
    driver.switchTo().defaultContent();
    Browser.screenshot(driver, "replay-resources");
  }
}
