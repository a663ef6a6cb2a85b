package org.reliefarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * A parsed query seen as the words (or groups) it requires, so that reports missing some of
 * them can be found when too few hold them all: {@code 地震 救灾} requires 地震 and 救灾; a report
 * holding only 地震 matches all but one. Only a query whose words are all required (the
 * default AND, with or without excluded words) can be relaxed; one with OR between its parts is
 * searched as written. Clauses that only add to the score (the passages holding every word,
 * beside the required words) are kept apart as optional: they rank the relaxed reports too, but
 * no report is required to hold them.
 *
 * @param full the query as written
 * @param required the required parts, in order (each a word, a run of words with its
 *     synonyms, a phrase or a group)
 * @param labels what the user wrote for each required part, or null where unknown
 * @param excluded parts excluded with NOT or -word
 * @param expanded whether a required part is a run of words with synonyms (which adds
 *     {@link ReportQueryParser#OWN_WORD_BONUS} for the user's own words)
 * @param optional clauses beside the required parts that only add to the score
 * @param alsoSearched for each run of words with synonyms, as the user wrote it, the other
 *     words it is also searched as
 */
record GradedQuery(Query full, List<Query> required, List<String> labels,
    List<Query> excluded, Predicate<Query> expanded, List<Query> optional,
    Map<String, List<String>> alsoSearched) {
  /** Added per required part a report holds, so reports holding more parts rank first. */
  static final float PER_PART = 10_000f;

  GradedQuery {
    required = List.copyOf(required);
    labels = java.util.Collections.unmodifiableList(new ArrayList<>(labels));
    excluded = List.copyOf(excluded);
    optional = List.copyOf(optional);
    alsoSearched = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(alsoSearched));
  }

  /** {@code full} with its required parts found (nested AND groups flattened). */
  static GradedQuery of(Query full, Function<Query, String> label, Predicate<Query> expanded) {
    return of(full, label, expanded, Map.of());
  }

  /** {@code full} with its required parts found, and the words its runs were expanded to. */
  static GradedQuery of(Query full, Function<Query, String> label, Predicate<Query> expanded,
      Map<String, List<String>> alsoSearched) {
    List<Query> required = new ArrayList<>();
    List<Query> excluded = new ArrayList<>();
    List<Query> optional = new ArrayList<>();
    if (!(full instanceof BooleanQuery b) || !flatten(b, required, excluded, optional)) {
      return new GradedQuery(full, List.of(full), List.of(), List.of(), q -> false, List.of(),
          alsoSearched);
    }
    List<String> labels = new ArrayList<>();
    required.forEach(q -> labels.add(label.apply(q)));
    return new GradedQuery(full, required, labels, excluded, expanded, optional,
        alsoSearched);
  }

  /**
   * Whether {@code b} is words AND-ed, with or without clauses beside them that only add to the
   * score: a SHOULD clause next to a MUST clause decides no match.
   */
  private static boolean andOfWords(BooleanQuery b) {
    return b.getMinimumNumberShouldMatch() == 0
        && b.clauses().stream().anyMatch(c -> c.getOccur() == BooleanClause.Occur.MUST)
        && b.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST
            || c.getOccur() == BooleanClause.Occur.SHOULD);
  }

  private static boolean flatten(BooleanQuery b, List<Query> required, List<Query> excluded,
      List<Query> optional) {
    if (b.getMinimumNumberShouldMatch() > 0) {
      return false;
    }
    boolean anyMust = b.clauses().stream()
        .anyMatch(c -> c.getOccur() == BooleanClause.Occur.MUST);
    for (BooleanClause c : b.clauses()) {
      switch (c.getOccur()) {
        case MUST -> {
          if (c.getQuery() instanceof BooleanQuery inner && andOfWords(inner)) {
            flatten(inner, required, excluded, optional);
          } else {
            required.add(c.getQuery());
          }
        }
        case MUST_NOT -> excluded.add(c.getQuery());
        case SHOULD -> {
          if (!anyMust) {
            return false;
          }
          optional.add(c.getQuery());
        }
        default -> {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * {@code docs} with the scores users see: the text score alone, without the multiples of
   * {@link #PER_PART} that put reports holding more parts first; {@code PER_PART} is far above
   * a text score, so the text score is what is left over. The order of {@code docs} is kept.
   */
  static List<ScoreDoc> textScores(List<ScoreDoc> docs) {
    List<ScoreDoc> out = new ArrayList<>(docs.size());
    for (ScoreDoc sd : docs) {
      out.add(new ScoreDoc(sd.doc, textScore(sd.score), sd.shardIndex));
    }
    return out;
  }

  /** A score without the multiples of {@link #PER_PART} it holds. */
  static float textScore(float score) {
    if (Float.isNaN(score) || score < PER_PART) {
      return score;
    }
    return (float) (score % (double) PER_PART);
  }

  /** Whether reports missing a part can be looked for: two or more required parts. */
  boolean relaxable() {
    return required.size() >= 2;
  }

  /**
   * The reports holding at least one required part (and no excluded one), those holding more
   * parts first ({@link #PER_PART} per part), then by score, the optional clauses included;
   * full matches included.
   */
  Query relaxed() {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Query q : required) {
      any.add(new BooleanQuery.Builder()
          .add(q, BooleanClause.Occur.SHOULD)
          .add(new BoostQuery(new ConstantScoreQuery(q), PER_PART), BooleanClause.Occur.SHOULD)
          .build(), BooleanClause.Occur.SHOULD);
    }
    any.setMinimumNumberShouldMatch(1);
    if (optional.isEmpty() && excluded.isEmpty()) {
      return any.build();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(any.build(), BooleanClause.Occur.MUST);
    optional.forEach(q -> b.add(q, BooleanClause.Occur.SHOULD));
    excluded.forEach(q -> b.add(q, BooleanClause.Occur.MUST_NOT));
    return b.build();
  }

  /** The reports of {@link #relaxed()} that miss a part: the partial matches. */
  Query partial() {
    return new BooleanQuery.Builder()
        .add(relaxed(), BooleanClause.Occur.MUST)
        .add(full, BooleanClause.Occur.MUST_NOT)
        .build();
  }

  /**
   * For each of {@code docs}, what the user wrote for each required part the document does not
   * hold ("…" for a part without a label).
   */
  List<List<String>> missing(IndexSearcher searcher, int[] docs) throws IOException {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      out.add(new ArrayList<>());
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int p = 0; p < required.size(); p++) {
      Weight w = searcher.createWeight(searcher.rewrite(required.get(p)),
          ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (int i = 0; i < docs.length; i++) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
        Scorer s = w.scorer(leaf);
        int local = docs[i] - leaf.docBase;
        boolean holds = s != null && s.iterator().advance(local) == local;
        if (!holds && local != DocIdSetIterator.NO_MORE_DOCS) {
          String l = labels.size() > p ? labels.get(p) : null;
          out.get(i).add(l == null ? "…" : l);
        }
      }
    }
    return out;
  }
}
