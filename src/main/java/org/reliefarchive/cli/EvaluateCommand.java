package org.reliefarchive.cli;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.concurrent.Callable;
import org.reliefarchive.enrich.TraditionalToSimplified;
import org.reliefarchive.extract.ArticleExtractor;
import org.reliefarchive.extract.EvaluationResult;
import org.reliefarchive.extract.ExtractionEvaluator;
import org.reliefarchive.extract.SeedEvaluator;
import org.reliefarchive.sample.SampleArticle;
import org.reliefarchive.sample.SamplePortal;
import picocli.CommandLine.Command;
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
    description = {
      "Score the extractor: character precision, recall and F1 against the annotated corpus",
      "pages, boilerplate leaks, title and date correctness and warm ms per page, worst page",
      "first; then the seed reports (served by the loopback sample portal) against",
      "seeds/expected.yaml: keep and drop lines, title, date, source, editor, author and",
      "correspondent (names compared in simplified characters)."
    })
final class EvaluateCommand implements Callable<Integer> {
  @ParentCommand ReliefArchiveCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--manifest", paramLabel = "FILE",
      defaultValue = "../shared/corpus/pages/manifest.json",
      description = "Corpus manifest (default: ${DEFAULT-VALUE}).")
  Path manifest;

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
    if (!Files.isRegularFile(manifest)) {
      throw new ParameterException(spec.commandLine(), "--manifest " + manifest
          + " is not a file");
    }
    if (!noSeeds && !Files.isRegularFile(seeds)) {
      throw new ParameterException(spec.commandLine(), "--seeds " + seeds
          + " is not a file (use --no-seeds to skip the seeds)");
    }
    ArticleExtractor extractor = new ArticleExtractor(root.settings().boilerplate());
    EvaluationResult corpus = new ExtractionEvaluator(extractor).evaluate(manifest, runs);
    SeedEvaluator.SeedResult seedResult = noSeeds ? null
        : new SeedEvaluator(extractor, TraditionalToSimplified::toSimplified)
            .evaluate(SeedEvaluator.readExpected(seeds), servedSeeds(), runs);

    List<EvaluationResult.PageScore> rows = new ArrayList<>(corpus.pages());
    rows.sort(Comparator.comparingDouble(EvaluationResult.PageScore::f1)
        .thenComparing(r -> r.leaks().isEmpty())
        .thenComparing(EvaluationResult.PageScore::id));
    if (worst != null && worst < rows.size()) {
      rows = rows.subList(0, worst);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(toJson(corpus, rows, seedResult)));
    } else {
      print(out, corpus, rows, seedResult);
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

  private static void print(PrintWriter out, EvaluationResult r,
      List<EvaluationResult.PageScore> rows, SeedEvaluator.SeedResult seeds) {
    out.printf(Locale.ROOT, "Corpus pages, worst first (%d of %d):%n", rows.size(),
        r.pages().size());
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
      if (Boolean.FALSE.equals(s.dateOk()) || Boolean.FALSE.equals(s.urlDateOk())) {
        note = (note + " date " + s.date() + " (want " + (s.expectedDate() != null
            ? s.expectedDate() : s.urlDate() + " from URL") + ")").trim();
      }
      out.printf(Locale.ROOT, "%-52s %5.3f %5.3f %5.3f %-5s %-5s %-5s %7s  %s%n",
          abbreviate(s.id(), 52), s.precision(), s.recall(), s.f1(),
          s.leaks().isEmpty() ? "-" : "LEAK", mark(s.titleOk()), mark(s.dateOk()), ms(s.ms()),
          note);
    }
    out.printf(Locale.ROOT, "%nMean F1 %.3f (P %.3f, R %.3f) over %d pages; leak rate %.3f;"
            + " title exact %.3f of %d; date correct %.3f of %d with a true date;"
            + " date = URL day %.3f of %d; median %s ms/page warm%n",
        r.meanF1(), r.meanPrecision(), r.meanRecall(), r.pages().size(), r.leakRate(),
        r.titleRate(), r.titlePages(), r.dateRate(), r.datePages(), r.urlDateRate(),
        r.urlDatePages(), ms(medianMs(r)));
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
      List<EvaluationResult.PageScore> rows, SeedEvaluator.SeedResult seeds) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("pages", r.pages().size());
    summary.put("meanF1", r.meanF1());
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
      p.put("expectedDate", s.expectedDate());
      p.put("dateOk", s.dateOk());
      p.put("urlDate", s.urlDate());
      p.put("urlDateOk", s.urlDateOk());
      p.put("ms", Double.isNaN(s.ms()) ? null : s.ms());
      pages.add(p);
    }
    m.put("pages", pages);
    if (seeds != null) {
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
      m.put("seeds", sm);
    }
    return m;
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
