package org.reliefarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
 * A crawled string that closes an attribute and opens a script, in every place a page shows
 * crawled text (element text and attribute values), on the search page, the report page and the
 * operator page: it reads back literally and adds no element and no attribute.
 */
class PagesEscapeTest {
  private static final String HOSTILE =
      "残联<script>alert(\"t\")</script>\"'><img src=x onerror=alert(1)>&amp;";

  /** A crawled URL that closes an attribute and opens a script. */
  private static final String URL = "http://a.example/\"'><script>alert(1)</script>";

  private static SearchHit hit() {
    return new SearchHit("id\"<1>", HOSTILE, "http://a.example/1?x=\"><b>", "p", HOSTILE,
        "2021-11-09T14:04+08:00", new Snippet(HOSTILE, List.of(new Snippet.Mark(0, 2))), 1f,
        HOSTILE, List.of(HOSTILE), "g", 1);
  }

  private static ReportDetail report() {
    ReportTags tags = new ReportTags(List.of(HOSTILE), HOSTILE, List.of(HOSTILE),
        List.of(HOSTILE), List.of(HOSTILE), List.of(new ReportTags.Mention("agency", HOSTILE,
            HOSTILE.length() + 2, HOSTILE.length() + 4, "残联")));
    return new ReportDetail("id\"<1>", "http://a.example/1?x=\"><b>", HOSTILE, "p", HOSTILE,
        null, "2021-11-09T14:04", HOSTILE, HOSTILE, HOSTILE, HOSTILE, "simplified", "UTF-8",
        "2024-05-01T08:00:00Z", HOSTILE, 0, HOSTILE, List.of(HOSTILE, HOSTILE), tags, "g",
        List.of(new ReportDetail.Reprint("r", "http://b", "q", HOSTILE, null, HOSTILE)),
        "removed", HOSTILE, List.of(new CaptureRecord("2024-05-01T08:00:00Z", 200, "changed",
            "t", "p", "f", 0, "response", HOSTILE)), null, HOSTILE);
  }

