package org.reliefarchive.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefarchive.archive.FetchedPage.PageKind;
import org.reliefarchive.config.PortalConfig;

class UrlRulesTest {
  private final UrlRules rules = UrlRules.of(new PortalConfig(
      "gscn", "中国甘肃网", "甘肃省", List.of("https://www.gscn.com.cn/gsnews/"),
      List.of("^https?://(www\\.)?gscn\\.com\\.cn/.*"),
      List.of(".*\\.(jpg|png|css|js)(\\?.*)?$"),
      List.of(".*/system/\\d{4}/\\d{2}/\\d{2}/\\d+\\.shtml$"),
      List.of(".*/gsnews/([a-z]+/)?(index(_\\d+)?\\.shtml)?$"),
      null, null, null, null));

  @Test
  void classifiesArticlesAndLists() {
    assertThat(rules.classify("https://www.gscn.com.cn/system/2021/11/09/012345.shtml"))
        .isEqualTo(PageKind.ARTICLE);
    assertThat(rules.classify("https://www.gscn.com.cn/gsnews/shzh/index_2.shtml"))
        .isEqualTo(PageKind.LIST);
    assertThat(rules.classify("https://www.gscn.com.cn/about.html")).isEqualTo(PageKind.OTHER);
  }

  @Test
  void followsOnlyIncludedArticleAndListPages() {
    assertThat(rules.shouldFollow("https://www.gscn.com.cn/system/2021/11/09/012345.shtml"))
        .isTrue();
    assertThat(rules.shouldFollow("https://www.gscn.com.cn/gsnews/")).isTrue();
    assertThat(rules.shouldFollow("https://other.example.com/system/2021/11/09/1.shtml"))
        .isFalse();
    assertThat(rules.shouldFollow("https://www.gscn.com.cn/about.html")).isFalse();
    assertThat(rules.shouldFollow("https://www.gscn.com.cn/gsnews/logo.png")).isFalse();
  }

  @Test
  void compilesAPortalsRulesOnceForTheCrawlAndTheIngest() {
    PortalConfig same = new PortalConfig("gscn", "中国甘肃网", "甘肃省",
        List.of("https://www.gscn.com.cn/gsnews/"),
        List.of("^https?://(www\\.)?gscn\\.com\\.cn/.*"),
        List.of(".*\\.(jpg|png|css|js)(\\?.*)?$"),
        List.of(".*/system/\\d{4}/\\d{2}/\\d{2}/\\d+\\.shtml$"),
        List.of(".*/gsnews/([a-z]+/)?(index(_\\d+)?\\.shtml)?$"),
        null, null, null, null);
    assertThat(UrlRules.of(same)).isSameAs(rules);
  }
}
