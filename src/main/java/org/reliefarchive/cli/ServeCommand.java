package org.reliefarchive.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.lucene.store.Directory;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.search.ReportSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code serve}: the search server over an existing index. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the search page and the JSON API over the index. It follows the commits of a",
      "crawl running in another process, so new reports appear without a restart."
    })
final class ServeCommand implements Callable<Integer> {
  @ParentCommand ReliefArchiveCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--port", description = "Port to listen on (default: server.yaml).")
  Integer port;

  @Option(names = "--host", description = "Address to bind (default: server.yaml, 127.0.0.1).")
  String host;

  @Override
  public Integer call() throws Exception {
    Settings settings = root.settings();
    ServerConfig s = settings.server();
    ServerConfig server = new ServerConfig(host != null ? host : s.host(),
        port != null ? port : s.port(), s.pageSize(), s.maxPageSize());
    PrintWriter out = spec.commandLine().getOut();
    CountDownLatch stop = new CountDownLatch(1);
    try (Directory dir = ReportIndex.fsDirectory(settings.indexDir());
        ReportIndex index = ReportIndex.openReadOnly(dir, new IndexSchema());
        WebServer web = new WebServer(new ReportSearcher(index), index, server,
            settings.sources(), settings.archiveDir())) {
      CrawlProgress.line(out, "Serving %d reports at %s (Ctrl+C to stop)", index.count(),
          web.url());
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      stop.await();
    }
    return 0;
  }
}
