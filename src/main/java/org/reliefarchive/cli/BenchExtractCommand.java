package org.reliefarchive.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
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
    description = {
      "Measure extraction speed on one thread: the corpus pages between --min-kb and --max-kb",
      "are extracted in warm-up rounds first, then timed. Prints pages/s, MB/s, median and p95",
      "ms per page, bytes allocated per page and heap used."
    })
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

  @Option(names = "--warmup", defaultValue = "30",
      description = "Warm-up rounds over all pages, not timed (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--rounds", defaultValue = "30",
      description = "Timed rounds over all pages (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--json", description = "Print the figures as JSON.")
  boolean json;

  /** One page to extract. */
  private record Input(String id, byte[] bytes, String url) {}

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
    List<Input> pages = load(manifest);
    if (pages.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no corpus page between " + minKb
          + " and " + maxKb + " KB in " + manifest);
    }
    ArticleExtractor extractor = new ArticleExtractor(root.settings().boilerplate());
    for (int r = 0; r < warmup; r++) {
      for (Input p : pages) {
        extractor.extract(p.bytes(), p.url(), null);
      }
    }
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long threadId = Thread.currentThread().getId();
    long[] nanos = new long[pages.size() * rounds];
    int articles = 0;
    long allocatedBefore = threads.getThreadAllocatedBytes(threadId);
    long cpuBefore = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    int k = 0;
    for (int r = 0; r < rounds; r++) {
      for (Input p : pages) {
        long t0 = System.nanoTime();
        boolean article = extractor.extract(p.bytes(), p.url(), null).isArticle();
        nanos[k++] = System.nanoTime() - t0;
        articles += article ? 1 : 0;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
    long allocated = threads.getThreadAllocatedBytes(threadId) - allocatedBefore;
    MemoryUsage heapAtEnd = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    System.gc();
    MemoryUsage heapAfterGc = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();

    Arrays.sort(nanos);
    long totalBytes = pages.stream().mapToLong(p -> p.bytes().length).sum() * rounds;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pages", pages.size());
    m.put("minKb", minKb);
    m.put("maxKb", maxKb);
    m.put("meanKb", round(pages.stream().mapToLong(p -> p.bytes().length).average().orElse(0)
        / 1024, 1));
    m.put("warmupRounds", warmup);
    m.put("rounds", rounds);
    m.put("articleShare", round((double) articles / nanos.length, 3));
    m.put("pagesPerSecond", round(nanos.length / seconds, 1));
    // CPU time of the extracting thread: steadier than wall time on a machine shared with others
    m.put("pagesPerCpuSecond", round(nanos.length / cpuSeconds, 1));
    m.put("mbPerSecond", round(totalBytes / seconds / (1024 * 1024), 2));
    m.put("medianMs", round(nanos[nanos.length / 2] / 1e6, 3));
    m.put("p95Ms", round(nanos[Math.min(nanos.length - 1, (int) (nanos.length * 0.95))] / 1e6, 3));
    m.put("maxMs", round(nanos[nanos.length - 1] / 1e6, 3));
    m.put("allocatedKbPerPage", round(allocated / 1024.0 / nanos.length, 1));
    m.put("heapUsedMb", round(heapAtEnd.getUsed() / 1048576.0, 1));
    m.put("heapUsedAfterGcMb", round(heapAfterGc.getUsed() / 1048576.0, 1));
    m.put("heapMaxMb", round(heapAfterGc.getMax() / 1048576.0, 1));
    m.put("processors", Runtime.getRuntime().availableProcessors());
    m.put("java", System.getProperty("java.version"));

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

  private List<Input> load(Path manifest) throws IOException {
    JsonNode root = new ObjectMapper().readTree(manifest.toFile());
    Path dir = manifest.getParent();
    List<Input> pages = new ArrayList<>();
    for (JsonNode page : root.path("pages")) {
      Path file = dir.resolve(page.path("file").asText());
      long size = Files.size(file);
      if (size >= minKb * 1024L && size <= maxKb * 1024L) {
        JsonNode url = page.get("url");
        pages.add(new Input(page.path("id").asText(), Files.readAllBytes(file),
            url == null || url.isNull() ? null : url.asText()));
      }
    }
    return pages;
  }

  private static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}
