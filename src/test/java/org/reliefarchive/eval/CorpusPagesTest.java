package org.reliefarchive.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefarchive.Corpus;

/** The development corpus: sites, not pages, are split into dev and test. */
class CorpusPagesTest {
  static List<CorpusPages.Page> all() {
    return CorpusPages.load(Corpus.manifests(), Corpus.splits());
  }

  @Test
  void namesSitesByTheirRegistrableDomain() {
    assertThat(CorpusPages.registrableDomain("news.sina.com.cn")).isEqualTo("sina.com.cn");
    assertThat(CorpusPages.registrableDomain("www.gov.cn")).isEqualTo("gov.cn");
    assertThat(CorpusPages.registrableDomain("www.gz.gov.cn")).isEqualTo("gz.gov.cn");
    assertThat(CorpusPages.registrableDomain("fgw.zj.gov.cn")).isEqualTo("zj.gov.cn");
    assertThat(CorpusPages.registrableDomain("www.cna.com.tw")).isEqualTo("cna.com.tw");
    assertThat(CorpusPages.registrableDomain("news.163.com")).isEqualTo("163.com");
  }

  @Test
  void putsEveryPageOfTheCorpusInTheSplitOfItsSite() {
    List<CorpusPages.Page> pages = all();
    assertThat(pages).hasSizeGreaterThanOrEqualTo(200);
    Map<String, String> sites = CorpusPages.sites(pages);
    for (CorpusPages.Page p : pages) {
      assertThat(p.split()).as(p.id()).isEqualTo(sites.get(p.site()));
      assertThat(Files.isRegularFile(p.file())).as(p.id()).isTrue();
    }
    long test = sites.values().stream().filter(CorpusPages.TEST::equals).count();
    assertThat((double) test / sites.size()).isBetween(0.2, 0.45);
    Map<String, Long> genres = pages.stream()
        .collect(Collectors.groupingBy(CorpusPages.Page::genre, Collectors.counting()));
    assertThat(genres.keySet()).contains("news", "gov", "blog", "forum", "nonarticle");
  }

  @Test
  void refusesAPageWhoseSiteHasNoSplit(@TempDir Path dir) throws IOException {
    Path manifest = dir.resolve("m.json");
    Files.writeString(manifest, "{\"pages\": [{\"id\": \"x/1\", \"file\": \"1.html\","
        + " \"url\": \"http://news.example.org/1.html\", \"ground_truth\": \"正文\"}]}");
    Path splits = dir.resolve("splits.json");
    Files.writeString(splits, "{\"sites\": {\"other.org\": \"dev\"}}");
    assertThatThrownBy(() -> CorpusPages.load(List.of(manifest), splits))
        .hasMessageContaining("example.org").hasMessageContaining("x/1");
  }
}
