package org.reliefarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
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
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;

/**
 * Facet counts from the values in heap read as Lucene's from the index do, over reports made of
 * the real reports' sentences and tagged by the real taggers, in several segments with replaced
 * reports (deleted documents) among them.
 */
class HeapFacetCountsTest {
  private final IndexSchema schema = new IndexSchema();
  private Directory dir;
  private ReportIndex index;

  @BeforeEach
  void indexReports() throws IOException {
    dir = new ByteBuffersDirectory();
    index = ReportIndex.openWritable(dir, schema, new IndexConfig("x", 16, 30));
    add(0, 300);
    // reports indexed again: their first versions are deleted documents
    add(0, 40);
  }

  private void add(int from, int to) throws IOException {
    GeneratedReports.add(index, from, to, 7, 100);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
    dir.close();
  }

  @Test
  void countsReadAsLucenesDo() throws IOException {
    HeapFacetCounts.Store store = new HeapFacetCounts.Store();
    HeapFacetCounts.Store wide = new HeapFacetCounts.Store(false);
    IndexSearcher searcher = index.searchers().acquire();
    try {
      assertThat(searcher.getIndexReader().leaves()).hasSizeGreaterThan(2);
      assertThat(searcher.getIndexReader().numDeletedDocs()).isPositive();
      SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(
          searcher.getIndexReader(), schema.facetsConfig());
      for (Query q : List.of(new MatchAllDocsQuery(),
          new TermQuery(new Term(IndexSchema.BODY, "残")))) {
        FacetsCollector hits = searcher.search(q, new FacetsCollectorManager());
        Facets lucene = new SortedSetDocValuesFacetCounts(state, hits);
        Facets heap = new HeapFacetCounts(state, store, hits);
        List<String> expected = read(lucene);
        // provinces opened to their cities, and every other dimension with values
        assertThat(expected).anyMatch(s -> s.contains("/")).hasSizeGreaterThan(30);
        assertThat(read(heap)).isEqualTo(expected);
        // the ordinals in ints, as a segment of more than 65,536 values holds them
        assertThat(read(new HeapFacetCounts(state, wide, hits))).isEqualTo(expected);
        for (String dim : IndexSchema.FACET_DIMENSIONS) {
          if (!IndexSchema.HIERARCHICAL.contains(dim)) {
            assertThat(String.valueOf(heap.getAllChildren(dim)))
                .isEqualTo(String.valueOf(lucene.getAllChildren(dim)));
          }
        }
      }
      // two bytes an ordinal where the segment's values fit a char, four where they are ints
      assertThat(store.bytes()).isPositive().isLessThan(wide.bytes());
    } finally {
      index.searchers().release(searcher);
    }
  }

  @Test
  void aRefreshBuildsOnlyTheNewSegments() throws IOException {
    HeapFacetCounts.Store store = new HeapFacetCounts.Store();
    IndexSearcher first = index.searchers().acquire();
    long before;
    try {
      count(first, store);
      before = store.bytes();
    } finally {
      index.searchers().release(first);
    }
    add(300, 330);
    IndexSearcher next = index.searchers().acquire();
    try {
      List<String> counted = count(next, store);
      // the new segment holds 30 reports, a tenth of what was there
      assertThat(store.bytes() - before).isPositive().isLessThan(before / 4);
      SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(
          next.getIndexReader(), schema.facetsConfig());
      assertThat(counted).isEqualTo(read(new SortedSetDocValuesFacetCounts(state,
          next.search(new MatchAllDocsQuery(), new FacetsCollectorManager()))));
    } finally {
      index.searchers().release(next);
    }
  }

  private List<String> count(IndexSearcher searcher, HeapFacetCounts.Store store)
      throws IOException {
    SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(
        searcher.getIndexReader(), schema.facetsConfig());
    return read(new HeapFacetCounts(state, store,
        searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager())));
  }

  /** What the search page shows of every dimension, every province opened, as lines. */
  private static List<String> read(Facets facets) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String dim : IndexSchema.FACET_DIMENSIONS) {
      lines.addAll(readDim(facets, dim));
    }
    return lines;
  }

  /** What the search page shows of one dimension, every province opened, as lines. */
  private static List<String> readDim(Facets facets, String dim) throws IOException {
    List<String> lines = new ArrayList<>();
    List<String> open = new ArrayList<>();
    if (IndexSchema.HIERARCHICAL.contains(dim)) {
      for (FacetValue v : FacetReader.read(facets, dim, List.of())) {
        open.add(v.path());
      }
    }
    print(lines, dim, FacetReader.read(facets, dim, open));
    return lines;
  }

  private static void print(List<String> lines, String prefix, List<FacetValue> values) {
    for (FacetValue v : values) {
      lines.add(prefix + " " + v.path() + " " + v.value() + " " + v.count() + " "
          + v.selected());
      print(lines, prefix + " " + v.path(), v.children());
    }
  }
}
