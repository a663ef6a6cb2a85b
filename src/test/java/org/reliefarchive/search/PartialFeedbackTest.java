package org.reliefarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartialFeedbackTest {
  private static final float TIER = GradedQuery.PER_PART;

  private static List<Integer> order(float[] scores, int[] basis, List<float[]> likeness) {
    return PartialFeedback.order(PartialFeedback.gained(scores, basis, likeness));
  }

  @Test
  void addsToEachScoreItsShareOfTheLikenessAveraged() {
    // two reports at the top: the first finds the second partial match most alike, the other
    // finds it half as alike as the first partial match
    float[] gained = PartialFeedback.gained(new float[] {TIER + 1f, TIER + 1f}, new int[] {-1, -1},
        List.of(new float[] {0f, 4f}, new float[] {2f, 1f}));
    float w = PartialFeedback.WEIGHT;
    assertThat(gained[0]).isCloseTo(TIER + 1f + w / 2, org.assertj.core.data.Offset.offset(1e-3f));
    assertThat(gained[1]).isCloseTo(TIER + 1f + w / 2 + w / 4,
        org.assertj.core.data.Offset.offset(1e-3f));
  }

  @Test
  void ordersReportsMissingTheSameWordsByTheirLikenessToTheTop() {
    // three partial matches of one tier; the second is most like the one full match
    float[] scores = {TIER + 6f, TIER + 5f, TIER + 4f};
    List<Integer> order = order(scores, new int[] {-1},
        List.of(new float[] {0f, 8f, 0.5f}));
    assertThat(order).containsExactly(1, 0, 2);
  }

  @Test
  void neverLiftsAReportAboveOneHoldingMoreWords() {
    // a report holding two words with the least text score against one holding one word with
    // a text score far above any a report gets (the longest reports of the corpus score under
    // 60) and the whole gain
    float[] scores = {2 * TIER, TIER + 1_000f};
    List<Integer> order = order(scores, new int[] {-1, -1, -1},
        List.of(new float[] {0f, 30f}, new float[] {0f, 30f}, new float[] {0f, 30f}));
    assertThat(order).containsExactly(0, 1);
  }

  @Test
  void aReportOfTheTopIsAsLikeItselfAsTheMostAlikeOne() {
    // no full match: the first partial matches are the top; the third is like the first, and
    // the first, unlike itself to the collection's MoreLikeThis, keeps its place
    float[] scores = {TIER + 3f, TIER + 2.9f, TIER + 2.8f};
    List<Integer> order = order(scores, new int[] {0},
        List.of(new float[] {0f, 0f, 5f}));
    assertThat(order).containsExactly(0, 2, 1);
  }

  @Test
  void keepsTheOrderWhereNothingIsAlike() {
    float[] scores = {TIER + 3f, TIER + 3f, TIER + 1f};
    List<Integer> order = order(scores, new int[] {-1},
        List.of(new float[] {0f, 0f, 0f}));
    assertThat(order).containsExactly(0, 1, 2);
  }
}