  /** Nothing but our own elements: no script of the text, no image, no event handler. */
  private static Document assertInert(String html) {
    assertThat(html).doesNotContain("<script>alert").doesNotContain("<img")
        .doesNotContain("<b>");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script")).allSatisfy(s -> {
      assertThat(s.attr("src")).startsWith("/static/");
      assertThat(s.data()).isEmpty();
    });
    assertThat(doc.select("img, b")).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as(e.tagName()).doesNotStartWith("on").doesNotContain("<");
      }
    }
    return doc;
  }

  @Test
  void searchPageShowsCrawledTextLiterally() {
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    facets.put("agency", List.of(new FacetValue(HOSTILE, 1, true)));
    facets.put("region", List.of(new FacetValue(HOSTILE, HOSTILE, 1, false, List.of())));
    SearchRequest request = new SearchRequest(HOSTILE, Map.of("agency", List.of(HOSTILE)),
        null, 1, 20, null, null);
    for (Messages m : List.of(Messages.ZH_CN, Messages.ENGLISH)) {
      Document doc = assertInert(new SearchPage(Map.of()).render(request,
          new SearchResult(HOSTILE, 1, 1, 20, List.of(hit()), facets, 1), null, m));
      assertThat(doc.title()).startsWith(HOSTILE);
      assertThat(doc.selectFirst("input[name=q]").attr("value")).isEqualTo(HOSTILE);
      assertThat(doc.selectFirst("input[name=agency]").attr("value")).isEqualTo(HOSTILE);
      assertThat(doc.selectFirst(".hit h3 a").text()).isEqualTo(HOSTILE);
      assertThat(doc.selectFirst(".hit .portal").text()).isEqualTo(HOSTILE);
      assertThat(doc.selectFirst(".hit .snippet").text()).isEqualTo(HOSTILE);
      assertThat(doc.selectFirst(".hit .snippet mark").text()).isEqualTo("残联");
      assertThat(doc.selectFirst(".hit a.orig").attr("href"))
          .isEqualTo("http://a.example/1?x=\"><b>");
      assertThat(doc.selectFirst(".facet[data-dim=agency] .v").text()).isEqualTo(HOSTILE);
      assertThat(doc.selectFirst("a.chip[data-dim=agency]").text()).contains(HOSTILE);
      assertThat(doc.selectFirst(".other-regions a").text()).contains(HOSTILE);
      Document expanded = assertInert(new SearchPage(Map.of()).render(request,
          new SearchResult(HOSTILE, 1, 1, 20, List.of(hit()), facets, 1, 0, false, 0,
              Map.of(HOSTILE, List.of(HOSTILE))), null, m));
      assertThat(expanded.selectFirst(".note.synonyms").text())
          .contains(HOSTILE + " → " + HOSTILE);
      assertThat(assertInert(new SearchPage(Map.of()).render(null, null, HOSTILE, m))
          .selectFirst(".error").text()).isEqualTo(HOSTILE);
    }
  }

  @Test
  void reportPageShowsCrawledTextLiterally() {
    for (Messages m : List.of(Messages.ZH_CN, Messages.ENGLISH)) {
      Document doc = assertInert(new ReportPage().render(report(), List.of(hit()), m));
      assertThat(doc.title()).startsWith(HOSTILE);
      assertThat(doc.selectFirst("h1").text()).isEqualTo(HOSTILE);
      assertThat(doc.select(".facts dd")).extracting(Element::text).contains(HOSTILE);
      assertThat(doc.selectFirst(".facts dd.removed").text()).contains(HOSTILE);
      assertThat(doc.select(".text p")).extracting(Element::text)
          .containsExactly(HOSTILE, HOSTILE);
      Element mark = doc.selectFirst(".text mark.tag");
      assertThat(mark.text()).isEqualTo("残联");
      assertThat(mark.attr("title")).endsWith(": " + HOSTILE);
      assertThat(doc.selectFirst(".cite-text").text()).contains(HOSTILE);
      assertThat(doc.select(".tags .chip")).extracting(Element::text).containsOnly(HOSTILE);
      assertThat(doc.selectFirst(".reprints a").text()).isEqualTo(HOSTILE);
      assertThat(doc.selectFirst(".similar a").text()).isEqualTo(HOSTILE);
      assertThat(doc.selectFirst(".captures .diff").text()).isEqualTo(HOSTILE);
      assertThat(doc.selectFirst(".archived .meta").text()).contains(HOSTILE);
      assertThat(doc.selectFirst("iframe[sandbox]").attr("src"))
          .isEqualTo("/reports/id%22%3C1%3E/archived");
    }
    assertThat(assertInert(Templates.render("notfound.jte",
        NotFoundView.report(Messages.ZH_CN, HOSTILE))).selectFirst(".error").text())
        .contains(HOSTILE);
    assertThat(assertInert(Templates.render("notfound.jte",
        NotFoundView.page(Messages.ENGLISH, "/" + HOSTILE))).selectFirst(".error").text())
        .contains(HOSTILE);
  }

  @Test
  void operatorPageShowsCrawledTextLiterally() {
    CrawlRunsSource runs = new CrawlRunsSource() {
      @Override
      public List<Run> runs(int limit) {
        return List.of(new Run("r", HOSTILE, "2024-05-06T02:30:00Z", "2024-05-06T02:31:00Z",
            60, false, false, List.of(new Portal(HOSTILE, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0,
                Map.of(HOSTILE, 1L), Map.of(HOSTILE, 2L), List.of("NO_MAIN_TEXT " + URL), 0,
                HOSTILE,
                List.of(HOSTILE)))));
      }

      @Override
      public List<Schedule> schedules() {
        return List.of(new Schedule(HOSTILE, HOSTILE, HOSTILE));
      }
    };
    OperatorRoutes routes = new OperatorRoutes(runs, Map.of(HOSTILE, HOSTILE));
    for (Messages m : List.of(Messages.ZH_CN, Messages.ENGLISH)) {
      Document doc = assertInert(Templates.render("operator.jte",
          routes.view(runs.runs(1), m)));
      assertThat(doc.select("td")).extracting(Element::text)
          .contains(HOSTILE + " (" + HOSTILE + ")", HOSTILE, HOSTILE + ": 1");
      assertThat(doc.select("p[role=alert]")).extracting(Element::text)
          .containsExactly("⚠ " + HOSTILE);
      assertThat(doc.select("h2")).extracting(Element::text)
          .anyMatch(t -> t.contains(HOSTILE));
      assertThat(doc.select(".samples li").text()).endsWith(": " + URL);
      assertThat(doc.select(".samples a").attr("href")).isEqualTo(URL);
      assertThat(doc.select(".recrawl code").text()).endsWith("--portal " + HOSTILE);
    }
  }
}
