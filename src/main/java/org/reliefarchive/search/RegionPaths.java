package org.reliefarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Rewrites the expression of a place word over the region paths ({@link TagWords}) to the set of
 * paths it matches in the reader, found once per reader and word: a reader holds a few thousand
 * region paths, and Lucene's own rewrite runs the expression over them again in every segment
 * of every search, and for every hit of a page whose snippets are made (where a match is looked
 * for term by term). Matches the same reports with the same constant score as Lucene's rewrite;
 * a word naming no place becomes a query matching nothing, as the expression matched nothing.
 * Thread-safe.
 */
final class RegionPaths extends MultiTermQuery.RewriteMethod {
  /** The one instance: what it keeps belongs to the reader last searched. */
  static final RegionPaths REWRITE = new RegionPaths();
  /** Most expressions whose paths are kept for a reader. */
  private static final int KEPT = 4096;

  private volatile Known known;

  private RegionPaths() {}

  @Override
  public Query rewrite(IndexReader reader, MultiTermQuery query) throws IOException {
    if (!(query instanceof RegexpQuery regexp)) {
      return MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE.rewrite(reader, query);
    }
    Object key = reader.getReaderCacheHelper() == null ? null
        : reader.getReaderCacheHelper().getKey();
    Known k = known;
    if (key == null || k == null || k.reader() != key) {
      if (key == null) {
        return paths(reader, query);
      }
      k = new Known(key, new ConcurrentHashMap<>());
      known = k;
    }
    Query q = k.paths().get(regexp.getRegexp().text());
    if (q == null) {
      q = paths(reader, query);
      if (k.paths().size() >= KEPT) {
        k.paths().clear();
      }
      k.paths().put(regexp.getRegexp().text(), q);
    }
    return q;
  }

  /** The region paths of the reader that {@code query} matches, as a constant-score query. */
  private static Query paths(IndexReader reader, MultiTermQuery query) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, query.getField());
    List<BytesRef> found = new ArrayList<>();
    if (terms != null) {
      TermsEnum te = query.getTermsEnum(terms);
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        found.add(BytesRef.deepCopyOf(t));
      }
    }
    if (found.isEmpty()) {
      return new MatchNoDocsQuery("no region path matches " + query);
    }
    return new ConstantScoreQuery(new TermInSetQuery(query.getField(), found));
  }

  /** The paths found for each expression (by its text) in one reader. */
  private record Known(Object reader, Map<String, Query> paths) {}
}
