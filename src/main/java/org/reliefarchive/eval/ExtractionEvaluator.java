package org.reliefarchive.eval;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.reliefarchive.config.Check;
import org.reliefarchive.extract.Article;
import org.reliefarchive.extract.ArticleExtractor;
import org.reliefarchive.extract.DateParser;
import org.reliefarchive.extract.ExtractionOutcome;
import org.reliefarchive.extract.TextNormalizer;
import org.reliefarchive.extract.TitleFinder;

/**
 * Scores an {@link ArticleExtractor} on an annotated corpus ({@code manifest.json} with one record
 * per page: file, url, title, date, and either {@code ground_truth} text or {@code with}/{@code
 * without} snippet lists). Per page: precision, recall and F1 over the multiset of characters
 * after NFKC with whitespace and punctuation dropped (for snippet pages: share of {@code with}
 * snippets present and of {@code without} snippets absent); boilerplate markers present in the
 * output but not in the truth; title and date correctness. Pure: reads files, prints nothing.
 */
public final class ExtractionEvaluator {
  /** Markers whose presence in output but not in truth counts as a leak. */
  public static final List<String> LEAK_MARKERS =
      List.of("精彩推荐", "相关新闻", "相关文章", "新闻排行", "即时播报", "分享到", "版权声明", "责任编辑",
          "精彩推薦", "相關新聞", "相關文章", "新聞排行", "即時播報", "版權聲明", "責任編輯");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("^[-_|｜–—·:：]");

  private final ArticleExtractor extractor;

  /** An evaluator of {@code extractor}. */
  public ExtractionEvaluator(ArticleExtractor extractor) {
    this.extractor = Check.notNull("extractor", extractor);
  }

  /**
   * Runs the extractor over every page of the manifest and scores it (all pages in one split,
   * "test").
   *
   * @param manifest path of manifest.json; page files are resolved against its folder
   * @throws UncheckedIOException if the manifest or a page cannot be read
   */
  public EvaluationResult evaluate(Path manifest) {
    return evaluate(CorpusPages.load(List.of(manifest), null), 0);
  }

