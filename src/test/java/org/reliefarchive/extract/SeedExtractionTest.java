package org.reliefarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The five seed reports, rebuilt as portal pages and encoded as the sample portal serves them:
 * every keep line survives, every drop line is gone, metadata as a careful reader finds it
 * (seeds/expected.yaml).
 */
class SeedExtractionTest {
  private static final ArticleExtractor EXTRACTOR = Fixtures.extractor();
  private static final JsonNode EXPECTED = Expectations.yaml("seeds/expected.yaml");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "000_5a266c807a20fc24 | text/html; charset=GBK   | http://127.0.0.1/system/2021/11/09/030456789.shtml | GB18030",
    "001_7588debbf427a884 | text/html                | http://127.0.0.1/system/2020/03/15/030012345.shtml | GB18030",
    "002_6dd55b3d006b9103 | text/html; charset=UTF-8 | http://127.0.0.1/ypjd/gzdt/content/post_5781234.html | UTF-8",
    "003_027189717e97a6cf | text/html; charset=Big5  | http://127.0.0.1/news/2020/04/27189717.html | Big5",
    "004_5e6e1b889cb9728c | text/html                | http://127.0.0.1/news/2020/02/15889728.html | Big5"
  })
  void extractsSeedAsACarefulReaderWould(String seed, String contentType, String url,
      String charset) {
    JsonNode want = EXPECTED.get(seed + ".txt");
    ExtractionOutcome out = EXTRACTOR.extract(Fixtures.html("seeds/" + seed + ".html"), url,
        contentType);

    assertThat(out.status()).as(out.reason()).isEqualTo(ExtractionOutcome.Status.ARTICLE);
    Article a = out.article();
    assertThat(a.charset()).isEqualTo(charset);
    String body = Expectations.plain(a.text());
    for (String keep : Expectations.strings(want, "keep")) {
      assertThat(body).as("keep line").contains(Expectations.plain(keep));
    }
    for (String drop : Expectations.strings(want, "drop")) {
      assertThat(body).as("drop line").doesNotContain(Expectations.plain(drop));
    }
    String title = Expectations.text(want, "title");
    if (title == null) {
      assertThat(a.title()).isNotBlank();
    } else {
      assertThat(Expectations.plain(a.title())).isEqualTo(Expectations.plain(title));
      // the heading is not repeated inside the body (seed 004 repeats it three times)
      assertThat(a.paragraphs()).noneMatch(p -> Expectations.plain(p).equals(Expectations.plain(title)));
    }
    String published = Expectations.text(want, "published");
    if (published == null) {
      assertThat(a.publishedAt()).isNull();
    } else if (published.length() == 10) {
      assertThat(a.publishedAt().toLocalDate().toString()).isEqualTo(published);
    } else {
      assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse(published.replace("T", "T")
          .replaceFirst("T(\\d\\d:\\d\\d)\\+", "T$1:00+")));
    }
    for (String field : new String[] {"source", "editor", "author", "correspondent"}) {
      String expected = Expectations.text(want, field);
      if (expected != null) {
        assertThat(Expectations.simplified(field(a, field))).as(field)
            .isEqualTo(Expectations.simplified(expected));
      }
    }
  }

  private static String field(Article a, String name) {
    return switch (name) {
      case "source" -> a.source();
      case "editor" -> a.editor();
      case "author" -> a.author();
      default -> a.correspondent();
    };
  }
}
