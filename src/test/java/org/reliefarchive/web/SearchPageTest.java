package org.reliefarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.reliefarchive.search.FacetValue;
import org.reliefarchive.search.SearchHit;
import org.reliefarchive.search.SearchRequest;
import org.reliefarchive.search.SearchResult;
import org.reliefarchive.search.Snippet;

/** The search page as HTML, from hand-made results: links, pictures, labels, escaping. */
class SearchPageTest {
  private final SearchPage page = new SearchPage(Map.of("gansu", "中国甘肃网"));

  private static SearchResult result(Map<String, List<FacetValue>> facets, SearchHit... hits) {
    return new SearchResult("", hits.length, 1, 20, List.of(hits), facets, 3);
  }

  private static SearchHit hit(String title) {
    return new SearchHit("abc", title, "http://gs.example/1.html", "gansu", "中国甘肃网",
        "2021-11-09T14:04+08:00",
        new Snippet("市残联走访<b>慰问</b>", List.of(new Snippet.Mark(1, 3))), 1f,
        "甘肃省/兰州市", List.of("残联"),
        "abc", 2);
  }

  private static Map<String, List<FacetValue>> facets() {
    Map<String, List<FacetValue>> f = new LinkedHashMap<>();
    f.put("region", List.of(new FacetValue("甘肃省", "甘肃省", 9, false, List.of()),
        new FacetValue("广东省", "广东省", 1, false, List.of()),
        new FacetValue("火星", "火星", 1, false, List.of())));
    f.put("agency", List.of(new FacetValue("甘肃省残联", 3, false),
        new FacetValue("醴陵市民政局", 2, false), new FacetValue("成都市妇联", 1, false)));
    f.put("portal", List.of(new FacetValue("gansu", 9, false)));
    f.put("month", List.of(new FacetValue("2020-04", 2, false),
        new FacetValue("2020-01", 5, false), new FacetValue("bad", 1, false)));
    f.put("status", List.of(new FacetValue("online", 9, false)));
    return f;
  }

  private Document render(SearchRequest request, Messages m) {
    return Jsoup.parse(page.render(request, result(facets(), hit("残联<script>x</script>")),
        null, m));
  }

  private static SearchRequest request(Map<String, List<String>> filters, LocalDate from,
      LocalDate to) {
    return new SearchRequest("残联", filters, null, 1, 20, from, to);
  }

  @Test
  void timelineHasABarPerMonthIncludingEmptyOnesThatNarrowTheDateRange() {
    Document doc = render(request(Map.of(), null, null), Messages.ZH_CN);
    List<Element> bars = doc.select(".bars[data-chart=timeline] a.bar");
    assertThat(bars).extracting(b -> b.attr("data-key"))
        .containsExactly("2020-01", "2020-02", "2020-03", "2020-04");
    assertThat(bars).extracting(b -> b.attr("data-count")).containsExactly("5", "0", "0", "2");
    assertThat(bars.get(0).className()).contains("h10");
    assertThat(bars.get(1).className()).contains("h0");
    assertThat(bars.get(3).attr("href")).contains("q=%E6%AE%8B%E8%81%94")
        .contains("from=2020-04").contains("to=2020-04");
  }

  @Test
  void timelineOverALongSpanHasABarPerYear() {
    Map<String, List<FacetValue>> f = new LinkedHashMap<>();
    f.put("month", List.of(new FacetValue("2005-08", 1, false),
        new FacetValue("2024-05", 30, false), new FacetValue("2024-04", 2, false)));
    Document doc = Jsoup.parse(page.render(request(Map.of(), null, null), result(f), null,
        Messages.ZH_CN));
    List<Element> bars = doc.select("a.bar");
    assertThat(bars).hasSize(20);
    assertThat(bars.get(bars.size() - 1).attr("data-count")).isEqualTo("32");
    assertThat(bars.get(0).attr("href")).contains("from=2005&to=2005");
    assertThat(doc.select(".timeline figcaption").text()).contains("每年");
  }

  @Test
  void provinceTilesAreShadedByCountAndFilterByTheProvince() {
    Document doc = render(request(Map.of("region", List.of("广东省")), null, null),
        Messages.ZH_CN);
    assertThat(doc.select(".tiles a.tile")).hasSize(SearchCharts.TILES.size());
    Element gansu = doc.selectFirst("a.tile[data-key=甘肃省]");
    assertThat(gansu.className()).contains("lv5").contains("r2").contains("c1");
    assertThat(gansu.attr("href")).contains("region=%E7%94%98%E8%82%83%E7%9C%81")
        .contains("region=%E5%B9%BF%E4%B8%9C%E7%9C%81");
    assertThat(doc.selectFirst("a.tile[data-key=青海省]").className()).contains("lv0");
    // the selected province's tile removes it again
    assertThat(doc.selectFirst("a.tile[data-key=广东省]").attr("href")).doesNotContain("region=");
    // a region outside the grid is still a link
    assertThat(doc.select(".other-regions a").text()).contains("火星");
  }

  @Test
  void noProvinceCountsMeansNoMap() {
    Map<String, List<FacetValue>> f = new LinkedHashMap<>(facets());
    f.put("region", List.of());
    Document doc = Jsoup.parse(page.render(request(Map.of(), null, null), result(f), null,
        Messages.ZH_CN));
    assertThat(doc.select(".tiles")).isEmpty();
    assertThat(doc.select(".charts.one .timeline")).hasSize(1);
  }

