package org.reliefarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.reliefarchive.enrich.CaptureRecord;
import org.reliefarchive.enrich.ReportTags;
import org.reliefarchive.search.ReportDetail;

/** The capture history on the report page: shown when there is one, escaped, else nothing. */
class CapturesTest {
  private static ReportDetail report(List<CaptureRecord> captures) {
    return new ReportDetail("id", "http://a/1", "标题", "p", "网", null, null, null, null, null,
        null, "simplified", "UTF-8", "2024-05-01T08:00:00Z", "f.warc.gz", 0, "sha1:X",
        List.of("正文"), ReportTags.NONE, "id", List.of(), "online", null, captures, null, null);
  }

  private static Document render(List<CaptureRecord> captures, Messages m) {
    return Jsoup.parse(Templates.render("captures.jte", Captures.view(report(captures), m)));
  }

  @Test
  void listsEveryCaptureWithItsChange() {
    Document doc = render(List.of(
        new CaptureRecord("2024-05-01T08:00:00Z", 200, "new", "t1", "p1", "f", 0,
            "response", null),
        new CaptureRecord("2024-05-02T08:00:00Z", 304, "unchanged", "t1", null, "f", 9,
            "revisit", null),
        new CaptureRecord("2024-05-03T08:00:00Z", 200, "changed", "t2", "p2", "f", 20,
            "response", "+1 段 <b>x</b>")), Messages.ZH_CN);
    assertThat(doc.select(".captures li")).hasSize(3);
    assertThat(doc.select(".captures li").get(0).text()).contains("2024-05-01 08:00")
        .contains("首次抓取").contains("HTTP 200");
    assertThat(doc.select(".captures li").get(1).text()).contains("未另存");
    assertThat(doc.select(".captures .diff").text()).isEqualTo("+1 段 <b>x</b>");
    assertThat(doc.select(".captures b")).isEmpty();
    assertThat(render(List.of(new CaptureRecord("2024-05-01T08:00:00Z", 410, "removed",
        null, null, "f", 0, "response", null)), Messages.ENGLISH).text()).contains("removed");
  }

  @Test
  void showsNothingWithoutHistory() {
    assertThat(render(List.of(), Messages.ZH_CN).select(".captures")).isEmpty();
  }
}
