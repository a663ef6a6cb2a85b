package org.reliefarchive.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reliefarchive.extract.ArticleExtractor;

/**
 * The extraction benchmark of {@code bench-extract}: corpus pages of a size range extracted on
 * one thread, warm, bytes to article (decoding, parsing and every extraction step), timed with
 * wall and thread CPU time and the bytes the thread allocated.
 */
public final class ExtractionBench {
  /** One page to extract. */
  public record Input(String id, byte[] bytes, String url) {}

  private ExtractionBench() {}

  /**
   * The pages of {@code manifest} between {@code minKb} and {@code maxKb}.
   *
   * @throws IOException if the manifest or a page cannot be read
   */
  public static List<Input> load(Path manifest, int minKb, int maxKb) throws IOException {
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

  static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }

  /**
   * Extracts {@code pages} for {@code warmup} rounds, then {@code rounds} timed rounds, and
   * returns the figures by name (pages/s, pages per CPU second, MB/s, median/p95/max ms,
   * allocation per page, heap).
   */
  public static Map<String, Object> run(ArticleExtractor extractor, List<Input> pages,
      int minKb, int maxKb, int warmup, int rounds) {
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

    return m;
  }
}
