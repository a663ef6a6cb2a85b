package org.reliefarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefarchive.Corpus;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.enrich.ArticleEnricher;
import org.reliefarchive.extract.Article;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;

/** Search over a small real index of the seed report texts. */
class ReportSearcherTest {
  private Directory dir;
  private ReportIndex index;
  private ReportSearcher searcher;

  @BeforeEach
  void indexSeeds() throws IOException {
    dir = new ByteBuffersDirectory();
    index = ReportIndex.openWritable(dir, new IndexSchema(), new IndexConfig("x", 16, 30));
    add("000_5a266c807a20fc24", "gansu", "http://a/1", OffsetDateTime.parse("2021-11-09T14:04+08:00"));
    add("001_7588debbf427a884", "gansu", "http://a/2", OffsetDateTime.parse("2020-03-15T10:13+08:00"));
    add("002_6dd55b3d006b9103", "gzgov", "http://b/1", OffsetDateTime.parse("2020-04-06T21:05:37+08:00"));
    add("004_5e6e1b889cb9728c", "tw", "http://c/1", null);
    index.commit();
    searcher = new ReportSearcher(index);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
    dir.close();
  }

  private void add(String seed, String portal, String url, OffsetDateTime published)
      throws IOException {
    List<String> lines = Arrays.stream(Corpus.seed(seed).split("\n"))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    Article a = new Article(url, lines.get(0), published, null, null, null, null,
        lines.subList(1, lines.size()), "UTF-8");
    index.upsert(new ArticleEnricher().enrich(a, new ArticleEnricher.Capture(
        portal, portal + " name", null, Instant.EPOCH, "f.warc.gz", 0, "sha1:X")));
  }

  private List<String> urls(String q) {
    return searcher.search(SearchRequest.of(q, 10)).hits().stream().map(SearchHit::url).toList();
  }

  @Test
  void traditionalAndSimplifiedQueriesFindTheSameReport() {
    assertThat(urls("婦聯")).containsExactly("http://c/1");
    assertThat(urls("妇联")).containsExactly("http://c/1");
    assertThat(urls("錦江區")).isEqualTo(urls("锦江区")).containsExactly("http://c/1");
  }

  @Test
  void highlightsMatchesWithMarkOnly() {
    SearchResult r = searcher.search(SearchRequest.of("残联", 10));
    assertThat(r.hits()).extracting(SearchHit::url).first().isEqualTo("http://a/1");
    String snippet = r.hits().get(0).snippet();
    assertThat(snippet).contains("<mark>残联</mark>");
    assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
  }

  @Test
  void wordSplitIntoSingleCharactersIsSearchedAsPhrase() {
    // SmartCN splits 防控 into 防|控; as a phrase it must still find the reports that say 防控
    assertThat(urls("防控")).contains("http://a/1", "http://b/1");
    assertThat(urls("\"防控\"")).containsExactlyInAnyOrderElementsOf(urls("防控"));
  }

  @Test
  void booleanOperatorsNarrowAndWiden() {
    assertThat(urls("社区 AND 兰州")).contains("http://a/1").doesNotContain("http://c/1");
    assertThat(urls("残联 NOT 甘肃")).isEmpty();
    assertThat(urls("永平街 OR 醴陵")).containsExactly("http://b/1");
  }

  @Test
  void facetsCountPortalsAndYearsAndStayMultiSelect() {
    SearchResult all = searcher.search(SearchRequest.of("", 10));
    assertThat(all.total()).isEqualTo(4);
    assertThat(all.facets().get(IndexSchema.PORTAL))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("gansu", 2),
            org.assertj.core.groups.Tuple.tuple("gzgov", 1),
            org.assertj.core.groups.Tuple.tuple("tw", 1));
    SearchResult gansu = searcher.search(new SearchRequest("", Map.of("portal", List.of("gansu")),
        null, 1, 10));
    assertThat(gansu.total()).isEqualTo(2);
    // drill-sideways: the other portals keep their counts
    assertThat(gansu.facets().get(IndexSchema.PORTAL)).hasSize(3);
    assertThat(gansu.facets().get(IndexSchema.YEAR))
        .extracting(FacetValue::value).containsExactlyInAnyOrder("2021", "2020");
  }

  @Test
  void dateSortPutsNewestFirstAndUndatedLast() {
    SearchResult r = searcher.search(new SearchRequest("", Map.of(),
        SearchRequest.Sort.DATE, 1, 10));
    assertThat(r.hits()).extracting(SearchHit::url)
        .containsExactly("http://a/1", "http://b/1", "http://a/2", "http://c/1");
  }

  @Test
  void pagesThroughResults() {
    SearchResult p2 = searcher.search(new SearchRequest("", Map.of(), SearchRequest.Sort.DATE,
        2, 3));
    assertThat(p2.total()).isEqualTo(4);
    assertThat(p2.hits()).extracting(SearchHit::url).containsExactly("http://c/1");
  }

  @Test
  void slashSeparatesWordsInsteadOfStartingARegex() {
    assertThat(urls("残联/疫情")).containsExactly("http://a/1");
  }

  @Test
  void badQueryNamesTheParameter() {
    assertThatThrownBy(() -> searcher.search(SearchRequest.of("\"残联", 10)))
        .isInstanceOf(BadQueryException.class)
        .hasMessageContaining("cannot parse")
        .extracting(e -> ((BadQueryException) e).parameter()).isEqualTo("q");
    assertThatThrownBy(() -> searcher.search(SearchRequest.of("editor:薛敏", 10)))
        .isInstanceOf(BadQueryException.class).hasMessageContaining("allowed: title, body");
    assertThatThrownBy(() -> searcher.search(new SearchRequest("", Map.of("colour",
        List.of("red")), null, 1, 10)))
        .isInstanceOf(BadQueryException.class).hasMessageContaining("unknown filter");
  }
}
