package org.reliefarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Pages whose {@code <title>} differs from the headline a reader sees. One holds only its channel
 * and site ("新闻动态--中国地理学会官网"): the line that is the site name inside it is no heading;
 * the heading right above the article is. Another quotes with other marks than its heading.
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

  @Test
  void takesTheHeadingsQuotationMarksWhereTheTitleHasOthers() throws IOException {
    // <title> has "原生1bit" in straight quotes, the h1 the reader sees “原生1bit”
    byte[] html = Files.readAllBytes(
        Path.of("src/test/resources/corpus/pages/extra3/qbitai.com-275282.html"));
    Article a = EXTRACTOR.extract(html, "http://example.invalid/news/2", null).article();
    assertThat(a.title()).startsWith("微软开源“原生1bit”三进制LLM：2B参数");
  }
}
