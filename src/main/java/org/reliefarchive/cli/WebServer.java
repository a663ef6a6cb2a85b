package org.reliefarchive.cli;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.reliefarchive.archive.FetchedPage;
import org.reliefarchive.archive.WaczWriter;
import org.reliefarchive.archive.WarcArchiveReader;
import org.reliefarchive.config.PortalConfig;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.config.SourcesConfig;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.search.SearchBackend;
import org.reliefarchive.web.ArchiveSource;
import org.reliefarchive.web.CrawlRunsSource;
import org.reliefarchive.web.WebApp;
import org.reliefarchive.web.WebArchive;
import org.slf4j.LoggerFactory;

/** Starts the search server for a command and tells where it listens. */
final class WebServer implements AutoCloseable {
  private final Javalin app;
  private final String url;

  WebServer(SearchBackend searcher, ReportIndex index, ServerConfig server,
      SourcesConfig sources, Path archiveDir) {
    this(searcher, index, server, sources, archiveDir, CrawlRunsSource.NONE);
  }

  WebServer(SearchBackend searcher, ReportIndex index, ServerConfig server,
      SourcesConfig sources, Path archiveDir, CrawlRunsSource crawlRuns) {
    Map<String, String> names = new LinkedHashMap<>();
    for (PortalConfig p : sources.portals()) {
      names.put(p.id(), p.name());
    }
    this.app = WebApp.create(searcher, index, server, names, archive(archiveDir), crawlRuns,
        webArchive(archiveDir));
    try {
      app.start(server.host(), server.port());
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot listen on " + server.host() + ":" + server.port()
          + " (" + rootMessage(e) + "); set another port in server.yaml or with --port", e);
    }
    String host = server.host().contains(":") ? "[" + server.host() + "]" : server.host();
    if ("0.0.0.0".equals(host)) {
      host = "127.0.0.1";
    }
    this.url = "http://" + host + ":" + app.port() + "/";
    Thread warm = new Thread(searcher::warmUp, "query-parser-warm-up");
    warm.setDaemon(true);
    warm.start();
  }

  String url() {
    return url;
  }

  int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  /** The CDX index and WACZ packages of the archive in {@code archiveDir}. */
  static WebArchive webArchive(Path archiveDir) {
    WaczWriter writer = new WaczWriter(archiveDir, java.time.Clock.systemUTC());
    return new WebArchive(archiveDir, (pages, title, out) -> writer.write(pages.stream()
        .map(p -> new WaczWriter.Page(p.url(), p.title(), p.capturedAt(), p.warcFile(),
            p.offset())).toList(), title, out));
  }

  /** Archived copies read back from the WARC files; a capture that cannot be read is absent. */
  static ArchiveSource archive(Path archiveDir) {
    WarcArchiveReader reader = new WarcArchiveReader(archiveDir);
    return (file, offset) -> {
      try {
        FetchedPage p = reader.read(file, offset).page();
        return Optional.of(new ArchiveSource.ArchivedCopy(p.url(), p.fetchedAt(), p.status(),
            p.contentType(), p.body()));
      } catch (RuntimeException e) {
        LoggerFactory.getLogger(WebServer.class).warn("stage=archive file={} offset={} {}", file,
            offset, e.toString());
        return Optional.empty();
      }
    };
  }


  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
