package org.reliefarchive.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.apache.lucene.store.Directory;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.search.ReportSearcher;
import org.reliefarchive.search.SearchBackend;
import org.reliefarchive.web.WebApp;

/**
 * The search server under load: the real web app on a loopback port, serving the bench index,
 * driven over HTTP by concurrent clients that each rotate through a mix of the requests users
 * make (words in 简体 and 繁體, phrases, later pages, facet clicks, drill-down into a region with
 * a second facet, date order). After a warm-up, prints requests/s, latency percentiles overall
 * and per kind, errors, response bytes and the heap after the run.
 */
public final class HttpBench {
  private static final String[] SIMPLIFIED = {"残联", "疫情", "社区", "老人", "志愿者", "民政",
      "儿童", "妇联", "慈善", "救助", "困难", "党员", "防控", "医护", "捐赠", "残疾人"};
  private static final String[] TRADITIONAL = {"殘聯", "疫情", "社區", "老人", "志願者", "民政",
      "兒童", "婦聯", "慈善", "救助", "困難", "黨員", "防控", "醫護", "捐贈", "殘疾人"};
  private static final List<String> KINDS = List.of("words", "繁體", "phrase", "page 2-5",
      "facet click", "drill-down", "date sort");

  private HttpBench() {}

  /** How long to load the server, and with how many clients. */
  public record Load(int clients, Duration warmUp, Duration measure) {}

  /**
   * Serves the index at {@code path} on a loopback port and loads it as {@code load} says.
   *
   * @param sentences sentences of the real reports, for phrases
   */
  public static void run(PrintWriter out, Path path, IndexSchema schema, ServerConfig server,
      List<String> sentences, Load load) throws Exception {
    try (Directory d = ReportIndex.fsDirectory(path);
        ReportIndex index = ReportIndex.openReadOnly(d, schema)) {
      run(out, new ReportSearcher(index), index, server, sentences, load);
    }
  }

  /** What one run measured, for printing runs side by side. */
  public record Summary(double requestsPerSecond, double p50, double p95, double p99,
      long errors, double meanBytes) {}

