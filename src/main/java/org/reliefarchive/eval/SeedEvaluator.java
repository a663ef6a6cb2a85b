package org.reliefarchive.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.reliefarchive.config.Check;
import org.reliefarchive.extract.Article;
import org.reliefarchive.extract.ArticleExtractor;
import org.reliefarchive.extract.ExtractionOutcome;
import org.reliefarchive.extract.TextNormalizer;

/**
 * Scores an {@link ArticleExtractor} on the seed reports against {@code seeds/expected.yaml}: per
 * seed, the share of {@code keep} lines present (recall) and of {@code drop} lines absent
 * (precision), boilerplate markers that leak, and whether title, date, source, editor, author and
 * correspondent are what a careful reader finds. Names are compared after a caller-supplied
 * normalisation (繁→简 in the CLI), text after removing pinyin glosses and folding whitespace.
 * Pure: reads files, prints nothing.
 */
public final class SeedEvaluator {
  private static final String[] FIELDS = {"source", "editor", "author", "correspondent"};

  private final ArticleExtractor extractor;
  private final UnaryOperator<String> names;

  /**
   * An evaluator of {@code extractor}.
   *
   * @param names turns a name into its comparison form (e.g. traditional to simplified)
   */
  public SeedEvaluator(ArticleExtractor extractor, UnaryOperator<String> names) {
    this.extractor = Check.notNull("extractor", extractor);
    this.names = Check.notNull("names", names);
  }

  /**
   * One seed page as served.
   *
   * @param id the seed file stem, e.g. "000_5a266c807a20fc24"
   * @param bytes the served bytes
   * @param url the URL it was served at
   * @param contentType the served Content-Type header, or null
   * @param pageTitle the true title from elsewhere, used when expected.yaml gives none, or null
   */
  public record SeedPage(String id, byte[] bytes, String url, String contentType,
      String pageTitle) {}

  /**
   * One checked field.
   *
   * @param field field name (keep, drop, title, published, source, …)
   * @param expected what a careful reader finds (for keep/drop: how many lines)
   * @param found what the extractor found (for keep/drop: the lines it got wrong)
   * @param ok whether they agree
   */
  public record FieldCheck(String field, String expected, String found, boolean ok) {}

  /**
   * The score of one seed.
   *
   * @param id seed id
   * @param status extraction status
   * @param precision share of drop lines absent from the output
   * @param recall share of keep lines present in the output
   * @param f1 harmonic mean of both
   * @param leaks boilerplate markers in the output that no keep line holds
   * @param checks every checked field in order
   * @param ms warm extraction time in milliseconds (median of the timed runs), NaN when not timed
   */
  public record SeedScore(String id, ExtractionOutcome.Status status, double precision,
      double recall, double f1, List<String> leaks, List<FieldCheck> checks, double ms) {

    /** Copies the lists. */
    public SeedScore {
      leaks = List.copyOf(leaks);
      checks = List.copyOf(checks);
    }

    /** True when every checked field is right. */
    public boolean allRight() {
      return checks.stream().allMatch(FieldCheck::ok);
    }

    /** The check of {@code field}, or null when not checked. */
    public FieldCheck check(String field) {
      return checks.stream().filter(c -> c.field().equals(field)).findFirst().orElse(null);
    }
  }

  /**
   * Scores of all seeds.
   *
   * @param seeds one row per seed page given
   * @param meanF1 mean keep/drop F1
   * @param leakRate share of seeds with a leaking marker
   * @param allRightRate share of seeds with every field right
   * @param fieldsRight fields right over all seeds
   * @param fields fields checked over all seeds
   */
  public record SeedResult(List<SeedScore> seeds, double meanF1, double leakRate,
      double allRightRate, int fieldsRight, int fields) {

    /** Copies the rows. */
    public SeedResult {
      seeds = List.copyOf(seeds);
    }
  }

  /**
   * Reads {@code expected.yaml}: seed file name (e.g. "000_….txt") to its expectations.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Map<String, JsonNode> readExpected(Path expectedYaml) {
    try {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(expectedYaml.toFile());
      Map<String, JsonNode> out = new LinkedHashMap<>();
      root.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + expectedYaml, e);
    }
  }

  /**
   * Extracts and scores each page that {@code expected} describes (key {@code <id>.txt}).
   *
   * @param timedRuns timed runs per page after warm-up; 0 skips timing
   */
  public SeedResult evaluate(Map<String, JsonNode> expected, List<SeedPage> pages,
      int timedRuns) {
    List<SeedScore> rows = new ArrayList<>();
    for (SeedPage page : pages) {
      JsonNode want = expected.get(page.id() + ".txt");
      if (want != null) {
        rows.add(score(page, want, timedRuns));
      }
    }
    double f1 = 0;
    int leaks = 0;
    int allRight = 0;
    int right = 0;
    int fields = 0;
    for (SeedScore s : rows) {
      f1 += s.f1();
      leaks += s.leaks().isEmpty() ? 0 : 1;
      allRight += s.allRight() ? 1 : 0;
      fields += s.checks().size();
      right += (int) s.checks().stream().filter(FieldCheck::ok).count();
    }
    int n = Math.max(1, rows.size());
    return new SeedResult(rows, f1 / n, (double) leaks / n, (double) allRight / n, right, fields);
  }

