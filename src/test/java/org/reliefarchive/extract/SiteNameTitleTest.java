package org.reliefarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A page whose {@code <title>} holds only its channel and site ("新闻动态--中国地理学会官网"): the
 * line that is the site name inside it is no heading; the heading right above the article is.
 */
class SiteNameTitleTest {
  private static final ArticleExtractor EXTRACTOR = Fixtures.extractor();

  @Test
  void takesTheHeadingAboveTheBodyOverTheSiteNameInsideTheTitle() throws IOException {
    byte[] html = Files.readAllBytes(Path.of("src/test/resources/corpus/pages/gne-a/gsc-1.html"));
    Article a = EXTRACTOR.extract(html, "http://example.invalid/news/1", null).article();
    assertThat(a.title()).isEqualTo("2019年中国人文地理学术年会在重庆•西南大学成功举行！");
    assertThat(a.publishedAt().toLocalDate()).hasToString("2019-05-18");
  }
}