  /**
   * Serves {@code searcher} (either backend; {@code index} is the embedded index it reads, or
   * null for a SolrCloud collection) on a loopback port and loads it as {@code load} says.
   */
  public static Summary run(PrintWriter out, SearchBackend searcher, ReportIndex index,
      ServerConfig server, List<String> sentences, Load load) throws Exception {
    Summary summary;
    searcher.warmUp();
    Javalin app = WebApp.create(searcher, index,
        new ServerConfig("127.0.0.1", 0, server.pageSize(), server.maxPageSize()), Map.of());
    app.start("127.0.0.1", 0);
    try {
      String base = "http://127.0.0.1:" + app.port();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5)).build();
      Mix mix = Mix.of(http, base, sentences);
      line(out, "HTTP load on %s: %,d reports, %d client%s, the mix %s; %d s warm-up, then "
          + "%d s measured", base, searcher.count(), load.clients(),
          load.clients() == 1 ? "" : "s", String.join(", ", KINDS), load.warmUp().toSeconds(),
          load.measure().toSeconds());
      drive(http, base, mix, load.clients(), load.warmUp());
      Probe probe = new Probe(http, base);
      Thread prober = new Thread(probe, "bench-probe");
      prober.start();
      Result r = drive(http, base, mix, load.clients(), load.measure());
      probe.stop = true;
      prober.join();
      report(out, r, load);
      probe.report(out);
      long[] all = r.all();
      summary = new Summary(r.count() / r.seconds, ms(all, 0.50), ms(all, 0.95), ms(all, 0.99),
          r.errors.get(), (double) r.bytes() / Math.max(1, r.count()));
    } finally {
      app.stop();
    }
    System.gc();
    Runtime rt = Runtime.getRuntime();
    line(out, "Heap in use after the run: %,.0f MB (max %,.0f MB)",
        (rt.totalMemory() - rt.freeMemory()) / 1e6, rt.maxMemory() / 1e6);
    return summary;
  }

  private static Result drive(HttpClient http, String base, Mix mix, int clients,
      Duration length) throws Exception {
    long end = System.nanoTime() + length.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<Result>> futures = new ArrayList<>();
    long start = System.nanoTime();
    long cpuStart = processCpu();
    Map<String, Long> compilingStart = compilerTicks();
    for (int c = 0; c < clients; c++) {
      int client = c;
      futures.add(pool.submit(() -> {
        Random random = new Random(1000L + client);
        Result mine = new Result();
        // clients start at different kinds, so every kind is asked for at every moment
        for (int i = client; System.nanoTime() < end; i++) {
          int kind = i % KINDS.size();
          String uri = base + mix.path(kind, random);
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(URI.create(uri))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - t0;
            if (resp.statusCode() == 200) {
              mine.add(kind, nanos, resp.body().length);
            } else {
              mine.error(uri + " → " + resp.statusCode());
            }
          } catch (IOException e) {
            mine.error(uri + " → " + e);
          }
        }
        return mine;
      }));
    }
    Result all = new Result();
    for (Future<Result> f : futures) {
      all.merge(f.get());
    }
    all.seconds = (System.nanoTime() - start) / 1e9;
    all.cpuNanos = processCpu() - cpuStart;
    all.compilingNanos = compiling(compilingStart, compilerTicks());
    pool.shutdown();
    return all;
  }

  private static void report(PrintWriter out, Result r, Load load) {
    long n = r.count();
    line(out, "  %,d requests in %.1f s: %,.1f req/s; %d error%s; CPU %.1f ms a request "
        + "(server and clients%s)", n, r.seconds, n / r.seconds, r.errors.get(),
        r.errors.get() == 1 ? "" : "s", r.cpuNanos / 1e6 / Math.max(1, n),
        r.compilingNanos < 0 ? "" : String.format(Locale.ROOT,
            "; %.1f ms of it the JIT compiler's", r.compilingNanos / 1e6 / Math.max(1, n)));
    if (r.firstError != null) {
      line(out, "  first error: %s", r.firstError);
    }
    long[] all = r.all();
    line(out, "  %-12s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  mean %,7.0f bytes", "all",
        ms(all, 0.50), ms(all, 0.95), ms(all, 0.99), (double) r.bytes() / Math.max(1, n));
    for (int k = 0; k < KINDS.size(); k++) {
      long[] nanos = r.sorted(k);
      if (nanos.length == 0) {
        continue;
      }
      line(out, "  %-12s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  mean %,7.0f bytes  (%,d)",
          KINDS.get(k), ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99),
          (double) r.bytes[k] / nanos.length, nanos.length);
    }
    line(out, "  load average now: %.2f on %d cores",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
  }

  /**
   * Requests that are not searches, made one at a time beside the clients' load: a static file
   * and the facet counts of all reports (the page a visitor lands on). Their latency says
   * whether they wait behind the queued searches; they are not counted in the mix's figures.
   */
  private static final class Probe implements Runnable {
    private static final List<String> PATHS = List.of("/static/app.css", "/api/facets");
    private final HttpClient http;
    private final String base;
    private final List<List<Long>> nanos = List.of(new ArrayList<>(), new ArrayList<>());
    private long errors;
    volatile boolean stop;

    Probe(HttpClient http, String base) {
      this.http = http;
      this.base = base;
    }

    @Override
    public void run() {
      for (int i = 0; !stop; i++) {
        int k = i % PATHS.size();
        long t0 = System.nanoTime();
        try {
          HttpResponse<byte[]> resp = http.send(HttpRequest.newBuilder(
              URI.create(base + PATHS.get(k))).timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
          if (resp.statusCode() == 200) {
            nanos.get(k).add(System.nanoTime() - t0);
          } else {
            errors++;
          }
          Thread.sleep(50);
        } catch (IOException e) {
          errors++;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }

    void report(PrintWriter out) {
      for (int k = 0; k < PATHS.size(); k++) {
        long[] sorted = nanos.get(k).stream().mapToLong(Long::longValue).sorted().toArray();
        line(out, "  beside the load, one at a time: %-16s p50 %6.1f ms  p99 %6.1f ms  (%,d)%s",
            PATHS.get(k), ms(sorted, 0.50), ms(sorted, 0.99), sorted.length,
            k == 0 && errors > 0 ? "  " + errors + " errors" : "");
      }
    }
  }

  /** The request paths of each kind, with facet values read from the index's own counts. */
  private record Mix(List<String> sentences, List<String> provinces, List<String> cities,
      Map<String, List<String>> values) {

    static Mix of(HttpClient http, String base, List<String> sentences) throws Exception {
      ObjectMapper json = new ObjectMapper();
      JsonNode all = json.readTree(get(http, base + "/api/facets"));
      List<String> provinces = values(all, IndexSchema.REGION, v -> v.path("value").asText());
      List<String> cities = new ArrayList<>();
      for (String p : provinces.subList(0, Math.min(8, provinces.size()))) {
        JsonNode open = json.readTree(get(http, base + "/api/facets?region=" + enc(p)));
        for (JsonNode v : open.path("facets").path(IndexSchema.REGION)) {
          if (p.equals(v.path("value").asText())) {
            v.path("children").forEach(c -> cities.add(p + "/" + c.path("value").asText()));
          }
        }
      }
      Map<String, List<String>> values = new LinkedHashMap<>();
      for (String dim : List.of(IndexSchema.AGENCY_TYPE, IndexSchema.BENEFICIARY,
          IndexSchema.PORTAL, IndexSchema.YEAR)) {
        List<String> v = values(all, dim, n -> n.path("value").asText());
        if (!v.isEmpty()) {
          values.put(dim, v.subList(0, Math.min(10, v.size())));
        }
      }
      if (provinces.isEmpty() || values.isEmpty()) {
        throw new IllegalStateException("the index has no facet values to click on");
      }
      return new Mix(sentences, provinces.subList(0, Math.min(12, provinces.size())),
          cities.isEmpty() ? provinces : cities, values);
    }

    String path(int kind, Random r) {
      String word = SIMPLIFIED[r.nextInt(SIMPLIFIED.length)];
      return switch (kind) {
        case 0 -> "/api/search?q=" + enc(r.nextBoolean() ? word
            : word + " " + SIMPLIFIED[r.nextInt(SIMPLIFIED.length)]);
        case 1 -> "/api/search?q=" + enc(TRADITIONAL[r.nextInt(TRADITIONAL.length)]);
        case 2 -> "/api/search?q=" + enc("\"" + IndexBench.phrase(r, sentences) + "\"");
        case 3 -> "/api/search?q=" + enc(word) + "&page=" + (2 + r.nextInt(4));
        case 4 -> {
          List<String> dims = new ArrayList<>(values.keySet());
          String dim = dims.get(r.nextInt(dims.size()));
          List<String> v = values.get(dim);
          yield "/api/search?q=" + (r.nextInt(4) == 0 ? "" : enc(word)) + "&" + dim + "="
              + enc(v.get(r.nextInt(v.size())));
        }
        case 5 -> {
          List<String> dims = new ArrayList<>(values.keySet());
          String dim = dims.get(r.nextInt(dims.size()));
          List<String> v = values.get(dim);
          String region = r.nextBoolean() ? provinces.get(r.nextInt(provinces.size()))
              : cities.get(r.nextInt(cities.size()));
          yield "/api/search?q=" + enc(word) + "&region=" + enc(region) + "&" + dim + "="
              + enc(v.get(r.nextInt(v.size())));
        }
        default -> "/api/search?q=" + enc(word) + "&sort=date";
      };
    }

    private static List<String> values(JsonNode facets, String dim,
        Function<JsonNode, String> value) {
      List<String> out = new ArrayList<>();
      facets.path("facets").path(dim).forEach(v -> out.add(value.apply(v)));
      return out;
    }
  }

  private static String get(HttpClient http, String uri) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(uri)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(uri + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Latencies and bytes per kind, of one client or merged. */
  private static final class Result {
    final List<List<Long>> nanos = new ArrayList<>();
    final long[] bytes = new long[KINDS.size()];
    final AtomicLong errors = new AtomicLong();
    String firstError;
    double seconds;
    long cpuNanos;
    long compilingNanos = -1;

    Result() {
      for (int k = 0; k < KINDS.size(); k++) {
        nanos.add(new ArrayList<>());
      }
    }

    void add(int kind, long took, int size) {
      nanos.get(kind).add(took);
      bytes[kind] += size;
    }

    void error(String what) {
      if (firstError == null) {
        firstError = what;
      }
      errors.incrementAndGet();
    }

    void merge(Result other) {
      for (int k = 0; k < KINDS.size(); k++) {
        nanos.get(k).addAll(other.nanos.get(k));
        bytes[k] += other.bytes[k];
      }
      errors.addAndGet(other.errors.get());
      if (firstError == null) {
        firstError = other.firstError;
      }
    }

    long count() {
      return nanos.stream().mapToLong(List::size).sum();
    }

    long bytes() {
      return Arrays.stream(bytes).sum();
    }

    long[] sorted(int kind) {
      long[] a = nanos.get(kind).stream().mapToLong(Long::longValue).toArray();
      Arrays.sort(a);
      return a;
    }

    long[] all() {
      long[] a = nanos.stream().flatMap(List::stream).mapToLong(Long::longValue).toArray();
      Arrays.sort(a);
      return a;
    }
  }

  /**
   * CPU time of the whole process so far, 0 where not supported: on a shared machine the CPU a
   * request costs holds when requests/s says mostly how busy the machine was.
   */
  private static long processCpu() {
    return ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  /**
   * CPU ticks (hundredths of a second) of each of the JVM's compiler threads by thread id, from
   * /proc; null where there is none. The JIT compiles the search's code for minutes after a
   * start, on the same cores as the searches: its share tells a warm server's CPU a request.
   */
  private static Map<String, Long> compilerTicks() {
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return null;
    }
    Map<String, Long> ticks = new LinkedHashMap<>();
    try (var dirs = Files.list(tasks)) {
      for (Path task : (Iterable<Path>) dirs::iterator) {
        try {
          String stat = Files.readString(task.resolve("stat"));
          int close = stat.lastIndexOf(')');
          String name = stat.substring(stat.indexOf('(') + 1, close);
          if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            // after the name: state, then 10 fields up to utime and stime
            String[] f = stat.substring(close + 2).split(" ");
            ticks.put(task.getFileName().toString(),
                Long.parseLong(f[11]) + Long.parseLong(f[12]));
          }
        } catch (IOException | RuntimeException e) {
          // a thread that ended meanwhile
        }
      }
    } catch (IOException e) {
      return null;
    }
    return ticks;
  }

  /**
   * Nanoseconds the compiler threads ran between two readings, -1 where not known. A compiler
   * thread that ended in between is counted up to the first reading only.
   */
  private static long compiling(Map<String, Long> before, Map<String, Long> after) {
    if (before == null || after == null) {
      return -1;
    }
    long ticks = 0;
    for (Map.Entry<String, Long> e : after.entrySet()) {
      ticks += e.getValue() - before.getOrDefault(e.getKey(), 0L);
    }
    return ticks * 10_000_000L;
  }

  private static double ms(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }

  private static void line(PrintWriter out, String format, Object... args) {
    out.printf(Locale.ROOT, format + "%n", args);
    out.flush();
  }
}
