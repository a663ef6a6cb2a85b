package org.reliefarchive.eval;

import java.util.List;
import java.util.function.Predicate;
import org.reliefarchive.extract.Article;
import org.reliefarchive.extract.ExtractionOutcome;

/**
 * Scores of the extractor on an annotated corpus.
 *
 * @param pages one row per page, in manifest order
 * @param meanF1 mean character F1 over the article pages (an article refused counts 0)
 * @param meanPrecision mean character precision over the article pages
 * @param meanRecall mean character recall over the article pages
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

  /** F1 under which an article page counts as failed. */
  public static final double FAILED_F1 = 0.6;

  /** Copies the rows. */
  public EvaluationResult {
    pages = List.copyOf(pages);
  }

  /** The scores of {@code rows}, summarised. */
  public static EvaluationResult of(List<PageScore> rows) {
    double f1 = 0;
    double p = 0;
    double r = 0;
    int articles = 0;
    int leaks = 0;
    int titles = 0;
    int titlesOk = 0;
    int dates = 0;
    int datesOk = 0;
    int urlDates = 0;
    int urlDatesOk = 0;
    for (PageScore s : rows) {
      if (s.urlDateOk() != null) {
        urlDates++;
        urlDatesOk += s.urlDateOk() ? 1 : 0;
      }
      if (s.article()) {
        articles++;
        f1 += s.f1();
        p += s.precision();
        r += s.recall();
      }
      leaks += s.leaks().isEmpty() ? 0 : 1;
      if (s.titleOk() != null) {
        titles++;
        titlesOk += s.titleOk() ? 1 : 0;
      }
      if (s.dateOk() != null) {
        dates++;
        datesOk += s.dateOk() ? 1 : 0;
      }
    }
    int n = Math.max(1, articles);
    return new EvaluationResult(rows, f1 / n, p / n, r / n,
        (double) leaks / Math.max(1, rows.size()),
        titles == 0 ? 1 : (double) titlesOk / titles, titles,
        dates == 0 ? 1 : (double) datesOk / dates, dates,
        urlDates == 0 ? 1 : (double) urlDatesOk / urlDates, urlDates);
  }

  /** The summary of the pages {@code keep} accepts. */
  public EvaluationResult subset(Predicate<PageScore> keep) {
    return of(pages.stream().filter(keep).toList());
  }

  /** Article pages. */
  public long articlePages() {
    return pages.stream().filter(PageScore::article).count();
  }

  /** Article pages whose F1 is under {@link #FAILED_F1}. */
  public long failedArticles() {
    return pages.stream().filter(s -> s.article() && s.f1() < FAILED_F1).count();
  }

  /** Median F1 over the article pages, NaN without any. */
  public double medianF1() {
    double[] f = pages.stream().filter(PageScore::article).mapToDouble(PageScore::f1).sorted()
        .toArray();
    return f.length == 0 ? Double.NaN : f[f.length / 2];
  }

  /** Pages without an article (lists, home pages). */
  public long nonArticlePages() {
    return pages.stream().filter(s -> !s.article()).count();
  }

  /** Pages without an article that the extractor refused, as it should. */
  public long nonArticlesRefused() {
    return pages.stream()
        .filter(s -> !s.article() && s.status() != ExtractionOutcome.Status.ARTICLE).count();
  }

  /** Article pages that came out with a date. */
  public long datedArticles() {
    return pages.stream().filter(s -> s.article() && s.date() != null).count();
  }

  /** Dated article pages whose date says where it came from. */
  public long datesWithSource() {
    return pages.stream().filter(s -> s.article() && s.date() != null && s.dateSource() != null)
        .count();
  }

  /**
   * The score of one page.
   *
   * @param id the manifest id
   * @param source the page's source folder
   * @param site the page's site (registrable domain)
   * @param split "dev" or "test"
   * @param genre the page's genre
   * @param article false for pages that hold no article
   * @param status the extraction status
   * @param reason the outcome's reason (empty for articles)
   * @param precision character precision (snippet precision for with/without pages; for a page
   *     without article 1 when refused, else 0)
   * @param recall character recall (likewise)
   * @param f1 harmonic mean of both
   * @param leaks boilerplate markers found in the output but not in the truth
   * @param expectedTitle the manifest title, or null
   * @param title the extracted title, or null
   * @param titleOk whether the title is right, null when the manifest has none
   * @param expectedDate the manifest date, or null
   * @param date the extracted date (ISO), or null
   * @param dateSource where the extracted date came from, or null
   * @param dateOk whether the date is right, null when the manifest has none
   * @param urlDate the day in the page URL (yyyy-MM-dd), or null
   * @param urlDateOk whether the extracted day is the URL's day, null without URL day or when
   *     the manifest names a date
   * @param ms warm extraction time of the page in milliseconds (median of the timed runs), NaN
   *     when not timed
   */
  public record PageScore(
      String id,
      String source,
      String site,
      String split,
      String genre,
      boolean article,
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
      String dateSource,
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
