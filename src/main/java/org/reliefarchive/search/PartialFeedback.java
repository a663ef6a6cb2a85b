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
 * {@link #REPORTS} partial matches. Each of the first {@link #POOL} partial matches gains up to
 * {@link #WEIGHT}: for each of those reports, its likeness (MoreLikeThis, the settings of the
 * report page's similar reports) as a share of the likeness of the partial match most like it,
 * averaged. A report of the top of the page is as like itself as the most alike one. The gain is
 * far below what a further word of the query adds ({@link GradedQuery#PER_PART}), so it orders
 * reports missing the same words and never lifts one above a report missing fewer. Those after
 * the first {@link #POOL} keep their order, and the pool does not depend on the page asked for,
 * so every page of a query is cut from one order. Both backends order by it; the likeness each
 * computes is its own. A search asking for the partial matches counted ({@code relaxed=1})
 * ranks them by their words alone.
 */
public final class PartialFeedback {
  /** How many reports of the top of the page the partial matches are compared with. */
  public static final int REPORTS = 3;
  /** How many partial matches, the best first, are ordered by likeness: five pages of ten. */
  public static final int POOL = 50;
  /**
   * The most a partial match gains for its likeness: about what two mentions of a query word in
   * a body score. Set on the dev queries, where 5 to 100 gave the same figures (nDCG@10 0.905 to
   * 0.911 against 0.900 without).
   */
  public static final float WEIGHT = 10f;

  private PartialFeedback() {}

  /**
   * The scores of the partial matches with what their likeness gains them.
   *
   * @param scores the partial matches' scores, in their order
   * @param basis for each report of the top of the page, its index among the partial matches,
   *     or -1 for a full match
   * @param likeness for each report of the top of the page, how alike each partial match is to
   *     it (0 when not at all)
   * @return a new array, one score per partial match
   */
  public static float[] gained(float[] scores, int[] basis, List<float[]> likeness) {
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
    return gained;
  }

  /** How the reports of a pool are put in order: by likeness to the top of the page. */
  @FunctionalInterface
  public interface Order<T, E extends Exception> {
    /** {@code pool} in its new order. */
    List<T> apply(List<T> pool) throws E;
  }

  /**
   * How many partial matches to fetch, before their reprints are folded, for the first
   * {@code wanted}: by relevance at least {@link #POOL}, so that every page is cut from the
   * same ordered pool whatever page is asked for.
   *
   * @param foldWindow hits fetched per report shown, for the reprints folded away
   */
  public static int window(int wanted, boolean byRelevance, int foldWindow) {
    return Math.min(10_000, (byRelevance ? Math.max(wanted, POOL) : wanted) * foldWindow);
  }

  /**
   * {@code partial} (the partial matches by their words) with its first {@link #POOL} put in the
   * order {@code order} gives them and the rest after them as they were.
   */
  public static <T, E extends Exception> List<T> ordered(List<T> partial, Order<T, E> order)
      throws E {
    if (partial.size() < 2) {
      return partial;
    }
    int pooled = Math.min(POOL, partial.size());
    List<T> out = new ArrayList<>(order.apply(partial.subList(0, pooled)));
    out.addAll(partial.subList(pooled, partial.size()));
    return out;
  }

  /** Indexes into {@code scores}, the highest score first; ties keep their order. */
  public static List<Integer> order(float[] scores) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -scores[i]));
    return order;
  }
}
