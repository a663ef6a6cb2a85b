package org.reliefarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reliefarchive.cli.CrawledSite;

/**
 * The search and report pages in real headless Chromium, on the crawled sample portal: search,
 * facets, chips, the charts, a report, export, feed, language, the agency filter, page weight.
 * Screenshots of the main pages go to target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPageBrowserIT {
  /** The whole search page, compressed: HTML, style sheet and scripts. */
  private static final int MAX_PAGE_BYTES = 300 * 1024;
  private static final Duration WAIT = Duration.ofSeconds(15);

  private final HttpClient http = HttpClient.newHttpClient();
  private CrawledSite site;
  private ChromeDriver driver;
  private WebDriverWait wait;

  @BeforeAll
  void crawlServeAndOpenBrowser() throws Exception {
    site = CrawledSite.samplePortal();
    driver = Browser.start();
    wait = new WebDriverWait(driver, WAIT);
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

  @BeforeEach
  void forgetConsole() {
    Browser.console(driver);
  }

  private void open(String pathAndQuery) {
    driver.get(site.baseUrl() + pathAndQuery);
    wait.until(d -> "complete".equals(((JavascriptExecutor) d)
        .executeScript("return document.readyState")));
  }

  /** Clicks something that leads to another page and waits for that page. */
  private void clickAndWait(WebElement e) {
    WebElement html = driver.findElement(By.tagName("html"));
    String from = driver.getCurrentUrl();
    e.click();
    waitUntil(() -> "still on " + from + " after clicking a " + e.getTagName(),
        d -> replaced(html));
    wait.until(d -> "complete".equals(((JavascriptExecutor) d)
        .executeScript("return document.readyState")));
  }

  /**
   * Points at a mark of a chart, as a user does before clicking, waits for its tooltip (so the
   * chart has answered the pointer and drawn the mark's hover state), then clicks it.
   */
  private void clickInChart(WebElement mark, String chartSelector, String tooltip) {
    new Actions(driver).moveToElement(mark).perform();
    WebElement chart = driver.findElement(By.cssSelector(chartSelector));
    waitUntil(() -> "no tooltip " + tooltip + " in " + chartSelector + ", which shows "
        + chart.getText(), d -> chart.getText().contains(tooltip));
    clickAndWait(mark);
  }

  /** Waits as {@link #wait} does, failing with a message that says what the page showed. */
  private void waitUntil(Supplier<String> message, Function<WebDriver, Boolean> condition) {
    new WebDriverWait(driver, WAIT).withMessage(message).until(condition);
  }

  /**
   * True once {@code old} belongs to a page that was left. ChromeDriver reports that either as a
   * stale element or, caught mid-navigation, as an inspector error saying the node "does not
   * belong to the document"; both mean the same.
   */
  private static boolean replaced(WebElement old) {
    try {
      old.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  private int total() {
    return Integer.parseInt(driver.findElement(By.cssSelector(".summary .count strong"))
        .getText());
  }

  private void search(String q) {
    open("/");
    WebElement box = driver.findElement(By.cssSelector("header input[name=q]"));
    box.sendKeys(q);
    WebElement html = driver.findElement(By.tagName("html"));
    box.sendKeys(Keys.ENTER);
    wait.until(d -> replaced(html));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".summary .count")));
  }

  private String url() {
    return URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8);
  }

  private List<String> cspOrScriptErrors() {
    return Browser.console(driver).stream().filter(m -> m.contains("Content Security Policy")
        || m.contains("Uncaught") || m.contains("charts.js") || m.contains("app.js")).toList();
  }

  @Test
  void searchThenAFacetNarrowsTheCountsAndRemovingItsChipRestoresThem() {
    search("疫情");
    int all = total();
    assertThat(all).isGreaterThan(1);
    assertThat(driver.findElements(By.cssSelector(".hit mark"))).isNotEmpty();
    WebElement portal = driver.findElement(By.cssSelector(".facet[data-dim=portal] li a"));
    int expected = Integer.parseInt(portal.findElement(By.cssSelector(".n")).getText());
    String name = portal.findElement(By.cssSelector(".v")).getText();
    assertThat(expected).isLessThan(all);
    clickAndWait(portal);

    assertThat(total()).isEqualTo(expected);
    assertThat(driver.findElements(By.cssSelector(".hit"))).hasSize(Math.min(expected, 20));
    assertThat(driver.findElement(By.cssSelector(".facet[data-dim=portal] a.selected")).getText())
        .contains(name);
    // the year counts now count this portal's reports only
    int years = driver.findElements(By.cssSelector(".facet[data-dim=year] .n")).stream()
        .mapToInt(n -> Integer.parseInt(n.getText())).sum();
    assertThat(years).isLessThanOrEqualTo(expected);
    Browser.screenshot(driver, "search-filtered");

    WebElement chip = driver.findElement(By.cssSelector(".chips a.chip[data-dim=portal]"));
    assertThat(chip.getText()).contains(name);
    clickAndWait(chip);
    assertThat(total()).isEqualTo(all);
    assertThat(driver.findElements(By.cssSelector(".chips a.chip"))).isEmpty();
    assertThat(url()).contains("q=疫情");
  }

  @Test
  void timelineAndProvinceMapAreDrawnAndAProvinceClickFiltersByIt() {
    open("/");
    Browser.screenshot(driver, "search");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".timeline-chart svg")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tiles-chart svg")));
    assertThat(driver.findElement(By.cssSelector(".bars[data-chart=timeline]"))
        .getAttribute("class")).contains("enhanced");
    assertThat(cspOrScriptErrors()).isEmpty();

    int gansu = Integer.parseInt(driver.findElement(By.cssSelector("a.tile[data-key=甘肃省]"))
        .getAttribute("data-count"));
    assertThat(gansu).isPositive();
    WebElement label = driver.findElement(By.xpath("//div[contains(@class,'tiles-chart')]"
        + "//*[local-name()='text' and starts-with(normalize-space(.), '甘肃')]"));
    clickInChart(label, ".tiles-chart",
        driver.findElement(By.cssSelector("a.tile[data-key=甘肃省]")).getAttribute("title"));

    assertThat(url()).contains("region=甘肃省");
    assertThat(total()).isEqualTo(gansu);
    assertThat(driver.findElement(By.cssSelector(".chips a.chip[data-dim=region]")).getText())
        .contains("甘肃省");
    // the region tree opens under the selected province
    assertThat(driver.findElements(By.cssSelector(".facet[data-dim=region] a.selected + ul a")))
        .isNotEmpty();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tiles-chart svg")));
    Browser.screenshot(driver, "search-province");
  }

  @Test
  void withoutJavascriptTheTimelineAndTilesAreLinksThatWork() {
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    try {
      open("/");
      assertThat(driver.findElements(By.cssSelector(".chart svg"))).isEmpty();
      assertThat(driver.findElements(By.cssSelector("input.facet-filter"))).isEmpty();
      WebElement bar = driver.findElements(By.cssSelector("a.bar")).stream()
          .filter(b -> !"0".equals(b.getAttribute("data-count"))).findFirst().orElseThrow();
      assertThat(bar.isDisplayed()).isTrue();
      WebElement tile = driver.findElement(By.cssSelector("a.tile[data-key=甘肃省]"));
      assertThat(tile.isDisplayed()).isTrue();
      int gansu = Integer.parseInt(tile.getAttribute("data-count"));
      Browser.screenshot(driver, "search-nojs");
      clickAndWait(tile);
      assertThat(url()).contains("region=甘肃省");
      assertThat(total()).isEqualTo(gansu);
    } finally {
      driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }
  }

  @Test
  void aTimelineBarNarrowsTheDateRange() {
    open("/?q=" + URLEncoder.encode("疫情", StandardCharsets.UTF_8));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".timeline-chart svg")));
    List<WebElement> fallback = driver.findElements(By.cssSelector("a.bar"));
    WebElement first = fallback.stream().filter(b -> !"0".equals(b.getAttribute("data-count")))
        .findFirst().orElseThrow();
    String key = first.getAttribute("data-key");
    int count = Integer.parseInt(first.getAttribute("data-count"));
    // the bars are SVG paths in the bar colour; the first non-empty one is that first bar
    List<WebElement> bars = driver.findElements(By.cssSelector(".timeline-chart svg path"))
        .stream().filter(p -> "#b3261e".equalsIgnoreCase(p.getAttribute("fill"))).toList();
    assertThat(bars).isNotEmpty();
    clickInChart(bars.get(0), ".timeline-chart", first.getAttribute("title"));

    assertThat(url()).contains("from=" + key).contains("to=" + key).contains("q=疫情");
    assertThat(total()).isEqualTo(count);
    assertThat(driver.findElement(By.cssSelector(".chips a.chip[data-dim=date]")).getText())
        .contains(key);
  }

  @Test
  void reportPageShowsTextMetadataTagsCitationAndTheSandboxedArchive() {
    search("残联");
    WebElement title = driver.findElement(By.cssSelector(".hit h3 a"));
    String text = title.getText();
    clickAndWait(title);

    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(text);
    assertThat(driver.findElement(By.cssSelector(".facts")).getText()).contains("来源网站")
        .contains("发布时间").contains("原文链接");
    assertThat(driver.findElements(By.cssSelector(".text p")).size()).isGreaterThan(2);
    assertThat(driver.findElements(By.cssSelector(".text mark.tag"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector(".side .tags a.chip"))).isNotEmpty();
    assertThat(driver.findElement(By.cssSelector(".cite")).getText()).contains("《" + text + "》");
    WebElement frame = driver.findElement(By.cssSelector("iframe[sandbox]"));
    assertThat(frame.getAttribute("sandbox")).isEmpty();
    assertThat(driver.findElements(By.cssSelector(".similar li"))).isNotEmpty();
    assertThat(cspOrScriptErrors()).isEmpty();
    Browser.screenshot(driver, "report");

    // a tag links to the search filtered by it
    clickAndWait(driver.findElement(By.cssSelector(".side .tags a.chip.region")));
    assertThat(driver.findElements(By.cssSelector(".chips a.chip[data-dim=region]"))).hasSize(1);
  }

  /** Runs {@code r} with the window a 390-px phone, script off when {@code script} is false. */
  private void onPhone(boolean script, Runnable r) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390,
        "height", 844, "deviceScaleFactor", 1, "mobile", true));
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !script));
    try {
      r.run();
    } finally {
      driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  private long js(String expression) {
    return ((Number) driver.executeScript("return " + expression)).longValue();
  }

  @Test
  void onAPhoneTheReportTextTakesTheWholeWidthAndNothingScrollsSideways() {
    onPhone(true, () -> {
      search("残联");
      clickAndWait(driver.findElement(By.cssSelector(".hit h3 a")));
      assertThat(js("document.documentElement.scrollWidth"))
          .isLessThanOrEqualTo(js("window.innerWidth"));
      // the text column spans the screen but its margins, and the side boxes follow it
      assertThat(js("document.querySelector('.text').getBoundingClientRect().width"))
          .isGreaterThan(330);
      assertThat(js("document.querySelector('.side').getBoundingClientRect().top"))
          .isGreaterThan(js("document.querySelector('.text').getBoundingClientRect().bottom"));
      Browser.screenshot(driver, "report-phone");
    });
  }

  @Test
  void onAPhoneWithoutScriptTheFacetsFoldBehindAToggleAndTheFirstResultIsNearTheTop() {
    onPhone(false, () -> {
      open("/?q=" + URLEncoder.encode("残联", StandardCharsets.UTF_8));
      WebElement toggle = driver.findElement(By.cssSelector("label.filters-label"));
      assertThat(toggle.isDisplayed()).isTrue();
      assertThat(toggle.getText()).contains("筛选");
      assertThat(driver.findElement(By.cssSelector(".facets")).isDisplayed()).isFalse();
      // below it only the summary line and the two charts come before the first result
      assertThat(js("document.querySelector('.hit').getBoundingClientRect().top"))
          .isLessThan(1000);
      assertThat(js("document.documentElement.scrollWidth"))
          .isLessThanOrEqualTo(js("window.innerWidth"));
      Browser.screenshot(driver, "search-phone");
      toggle.click();
      WebElement region = driver.findElement(By.cssSelector(".facet[data-dim=region] a"));
      assertThat(region.isDisplayed()).isTrue();
      Browser.screenshot(driver, "search-phone-filters");
      clickAndWait(region);
      assertThat(url()).contains("region=");
    });
  }

  @Test
  void onADesktopTheFacetsShowWithoutAToggleAndASkipLinkLeadsToTheResults() {
    open("/?q=" + URLEncoder.encode("残联", StandardCharsets.UTF_8));
    assertThat(driver.findElement(By.cssSelector("label.filters-label")).isDisplayed())
        .isFalse();
    assertThat(driver.findElement(By.cssSelector(".facet[data-dim=region] a")).isDisplayed())
        .isTrue();
    WebElement skip = driver.findElement(By.cssSelector("a.skip"));
    assertThat(skip.getAttribute("href")).endsWith("#results");
    assertThat(js("document.querySelector('a.skip').getBoundingClientRect().bottom"))
        .isLessThanOrEqualTo(0);
    // the first Tab reaches it, and it shows while it has the focus
    driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    assertThat(driver.switchTo().activeElement()).isEqualTo(skip);
    assertThat(js("document.querySelector('a.skip').getBoundingClientRect().top"))
        .isGreaterThanOrEqualTo(0);
    assertThat(skip.getText()).isEqualTo("跳到搜索结果");
    skip.sendKeys(Keys.ENTER);
    wait.until(d -> d.getCurrentUrl().endsWith("#results"));
    assertThat(driver.findElements(By.id("results"))).hasSize(1);
  }

  /** The lowest contrast ratio (WCAG 2) of the text of {@code selector} on its background. */
  private double lowestContrast(String selector) {
    Object v = driver.executeScript("""
        function rgb(s) { return s.match(/[\\d.]+/g).slice(0, 3).map(Number); }
        function lum(c) {
          const [r, g, b] = c.map(x => { x /= 255;
            return x <= 0.04045 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        }
        let lowest = 100;
        document.querySelectorAll(arguments[0]).forEach(e => {
          let bg = e;
          while (getComputedStyle(bg).backgroundColor === 'rgba(0, 0, 0, 0)') bg = bg.parentElement;
          const a = lum(rgb(getComputedStyle(e).color));
          const b = lum(rgb(getComputedStyle(bg).backgroundColor));
          const opacity = Number(getComputedStyle(e).opacity);
          const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          lowest = Math.min(lowest, opacity < 1 ? 1 : ratio);
        });
        return lowest;""", selector);
    return ((Number) v).doubleValue();
  }

  @Test
  void provinceTilesWithoutScriptReadAtAContrastOfAtLeastFourAndAHalf() {
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    try {
      open("/");
      assertThat(driver.findElements(By.cssSelector("a.tile.lv0"))).isNotEmpty();
      assertThat(lowestContrast("a.tile.lv0")).isGreaterThanOrEqualTo(4.5);
      assertThat(lowestContrast("a.tile, a.tile span")).isGreaterThanOrEqualTo(4.5);
    } finally {
      driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }
  }

  @Test
  void chartsAreImagesNamedByTheirCaptions() {
    open("/");
    wait.until(d -> d.findElements(By.cssSelector(".chart svg")).size() == 2);
    List<WebElement> svgs = driver.findElements(By.cssSelector(".chart svg"));
    assertThat(svgs).extracting(e -> e.getAttribute("role")).containsOnly("img");
    assertThat(svgs).extracting(e -> e.getAttribute("aria-label"))
        .containsExactly("每年报道数", "报道涉及的省份");
    assertThat(driver.findElements(By.cssSelector(".chart[aria-hidden]"))).isEmpty();
    assertThat(cspOrScriptErrors()).isEmpty();
  }

  @Test
  void exportLinkGivesEveryMatchingReportAsCsv() throws Exception {
    search("疫情");
    int all = total();
    String href = driver.findElement(By.cssSelector("a.export-csv")).getAttribute("href");
    HttpResponse<byte[]> csv = http.send(HttpRequest.newBuilder(URI.create(href)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(csv.statusCode()).isEqualTo(200);
    String body = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(body).startsWith("\uFEFF");
    try (CSVParser parser = CSVFormat.EXCEL.builder().setHeader().setSkipHeaderRecord(true)
        .get().parse(new StringReader(body.substring(1)))) {
      List<CSVRecord> rows = parser.getRecords();
      assertThat(rows).hasSize(all);
      assertThat(rows).allMatch(r -> (r.get("title") + r.get("text")).contains("疫情"));
      assertThat(rows).allMatch(r -> r.get("url").startsWith("http://127.0.0.1:"));
    }
  }

  @Test
  void feedLinkIsAnAtomFeedOfTheSearch() throws Exception {
    search("疫情");
    String href = driver.findElement(By.cssSelector("a.feed")).getAttribute("href");
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(href)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/atom+xml");
    var feed = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(r.body())).getDocumentElement();
    assertThat(feed.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
    assertThat(feed.getLocalName()).isEqualTo("feed");
    assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength())
        .isEqualTo(Math.min(total(), 30));
  }

  @Test
  void englishToggleKeepsTheSearchAndChangesTheLabels() {
    search("疫情");
    int all = total();
    clickAndWait(driver.findElement(By.cssSelector("header a.lang")));
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(url()).contains("lang=en").contains("q=疫情");
    assertThat(total()).isEqualTo(all);
    assertThat(driver.findElement(By.cssSelector(".summary .count")).getText())
        .endsWith("reports");
    assertThat(driver.findElement(By.cssSelector(".facet[data-dim=portal] h2")).getText())
        .isEqualToIgnoringCase("Portal");
    Browser.screenshot(driver, "search-en");
    // a facet click stays in English
    clickAndWait(driver.findElement(By.cssSelector(".facet[data-dim=year] li a")));
    assertThat(url()).contains("lang=en");
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    // and so does the report page
    clickAndWait(driver.findElement(By.cssSelector(".hit h3 a")));
    assertThat(driver.findElement(By.cssSelector(".facts")).getText()).contains("Portal");
  }

  @Test
  void agencyFilterBoxNarrowsTheAgencyList() {
    open("/");
    WebElement facet = driver.findElement(By.cssSelector(".facet[data-dim=agency]"));
    WebElement input = wait.until(d -> facet.findElement(By.cssSelector("input.facet-filter")));
    List<WebElement> items = facet.findElements(By.cssSelector(".scroll li"));
    assertThat(items.size()).isGreaterThan(1);
    String wanted = items.get(0).findElement(By.cssSelector(".v")).getText();
    input.sendKeys(wanted);
    List<String> shown = new ArrayList<>();
    for (WebElement li : facet.findElements(By.cssSelector(".scroll li"))) {
      if (li.isDisplayed()) {
        shown.add(li.getText());
      }
    }
    assertThat(shown).isNotEmpty().allMatch(s -> s.contains(wanted));
    assertThat(shown.size()).isLessThan(items.size());
    input.sendKeys("不存在的机构名");
    assertThat(facet.findElement(By.cssSelector(".facet-none")).isDisplayed()).isTrue();
  }

  @Test
  void searchPageWeighsUnder300KbCompressedAndShowsResultsQuickly() throws Exception {
    String path = "/?q=" + URLEncoder.encode("疫情", StandardCharsets.UTF_8);
    long bytes = compressedSize(path);
    open(path);
    for (WebElement e : driver.findElements(By.cssSelector("script[src], link[rel=stylesheet]"))) {
      String ref = e.getAttribute("src") != null && !e.getAttribute("src").isEmpty()
          ? e.getAttribute("src") : e.getAttribute("href");
      bytes += compressedSize(URI.create(ref).getRawPath());
    }
    assertThat(bytes).isLessThan(MAX_PAGE_BYTES);
    // a fresh load: when the first result was on screen, and when the charts were drawn
    open(path);
    @SuppressWarnings("unchecked")
    Map<String, Object> t = (Map<String, Object>) driver.executeScript(
        "const n = performance.getEntriesByType('navigation')[0];"
            + "return {responseEnd: n.responseEnd, dcl: n.domContentLoadedEventEnd,"
            + " load: n.loadEventEnd};");
    double dcl = ((Number) t.get("dcl")).doubleValue();
    System.out.printf("search page: %d bytes compressed; response end %.0f ms, DOM ready "
        + "%.0f ms, load %.0f ms%n", bytes, ((Number) t.get("responseEnd")).doubleValue(), dcl,
        ((Number) t.get("load")).doubleValue());
    // 1 s on the demo; the bound leaves room for a busy test machine
    assertThat(dcl).isLessThan(2000);
  }

  private long compressedSize(String pathAndQuery) throws Exception {
    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(
        URI.create(site.baseUrl() + pathAndQuery)).header("Accept-Encoding", "gzip").build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).as(pathAndQuery).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Encoding")).as(pathAndQuery).hasValue("gzip");
    return r.body().length;
  }
}
