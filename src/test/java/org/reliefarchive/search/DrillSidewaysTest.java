package org.reliefarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reliefarchive.Corpus;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.enrich.ArticleEnricher;
import org.reliefarchive.enrich.ReportTagger;
import org.reliefarchive.eval.IndexBench;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;

/**
 * Drill-sideways over reports made of the real reports' sentences and tagged by the real
 * taggers, in several segments (segment ordinals differ from the reader's).
 */
class DrillSidewaysTest {
  private static Directory dir;
  private static ReportIndex index;
  private static ReportSearcher searcher;

  @BeforeAll
  static void indexReports() throws IOException {
    dir = new ByteBuffersDirectory();
    index = ReportIndex.openWritable(dir, new IndexSchema(), new IndexConfig("x", 16, 30));
    ArticleEnricher enricher = new ArticleEnricher(ReportTagger.load(Path.of("config")));
    IndexBench.Generator reports = new IndexBench.Generator(IndexBench.sentences(Corpus.dir()));
    for (int i = 0; i < 400; i++) {
      index.upsert(enricher.enrich(reports.article(i), new ArticleEnricher.Capture(
          "p" + i % 7, "门户" + i % 7, null, Instant.EPOCH, "f.warc.gz", i, "sha1:X")));
      if (i % 100 == 99) {
        // a segment each: segment ordinals differ from the reader's
        index.commit();
      }
    }
    index.commit();
    searcher = new ReportSearcher(index);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
    dir.close();
  }

  @Test
  void aSelectedDimensionStillCountsItsOtherValues() throws IOException {
    index.refresh();
    IndexSearcher s = index.searchers().acquire();
    try {
      assertThat(s.getIndexReader().leaves()).hasSizeGreaterThan(1);
    } finally {
      index.searchers().release(s);
    }
    SearchResult all = searcher.search(SearchRequest.of("残联", 10));
    SearchResult p3 = searcher.search(new SearchRequest("残联", Map.of(
        IndexSchema.PORTAL, List.of("p3")), null, 1, 10));
    assertThat(p3.total()).isLessThan(all.total()).isPositive();
    assertThat(p3.facets().get(IndexSchema.PORTAL)).extracting(FacetValue::value,
        FacetValue::count).isEqualTo(all.facets().get(IndexSchema.PORTAL).stream()
            .map(v -> Tuple.tuple(v.value(), v.count())).toList()).hasSize(7);
    // the other dimensions count the hits of the filter: the years add up to its total
    assertThat(p3.facets().get(IndexSchema.YEAR).stream().mapToLong(FacetValue::count).sum()
        + p3.undated()).isEqualTo(p3.total());
    // two dimensions selected: each counts over the hits of the other
    String year = p3.facets().get(IndexSchema.YEAR).get(0).value();
    SearchResult both = searcher.search(new SearchRequest("残联", Map.of(IndexSchema.PORTAL,
        List.of("p3"), IndexSchema.YEAR, List.of(year)), null, 1, 10));
    assertThat(both.facets().get(IndexSchema.YEAR)).extracting(FacetValue::value,
        FacetValue::count).isEqualTo(p3.facets().get(IndexSchema.YEAR).stream()
            .map(v -> Tuple.tuple(v.value(), v.count())).toList());
    SearchResult inYear = searcher.search(new SearchRequest("残联", Map.of(IndexSchema.YEAR,
        List.of(year)), null, 1, 10));
    assertThat(both.facets().get(IndexSchema.PORTAL)).extracting(FacetValue::value,
        FacetValue::count).isEqualTo(inYear.facets().get(IndexSchema.PORTAL).stream()
            .map(v -> Tuple.tuple(v.value(), v.count())).toList());
  }

}
