package org.reliefarchive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reliefarchive.eval.ExtractionBench;
import org.reliefarchive.extract.ArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bench-extract}: how fast the extractor is on one thread, warm, for the corpus pages of
 * a given size (bytes to article: decoding, jsoup parsing and every extraction step included).
 */
@Command(
    name = "bench-extract",
    mixinStandardHelpOptions = true,
    description = 
        "Measure extraction speed on one thread: the corpus pages between --min-kb and "
        + "--max-kb are extracted in warm-up rounds first, then timed. Prints pages/s, "
        + "MB/s, median and p95 ms per page, bytes allocated per page and heap used.")
final class BenchExtractCommand implements Callable<Integer> {
  @ParentCommand ReliefArchiveCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus",
      description = "Corpus directory holding pages/manifest.json (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--min-kb", defaultValue = "30",
      description = "Smallest page size in KB (default: ${DEFAULT-VALUE}).")
  int minKb;

  @Option(names = "--max-kb", defaultValue = "100",
      description = "Largest page size in KB (default: ${DEFAULT-VALUE}).")
  int maxKb;

  @Option(names = "--warmup", defaultValue = "100",
      description = "Warm-up rounds over all pages, not timed (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--rounds", defaultValue = "30",
      description = "Timed rounds over all pages (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (minKb < 0 || maxKb <= minKb) {
      throw new ParameterException(spec.commandLine(),
          "--min-kb and --max-kb must satisfy 0 <= min < max (got " + minKb + ", " + maxKb + ")");
    }
    if (warmup < 0 || rounds < 1) {
      throw new ParameterException(spec.commandLine(),
          "--warmup must be >= 0 and --rounds >= 1 (got " + warmup + ", " + rounds + ")");
    }
    Path manifest = corpus.resolve("pages/manifest.json");
    if (!Files.isRegularFile(manifest)) {
      throw new ParameterException(spec.commandLine(),
          "--corpus " + corpus + " has no pages/manifest.json");
    }
    List<ExtractionBench.Input> pages = ExtractionBench.load(manifest, minKb, maxKb);
    if (pages.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no corpus page between " + minKb
          + " and " + maxKb + " KB in " + manifest);
    }
    Map<String, Object> m = ExtractionBench.run(
        new ArticleExtractor(root.settings().boilerplate()), pages, minKb, maxKb, warmup, rounds);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(m));
    } else {
      out.printf(Locale.ROOT, "%d corpus pages of %d-%d KB (mean %.1f KB), 1 thread, %d warm-up"
              + " and %d timed rounds, %d processors, Java %s%n", pages.size(), minKb, maxKb,
          m.get("meanKb"), warmup, rounds, m.get("processors"), m.get("java"));
      out.printf(Locale.ROOT, "  %.1f pages/s (%.1f per CPU second of the thread), %.2f MB/s%n",
          m.get("pagesPerSecond"), m.get("pagesPerCpuSecond"), m.get("mbPerSecond"));
      out.printf(Locale.ROOT, "  per page: median %.3f ms, p95 %.3f ms, max %.3f ms, %.1f KB"
          + " allocated%n", m.get("medianMs"), m.get("p95Ms"), m.get("maxMs"),
          m.get("allocatedKbPerPage"));
      out.printf(Locale.ROOT, "  heap used %.1f MB (%.1f MB after GC, max %.0f MB)%n",
          m.get("heapUsedMb"), m.get("heapUsedAfterGcMb"), m.get("heapMaxMb"));
    }
    out.flush();
    return 0;
  }

}
