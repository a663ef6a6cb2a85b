package org.reliefarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real saved pages in several encodings and (wrong) declarations: decoding, title, date, body. */
class FixtureExtractionTest {
  private static final ArticleExtractor EXTRACTOR = Fixtures.extractor();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "newscn/utf8", "people/utf8-declared-gb2312", "hexinhuanet/gbk-meta",
    "southcn/gbk-declared-utf8", "tw/big5-undeclared"
  })
  void extractsArticleOfSavedPage(String fixture) {
    JsonNode want = Expectations.yaml(fixture + ".expected.yaml");
    ExtractionOutcome out = EXTRACTOR.extract(Fixtures.html(fixture + ".html"),
        Expectations.text(want, "url"), Expectations.text(want, "content_type"));

    assertThat(out.status()).as(out.reason()).isEqualTo(ExtractionOutcome.Status.ARTICLE);
    Article a = out.article();
    assertThat(a.charset()).isEqualTo(Expectations.text(want, "charset"));
    assertThat(a.title()).isEqualTo(Expectations.text(want, "title"));
    String day = Expectations.text(want, "published_day");
    if (day == null) {
      assertThat(a.publishedAt()).isNull();
    } else {
      assertThat(a.publishedAt()).isNotNull();
      assertThat(a.publishedAt().toLocalDate().toString()).isEqualTo(day);
      assertThat(a.publishedAt().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
    }
    String correspondent = Expectations.text(want, "correspondent");
    if (correspondent != null) {
      assertThat(a.correspondent()).isEqualTo(correspondent);
    }
    String body = Expectations.plain(a.text());
    for (String s : Expectations.strings(want, "contains")) {
      assertThat(body).contains(Expectations.plain(s));
    }
    for (String s : Expectations.strings(want, "absent")) {
      assertThat(body).doesNotContain(Expectations.plain(s));
    }
    assertThat(a.paragraphs()).allSatisfy(p -> assertThat(p).isNotBlank());
  }
}