  @Test
  void everyLinkKeepsTheDateRangeAndLanguageAndTheRangeIsARemovableChip() {
    Document doc = render(request(Map.of("portal", List.of("gansu")),
        LocalDate.of(2020, 4, 1), LocalDate.of(2020, 4, 30)), Messages.ENGLISH);
    for (Element a : doc.select(".facets a, .pages a, .summary .actions a[href^=/?]")) {
      assertThat(a.attr("href")).as(a.text()).contains("from=2020-04-01")
          .contains("to=2020-04-30").contains("lang=en");
    }
    Element date = doc.selectFirst("a.chip[data-dim=date]");
    assertThat(date.text()).contains("2020-04");
    assertThat(date.attr("href")).doesNotContain("from=").contains("portal=gansu")
        .contains("lang=en");
    Element portal = doc.selectFirst("a.chip[data-dim=portal]");
    assertThat(portal.text()).contains("中国甘肃网");
    assertThat(portal.attr("href")).doesNotContain("portal=").contains("from=2020-04-01");
    // the form keeps them too, so a new query stays in the range
    assertThat(doc.select("form input[type=hidden]")).extracting(e -> e.attr("name"))
        .contains("portal", "from", "to", "lang");
    // exports and the feed take the filters but not the view
    assertThat(doc.selectFirst("a.export-csv").attr("href")).contains("portal=gansu")
        .contains("from=2020-04-01").doesNotContain("lang=").doesNotContain("sort=");
  }

  @Test
  void englishPageHasEnglishLabelsAndCrawledTextAsIs() {
    Document doc = render(request(Map.of(), null, null), Messages.ENGLISH);
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(doc.select(".facet[data-dim=agency] h2").text()).isEqualTo("Agency");
    assertThat(doc.select(".summary .count").text()).isEqualTo("1 reports");
    assertThat(doc.select(".hit h3 a").attr("href")).isEqualTo("/reports/abc?lang=en");
    assertThat(doc.select("a.lang").text()).isEqualTo("中文");
    assertThat(doc.select("a.lang").attr("href")).doesNotContain("lang=");
    assertThat(doc.select(".facet[data-dim=status] .v").text()).isEqualTo("online");
    Document zh = render(request(Map.of(), null, null), Messages.ZH_CN);
    assertThat(zh.select(".facet[data-dim=status] .v").text()).isEqualTo("在线");
    assertThat(zh.select("a.lang").attr("href")).contains("lang=en");
  }

  @Test
  void crawledTextIsEscapedAndScriptsAreOurOwnFiles() {
    String html = page.render(request(Map.of(), null, null),
        result(facets(), hit("残联<script>alert(1)</script>")), null, Messages.ZH_CN);
    assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script")).allSatisfy(s -> {
      assertThat(s.attr("src")).startsWith("/static/");
      assertThat(s.data()).isEmpty();
    });
    assertThat(doc.select("[style]")).isEmpty();
  }

  @Test
  void agencyListIsWholeAndMarkedForTheFilterBox() {
    Document doc = render(request(Map.of(), null, null), Messages.ZH_CN);
    Element agency = doc.selectFirst(".facet[data-dim=agency]");
    assertThat(agency.attr("data-filter")).isNotBlank();
    assertThat(agency.select(".scroll li")).hasSize(3);
  }

  @Test
  void longFacetListsKeepTheRestBehindMore() {
    List<FacetValue> years = new ArrayList<>();
    for (int y = 2000; y < 2015; y++) {
      years.add(new FacetValue(String.valueOf(y), 1, y == 2014));
    }
    Document doc = Jsoup.parse(page.render(request(Map.of("year", List.of("2014")), null, null),
        result(Map.of("year", years)), null, Messages.ZH_CN));
    Element year = doc.selectFirst(".facet[data-dim=year]");
    // ten largest plus the selected one in view, the other four under "more"
    assertThat(year.select("> ul > li")).hasSize(11);
    assertThat(year.select("details.more li")).hasSize(4);
    assertThat(year.select("details.more summary").text()).contains("4");
  }

  @Test
  void dateRangesReadBriefly() {
    assertThat(SearchPage.range(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31)))
        .isEqualTo("2024-05");
    assertThat(SearchPage.range(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
        .isEqualTo("2024");
    assertThat(SearchPage.range(LocalDate.of(2024, 1, 3), null)).isEqualTo("2024-01-03 – …");
  }

  @Test
  void shadesGrowWithTheSquareRootOfTheCount() {
    assertThat(SearchCharts.level(0, 10)).isZero();
    assertThat(SearchCharts.level(1, 100)).isEqualTo(1);
    assertThat(SearchCharts.level(25, 100)).isEqualTo(3);
    assertThat(SearchCharts.level(100, 100)).isEqualTo(5);
  }

  @Test
  void marksTheSnippetsRangesAndEscapesItsText() {
    String html = page.render(request(Map.of(), null, null), result(facets(), hit("标题")),
        null, Messages.ZH_CN);
    assertThat(html).contains("市<mark>残联</mark>走访&lt;b&gt;慰问&lt;/b&gt;")
        .doesNotContain("<b>慰问");
  }
}
