package org.reliefarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
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
 * One dimension's counts against Lucene's counter of all dimensions, on reports made of the real
 * reports' sentences and tagged by the real taggers, in several segments.
 */
class DimensionCountsTest {
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
  void everyDimensionCountsAsLuceneCountsItAmongAllDimensions() throws Exception {
    IndexSearcher s = index.searchers().acquire();
    try {
      assertThat(s.getIndexReader().leaves()).hasSizeGreaterThan(1);
      SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(
          s.getIndexReader(), index.schema().facetsConfig());
      int compared = 0;
      for (Query q : List.of(new MatchAllDocsQuery(), searcher.parse("残联"),
          searcher.parse("疫情 社区"), searcher.parse("\"志愿者\""))) {
        FacetsCollector hits = s.search(q, new FacetsCollectorManager());
        Facets lucene = new SortedSetDocValuesFacetCounts(state, hits);
        for (String dim : IndexSchema.FACET_DIMENSIONS) {
          Facets own = DimensionCounts.count(state, dim, hits);
          assertThat(labels(own.getTopChildren(100, dim)))
              .isEqualTo(labels(lucene.getTopChildren(100, dim)));
          assertThat(labels(own.getTopChildren(3, dim)))
              .isEqualTo(labels(lucene.getTopChildren(3, dim)));
          if (!IndexSchema.HIERARCHICAL.contains(dim)) {
            assertThat(labels(own.getAllChildren(dim)))
                .isEqualTo(labels(lucene.getAllChildren(dim)));
            compared++;
            continue;
          }
          // provinces, then the cities and counties under each
          List<String[]> paths = new ArrayList<>();
          paths.add(new String[0]);
          for (int i = 0; i < paths.size() && i < 60; i++) {
            FacetResult mine = own.getTopChildren(100, dim, paths.get(i));
            assertThat(labels(mine)).isEqualTo(labels(lucene.getTopChildren(100, dim,
                paths.get(i))));
            compared++;
            if (mine != null) {
              for (LabelAndValue lv : mine.labelValues) {
                String[] child = Arrays.copyOf(paths.get(i), paths.get(i).length + 1);
                child[child.length - 1] = lv.label;
                paths.add(child);
              }
            }
          }
          assertThat(paths.size()).as("region paths below the provinces").isGreaterThan(10);
        }
      }
      assertThat(compared).isGreaterThan(50);
      assertThat(DimensionCounts.count(state, IndexSchema.PORTAL,
          s.search(new MatchAllDocsQuery(), new FacetsCollectorManager()))
          .getSpecificValue(IndexSchema.PORTAL, "p3")).isEqualTo(57);
    } finally {
      index.searchers().release(s);
    }
  }

  @Test
  void aSelectedDimensionStillCountsItsOtherValues() {
    SearchResult all = searcher.search(SearchRequest.of("残联", 10));
    SearchResult p3 = searcher.search(new SearchRequest("残联", Map.of(
        IndexSchema.PORTAL, List.of("p3")), null, 1, 10));
    assertThat(p3.total()).isLessThan(all.total()).isPositive();
    assertThat(p3.facets().get(IndexSchema.PORTAL)).extracting(FacetValue::value,
        FacetValue::count).isEqualTo(all.facets().get(IndexSchema.PORTAL).stream()
            .map(v -> Tuple.tuple(v.value(), v.count())).toList());
  }

  private static List<String> labels(FacetResult r) {
    return r == null ? List.of() : Arrays.stream(r.labelValues)
        .map(lv -> lv.label + "=" + lv.value).toList();
  }
}
