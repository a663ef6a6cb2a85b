package org.reliefarchive.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.reliefarchive.archive.CdxIndex;
import org.reliefarchive.archive.FileTrees;
import org.reliefarchive.archive.ImportedFiles;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.ingest.ImportFilter;
import org.reliefarchive.ingest.WarcImport;
import org.reliefarchive.search.ReportSearcher;
import org.reliefarchive.web.ArchiveSource;
import org.reliefarchive.web.CrawlRunsSource;
import org.reliefarchive.web.WebApp;
import org.reliefarchive.web.WebArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bench-archive}: import speed of a WARC file (records/s, each run into a fresh
 * temporary home) and latency of the CDX API over the archive of {@code --home}.
 */
@Command(
    name = "bench-archive",
    mixinStandardHelpOptions = true,
    description =
        "Measure the web-archive side: --warc FILE is imported --runs times, each into a fresh "
        + "temporary home with the configured portals (records/s, median); then /cdx of a "
        + "loopback server over the archive of --home answers exact, prefix, host and domain "
        + "queries for every URL of its CDXJ index (median, p95 and p99 ms per request).")
final class BenchArchiveCommand implements Callable<Integer> {
  @ParentCommand ReliefArchiveCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--warc", paramLabel = "FILE",
      description = "A WARC file to import (for instance wget's WARC of the sample portal).")
  Path warc;

  @Option(names = "--runs", defaultValue = "3",
      description = "Import runs (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--queries", defaultValue = "2000",
      description = "Timed CDX requests per match type (default: ${DEFAULT-VALUE}).")
  int queries;

  @Override
  public Integer call() throws Exception {
    Settings settings = root.settings();
    PrintWriter out = spec.commandLine().getOut();
    Terminal.line(out, "Machine: %d cores, load average %.2f", Runtime.getRuntime()
        .availableProcessors(), java.lang.management.ManagementFactory
        .getOperatingSystemMXBean().getSystemLoadAverage());
    if (warc != null) {
      importRuns(settings, out);
    }
    Path cdxj = settings.archiveDir().resolve(CdxIndex.FILE_NAME);
    if (!Files.exists(cdxj)) {
      if (warc == null) {
        throw new ParameterException(spec.commandLine(), "no " + cdxj + " to query and no "
            + "--warc to import; run the demo (its archive is index/demo) or a crawl first");
      }
      return 0;
    }
    cdxLatency(cdxj, settings.archiveDir(), out);
    return 0;
  }

  private void importRuns(Settings settings, PrintWriter out) throws Exception {
    double[] rates = new double[runs];
    long records = 0;
    long reports = 0;
    for (int i = 0; i < runs; i++) {
      Path home = Files.createTempDirectory("relief-bench-import");
      try (Pipeline pipeline = new Pipeline(settings.withHome(home), Clock.systemUTC())) {
        WarcImport run = new WarcImport(pipeline.archive, ImportedFiles.open(
            pipeline.settings.archiveDir()), pipeline.ingest, pipeline.index,
            new ImportFilter(settings.sources()), Clock.systemUTC());
        long start = System.nanoTime();
        run.importFile(warc, null, false);
        pipeline.index.commit();
        double secs = (System.nanoTime() - start) / 1e9;
        rates[i] = run.records() / secs;
        records = run.records();
        reports = run.reports();
        Terminal.line(out, "  import run %d: %d records, %d reports in %.2f s (%.0f records/s)",
            i + 1, records, reports, secs, rates[i]);
      } finally {
        FileTrees.delete(home);
      }
    }
    Arrays.sort(rates);
    Terminal.line(out, "Import of %s: %d records, %d reports; median %.0f records/s over %d "
        + "runs (pipeline already loaded)", warc.getFileName(), records, reports,
        rates[rates.length / 2], runs);
  }

  private void cdxLatency(Path cdxj, Path archiveDir, PrintWriter out) throws Exception {
    List<String> urls = new ArrayList<>();
    List<String> hosts = new ArrayList<>();
    for (String line : CdxIndex.readAll(archiveDir)) {
      int start = line.indexOf("{\"url\":\"");
      if (start < 0) {
        continue;
      }
      String url = line.substring(start + 8, line.indexOf('"', start + 8));
      // captured URLs need not be valid URIs (wget keeps href="<% content %>" as it found it)
      java.util.regex.Matcher host = java.util.regex.Pattern
          .compile("^[A-Za-z][A-Za-z0-9+.-]*://([^/:?#]+)").matcher(url);
      if (!host.find()) {
        continue;
      }
      urls.add(url);
      hosts.add(host.group(1));
    }
    if (urls.isEmpty()) {
      Terminal.line(out, "%s holds no capture", cdxj);
      return;
    }
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        ReportIndex index = ReportIndex.openWritable(dir, root.settings().schema(),
            new IndexConfig("x", 16, 30))) {
      var app = WebApp.create(new ReportSearcher(index), index, new ServerConfig("127.0.0.1", 0,
          20, 100), Map.of(), ArchiveSource.NONE, CrawlRunsSource.NONE, new WebArchive(archiveDir, null));
      app.start("127.0.0.1", 0);
      try {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + app.port() + "/cdx?";
        Map<String, java.util.function.IntFunction<String>> kinds = new LinkedHashMap<>();
        kinds.put("exact", i -> "url=" + enc(urls.get(i % urls.size())));
        kinds.put("prefix", i -> "url=" + enc("http://" + hosts.get(i % hosts.size()) + "/")
            + "&matchType=prefix&limit=100");
        kinds.put("host", i -> "url=" + enc(hosts.get(i % hosts.size()))
            + "&matchType=host&limit=100");
        kinds.put("domain", i -> "url=" + enc(hosts.get(i % hosts.size()))
            + "&matchType=domain&output=json&limit=100");
        Terminal.line(out, "CDX API over %s (%d captures, %d URLs), %d requests per kind after "
            + "%d warm-up:", cdxj, urls.size(), urls.stream().distinct().count(), queries,
            queries);
        for (Map.Entry<String, java.util.function.IntFunction<String>> k : kinds.entrySet()) {
          for (int i = 0; i < queries; i++) {
            http.send(HttpRequest.newBuilder(URI.create(base + k.getValue().apply(i))).build(),
                HttpResponse.BodyHandlers.ofString());
          }
          double[] ms = new double[queries];
          for (int i = 0; i < queries; i++) {
            long t = System.nanoTime();
            http.send(HttpRequest.newBuilder(URI.create(base + k.getValue().apply(i))).build(),
                HttpResponse.BodyHandlers.ofString());
            ms[i] = (System.nanoTime() - t) / 1e6;
          }
          Arrays.sort(ms);
          Terminal.line(out, "  %-7s median %.2f ms, p95 %.2f ms, p99 %.2f ms", k.getKey(),
              ms[queries / 2], ms[(int) (queries * 0.95)], ms[(int) (queries * 0.99)]);
        }
      } finally {
        app.stop();
      }
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
