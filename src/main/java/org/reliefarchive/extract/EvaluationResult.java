package org.reliefarchive.extract;

import java.util.List;

/**
 * Scores of the extractor on an annotated corpus.
 *
 * @param pages one row per page, in manifest order
 * @param meanF1 mean character F1 over all pages (a page without article counts 0)
 * @param meanPrecision mean character precision
 * @param meanRecall mean character recall
 * @param leakRate share of pages whose output holds a boilerplate marker the truth does not
 * @param titleRate share of correct titles among pages whose manifest names a title
 * @param titlePages pages whose manifest names a title
 * @param dateRate share of correct dates among pages whose manifest names a date
 * @param datePages pages whose manifest names a date
 * @param urlDateRate share of pages whose extracted day equals the day in their URL, among pages
 *     without a manifest date whose URL holds one (a second, broader check of the date rules)
 * @param urlDatePages pages counted in {@code urlDateRate}
 */
public record EvaluationResult(
    List<PageScore> pages,
    double meanF1,
    double meanPrecision,
    double meanRecall,
    double leakRate,
    double titleRate,
    int titlePages,
    double dateRate,
    int datePages,
    double urlDateRate,
    int urlDatePages) {

  /** Copies the rows. */
  public EvaluationResult {
    pages = List.copyOf(pages);
  }

  /**
   * The score of one page.
   *
   * @param id the manifest id
   * @param status the extraction status
   * @param reason the outcome's reason (empty for articles)
   * @param precision character precision (snippet precision for with/without pages)
   * @param recall character recall (snippet recall for with/without pages)
   * @param f1 harmonic mean of both
   * @param leaks boilerplate markers found in the output but not in the truth
   * @param expectedTitle the manifest title, or null
   * @param title the extracted title, or null
   * @param titleOk whether the title is right, null when the manifest has none
   * @param expectedDate the manifest date, or null
   * @param date the extracted date (ISO), or null
   * @param dateOk whether the date is right, null when the manifest has none
   * @param urlDate the day in the page URL (yyyy-MM-dd), or null
   * @param urlDateOk whether the extracted day is the URL's day, null without URL day or when
   *     the manifest names a date
   * @param ms warm extraction time of the page in milliseconds (median of the timed runs), NaN
   *     when not timed
   */
  public record PageScore(
      String id,
      ExtractionOutcome.Status status,
      String reason,
      double precision,
      double recall,
      double f1,
      List<String> leaks,
      String expectedTitle,
      String title,
      Boolean titleOk,
      String expectedDate,
      String date,
      Boolean dateOk,
      String urlDate,
      Boolean urlDateOk,
      double ms) {

    /** Copies the leaks. */
    public PageScore {
      leaks = List.copyOf(leaks);
    }
  }
}
