package org.reliefarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
 * Time on the search page over the crawled sample portal: years and months in date order, the
 * undated reports counted so the timeline adds up, and the from/to fields, a plain form that
 * works without script and answers a bad date with a 400 naming the field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DateRangeBrowserIT {
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private CrawledSite site;
  private ChromeDriver driver;
  private WebDriverWait wait;

  @BeforeAll
  void crawlServeAndOpenBrowser() throws Exception {
    site = CrawledSite.samplePortal();
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
  }

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private void open(String pathAndQuery) {
    driver.get(site.baseUrl() + pathAndQuery);
    waitForPage();
  }

  private void waitForPage() {
    wait.until(d -> "complete".equals(((JavascriptExecutor) d)
        .executeScript("return document.readyState")));
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void yearsAndMonthsAreInDateOrderAndTheUndatedMakeTheTotal() throws Exception {
    JsonNode all = json.readTree(get("/api/search?size=1").body());
    List<String> years = new ArrayList<>();
    long sum = 0;
    for (JsonNode y : all.get("facets").get("year")) {
      years.add(y.get("value").asText());
      sum += y.get("count").asLong();
    }
    assertThat(years).hasSizeGreaterThan(2).isSortedAccordingTo((a, b) -> b.compareTo(a));
    List<String> months = new ArrayList<>();
    all.get("facets").get("month").forEach(m -> months.add(m.get("value").asText()));
    assertThat(months).isSortedAccordingTo((a, b) -> b.compareTo(a));
    // the sample portal has reports that state no date: they are counted, not dropped
    long undated = all.get("undated").asLong();
    assertThat(undated).isPositive();
    assertThat(sum + undated).isEqualTo(all.get("total").asLong());

    // on the page, the year list reads as a calendar and the timeline says how many are undated
    Document page = Jsoup.parse(get("/").body());
    List<String> shown = page.select("section.facet[data-dim=year] li .v").eachText();
    assertThat(shown).isSortedAccordingTo((a, b) -> b.compareTo(a));
    int bars = page.select("a.bar").stream()
        .mapToInt(b -> Integer.parseInt(b.attr("data-count"))).sum();
    assertThat(page.select(".timeline .undated").text()).contains("未注明日期")
        .contains(String.valueOf(undated));
    assertThat(bars + undated).isEqualTo(Long.parseLong(
        page.select(".summary .count strong").text()));
  }

  @Test
  void theDateFieldsAreAPlainFormThatKeepsTheSearch() throws Exception {
    Document page = Jsoup.parse(get("/?q=" + q("疫情") + "&portal=gansu").body());
    Element form = page.selectFirst("form.dates");
    assertThat(form.attr("method")).isEqualTo("get");
    // what a browser without script sends: every field of the form
    StringBuilder query = new StringBuilder();
    for (Element input : form.select("input")) {
      String value = switch (input.attr("name")) {
        case "from" -> "2020-01";
        case "to" -> "2020-06-30";
        default -> input.val();
      };
      query.append(query.length() == 0 ? "" : "&").append(q(input.attr("name"))).append('=')
          .append(q(value));
    }
    HttpResponse<String> r = get("/?" + query);
    assertThat(r.statusCode()).isEqualTo(200);
    Document narrowed = Jsoup.parse(r.body());
    assertThat(narrowed.select("header input[name=q]").val()).isEqualTo("疫情");
    assertThat(narrowed.select(".chips a.chip[data-dim=portal]")).hasSize(1);
    assertThat(narrowed.select(".chips a.chip[data-dim=date]").text())
        .contains("2020-01-01").contains("2020-06-30");
    for (Element time : narrowed.select(".hits time")) {
      assertThat(time.text()).startsWith("2020-");
    }
    assertThat(narrowed.select("form.dates input[name=from]").val()).isEqualTo("2020-01-01");
  }

  @Test
  void typingDatesInTheBrowserNarrowsTheResults() {
    open("/?q=" + q("疫情"));
    int before = Integer.parseInt(driver.findElement(By.cssSelector(".summary .count strong"))
        .getText());
    driver.findElement(By.cssSelector("form.dates input[name=from]")).sendKeys("2020-03");
    driver.findElement(By.cssSelector("form.dates input[name=to]")).sendKeys("2020-04");
    WebElement html = driver.findElement(By.tagName("html"));
    driver.findElement(By.cssSelector("form.dates button")).click();
    wait.until(d -> !URLDecoder.decode(d.getCurrentUrl(), StandardCharsets.UTF_8)
        .equals(site.baseUrl() + "/?q=疫情"));
    waitForPage();
    String url = URLDecoder.decode(driver.getCurrentUrl(), StandardCharsets.UTF_8);
    assertThat(url).contains("q=疫情").contains("from=2020-03").contains("to=2020-04");
    int after = Integer.parseInt(driver.findElement(By.cssSelector(".summary .count strong"))
        .getText());
    assertThat(after).isPositive().isLessThan(before);
    assertThat(driver.findElement(By.cssSelector(".chips a.chip[data-dim=date]")).getText())
        .contains("2020-03-01").contains("2020-04-30");
    Browser.screenshot(driver, "date-range");
    assertThat(html).isNotNull();
  }

  @Test
  void aBadDateIsA400NamingTheFieldInThePagesLanguage() throws Exception {
    HttpResponse<String> zh = get("/?q=" + q("疫情") + "&from=2020-13");
    assertThat(zh.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(zh.body()).select(".error").text())
        .contains("起始日期（from）").contains("2020-13").contains("年-月-日");
    HttpResponse<String> en = get("/?q=" + q("疫情") + "&to=yesterday&lang=en");
    assertThat(en.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(en.body()).select(".error").text()).startsWith("to is “yesterday”")
        .contains("YYYY-MM-DD");
    HttpResponse<String> order = get("/?from=2021&to=2020");
    assertThat(order.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(order.body()).select(".error").text()).contains("晚于截止日期");
    HttpResponse<String> api = get("/api/search?from=2020-02-30&lang=zh");
    assertThat(api.statusCode()).isEqualTo(400);
    JsonNode body = json.readTree(api.body());
    assertThat(body.get("parameter").asText()).isEqualTo("from");
    assertThat(body.get("message").asText()).contains("起始日期（from）");

    // in the browser too: the page says what is wrong and keeps the search box
    open("/?q=" + q("疫情") + "&from=2020-13");
    assertThat(driver.findElement(By.cssSelector(".error")).getText()).contains("起始日期");
  }
}
