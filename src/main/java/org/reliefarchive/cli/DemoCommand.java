package org.reliefarchive.cli;

import java.io.ByteArrayInputStream;
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
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.reliefarchive.archive.FileTrees;
import org.reliefarchive.config.ConfigLoader;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.config.SourcesConfig;
import org.reliefarchive.crawl.CrawlReport;
import org.reliefarchive.sample.SamplePortal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: the whole pipeline on the bundled sample portal. Serves the portal on loopback,
 * starts the search server, crawls, archives and indexes the portal while the server already
 * answers, then keeps serving.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = 
        "Serve the bundled sample portal on 127.0.0.1, crawl it, archive and index it, "
        + "and serve search at a printed URL. Its data goes to --data, which is emptied "
        + "first.")
final class DemoCommand implements Callable<Integer> {
  @ParentCommand ReliefArchiveCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--port", description = "Search server port (default: server.yaml; 0: any).")
  Integer port;

  @Option(names = "--data", defaultValue = "index/demo",
      description = "Directory of the demo's archive, index and frontier (default: "
          + "${DEFAULT-VALUE}); emptied first.")
  Path data;

  @Option(names = "--exit", description = "Stop after the crawl and a first search instead of "
      + "serving until Ctrl+C.")
  boolean exitAfterCrawl;

  @Override
  public Integer call() throws Exception {
    long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    Settings base = root.settings();
    Path home = base.home().resolve(data).toAbsolutePath().normalize();
    clear(home);
    PrintWriter out = spec.commandLine().getOut();
    ServerConfig s = base.server();
    try (SamplePortal portal = SamplePortal.start()) {
      SourcesConfig sources = new ConfigLoader().read(
          new ByteArrayInputStream(portal.sourcesYaml().getBytes(StandardCharsets.UTF_8)),
          Path.of("sampleportal/sources.yaml"), SourcesConfig.class);
      // the standard layout under --data, so `serve --home <data>` and the rest work on it
      Settings settings = base.withHome(home).withSources(sources).withServer(
          new ServerConfig(s.host(), port != null ? port : s.port(), s.pageSize(),
              s.maxPageSize()));
      for (SamplePortal.Site site : portal.sites()) {
        Terminal.line(out, "Sample portal %-6s %s at %s/", site.id(), site.name(),
            site.baseUrl());
      }
      CountDownLatch stop = new CountDownLatch(1);
      try (Pipeline pipeline = new Pipeline(settings, Clock.systemUTC())) {
        // the server answers before the crawl has set its portals up: until then the health
        // check and the search page say a crawl is under way, as it is
        StartingCrawl runs = new StartingCrawl(new CrawlRunsAdapter(pipeline.runner.runLog(),
            pipeline.runner::current, sources), "demo", Clock.systemUTC());
        try (WebServer web = new WebServer(pipeline.searcher, pipeline.index, settings.server(),
            sources, settings.archiveDir(), runs)) {
          Terminal.line(out, "Search server at %s (reports appear while the crawl runs)",
              web.url());
          CrawlReport report;
          try {
            report = CrawlCommand.crawl(pipeline, sources.portals(), out, "demo");
          } finally {
            runs.started();
          }
          CrawlCommand.printReport(out, report, pipeline.ingest);
          String answer = firstSearch(web.port(), "残联");
          double sinceStart = (System.currentTimeMillis() - jvmStart) / 1000.0;
          Terminal.line(out, "First search answer %.1f s after start: %s", sinceStart,
              answer);
          Terminal.line(out, "Archive: %s   Index: %s", settings.archiveDir(),
              settings.indexDir());
          if (exitAfterCrawl) {
            return 0;
          }
          Terminal.line(out, "%nOpen %s in a browser. Ctrl+C stops the demo.", web.url());
          Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
          stop.await();
        }
      }
    }
    return 0;
  }

  private static String firstSearch(int port, String q) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> r = client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q="
            + URLEncoder.encode(q, StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString());
    String body = r.body();
    int i = body.indexOf("\"total\":");
    String total = i < 0 ? "?" : body.substring(i + 8, body.indexOf(',', i));
    return "q=" + q + " → " + total + (total.equals("1") ? " report" : " reports") + " (HTTP "
        + r.statusCode() + ")";
  }

  private static void clear(Path dir) throws IOException {
    FileTrees.delete(dir);
    Files.createDirectories(dir);
  }
}
