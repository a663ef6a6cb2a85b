package org.reliefarchive.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.enrich.ArticleEnricher;
import org.reliefarchive.extract.Article;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.index.ReportMirror;
import org.reliefarchive.search.ReportSearcher;
import org.reliefarchive.search.SearchBackend;
import org.reliefarchive.search.SearchRequest;

/**
 * The index and query benchmark of {@code bench}: report-like documents made of shuffled
 * sentences of the real reports (their length, vocabulary and tags look like real reports while
 * their number can grow past what was crawled), indexed with 1 and 2 threads, then queried per
 * kind of query. Prints its figures as it goes.
 */
public final class IndexBench {
  /** A word in no generated report (its letters are in none of the seed reports). */
  private static final String NO_SUCH_WORD = "qzxjv";

  private static final String[] TERMS = {"残联", "疫情", "社区", "老人", "志愿者", "民政", "儿童",
      "妇联", "慈善", "救助", "困难", "党员", "防控", "医护", "捐赠", "残疾人"};

  /** A large build prints a line every this many documents. */
  private static final int PROGRESS_EVERY = 100_000;

  private IndexBench() {}

  /**
   * Indexes {@code count} generated reports into a new index at {@code path} with {@code threads}
   * threads and prints docs/s and the index size.
   */
  public static void index(PrintWriter out, Path path, Function<Integer, Article> generator,
      ArticleEnricher enricher, int count, int threads, IndexSchema schema) throws Exception {
    index(out, path, generator, enricher, count, threads, schema, ReportMirror.NONE);
  }

  /**
   * Indexes as {@link #index(PrintWriter, Path, Function, ArticleEnricher, int, int,
   * IndexSchema)} does, every report also going to {@code mirror} (a SolrCloud collection, as
   * crawl and reindex write it with that backend), committed at the end; returns docs/s.
   */
  public static double index(PrintWriter out, Path path, Function<Integer, Article> generator,
      ArticleEnricher enricher, int count, int threads, IndexSchema schema, ReportMirror mirror)
      throws Exception {
    return index(out, path, generator, enricher, 0, count, threads, schema, mirror);
  }

