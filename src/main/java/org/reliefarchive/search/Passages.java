package org.reliefarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.TopDocs;

/**
 * The clauses that score the passages holding every word of a query ({@link
 * ReportQueryParser#NEAR_WEIGHT}), taken out of the query that finds the reports and scored over
 * its first hits only. Such a clause stands beside required clauses and decides no match, and
 * its score adds to theirs, so the query without it finds the same reports, and its best hits
 * rescored with it get the scores the whole query gives them. A passage clause costs a span
 * search in every matching report; over the first {@link #WINDOW} hits by the rest of the query
 * it costs what a page does, and it moves a report about one mention's worth.
 */
final class Passages {
  /** How many of the first hits, by the query without passages, are scored with them. */
  static final int WINDOW = 200;

  /**
   * A query split in two.
   *
   * @param matching the query without its passage clauses
   * @param passages the passage clauses (their scores add up), or null when it had none
   */
  record Split(Query matching, Query passages) {}

  private Passages() {}

  /**
   * Splits {@code query}: passage clauses are found in boolean queries with a required clause,
   * through required clauses only, so that their scores add to the whole query's score.
   */
  static Split split(Query query) {
    List<Query> found = new ArrayList<>();
    Query matching = without(query, found);
    if (found.isEmpty()) {
      return new Split(query, null);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    found.forEach(q -> b.add(q, BooleanClause.Occur.SHOULD));
    return new Split(matching, b.build());
  }

  private static Query without(Query query, List<Query> found) {
    if (!(query instanceof BooleanQuery bq) || bq.getMinimumNumberShouldMatch() > 0) {
      return query;
    }
    boolean anyMust = bq.clauses().stream()
        .anyMatch(c -> c.getOccur() == BooleanClause.Occur.MUST);
    if (!anyMust) {
      return query;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean changed = false;
    for (BooleanClause c : bq.clauses()) {
      if (c.getOccur() == BooleanClause.Occur.SHOULD && isPassage(c.getQuery())) {
        found.add(c.getQuery());
        changed = true;
      } else if (c.getOccur() == BooleanClause.Occur.MUST) {
        Query inner = without(c.getQuery(), found);
        changed |= inner != c.getQuery();
        b.add(inner, BooleanClause.Occur.MUST);
      } else {
        b.add(c);
      }
    }
    return changed ? b.build() : query;
  }

  private static boolean isPassage(Query q) {
    return q instanceof BoostQuery boost && boost.getBoost() == ReportQueryParser.NEAR_WEIGHT
        && boost.getQuery() instanceof SpanNearQuery near
        && near.getSlop() == ReportQueryParser.NEAR_SLOP;
  }

  /**
   * {@code first}, the best hits by the query without passages, rescored with {@code passages}
   * added and cut to {@code size}.
   */
  static TopDocs rescore(IndexSearcher searcher, TopDocs first, Query passages, int size)
      throws IOException {
    QueryRescorer rescorer = new QueryRescorer(passages) {
      @Override
      protected float combine(float firstPassScore, boolean secondPassMatches,
          float secondPassScore) {
        return secondPassMatches ? firstPassScore + secondPassScore : firstPassScore;
      }
    };
    return rescorer.rescore(searcher, first, size);
  }
}
