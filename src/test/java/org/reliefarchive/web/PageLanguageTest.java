package org.reliefarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;
import org.reliefarchive.enrich.CaptureRecord;
import org.reliefarchive.enrich.ReportTags;
import org.reliefarchive.search.FacetValue;
import org.reliefarchive.search.ReportDetail;
import org.reliefarchive.search.SearchHit;
import org.reliefarchive.search.SearchRequest;
import org.reliefarchive.search.SearchResult;
import org.reliefarchive.search.Snippet;

/**
 * The language of what the pages show: on an English page every crawled Chinese text is marked
 * {@code lang="zh"}; a Chinese page marks nothing below its root but the link to English.
 */
class PageLanguageTest {
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private static SearchHit hit() {
    return new SearchHit("a", "残联走访困难家庭", "http://gs.example/1.html", "gansu", "中国甘肃网",
        "2021-11-09T14:04+08:00", new Snippet("市残联走访慰问", List.of(new Snippet.Mark(1, 3))),
        1f, "甘肃省/兰州市", List.of("残联"), "a", 1);
  }

  private static String searchPage(Messages m) {
    Map<String, List<FacetValue>> f = new LinkedHashMap<>();
    f.put("region", List.of(new FacetValue("甘肃省", "甘肃省", 2, true, List.of(
        new FacetValue("兰州市", "甘肃省/兰州市", 1, false, List.of()))),
        new FacetValue("火星", "火星", 1, false, List.of())));
    f.put("agency", List.of(new FacetValue("甘肃省残联", 2, false)));
    f.put("portal", List.of(new FacetValue("gansu", 2, false)));
    f.put("month", List.of(new FacetValue("2021-11", 2, false)));
    f.put("status", List.of(new FacetValue("online", 2, false)));
    SearchRequest request = new SearchRequest("残联", Map.of("region", List.of("甘肃省")), null,
        1, 1, null, null);
    return new SearchPage(Map.of("gansu", "中国甘肃网")).render(request,
        new SearchResult("残联", 2, 1, 1, List.of(hit()), f, 1), null, m);
  }

  private static String reportPage(Messages m) {
    String title = "残联走访困难家庭";
    ReportTags tags = new ReportTags(List.of("甘肃省/兰州市"), "甘肃省/兰州市", List.of("残联"),
        List.of("兰州市残联"), List.of("残疾人"), List.of(new ReportTags.Mention("agency",
            "兰州市残联", title.length() + 2, title.length() + 7, "兰州市残联")));
    ReportDetail r = new ReportDetail("a", "http://gs.example/1.html", title, "gansu", "中国甘肃网",
        null, "2021-11-09T14:04", "甘肃残联", "薛敏", "李明", "王芳", "simplified", "UTF-8",
        "2024-05-01T08:00:00Z", "f.warc.gz", 0, "sha1:X", List.of("兰州市残联走访残疾人家庭。"),
        tags, "a", List.of(new ReportDetail.Reprint("b", "http://b", "tw", "公益新聞網", null,
            "2024-05-02T00:00:00Z")), "online", null, List.of(new CaptureRecord(
                "2024-05-01T08:00:00Z", 200, "changed", "t", "p", "f", 0, "response",
                "+1 段：走访残疾人")), "info line", null);
    return new ReportPage().render(r, List.of(hit()), m);
  }

  /** Text with Han characters in the body whose nearest lang is not Chinese. */
  private static List<String> chineseOutsideZh(String html) {
    Document doc = Jsoup.parse(html);
    List<String> wrong = new ArrayList<>();
    NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
      if (node instanceof TextNode t && HAN.matcher(t.text()).find()) {
        Element e = t.parent();
        while (e != null && !e.hasAttr("lang")) {
          e = e.parent();
        }
        String lang = e == null ? "" : e.attr("lang");
        if (!lang.startsWith("zh")) {
          wrong.add(t.text().strip() + " in <" + t.parent().tagName() + " class="
              + t.parent().className() + ">");
        }
      }
    }, doc.body());
    return wrong;
  }

  @Test
  void englishSearchPageMarksEveryChineseTextAsChinese() {
    String html = searchPage(Messages.ENGLISH);
    assertThat(chineseOutsideZh(html)).isEmpty();
    Document doc = Jsoup.parse(html);
    // statuses are our own words, translated
    assertThat(doc.selectFirst(".facet[data-dim=status] .v").hasAttr("lang")).isFalse();
    assertThat(doc.selectFirst(".hit h3 a").attr("lang")).isEqualTo("zh");
  }

  @Test
  void englishReportPageMarksEveryChineseTextAsChinese() {
    String html = reportPage(Messages.ENGLISH);
    assertThat(chineseOutsideZh(html)).isEmpty();
    Document doc = Jsoup.parse(html);
    assertThat(doc.select(".cite-text [lang=zh]")).extracting(Element::text)
        .containsExactly("残联走访困难家庭", "中国甘肃网");
    assertThat(doc.select(".facts dd:not([lang])").text()).contains("2021-11-09 14:04");
  }

  @Test
  void chinesePagesMarkOnlyTheLinkToEnglish() {
    for (String html : List.of(searchPage(Messages.ZH_CN), reportPage(Messages.ZH_CN))) {
      Document doc = Jsoup.parse(html);
      assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
      assertThat(doc.body().select("[lang]")).extracting(e -> e.attr("lang"))
          .containsExactly("en");
    }
  }

  @Test
  void searchPageHasOneHeadingOfTheFirstLevel() {
    assertThat(Jsoup.parse(searchPage(Messages.ZH_CN)).select("h1")).extracting(Element::text)
        .containsExactly("搜索救助报道");
    assertThat(Jsoup.parse(searchPage(Messages.ENGLISH)).select("h1")).hasSize(1);
  }
}
