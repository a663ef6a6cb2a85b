package org.reliefarchive.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reliefarchive.search.SearchHit;
import org.reliefarchive.search.SearchRequest;
import org.reliefarchive.search.SearchResult;

/**
 * Scores the search engine on a {@link RelevanceSet}: each query's first page of ten, as a user
 * sees it (reprints folded into one hit), against the grades read off the reports. A hit's grade
 * is the best grade of its reprint group, since the search shows one report per group; a report
 * nobody judged for the query counts as not relevant (and is counted, so the pool can grow).
 * Gains are 2^grade − 1, discounted by log2(rank + 1).
 */
public final class SearchEvaluator {
  /** The page depth scored. */
  public static final int DEPTH = 10;

  private final SearchCorpus corpus;
  private final Map<String, String> groups;

  /** An evaluator over the reports of {@code corpus}. */
  public SearchEvaluator(SearchCorpus corpus) throws IOException {
    this(corpus, corpus.groups());
  }

  /**
   * An evaluator with the reprint group of each report key given ({@code key → group}); a key
   * not listed is a group of its own.
   */
  SearchEvaluator(SearchCorpus corpus, Map<String, String> groups) {
    this.corpus = corpus;
    this.groups = Map.copyOf(groups);
  }

  /** Report keys {@code set} grades that no indexed report has: a misspelt or stale key. */
  public List<String> unknownKeys(RelevanceSet set) {
    return set.queries().stream().flatMap(q -> q.grades().keySet().stream()
            .filter(k -> corpus.report(k) == null).map(k -> q.id() + " " + k))
        .toList();
  }

  /**
   * The score of one query.
   *
   * @param query the judged query
   * @param top the keys of the first page, in order
   * @param levels the match level of each of them ({@code full}, or {@code partial} and the
   *     words it misses)
   * @param grades the grade of each of them
   * @param ndcg nDCG@10
   * @param precision5 share of the first five that are relevant (grade 1 or 2), out of five
   * @param recall10 share of the relevant reprint groups in the first ten
   * @param relevant relevant reprint groups judged for the query
   * @param unjudged hits of the first ten nobody judged
   * @param irrelevantAbove whether a hit graded 0 (or unjudged) stands above a relevant one
   */
  public record QueryScore(RelevanceSet.Query query, List<String> top, List<String> levels,
      List<Integer> grades, double ndcg, double precision5, double recall10, int relevant,
      int unjudged, boolean irrelevantAbove) {
    /** Whether relevant reports exist while none is in the first ten. */
    public boolean missesAll() {
      return relevant > 0 && grades.stream().noneMatch(g -> g > 0);
    }
  }

  /** Means over the queries of one split. */
  public record Summary(String split, List<QueryScore> scores) {
    public double ndcg() {
      return scores.stream().mapToDouble(QueryScore::ndcg).average().orElse(0);
    }

    public double precision5() {
      return scores.stream().mapToDouble(QueryScore::precision5).average().orElse(0);
    }

    public double recall10() {
      return scores.stream().filter(s -> s.relevant() > 0).mapToDouble(QueryScore::recall10)
          .average().orElse(0);
    }

    /** Queries whose first ten hold none of the relevant reports that exist. */
    public List<QueryScore> missing() {
      return scores.stream().filter(QueryScore::missesAll).toList();
    }

    /** Queries with a report that is not relevant above a relevant one. */
    public List<QueryScore> misordered() {
      return scores.stream().filter(QueryScore::irrelevantAbove).toList();
    }
  }

  /** Scores every query of {@code split}. */
  public Summary evaluate(RelevanceSet set, String split) {
    List<QueryScore> scores = new ArrayList<>();
    for (RelevanceSet.Query q : set.split(split)) {
      scores.add(score(q, topHits(q.text())));
    }
    return new Summary(split, scores);
  }

  /** The keys of the first page the engine shows for {@code query}. */
  public List<String> topKeys(String query) {
    return topHits(query).keySet().stream().toList();
  }

  /**
   * The keys of the first page the engine shows for {@code query}, each with its match level
   * and, for a partial match, the words it misses ({@code partial -香港}).
   */
  public Map<String, String> topHits(String query) {
    SearchResult r = corpus.searcher().search(SearchRequest.of(query, DEPTH));
    Map<String, String> hits = new LinkedHashMap<>();
    for (SearchHit h : r.hits()) {
      String key = corpus.keyOf(h.id());
      String level = h.missing().isEmpty() ? h.match()
          : h.match() + " -" + String.join(" -", h.missing());
      hits.put(key == null ? "id:" + h.id() : key, level);
    }
    return hits;
  }

  /** Scores a ranked list of report keys against the query's grades. */
  public QueryScore score(RelevanceSet.Query q, List<String> top) {
    Map<String, String> hits = new LinkedHashMap<>();
    top.forEach(k -> hits.put(k, SearchHit.FULL));
    return score(q, hits);
  }

  /** Scores a ranked list of report keys, each with its match level, against the grades. */
  public QueryScore score(RelevanceSet.Query q, Map<String, String> hits) {
    List<String> top = List.copyOf(hits.keySet());
    // one grade per reprint group: the best of its judged reports
    Map<String, Integer> groupGrade = new HashMap<>();
    q.grades().forEach((key, g) -> groupGrade.merge(group(key), g, Math::max));
    List<Integer> grades = new ArrayList<>();
    int unjudged = 0;
    for (String key : top) {
      Integer g = groupGrade.get(group(key));
      grades.add(g == null ? 0 : g);
      if (g == null) {
        unjudged++;
      }
    }
    double dcg = dcg(grades);
    List<Integer> ideal = groupGrade.values().stream().filter(g -> g > 0)
        .sorted((a, b) -> b - a).limit(DEPTH).toList();
    double idcg = dcg(ideal);
    int relevant = (int) groupGrade.values().stream().filter(g -> g > 0).count();
    long found = grades.stream().filter(g -> g > 0).count();
    long inFive = grades.stream().limit(5).filter(g -> g > 0).count();
    boolean irrelevantAbove = false;
    boolean seenIrrelevant = false;
    for (int g : grades) {
      if (g == 0) {
        seenIrrelevant = true;
      } else if (seenIrrelevant) {
        irrelevantAbove = true;
      }
    }
    double recall = relevant == 0 ? 1 : (double) found / Math.min(relevant, DEPTH);
    return new QueryScore(q, top, List.copyOf(hits.values()), grades,
        idcg == 0 ? (dcg == 0 ? 1 : 0) : dcg / idcg, inFive / 5.0, recall, relevant, unjudged,
        irrelevantAbove);
  }

  private String group(String key) {
    return groups.getOrDefault(key, key);
  }

  private static double dcg(List<Integer> grades) {
    double sum = 0;
    for (int i = 0; i < grades.size() && i < DEPTH; i++) {
      sum += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
    }
    return sum;
  }

  /** Keys of {@code keys} grouped by reprint group, for printing. */
  public Map<String, List<String>> byGroup(List<String> keys) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    keys.forEach(k -> m.computeIfAbsent(group(k), x -> new ArrayList<>()).add(k));
    return m;
  }
}
