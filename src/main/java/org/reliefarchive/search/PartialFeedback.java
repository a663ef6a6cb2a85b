package org.reliefarchive.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of the partial matches that fill a page, by pseudo-relevance feedback: a report
 * missing a word of the query is likelier to be about what the user means when it is like the
 * reports at the top of the page. Under {@code 民政局 老年人} the one full match is a civil-affairs
 * report; a partial match about the elderly in a neighbourhood's relief work is like it, a
 * tourism notice naming 老年人 once for its ticket prices is not, though both hold only one word.
 *
 * <p>The top of the page is its first {@link #REPORTS} full matches or, with none, its first
 * partial matches (those of the best tier, holding the most words). Each partial match gains up to
 * {@link #WEIGHT}: for each of those reports, its likeness (MoreLikeThis, the settings of the
 * report page's similar reports) as a share of the likeness of the partial match most like it,
 * averaged. A report of the top of the page is as like itself as the most alike one. The gain is
 * far below what a further word of the query adds ({@link GradedQuery#PER_PART}), so it orders
 * reports missing the same words and never lifts one above a report missing fewer. Both backends
 * order by it; the likeness each computes is its own.
 */
public final class PartialFeedback {
  /** How many reports of the top of the page the partial matches are compared with. */
  public static final int REPORTS = 3;
  /**
   * The most a partial match gains for its likeness: about what two mentions of a query word in
   * a body score. Set on the dev queries, where 5 to 100 gave the same figures (nDCG@10 0.905 to
   * 0.911 against 0.900 without).
   */
  public static final float WEIGHT = 10f;

  private PartialFeedback() {}

  /**
   * Where each partial match goes.
   *
   * @param scores the partial matches' scores, in their order
   * @param basis for each report of the top of the page, its index among the partial matches,
   *     or -1 for a full match
   * @param likeness for each report of the top of the page, how alike each partial match is to
   *     it (0 when not at all)
   * @return indexes into {@code scores}, in the new order; ties keep the old one
   */
  public static List<Integer> order(float[] scores, int[] basis, List<float[]> likeness) {
    float[] gained = scores.clone();
    for (int b = 0; b < likeness.size(); b++) {
      float[] like = likeness.get(b).clone();
      float best = 0;
      for (int i = 0; i < like.length; i++) {
        if (i != basis[b]) {
          best = Math.max(best, like[i]);
        }
      }
      if (best <= 0) {
        continue;
      }
      if (basis[b] >= 0) {
        like[basis[b]] = best;
      }
      for (int i = 0; i < like.length; i++) {
        gained[i] += WEIGHT * Math.min(1f, like[i] / best) / likeness.size();
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -gained[i]));
    return order;
  }
}
