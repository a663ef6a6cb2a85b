package org.reliefarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;

/**
 * The place words' expressions over the region paths, rewritten to the paths found once per
 * reader, find the same reports with the same scores as Lucene's own rewrite of the same
 * expression, over reports tagged by the real region tagger, in several segments, and again
 * after a refresh adds reports.
 */
class RegionPathsTest {
  private final IndexSchema schema = new IndexSchema();
  private Directory dir;
  private ReportIndex index;

  @BeforeEach
  void indexReports() throws IOException {
    dir = new ByteBuffersDirectory();
    index = ReportIndex.openWritable(dir, schema, new IndexConfig("x", 16, 30));
    GeneratedReports.add(index, 0, 300, 7, 100);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
    dir.close();
  }

  @Test
  void findsWhatLucenesRewriteFinds() throws IOException {
    assertSameAsLucene(30);
    GeneratedReports.add(index, 300, 400, 7, 0);
    // a new reader: the paths are found again, those of the new reports among them
    assertSameAsLucene(30);
  }

  private void assertSameAsLucene(int minimumPlaces) throws IOException {
    IndexSearcher searcher = index.searchers().acquire();
    try {
      Set<String> words = places(searcher);
      assertThat(words).hasSizeGreaterThan(minimumPlaces);
      // words naming no place, and a short form that only some paths end in
      words.add("残联");
      words.add("社区");
      int found = 0;
      for (String word : words) {
        for (Query tagged : TagWords.of(word)) {
          assertThat(tagged).isInstanceOf(RegexpQuery.class);
          RegexpQuery lucene = new RegexpQuery(((RegexpQuery) tagged).getRegexp());
          TopDocs expected = searcher.search(scored(word, lucene), 1000);
          TopDocs actual = searcher.search(scored(word, tagged), 1000);
          assertThat(lines(actual)).as(word).isEqualTo(lines(expected));
          assertThat(searcher.count(tagged)).as(word).isEqualTo(searcher.count(lucene));
          found += searcher.count(tagged) > 0 ? 1 : 0;
        }
      }
      assertThat(found).isGreaterThan(minimumPlaces);
    } finally {
      index.searchers().release(searcher);
    }
  }

  /** The word in the body, or the reports tagged with it, as the query parser joins them. */
  private static Query scored(String word, Query place) {
    return new DisjunctionMaxQuery(List.of(
        new TermQuery(new Term(IndexSchema.BODY, word.substring(0, 2))),
        new BoostQuery(new ConstantScoreQuery(place), 1f)), 0f);
  }

  private static List<String> lines(TopDocs top) {
    List<String> out = new ArrayList<>();
    out.add("total " + top.totalHits);
    for (ScoreDoc sd : top.scoreDocs) {
      out.add(sd.doc + " " + sd.score);
    }
    return out;
  }

  /** The last division of every region path of the index, and its short form. */
  private static Set<String> places(IndexSearcher searcher) throws IOException {
    Set<String> words = new LinkedHashSet<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(IndexSchema.REGION);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        String path = t.utf8ToString();
        String last = path.substring(path.lastIndexOf('/') + 1);
        words.add(last);
        if (last.length() > 2) {
          words.add(last.substring(0, last.length() - 1));
        }
      }
    }
    return words;
  }
}
