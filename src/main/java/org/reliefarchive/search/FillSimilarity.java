package org.reliefarchive.search;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * How the reports that fill a page the full matches left short are ranked among themselves:
 * BM25 (Lucene's k1 and b) without the rarity of the word. Such a report misses a word of the
 * query, so what decides is how much it says about the words it holds (how often, in how
 * short a text, in the title), not which of them is rarer in the archive: a bulletin whose
 * region tag is the place asked for, or which names it in its title, comes before a long
 * political piece naming the place once; with rarity, the once-named rare word came first.
 * Full matches keep the plain BM25 of the index.
 */
final class FillSimilarity extends BM25Similarity {
  private static final FillSimilarity INSTANCE = new FillSimilarity();
  private static final Explanation NO_RARITY = Explanation.match(1f,
      "idf left out: partial matches are ranked by how much they hold of each word");

  /**
   * A searcher over the reader of {@code searcher} that scores with this similarity; it shares
   * the reader and the query cache, so it costs an object.
   */
  static IndexSearcher over(IndexSearcher searcher) {
    IndexSearcher fill = new IndexSearcher(searcher.getIndexReader());
    fill.setSimilarity(INSTANCE);
    fill.setQueryCache(searcher.getQueryCache());
    fill.setQueryCachingPolicy(searcher.getQueryCachingPolicy());
    return fill;
  }

  @Override
  public Explanation idfExplain(CollectionStatistics collectionStats, TermStatistics termStats) {
    return NO_RARITY;
  }

  @Override
  public Explanation idfExplain(CollectionStatistics collectionStats,
      TermStatistics[] termStats) {
    return NO_RARITY;
  }
}