  /**
   * Indexes the generated reports {@code from} to {@code count - 1} as {@link #index(PrintWriter,
   * Path, Function, ArticleEnricher, int, int, IndexSchema, ReportMirror)} does, committing every
   * {@value #PROGRESS_EVERY}: a build that stops keeps what it committed, and one started again
   * from the reports its index holds continues it (the reports are the same on every run, and
   * indexing one again replaces it).
   */
  public static double index(PrintWriter out, Path path, Function<Integer, Article> generator,
      ArticleEnricher enricher, int from, int count, int threads, IndexSchema schema,
      ReportMirror mirror) throws Exception {
    AtomicLong next = new AtomicLong(from);
    long start = System.nanoTime();
    try (Directory d = ReportIndex.fsDirectory(path);
        ReportIndex index = ReportIndex.openWritable(d, schema,
            new IndexConfig(path.toString(), 256, 60))) {
      index.mirrorTo(mirror);
      if (mirror != ReportMirror.NONE) {
        // the collection may hold an earlier run's reports
        index.deleteAll();
      }
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> {
          for (long i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            Article a = generator.apply((int) i);
            index.upsert(enricher.enrich(a, new ArticleEnricher.Capture("p" + (i % 30),
                "门户" + (i % 30), null, Instant.EPOCH, "bench.warc.gz", i, "sha1:X")));
            if ((i + 1) % PROGRESS_EVERY == 0 && i + 1 < count) {
              index.commit();
              progress(out, i + 1 - from, i + 1, count, start, path);
            }
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      pool.shutdown();
      index.commit();
      double secs = (System.nanoTime() - start) / 1e9;
      line(out, "Indexed %,d docs with %d thread%s%s in %.1f s: %,.0f docs/s; index "
          + "%,.1f MB", count - from, threads, threads == 1 ? "" : "s",
          mirror == ReportMirror.NONE ? "" : " into the local index and the collection", secs,
          (count - from) / secs, size(path) / 1e6);
      return (count - from) / secs;
    }
  }

  /** The reports an index built earlier at {@code path} holds; 0 where there is none. */
  public static int count(Path path, IndexSchema schema) throws IOException {
    if (!Files.isDirectory(path)) {
      return 0;
    }
    try (Directory d = ReportIndex.fsDirectory(path)) {
      if (!org.apache.lucene.index.DirectoryReader.indexExists(d)) {
        return 0;
      }
      try (ReportIndex index = ReportIndex.openReadOnly(d, schema)) {
        return (int) index.count();
      }
    }
  }

  /**
   * Runs {@code queries} queries of each kind (after half as many to warm up) on the index at
   * {@code path} and prints p50/p95/p99 per kind and the heap.
   */
  public static void query(PrintWriter out, Path path, List<String> sentences, IndexSchema schema,
      int queries) throws IOException {
    try (Directory d = ReportIndex.fsDirectory(path);
        ReportIndex index = ReportIndex.openReadOnly(d, schema)) {
      line(out, "Query latency over %,d docs (%d queries per kind after %d "
          + "warm-up; every query counts all %d facet dimensions and highlights its hits):",
          index.count(), queries, queries / 2, IndexSchema.FACET_DIMENSIONS.size());
      for (KindFigures f : measure(new ReportSearcher(index), sentences, queries)) {
        line(out, "  %-24s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  CPU %5.1f ms  %,6.0f KB "
            + "allocated  (mean %,d hits)", f.kind(), f.p50(), f.p95(), f.p99(), f.cpuMs(),
            f.allocatedKb(), f.meanHits());
      }
      heap(out);
    }
  }

  /**
   * Latency of one kind of query on one backend, in ms; the CPU time and bytes allocated are
   * this JVM's thread only (a SolrCloud backend's work happens on its nodes).
   */
  public record KindFigures(String kind, double p50, double p95, double p99, double cpuMs,
      double allocatedKb, long meanHits) {}

  /**
   * Runs the same {@code queries} queries of each kind (after half as many to warm up) on every
   * backend of {@code backends}, one backend after the other, and prints p50/p95/p99 per kind
   * side by side, with the mean hits of each (equal when the backends hold the same reports).
   */
  public static void compare(PrintWriter out, Map<String, SearchBackend> backends,
      List<String> sentences, int queries) {
    Map<String, List<KindFigures>> figures = new LinkedHashMap<>();
    for (Map.Entry<String, SearchBackend> b : backends.entrySet()) {
      line(out, "Querying %s: %,d reports, %d queries per kind after %d warm-up", b.getKey(),
          b.getValue().count(), queries, queries / 2);
      figures.put(b.getKey(), measure(b.getValue(), sentences, queries));
    }
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-24s", "ms"));
    for (String name : figures.keySet()) {
      head.append(String.format(Locale.ROOT, "  %-26s", name + " p50/p95/p99 (hits)"));
    }
    line(out, "%s", head);
    List<KindFigures> first = figures.values().iterator().next();
    int differ = 0;
    for (int k = 0; k < first.size(); k++) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-24s",
          first.get(k).kind()));
      boolean same = true;
      for (List<KindFigures> fs : figures.values()) {
        KindFigures f = fs.get(k);
        same &= f.meanHits() == first.get(k).meanHits();
        row.append(String.format(Locale.ROOT, "  %6.1f %6.1f %6.1f (%,5d)", f.p50(), f.p95(),
            f.p99(), f.meanHits()));
      }
      differ += same ? 0 : 1;
      line(out, "%s%s", row, same ? "" : "  hits differ");
    }
    line(out, differ == 0 ? "  The same queries found as many reports on every backend."
        : "  %d kinds of query found different numbers of reports", differ);
  }

  /** The queries of each kind on {@code searcher}, after a warm-up. */
  static List<KindFigures> measure(SearchBackend searcher, List<String> sentences,
      int queries) {
    Random random = new Random(7);
    List<KindFigures> figures = new ArrayList<>();
    LocalDate day = LocalDate.of(2020, 1, 1);
    Map<String, Supplier<SearchRequest>> kinds = new LinkedHashMap<>();
    kinds.put("term", () -> SearchRequest.of(pick(random, TERMS), 20));
    kinds.put("AND", () -> SearchRequest.of(pick(random, TERMS) + " " + pick(random, TERMS),
        20));
    // a word no report holds beside a common one: no full match, so the page is filled with
    // the partial matches, ordered by their likeness to the first of them (PartialFeedback)
    kinds.put("partial fill", () -> SearchRequest.of(pick(random, TERMS) + " " + NO_SUCH_WORD,
        20));
    kinds.put("phrase", () -> SearchRequest.of("\"" + phrase(random, sentences) + "\"", 20));
    kinds.put("facets (all dimensions)", () -> SearchRequest.of(pick(random, TERMS), 20));
    kinds.put("drill-down", () -> new SearchRequest(pick(random, TERMS), Map.of(
        IndexSchema.PORTAL, List.of("p" + random.nextInt(30)),
        IndexSchema.YEAR, List.of(String.valueOf(2019 + random.nextInt(5)))), null, 1, 20));
    kinds.put("date range", () -> {
      LocalDate from = day.plusDays(random.nextInt(1200));
      return new SearchRequest(pick(random, TERMS), Map.of(), null, 1, 20, from,
          from.plusDays(90));
    });
    kinds.put("date sort", () -> new SearchRequest(pick(random, TERMS), Map.of(),
        SearchRequest.Sort.DATE, 1, 20));
    for (Map.Entry<String, Supplier<SearchRequest>> kind : kinds.entrySet()) {
      for (int i = 0; i < queries / 2; i++) {
        searcher.search(kind.getValue().get());
      }
      long[] nanos = new long[queries];
      long hits = 0;
      long allocated = allocated();
      long cpu = cpu();
      for (int i = 0; i < queries; i++) {
        SearchRequest r = kind.getValue().get();
        long t0 = System.nanoTime();
        hits += searcher.search(r).total();
        nanos[i] = System.nanoTime() - t0;
      }
      allocated = allocated() - allocated;
      cpu = cpu() - cpu;
      Arrays.sort(nanos);
      figures.add(new KindFigures(kind.getKey(), ms(nanos, 0.50), ms(nanos, 0.95),
          ms(nanos, 0.99), cpu / 1e6 / queries, allocated / 1e3 / queries, hits / queries));
    }
    return figures;
  }

  private static void heap(PrintWriter out) {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    line(out, "Heap in use after the queries: %,.0f MB (max %,.0f MB); peak "
        + "heap: %,.0f MB", (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6,
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1e6);
  }

  /** Bytes this thread has allocated so far (the query runs on it); 0 where not supported. */
  private static long allocated() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
        && t.isThreadAllocatedMemorySupported()) {
      return t.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
    return 0;
  }

  /**
   * CPU time of this thread so far: on a shared machine a query's CPU time says what it costs
   * when its wall time says mostly how busy the machine was.
   */
  private static long cpu() {
    var threads = ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
  }

  private static double ms(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }

  private static String pick(Random r, String[] values) {
    return values[r.nextInt(values.length)];
  }

  /** Four to six characters side by side from a random sentence. */
  static String phrase(Random r, List<String> sentences) {
    String s = sentences.get(r.nextInt(sentences.size())).replaceAll("[\\p{P}\\s]", "");
    int len = Math.min(s.length(), 4 + r.nextInt(3));
    int from = s.length() > len ? r.nextInt(s.length() - len) : 0;
    return s.substring(from, from + len);
  }

  /** Sentences of the seed reports and of the corpus pages' true text. */
  public static List<String> sentences(Path corpus) throws IOException {
    List<String> texts = new ArrayList<>();
    Path seeds = corpus.resolve("seeds");
    if (!Files.isDirectory(seeds)) {
      throw new IllegalArgumentException("no corpus at " + corpus + " (set --corpus)");
    }
    try (Stream<Path> s = Files.list(seeds)) {
      for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p));
      }
    }
    JsonNode manifest = new ObjectMapper().readTree(
        corpus.resolve("pages/manifest.json").toFile());
    for (JsonNode page : manifest.get("pages")) {
      if (page.hasNonNull("ground_truth") && "news".equals(page.path("genre").asText())) {
        texts.add(page.get("ground_truth").asText());
      }
    }
    List<String> sentences = new ArrayList<>();
    for (String t : texts) {
      for (String s : t.split("(?<=[。！？!?])|\\n")) {
        String trimmed = s.strip();
        if (trimmed.length() >= 12 && trimmed.length() <= 300) {
          sentences.add(trimmed);
        }
      }
    }
    return sentences;
  }

  /** Deterministic report-like articles: a title and 4-10 paragraphs of 2-5 sentences. */
  public record Generator(List<String> sentences) {
    /** The {@code i}-th article, the same on every run. */
    public Article article(int i) {
      Random r = new Random(31L * i + 17);
      String title = sentences.get(r.nextInt(sentences.size()));
      title = title.length() > 40 ? title.substring(0, 40) : title;
      List<String> paragraphs = new ArrayList<>();
      int n = 4 + r.nextInt(7);
      for (int p = 0; p < n; p++) {
        StringBuilder sb = new StringBuilder();
        int k = 2 + r.nextInt(4);
        for (int j = 0; j < k; j++) {
          sb.append(sentences.get(r.nextInt(sentences.size())));
        }
        paragraphs.add(sb.toString());
      }
      OffsetDateTime published = OffsetDateTime.of(2019, 1, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8))
          .plusMinutes(r.nextInt(5 * 365 * 24 * 60));
      return new Article("http://bench.invalid/" + i + ".html", title, published, null, null,
          null, null, paragraphs, "UTF-8");
    }
  }

  /**
   * Documents so far, the rate of this run and the disk used: a
   * build of a million documents takes long enough to want to see whether it slows down.
   */
  private static void progress(PrintWriter out, long indexed, long done, int count, long start,
      Path path) {
    double secs = (System.nanoTime() - start) / 1e9;
    long disk;
    try {
      disk = size(path);
    } catch (IOException | java.io.UncheckedIOException e) {
      // a merge removed a file while it was measured
      disk = -1;
    }
    line(out, "  %,d of %,d docs, committed, %.0f s: %,.0f docs/s so far; %s on disk", done,
        count, secs, indexed / secs,
        disk < 0 ? "?" : String.format(Locale.ROOT, "%,.0f MB", disk / 1e6));
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void line(PrintWriter out, String format, Object... args) {
    out.printf(Locale.ROOT, format + "%n", args);
    out.flush();
  }
}
