package org.reliefarchive.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures of evaluate-search, computed by hand on small rankings, and the set's files. */
class SearchEvaluatorTest {
  private static final RelevanceSet.Query Q = new RelevanceSet.Query("q1", "test", "地震 救灾",
      "an earthquake and the response", Map.of("a", 2, "b", 1, "c", 0, "d", 1));

  private final SearchEvaluator evaluator = new SearchEvaluator(null, Map.of("d", "g", "e", "g"));

  private static double log2(int n) {
    return Math.log(n) / Math.log(2);
  }

  @Test
  void scoresARankingAgainstTheGrades() {
    SearchEvaluator.QueryScore s = evaluator.score(Q, List.of("c", "a", "x", "b"));
    // gains 2^g - 1 discounted by log2(rank + 1): c 0, a 3, x (unjudged) 0, b 1
    double dcg = 3 / log2(3) + 1 / log2(5);
    double ideal = 3 + 1 / log2(3) + 1 / log2(4);
    assertThat(s.ndcg()).isCloseTo(dcg / ideal, within(1e-9));
    assertThat(s.precision5()).isCloseTo(2 / 5.0, within(1e-9));
    assertThat(s.recall10()).isCloseTo(2 / 3.0, within(1e-9));
    assertThat(s.relevant()).isEqualTo(3);
    assertThat(s.unjudged()).isEqualTo(1);
    assertThat(s.irrelevantAbove()).isTrue();
    assertThat(s.missesAll()).isFalse();
  }

  @Test
  void aReprintStandsForItsGroup() {
    // e is a reprint of d: showing it finds d's grade, and the group counts once
    SearchEvaluator.QueryScore s = evaluator.score(Q, List.of("a", "e", "b"));
    assertThat(s.grades()).containsExactly(2, 1, 1);
    assertThat(s.ndcg()).isCloseTo(1.0, within(1e-9));
    assertThat(s.irrelevantAbove()).isFalse();
  }

  @Test
  void aFirstPageWithoutRelevantReportsMissesAll() {
    SearchEvaluator.QueryScore s = evaluator.score(Q, List.of("c", "x"));
    assertThat(s.missesAll()).isTrue();
    assertThat(s.ndcg()).isZero();
  }

  @Test
  void readsTheJudgedSetOfTheProject() {
    RelevanceSet set = RelevanceSet.read(Path.of("src/test/resources/relevance"));
    assertThat(set.queries()).hasSizeGreaterThanOrEqualTo(40);
    // the test queries were fixed when the set was written; queries added later for tuning
    // are dev queries, so the test share falls as the set grows, and stays at least a fifth
    assertThat(set.split("test").size()).isBetween(set.queries().size() / 5,
        set.queries().size() / 2);
    // every query has a report that serves it, at least in part
    assertThat(set.queries()).allSatisfy(q ->
        assertThat(q.grades().values()).as(q.id()).containsAnyOf(1, 2));
  }

  @Test
  void aBadGradeNamesTheFileAndLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("queries.tsv"), "q1\tdev\t低保\tthe allowance\n");
    Files.writeString(dir.resolve("judgements.tsv"), "# grades\nq1\tseed/x\t3\n");
    assertThatThrownBy(() -> RelevanceSet.read(dir))
        .hasMessageContaining("judgements.tsv line 2").hasMessageContaining("allowed: 0, 1, 2");
  }
}
