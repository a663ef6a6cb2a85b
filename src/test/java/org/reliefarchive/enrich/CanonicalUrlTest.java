package org.reliefarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One URL, one id: the crawler's normaliser decides what "the same URL" is. */
class CanonicalUrlTest {

  @Test
  void givesOneIdToEveryWayOfLinkingAnArticle() {
    String id = CanonicalUrl.id("http://www.gscn.com.cn/news/a.html?b=2&a=1");
    assertThat(CanonicalUrl.id("HTTP://WWW.GSCN.COM.CN:80/news/./a.html?a=1&b=2#top")).isEqualTo(id);
    assertThat(CanonicalUrl.id("http://www.gscn.com.cn/news/a.html?a=1&utm_source=wx&b=2&spm=x"))
        .isEqualTo(id);
    assertThat(CanonicalUrl.id("http://www.gscn.com.cn/news/b.html?a=1&b=2")).isNotEqualTo(id);
  }

  @Test
  void neverFailsOnAStrangeUrl() {
    assertThat(CanonicalUrl.id("http://[::1")).hasSize(16);
    assertThat(CanonicalUrl.id("  not a url ")).hasSize(16);
  }
}
