package org.reliefarchive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.reliefarchive.enrich.TraditionalToSimplified;
import org.reliefarchive.eval.CorpusPages;
import org.reliefarchive.eval.EvaluationResult;
import org.reliefarchive.eval.ExtractionEvaluator;
import org.reliefarchive.eval.SeedEvaluator;
import org.reliefarchive.extract.ArticleExtractor;
import org.reliefarchive.sample.SampleArticle;
import org.reliefarchive.sample.SamplePortal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate}: score the extractor on the annotated corpus pages and on the seed reports as
 * the sample portal serves them.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Score the extractor on the annotated corpus pages, the test split first (whole sites "
        + "held out from tuning), then dev: character precision, recall and F1, pages under "
        + "0.6, boilerplate leaks, title and date correctness, where dates came from, "
        + "non-articles refused, warm ms per page, worst page first, and figures per source and "
        + "genre; then the seed reports (served by the loopback sample portal) against "
        + "seeds/expected.yaml: keep and drop lines, title, date, source, editor, author and "
        + "correspondent (names compared in simplified characters).")
final class EvaluateCommand implements Callable<Integer> {
  @ParentCommand ReliefArchiveCommand root;
  @Spec CommandSpec spec;

  @Mixin CorpusOptions corpus;

  @Option(names = "--seeds", paramLabel = "FILE",
      defaultValue = "../shared/corpus/seeds/expected.yaml",
      description = "Seed expectations (default: ${DEFAULT-VALUE}).")
  Path seeds;

  @Option(names = "--no-seeds", description = "Score the corpus pages only.")
  boolean noSeeds;

  @Option(names = "--worst", paramLabel = "N",
      description = "Show only the N worst corpus pages (default: all).")
  Integer worst;