  private SeedScore score(SeedPage page, JsonNode want, int timedRuns) {
    double ms = Double.NaN;
    if (timedRuns > 0) {
      for (int k = 0; k < 20; k++) {
        extractor.extract(page.bytes(), page.url(), page.contentType());
      }
      long[] t = new long[timedRuns];
      for (int k = 0; k < timedRuns; k++) {
        long t0 = System.nanoTime();
        extractor.extract(page.bytes(), page.url(), page.contentType());
        t[k] = System.nanoTime() - t0;
      }
      Arrays.sort(t);
      ms = t[timedRuns / 2] / 1e6;
    }
    ExtractionOutcome out = extractor.extract(page.bytes(), page.url(), page.contentType());
    Article a = out.article();
    String text = a == null ? "" : plain(a.text());
    List<String> keep = strings(want, "keep");
    List<String> drop = strings(want, "drop");
    List<FieldCheck> checks = new ArrayList<>();
    List<String> missing = keep.stream().filter(k -> !text.contains(plain(k))).toList();
    List<String> present = drop.stream().filter(d -> text.contains(plain(d))).toList();
    checks.add(new FieldCheck("keep", keep.size() + " lines", missing.isEmpty() ? "all present"
        : "missing " + missing, missing.isEmpty()));
    checks.add(new FieldCheck("drop", drop.size() + " lines", present.isEmpty() ? "all absent"
        : "present " + present, present.isEmpty()));
    double r = keep.isEmpty() ? 1 : 1 - (double) missing.size() / keep.size();
    double p = a == null ? 0 : drop.isEmpty() ? 1 : 1 - (double) present.size() / drop.size();
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    String keepText = String.join("\n", keep);
    List<String> leaks = ExtractionEvaluator.LEAK_MARKERS.stream()
        .filter(m -> text.contains(m) && !keepText.contains(m)).toList();

    String title = text(want, "title");
    if (title == null) {
      title = page.pageTitle();
    }
    String gotTitle = a == null ? null : a.title();
    checks.add(title == null
        ? new FieldCheck("title", "(any)", gotTitle, gotTitle != null && !gotTitle.isBlank())
        : new FieldCheck("title", title, gotTitle,
            gotTitle != null && plain(gotTitle).equals(plain(title))));
    checks.add(dateCheck(text(want, "published"), a == null ? null : a.publishedAt()));
    for (String field : FIELDS) {
      String expectedValue = text(want, field);
      if (expectedValue != null) {
        String got = a == null ? null : field(a, field);
        checks.add(new FieldCheck(field, expectedValue, got, got != null
            && names.apply(plain(got)).equals(names.apply(plain(expectedValue)))));
      }
    }
    return new SeedScore(page.id(), out.status(), p, r, f1, leaks, checks, ms);
  }

  /** A date check: "yyyy-MM-dd" compares the day, a full time the minute; null expects none. */
  private static FieldCheck dateCheck(String expected, OffsetDateTime got) {
    String found = got == null ? null : got.toString();
    if (expected == null) {
      return new FieldCheck("published", null, found, got == null);
    }
    if (got == null) {
      return new FieldCheck("published", expected, null, false);
    }
    if (expected.length() == 10) {
      return new FieldCheck("published", expected, found,
          got.toLocalDate().toString().equals(expected));
    }
    OffsetDateTime want = OffsetDateTime.parse(
        expected.replaceFirst("T(\\d\\d:\\d\\d)([+-])", "T$1:00$2"));
    return new FieldCheck("published", expected, found, want.isEqual(got));
  }

  private static String field(Article a, String name) {
    return switch (name) {
      case "source" -> a.source();
      case "editor" -> a.editor();
      case "author" -> a.author();
      default -> a.correspondent();
    };
  }

  /** Glosses removed, U+00A0 and U+3000 as spaces, whitespace runs as one space, trimmed. */
  static String plain(String text) {
    return TextNormalizer.line(text.replace('\u00A0', ' ').replace('\u3000', ' '));
  }

  private static String text(JsonNode node, String field) {
    return CorpusPages.text(node, field);
  }

  private static List<String> strings(JsonNode node, String field) {
    return CorpusPages.strings(node, field);
  }
}
