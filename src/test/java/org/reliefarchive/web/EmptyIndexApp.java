package org.reliefarchive.web;

import io.javalin.Javalin;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.search.ReportSearcher;

/**
 * The web app over an empty index in memory, started on a free loopback port: for the routes
 * that answer from an archive or the crawl runs rather than from indexed reports.
 */
final class EmptyIndexApp implements AutoCloseable {
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final ReportIndex index;
  private final Javalin app;

  private EmptyIndexApp(Map<String, String> portalNames, ArchiveSource archive,
      CrawlRunsSource runs, WebArchive webArchive) {
    index = ReportIndex.openWritable(dir, new IndexSchema(), new IndexConfig("x", 16, 30));
    app = WebApp.create(new ReportSearcher(index), index, new ServerConfig("127.0.0.1", 0, 20,
        100), portalNames, archive, runs, webArchive);
    app.start("127.0.0.1", 0);
  }

  /**
   * Starts the app.
   *
   * @param webArchive the archive behind the web-archive routes, or null for none
   */
  static EmptyIndexApp start(Map<String, String> portalNames, ArchiveSource archive,
      CrawlRunsSource runs, WebArchive webArchive) {
    return new EmptyIndexApp(portalNames, archive, runs, webArchive);
  }

  /** The app's base URL, http://127.0.0.1:port. */
  String base() {
    return "http://127.0.0.1:" + app.port();
  }

  @Override
  public void close() throws Exception {
    app.stop();
    index.close();
    dir.close();
  }
}
