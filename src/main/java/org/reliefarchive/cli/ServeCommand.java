package org.reliefarchive.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.lucene.store.Directory;
import org.reliefarchive.config.PortalConfig;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.crawl.RunLog;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.ingest.CrawlScheduler;
import org.reliefarchive.search.ReportSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code serve}: the search server, and the scheduled re-crawls of sources.yaml. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = 
        "Serve the search page, the JSON API and the operator page (/operator). When "
        + "portals in sources.yaml have a schedule, serve re-crawls them itself at those "
        + "times into the index it serves (searches see new reports at once); otherwise it "
        + "only reads the index and follows the commits of a crawl running in another "
        + "process.")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand ReliefArchiveCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--port", description = "Port to listen on (default: server.yaml).")
  Integer port;

  @Option(names = "--host", description = "Address to bind (default: server.yaml, 127.0.0.1).")
  String host;

  @Option(names = "--no-schedule", description = "Do not run the schedules of sources.yaml: "
      + "serve read-only, e.g. while cron runs `crawl`.")
  boolean noSchedule;

  @Option(names = "--crawl-now", description = "Also crawl every scheduled portal once right "
      + "after start, without waiting for its first scheduled time.")
  boolean crawlNow;

  @Option(names = "--worker", paramLabel = "N/M",
      description = "Run the schedules of only the portals crawl worker N of M owns (e.g. 2/4), "
          + "as `crawl --worker` does. Default: worker in config/crawl.yaml.")
  String worker;

  @Override
  public Integer call() throws Exception {
    Settings settings = CrawlCommand.withWorker(root.settings(), worker, spec);
    List<PortalConfig> mine = CrawlCommand.owned(settings, settings.sources().portals(), false,
        spec);
    ServerConfig s = settings.server();
    ServerConfig server = new ServerConfig(host != null ? host : s.host(),
        port != null ? port : s.port(), s.pageSize(), s.maxPageSize());
    PrintWriter out = spec.commandLine().getOut();
    CountDownLatch stop = new CountDownLatch(1);
    boolean scheduled = !noSchedule && mine.stream().anyMatch(p -> p.cron() != null);
    if (scheduled) {
      // one process writes: the crawl and the server share one index, NRT, no restart
      try (Pipeline pipeline = new Pipeline(settings, Clock.systemUTC());
          WebServer web = new WebServer(pipeline.searcher, pipeline.index, server,
              settings.sources(), settings.archiveDir(), new CrawlRunsAdapter(
                  pipeline.runner.runLog(), pipeline.runner::current, settings.sources(),
                  settings.crawl().crawlWorker()));
          CrawlScheduler scheduler = new CrawlScheduler(pipeline.runner)) {
        int n = scheduler.start(mine);
        if (crawlNow) {
          scheduler.runNow(mine);
        }
        Terminal.line(out, "Serving %d reports at %s; re-crawling %d portals by schedule "
            + "(operator page: %soperator; Ctrl+C to stop)", pipeline.index.count(), web.url(),
            n, web.url());
        for (PortalConfig p : mine) {
          if (p.cron() != null) {
            Terminal.line(out, "  %-12s %s", p.id(), p.schedule());
          }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
        stop.await();
      }
      return 0;
    }
    if (settings.index().solrCloud()) {
      SolrCloud solr = new SolrCloud(settings);
      try (WebServer web = new WebServer(solr.searcher, null, server, settings.sources(),
          settings.archiveDir(), new CrawlRunsAdapter(new RunLog(settings.stateDir()),
              () -> null, settings.sources()))) {
        Terminal.line(out, "Serving %d reports of SolrCloud collection %s at %s (Ctrl+C to "
            + "stop)", solr.searcher.count(), settings.index().solr().collection(), web.url());
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
        stop.await();
      } finally {
        solr.closeReading();
      }
      return 0;
    }
    try (Directory dir = ReportIndex.fsDirectory(settings.indexDir());
        ReportIndex index = ReportIndex.openReadOnly(dir, settings.schema());
        WebServer web = new WebServer(new ReportSearcher(index, settings.synonyms()), index, server,
            settings.sources(), settings.archiveDir(), new CrawlRunsAdapter(
                new RunLog(settings.stateDir()), () -> null, settings.sources()))) {
      Terminal.line(out, "Serving %d reports at %s (Ctrl+C to stop)", index.count(),
          web.url());
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      stop.await();
    }
    return 0;
  }
}
