package org.reliefarchive.cli;

import io.javalin.Javalin;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reliefarchive.config.PortalConfig;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.config.SourcesConfig;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.search.ReportSearcher;
import org.reliefarchive.web.CrawlRunsSource;
import org.reliefarchive.web.WebApp;

/** Starts the search server for a command and tells where it listens. */
final class WebServer implements AutoCloseable {
  private final Javalin app;
  private final String url;

  WebServer(ReportSearcher searcher, ReportIndex index, ServerConfig server,
      SourcesConfig sources) {
    this(searcher, index, server, sources, CrawlRunsSource.NONE);
  }

  WebServer(ReportSearcher searcher, ReportIndex index, ServerConfig server,
      SourcesConfig sources, CrawlRunsSource crawlRuns) {
    Map<String, String> names = new LinkedHashMap<>();
    for (PortalConfig p : sources.portals()) {
      names.put(p.id(), p.name());
    }
    this.app = WebApp.create(searcher, index, server, names, crawlRuns);
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

  static Map<String, String> portalNames(SourcesConfig sources) {
    Map<String, String> names = new LinkedHashMap<>();
    sources.portals().forEach(p -> names.put(p.id(), p.name()));
    return names;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }
}
