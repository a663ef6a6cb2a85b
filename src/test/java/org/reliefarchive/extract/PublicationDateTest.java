package org.reliefarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Publication dates that real pages of the development corpus give away from the info line: a
 * relative time with the day in its tooltip (V2EX), a tooltip on the heading (cnblogs), an
 * "编辑于" line under the article (zhihu column), a date line right above the body when the
 * heading found is lower down or there is none (a Q&amp;A site, a Hong Kong daily), a labelled
 * 发布日期 line under the article rather than the day its first line tells of (a city news site),
 * a date box in English right above the heading (a Taiwanese blog), a date line whose year, month and day link to the portal's archive (a
 * Taiwanese news site), the 发文日期 or 生成日期 of a government notice's metadata box above its heading
 * when the page's PubDate meta tag is the time the page was generated (a city government's
 * statistical bulletins, whose line under the heading gives the document's own earlier date),
 * a calendar badge under the heading, its day above its year and month (a research institute).
 */
class PublicationDateTest {
  private static final ArticleExtractor EXTRACTOR = Fixtures.extractor();
  private static final Path PAGES = Path.of("src/test/resources/corpus/pages");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "magic-html-more/6897d6ef37e9d530.html, 2024-04-22",
    "magic-html-more/66211fc426fc7016.html, 2024-05-09T14:45",
    "more3/zhihu.com-zhuanlan-win10-shuangxitong.html, 2018-12-11T11:34",
    "magic-html-more/df28ea9a48811ae7.html, 2024-01-03",
    "trad-blog/hkej.com-2551793.html, 2020-08-14",
    "gne-b/zsnews-1.html, 2019-03-06",
    "trad-blog/pixnet.net-39926056.html, 2013-12-28T00:28",
    "more2/nownews.com-1159861.html, 2014-03-21T20:36",
    "gov-misc/yichun.gov.cn-tjgb-2022.html, 2023-04-18",
    "gov-misc/yichun.gov.cn-jiangxi-tjgb-2022.html, 2023-03-31",
    // the box says 生成日期; the line under the heading holds related documents and their dates
    "gov-misc/wanzai.gov.cn-tjgb-2022.html, 2023-05-11",
    "extra3/zjfish.org-dangfeng-lianzheng.html, 2024-02-21",
    // 创建于 <span title="2023-05-28 10:28:25">11个月前</span> in a line of links
    "magic-html-more/a2323d652d0eaf1b.html, 2023-05-28T10:28",
  })
  void readsTheDayOfThePage(String file, String want) throws IOException {
    var out = EXTRACTOR.extract(Files.readAllBytes(PAGES.resolve(file)),
        "http://example.invalid/page", null);
    assertThat(out.status()).isEqualTo(ExtractionOutcome.Status.ARTICLE);
    Article a = out.article();
    assertThat(a.publishedAt()).isNotNull();
    assertThat(a.publishedAt().toString()).startsWith(want);
    assertThat(a.dateSource()).isEqualTo(DateSource.INFO_LINE);
  }

  @Test
  void datesAQuestionPageByTheAnswerItsAddressNames() throws IOException {
    // a zhihu answer page (dev split): the question's dateCreated comes first among the meta
    // tags, then each answer's item with its own dateCreated and url
    byte[] page = Files.readAllBytes(PAGES.resolve("magic-html-more/044e68e44f3c616b.html"));
    Article named = EXTRACTOR.extract(page,
        "https://www.zhihu.com/question/586816837/answer/2916374892", null).article();
    assertThat(named.publishedAt().toString()).startsWith("2023-03-01T14:29:33");
    assertThat(named.dateSource()).isEqualTo(DateSource.MARKUP);
    // under another address, the item holding the body (the longest answer) dates it, not the
    // question
    Article held = EXTRACTOR.extract(page, "http://example.invalid/page", null).article();
    assertThat(held.publishedAt().toString()).startsWith("2023-02-28T23:22:10");
  }

  @Test
  void leavesAPageOfOneDatedItemOrARelatedItemToTheMetaTags() {
    String body = "<p>" + "本市今天发放救助金，惠及困难群众三千余户。".repeat(12) + "</p>";
    // a whole page marked as one item with an older dateCreated (a blog's, a web page's)
    String page = "<html><head><title>救助金发放</title>"
        + "<meta property=\"article:published_time\" content=\"2024-05-01T10:00:00+08:00\">"
        + "</head><body itemscope itemtype=\"http://schema.org/WebPage\">"
        + "<meta itemprop=\"dateCreated\" content=\"2015-06-01\"><h1>救助金发放</h1>" + body;
    assertThat(EXTRACTOR.extract((page + "</body></html>").getBytes(StandardCharsets.UTF_8),
        "http://x.gov.cn/art.jsp?id=123", null).article().publishedAt().toString())
        .startsWith("2024-05-01");
    // two dated items, one a related notice whose address differs only in its query
    String related = "<ul><li itemscope><meta itemprop=\"url\" content=\"art.jsp?id=99\">"
        + "<meta itemprop=\"datePublished\" content=\"2019-01-01\"><a href=\"art.jsp?id=99\">旧闻"
        + "</a></li><li itemscope><meta itemprop=\"url\" content=\"art.jsp?id=98\">"
        + "<meta itemprop=\"datePublished\" content=\"2018-01-01\"><a href=\"art.jsp?id=98\">旧闻"
        + "</a></li></ul>";
    String two = page.replace(" itemscope itemtype=\"http://schema.org/WebPage\"", "")
        .replace("<meta itemprop=\"dateCreated\" content=\"2015-06-01\">", "") + related;
    assertThat(EXTRACTOR.extract((two + "</body></html>").getBytes(StandardCharsets.UTF_8),
        "http://x.gov.cn/art.jsp?id=123", null).article().publishedAt().toString())
        .startsWith("2024-05-01");
  }

  @Test
  void comparesAddressesWithTheirQueryButNoSchemeFragmentOrTrailingSlash() {
    assertThat(DateFinder.address("https://www.zhihu.com/question/1/answer/2/#top"))
        .isEqualTo(DateFinder.address("http://www.zhihu.com/question/1/answer/2"));
    assertThat(DateFinder.address("http://x.gov.cn/art.jsp?id=123"))
        .isNotEqualTo(DateFinder.address("http://x.gov.cn/art.jsp?id=99"));
    assertThat(DateFinder.address(null)).isEmpty();
  }

  @Test
  void readsACalendarBadgeEitherWayRoundButNoDayAMonthLacks() {
    assertThat(DateFinder.badge("21", "2024年02月").value().toString()).startsWith("2024-02-21");
    assertThat(DateFinder.badge("2024-02", "21").value().toString()).startsWith("2024-02-21");
    assertThat(DateFinder.badge("31", "2024年02月")).isNull();
    assertThat(DateFinder.badge("21", "阅读 2024")).isNull();
  }
}