  /**
   * Runs the extractor over {@code pages}, scores each, and when {@code timedRuns > 0} also
   * times each page warm: after {@link #WARMUP_ROUNDS} rounds over all pages, the median of
   * {@code timedRuns} runs per page.
   *
   * @param pages the annotated pages
   * @param timedRuns timed runs per page; 0 skips timing
   * @throws UncheckedIOException if a page cannot be read
   * @throws IllegalArgumentException if timedRuns is negative
   */
  public EvaluationResult evaluate(List<CorpusPages.Page> pages, int timedRuns) {
    Check.inRange("timedRuns", timedRuns, 0, 1_000_000);
    List<byte[]> bytes = new ArrayList<>();
    for (CorpusPages.Page page : pages) {
      bytes.add(page.bytes());
    }
    double[] ms = new double[pages.size()];
    Arrays.fill(ms, Double.NaN);
    if (timedRuns > 0) {
      for (int r = 0; r < WARMUP_ROUNDS; r++) {
        for (int i = 0; i < pages.size(); i++) {
          extractor.extract(bytes.get(i), pages.get(i).url(), null);
        }
      }
      for (int i = 0; i < pages.size(); i++) {
        ms[i] = medianMs(bytes.get(i), pages.get(i).url(), timedRuns);
      }
    }
    List<EvaluationResult.PageScore> rows = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      rows.add(score(pages.get(i), bytes.get(i), ms[i]));
    }
    return EvaluationResult.of(rows);
  }

  /** Rounds over all pages before timing, so the JIT has compiled the extractor. */
  public static final int WARMUP_ROUNDS = 5;

  private double medianMs(byte[] page, String url, int runs) {
    long[] t = new long[runs];
    for (int k = 0; k < runs; k++) {
      long t0 = System.nanoTime();
      extractor.extract(page, url, null);
      t[k] = System.nanoTime() - t0;
    }
    Arrays.sort(t);
    return t[runs / 2] / 1e6;
  }

  private EvaluationResult.PageScore score(CorpusPages.Page page, byte[] bytes, double ms) {
    String url = page.url();
    ExtractionOutcome out = extractor.extract(bytes, url, null);
    Article a = out.article();
    String output = a == null ? "" : a.text();
    double p;
    double r;
    String truth = page.groundTruth();
    if (!page.article()) {
      // a page without article is right when refused, wrong (F1 0) when text comes out of it
      p = a == null ? 1 : 0;
      r = p;
    } else if (truth != null) {
      double[] pr = charPrecisionRecall(output, truth);
      p = pr[0];
      r = pr[1];
    } else {
      double[] pr = snippetPrecisionRecall(output, page.with(), page.without());
      p = pr[0];
      r = pr[1];
    }
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    List<String> leaks = new ArrayList<>();
    for (String m : LEAK_MARKERS) {
      if (output.contains(m) && (truth == null || !truth.contains(m))) {
        leaks.add(m);
      }
    }
    String expectedTitle = page.article() ? page.title() : null;
    String title = a == null ? null : a.title();
    Boolean titleOk = expectedTitle == null || headingPart(expectedTitle).isEmpty() ? null
        : titleMatches(expectedTitle, title);
    String expectedDate = page.article() ? page.date() : null;
    String date = a == null || a.publishedAt() == null ? null : a.publishedAt().toString();
    String dateSource = a == null || a.dateSource() == null ? null : a.dateSource().label();
    Boolean dateOk = expectedDate == null ? null
        : date != null
            && date.startsWith(expectedDate.substring(0, Math.min(10, expectedDate.length())));
    OffsetDateTime inUrl = DateParser.inUrl(url);
    String urlDate = inUrl == null ? null : inUrl.toLocalDate().toString();
    Boolean urlDateOk = urlDate == null || expectedDate != null || !page.article() ? null
        : date != null && date.startsWith(urlDate);
    return new EvaluationResult.PageScore(page.id(), page.source(), page.site(), page.split(),
        page.genre(), page.article(), out.status(), out.reason(), p, r, f1, leaks,
        expectedTitle, title, titleOk, expectedDate, date, dateSource, dateOk, urlDate,
        urlDateOk, ms);
  }

  /** Precision and recall of the character multiset of {@code output} against {@code truth}. */
  static double[] charPrecisionRecall(String output, String truth) {
    Map<Integer, Integer> want = counts(truth);
    Map<Integer, Integer> got = counts(output);
    int wantTotal = want.values().stream().mapToInt(Integer::intValue).sum();
    int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
    int common = 0;
    for (Map.Entry<Integer, Integer> e : got.entrySet()) {
      common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
    }
    double p = gotTotal == 0 ? (wantTotal == 0 ? 1 : 0) : (double) common / gotTotal;
    double r = wantTotal == 0 ? 1 : (double) common / wantTotal;
    return new double[] {p, r};
  }

  private static Map<Integer, Integer> counts(String text) {
    Map<Integer, Integer> m = new HashMap<>();
    Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !isPunct(cp))
        .forEach(cp -> m.merge(cp, 1, Integer::sum));
    return m;
  }

  private static boolean isPunct(int cp) {
    int t = Character.getType(cp);
    return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
        || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
        || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
        || t == Character.OTHER_PUNCTUATION;
  }

  /** Share of {@code with} snippets present (recall) and {@code without} absent (precision). */
  static double[] snippetPrecisionRecall(String output, List<String> with, List<String> without) {
    String out = squeeze(output);
    long present = with.stream().filter(s -> out.contains(squeeze(s))).count();
    long absent = without.stream().filter(s -> !out.contains(squeeze(s))).count();
    double r = with.isEmpty() ? 1 : (double) present / with.size();
    double p = output.isEmpty() ? 0 : without.isEmpty() ? 1 : (double) absent / without.size();
    return new double[] {p, r};
  }

  private static String squeeze(String s) {
    return TextNormalizer.compact(Normalizer.normalize(s, Normalizer.Form.NFKC));
  }

  /**
   * True when the extracted heading is the manifest title, or the manifest title with its site
   * suffix cut ({@link TitleFinder#stripSuffix}), or a prefix of the manifest title followed by a
   * separator and a part no longer than itself ("heading｜sub - site").
   */
  static boolean titleMatches(String expected, String found) {
    if (found == null || found.isBlank()) {
      return false;
    }
    String e = squeeze(expected);
    String f = squeeze(found);
    if (e.equals(f) || squeeze(TitleFinder.stripSuffix(expected)).equals(f)) {
      return true;
    }
    if (e.startsWith(f) && TITLE_SEPARATOR.matcher(e.substring(f.length())).find()) {
      return f.length() >= e.length() - f.length() - 1;
    }
    return false;
  }

  private static String headingPart(String title) {
    return TitleFinder.stripSuffix(title).replaceAll("[-_|｜\\s]", "");
  }
}