  @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
      description = "Timed runs per page after warm-up, for ms/page; 0 skips timing "
          + "(default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--json", description = "Print everything as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (worst != null && worst < 0) {
      throw new ParameterException(spec.commandLine(), "--worst must be 0 or more, got " + worst);
    }
    if (runs < 0) {
      throw new ParameterException(spec.commandLine(), "--runs must be 0 or more, got " + runs);
    }
    List<CorpusPages.Page> pages = corpus.load(spec);
    if (!noSeeds && !Files.isRegularFile(seeds)) {
      throw new ParameterException(spec.commandLine(), "--seeds " + seeds
          + " is not a file (use --no-seeds to skip the seeds)");
    }
    ArticleExtractor extractor = new ArticleExtractor(root.settings().boilerplate());
    EvaluationResult corpus = new ExtractionEvaluator(extractor)
        .evaluate(pages, runs);
    SeedEvaluator.SeedResult seedResult = noSeeds ? null
        : new SeedEvaluator(extractor, TraditionalToSimplified::toSimplified)
            .evaluate(SeedEvaluator.readExpected(seeds), servedSeeds(), runs);

    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (String split : SPLITS) {
        EvaluationResult r = corpus.subset(s -> s.split().equals(split));
        m.put(split, toJson(r, worst(r)));
      }
      m.put("seeds", seedResult == null ? null : seedsJson(seedResult));
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(m));
    } else {
      for (String split : SPLITS) {
        EvaluationResult r = corpus.subset(s -> s.split().equals(split));
        out.printf(Locale.ROOT, "%n== %s split: %d pages of %d sites%s%n", split,
            r.pages().size(), r.pages().stream().map(EvaluationResult.PageScore::site)
                .distinct().count(),
            split.equals(CorpusPages.TEST) ? " (the figures to report; never tuned on)"
                : " (rules are tuned on these)");
        print(out, r, worst(r));
      }
      printSeeds(out, seedResult);
    }
    out.flush();
    return 0;
  }

  /** The seed pages as the sample portal serves them: its bytes and its Content-Type. */
  private List<SeedEvaluator.SeedPage> servedSeeds() throws IOException, InterruptedException {
    List<SeedEvaluator.SeedPage> pages = new ArrayList<>();
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    try (SamplePortal portal = SamplePortal.start()) {
      for (SampleArticle a : portal.articles()) {
        if (!a.origin().equals("seed")) {
          continue;
        }
        HttpResponse<byte[]> response = client.send(
            HttpRequest.newBuilder(URI.create(a.url())).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
          throw new IOException("sample portal answered HTTP " + response.statusCode() + " for "
              + a.url());
        }
        pages.add(new SeedEvaluator.SeedPage(a.originId(), response.body(), a.url(),
            response.headers().firstValue("Content-Type").orElse(null), a.title()));
      }
    }
    return pages;
  }

  /** Splits in the order printed: the reported one first. */
  private static final List<String> SPLITS = List.of(CorpusPages.TEST, CorpusPages.DEV);

  private List<EvaluationResult.PageScore> worst(EvaluationResult r) {
    List<EvaluationResult.PageScore> rows = new ArrayList<>(r.pages());
    rows.sort(Comparator.comparingDouble(EvaluationResult.PageScore::f1)
        .thenComparing(s -> s.leaks().isEmpty())
        .thenComparing(EvaluationResult.PageScore::id));
    return worst != null && worst < rows.size() ? rows.subList(0, worst) : rows;
  }

  private static void print(PrintWriter out, EvaluationResult r,
      List<EvaluationResult.PageScore> rows) {
    out.printf(Locale.ROOT, "Pages, worst first (%d of %d):%n", rows.size(), r.pages().size());
    out.printf(Locale.ROOT, "%-52s %5s %5s %5s %-5s %-5s %-5s %7s  %s%n", "page", "P", "R", "F1",
        "leak", "title", "date", "ms", "note");
    for (EvaluationResult.PageScore s : rows) {
      String note = s.status().name().equals("ARTICLE") ? "" : s.status() + ": " + s.reason();
      if (!s.leaks().isEmpty()) {
        note = (note + " leaks " + s.leaks()).trim();
      }
      if (Boolean.FALSE.equals(s.titleOk())) {
        note = (note + " title '" + s.title() + "'").trim();
      }
      if (!s.article()) {
        note = (s.status().name().equals("ARTICLE") ? "NOT AN ARTICLE, but text came out"
            : "not an article, refused: " + s.reason());
      }
      if (Boolean.FALSE.equals(s.dateOk()) || Boolean.FALSE.equals(s.urlDateOk())) {
        note = (note + " date " + s.date() + " (want " + (s.expectedDate() != null
            ? s.expectedDate() : s.urlDate() + " from URL") + ")").trim();
      }
      out.printf(Locale.ROOT, "%-52s %5.3f %5.3f %5.3f %-5s %-5s %-5s %7s  %s%n",
          abbreviate(s.id(), 52), s.precision(), s.recall(), s.f1(),
          s.leaks().isEmpty() ? "-" : "LEAK", mark(s.titleOk()), mark(s.dateOk()), ms(s.ms()),
          note);
    }
    out.printf(Locale.ROOT, "%n%s%n", summary(r));
    out.printf(Locale.ROOT, "By source:%n");
    groups(out, r, EvaluationResult.PageScore::source);
    out.printf(Locale.ROOT, "By genre:%n");
    groups(out, r, EvaluationResult.PageScore::genre);
  }

  private static String summary(EvaluationResult r) {
    return String.format(Locale.ROOT, "Mean F1 %.3f (median %.3f; P %.3f, R %.3f) over %d"
            + " article pages, %d under %.1f; leak rate %.3f; title right %.3f of %d;"
            + " date right %.3f of %d with a true date; %d of %d dates say where they came from;"
            + " date = URL day %.3f of %d; not-articles refused %d of %d; median %s ms/page warm",
        r.meanF1(), r.medianF1(), r.meanPrecision(), r.meanRecall(), r.articlePages(),
        r.failedArticles(), EvaluationResult.FAILED_F1, r.leakRate(), r.titleRate(),
        r.titlePages(), r.dateRate(), r.datePages(), r.datesWithSource(), r.datedArticles(),
        r.urlDateRate(), r.urlDatePages(), r.nonArticlesRefused(), r.nonArticlePages(),
        ms(medianMs(r)));
  }

  private static void groups(PrintWriter out, EvaluationResult r,
      Function<EvaluationResult.PageScore, String> key) {
    TreeMap<String, List<EvaluationResult.PageScore>> by = new TreeMap<>();
    r.pages().forEach(s -> by.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s));
    by.forEach((k, rows) -> {
      EvaluationResult g = EvaluationResult.of(rows);
      out.printf(Locale.ROOT, "  %-18s %4d pages  F1 %5s  under %.1f: %2d  leaks %.3f"
              + "  titles %.3f  not-articles refused %d/%d%n", k, rows.size(),
          g.articlePages() == 0 ? "-" : String.format(Locale.ROOT, "%.3f", g.meanF1()),
          EvaluationResult.FAILED_F1, g.failedArticles(), g.leakRate(), g.titleRate(),
          g.nonArticlesRefused(), g.nonArticlePages());
    });
  }

  private static void printSeeds(PrintWriter out, SeedEvaluator.SeedResult seeds) {
    if (seeds == null) {
      return;
    }
    out.printf(Locale.ROOT, "%nSeed reports (%d):%n", seeds.seeds().size());
    for (SeedEvaluator.SeedScore s : seeds.seeds()) {
      out.printf(Locale.ROOT, "%-22s %-8s keep/drop P %.2f R %.2f F1 %.2f %-5s %7s ms  %s%n",
          s.id(), s.allRight() ? "ALL OK" : "WRONG", s.precision(), s.recall(), s.f1(),
          s.leaks().isEmpty() ? "-" : "LEAK", ms(s.ms()), s.status());
      for (SeedEvaluator.FieldCheck c : s.checks()) {
        out.printf(Locale.ROOT, "    %-4s %-13s %s%s%n", c.ok() ? "ok" : "FAIL", c.field(),
            c.found(), c.ok() ? "" : "  (want " + c.expected() + ")");
      }
    }
    out.printf(Locale.ROOT, "Seeds: %d of %d with every field right; %d of %d fields right;"
            + " mean keep/drop F1 %.3f; leak rate %.3f%n",
        Math.round(seeds.allRightRate() * seeds.seeds().size()), seeds.seeds().size(),
        seeds.fieldsRight(), seeds.fields(), seeds.meanF1(), seeds.leakRate());
  }

  private static Map<String, Object> toJson(EvaluationResult r,
      List<EvaluationResult.PageScore> rows) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("pages", r.pages().size());
    summary.put("articlePages", r.articlePages());
    summary.put("meanF1", r.meanF1());
    summary.put("medianF1", r.medianF1());
    summary.put("failedArticles", r.failedArticles());
    summary.put("nonArticlePages", r.nonArticlePages());
    summary.put("nonArticlesRefused", r.nonArticlesRefused());
    summary.put("datedArticles", r.datedArticles());
    summary.put("datesWithSource", r.datesWithSource());
    summary.put("meanPrecision", r.meanPrecision());
    summary.put("meanRecall", r.meanRecall());
    summary.put("leakRate", r.leakRate());
    summary.put("titleRate", r.titleRate());
    summary.put("titlePages", r.titlePages());
    summary.put("dateRate", r.dateRate());
    summary.put("datePages", r.datePages());
    summary.put("urlDateRate", r.urlDateRate());
    summary.put("urlDatePages", r.urlDatePages());
    summary.put("medianMs", Double.isNaN(medianMs(r)) ? null : medianMs(r));
    m.put("corpus", summary);
    List<Map<String, Object>> pages = new ArrayList<>();
    for (EvaluationResult.PageScore s : rows) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("id", s.id());
      p.put("source", s.source());
      p.put("site", s.site());
      p.put("genre", s.genre());
      p.put("article", s.article());
      p.put("status", s.status().name());
      p.put("reason", s.reason());
      p.put("precision", s.precision());
      p.put("recall", s.recall());
      p.put("f1", s.f1());
      p.put("leak", !s.leaks().isEmpty());
      p.put("leaks", s.leaks());
      p.put("title", s.title());
      p.put("expectedTitle", s.expectedTitle());
      p.put("titleOk", s.titleOk());
      p.put("date", s.date());
      p.put("dateSource", s.dateSource());
      p.put("expectedDate", s.expectedDate());
      p.put("dateOk", s.dateOk());
      p.put("urlDate", s.urlDate());
      p.put("urlDateOk", s.urlDateOk());
      p.put("ms", Double.isNaN(s.ms()) ? null : s.ms());
      pages.add(p);
    }
    m.put("pages", pages);
    return m;
  }

  private static Map<String, Object> seedsJson(SeedEvaluator.SeedResult seeds) {
    {
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("seeds", seeds.seeds().size());
      sm.put("allRightRate", seeds.allRightRate());
      sm.put("fieldsRight", seeds.fieldsRight());
      sm.put("fields", seeds.fields());
      sm.put("meanF1", seeds.meanF1());
      sm.put("leakRate", seeds.leakRate());
      List<Map<String, Object>> list = new ArrayList<>();
      for (SeedEvaluator.SeedScore s : seeds.seeds()) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", s.id());
        p.put("status", s.status().name());
        p.put("allRight", s.allRight());
        p.put("precision", s.precision());
        p.put("recall", s.recall());
        p.put("f1", s.f1());
        p.put("leaks", s.leaks());
        p.put("ms", Double.isNaN(s.ms()) ? null : s.ms());
        Map<String, Object> checks = new LinkedHashMap<>();
        for (SeedEvaluator.FieldCheck c : s.checks()) {
          Map<String, Object> cm = new LinkedHashMap<>();
          cm.put("ok", c.ok());
          cm.put("expected", c.expected());
          cm.put("found", c.found());
          checks.put(c.field(), cm);
        }
        p.put("fields", checks);
        list.add(p);
      }
      sm.put("pages", list);
      return sm;
    }
  }

  private static double medianMs(EvaluationResult r) {
    double[] ms = r.pages().stream().mapToDouble(EvaluationResult.PageScore::ms)
        .filter(d -> !Double.isNaN(d)).sorted().toArray();
    return ms.length == 0 ? Double.NaN : ms[ms.length / 2];
  }

  private static String ms(double ms) {
    return Double.isNaN(ms) ? "-" : String.format(Locale.ROOT, "%.2f", ms);
  }

  private static String mark(Boolean ok) {
    return ok == null ? "" : ok ? "ok" : "WRONG";
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
