package org.reliefarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefarchive.Corpus;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.enrich.ArticleEnricher;
import org.reliefarchive.enrich.ReportTagger;
import org.reliefarchive.eval.IndexBench;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;

/**
 * Facet counts read from the heap arrays equal Lucene's from the index, over reports made of the
 * real reports' sentences and tagged by the real taggers, in several segments with replaced
 * reports (deleted documents) among them.
 */
class FacetOrdsTest {
  private final IndexSchema schema = new IndexSchema();
  private Directory dir;
  private ReportIndex index;
  private ArticleEnricher enricher;
  private IndexBench.Generator reports;

  @BeforeEach
  void indexReports() throws IOException {
    dir = new ByteBuffersDirectory();
    index = ReportIndex.openWritable(dir, schema, new IndexConfig("x", 16, 30));
    enricher = new ArticleEnricher(ReportTagger.load(Path.of("config")));
    reports = new IndexBench.Generator(IndexBench.sentences(Corpus.dir()));
    add(0, 300);
    // reports indexed again: their first versions are deleted documents
    add(0, 40);
  }

  private void add(int from, int to) throws IOException {
    for (int i = from; i < to; i++) {
      index.upsert(enricher.enrich(reports.article(i), new ArticleEnricher.Capture(
          "p" + i % 7, "门户" + i % 7, null, Instant.EPOCH, "f.warc.gz", i, "sha1:X")));
      if (i % 100 == 99) {
        index.commit();
      }
    }
    index.commit();
    index.refresh();
  }

  @AfterEach
  void close() throws IOException {
    index.close();
    dir.close();
  }

  @Test
  void countsEqualLucenesOverEverySegment() throws IOException {
    FacetOrds ords = new FacetOrds(
        schema.facetsConfig().getDimConfig(IndexSchema.REGION).indexFieldName);
    IndexSearcher plain = index.searchers().acquire();
    try {
      DirectoryReader reader = (DirectoryReader) plain.getIndexReader();
      assertThat(reader.leaves()).hasSizeGreaterThan(2);
      assertThat(reader.numDeletedDocs()).isPositive();
      IndexSearcher heap = new IndexSearcher(ords.wrap(reader));
      for (Query q : List.of(new MatchAllDocsQuery(),
          new TermQuery(new Term(IndexSchema.BODY, "残")))) {
        List<String> expected = counts(plain, q);
        assertThat(expected).anyMatch(s -> s.startsWith(IndexSchema.REGION + "/"))
            .anyMatch(s -> s.startsWith(IndexSchema.YEAR + " "));
        assertThat(counts(heap, q)).isEqualTo(expected);
      }
      assertThat(ords.bytes()).isPositive();
    } finally {
      index.searchers().release(plain);
    }
  }

  @Test
  void aRefreshBuildsOnlyTheNewSegments() throws IOException {
    FacetOrds ords = new FacetOrds(
        schema.facetsConfig().getDimConfig(IndexSchema.REGION).indexFieldName);
    IndexSearcher first = index.searchers().acquire();
    long before;
    try {
      ords.load(ords.wrap((DirectoryReader) first.getIndexReader()));
      before = ords.bytes();
    } finally {
      index.searchers().release(first);
    }
    add(300, 330);
    IndexSearcher next = index.searchers().acquire();
    try {
      DirectoryReader reader = (DirectoryReader) next.getIndexReader();
      DirectoryReader wrapped = ords.wrap(reader);
      ords.load(wrapped);
      // the new segment holds 30 reports, a tenth of what was there
      assertThat(ords.bytes() - before).isPositive().isLessThan(before / 4);
      Query q = new MatchAllDocsQuery();
      assertThat(counts(new IndexSearcher(wrapped), q)).isEqualTo(counts(next, q));
    } finally {
      index.searchers().release(next);
    }
  }

  /** Every dimension's values and counts, the regions with their children, as lines. */
  private List<String> counts(IndexSearcher searcher, Query q) throws IOException {
    FacetsCollector hits = searcher.search(q, new FacetsCollectorManager());
    Facets facets = new SortedSetDocValuesFacetCounts(
        new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(),
            schema.facetsConfig()), hits);
    List<String> lines = new ArrayList<>();
    for (FacetResult dim : facets.getAllDims(100)) {
      for (LabelAndValue lv : dim.labelValues) {
        lines.add(dim.dim + " " + lv.label + " " + lv.value);
        if (IndexSchema.HIERARCHICAL.contains(dim.dim)) {
          FacetResult children = facets.getTopChildren(100, dim.dim, lv.label);
          for (LabelAndValue c : children == null ? new LabelAndValue[0]
              : children.labelValues) {
            lines.add(dim.dim + "/" + lv.label + " " + c.label + " " + c.value);
          }
        }
      }
    }
    return lines;
  }
}
