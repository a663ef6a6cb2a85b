package org.reliefarchive.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.search.SearchBackend;
import org.reliefarchive.search.SearchRequest;

/**
 * {@code GET /export.wacz} with the search parameters: the archived captures of the whole
 * result set as a WACZ package, which ReplayWeb.page, pywb and other web-archive tools open.
 */
final class WaczRoutes {
  private final SearchBackend searcher;
  private final ServerConfig server;
  private final WebArchive.WaczSource wacz;

  WaczRoutes(SearchBackend searcher, ServerConfig server, WebArchive.WaczSource wacz) {
    this.searcher = searcher;
    this.server = server;
    this.wacz = wacz;
  }

  void wacz(Context ctx) throws IOException {
    SearchRequest request = SearchParams.read(ctx, server);
    // a bad query is a 400 before anything is sent
    searcher.parse(request.query());
    List<WebArchive.Page> pages = new ArrayList<>();
    searcher.forEach(request, r -> {
      if (r.warcFile() != null && r.fetchedAt() != null) {
        pages.add(new WebArchive.Page(r.url(), r.title(), Instant.parse(r.fetchedAt()),
            r.warcFile(), r.warcOffset()));
      }
    });
    ctx.contentType("application/wacz+zip");
    ctx.header("Content-Disposition", "attachment; filename=\"reliefarchive-export.wacz\"");
    String q = request.query() == null || request.query().isBlank() ? "all reports"
        : request.query();
    wacz.write(pages, "ReliefArchive: " + q, ctx.outputStream());
  }
}
