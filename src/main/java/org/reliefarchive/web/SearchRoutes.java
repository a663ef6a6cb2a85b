package org.reliefarchive.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.search.ReportSearcher;
import org.reliefarchive.search.SearchRequest;
import org.reliefarchive.search.SearchResult;

/** Handlers of the search page, the search API and the health check. */
final class SearchRoutes {
  private final ReportSearcher searcher;
  private final ReportIndex index;
  private final ServerConfig server;
  private final SearchPage page;

  SearchRoutes(ReportSearcher searcher, ReportIndex index, ServerConfig server, SearchPage page) {
    this.searcher = searcher;
    this.index = index;
    this.server = server;
    this.page = page;
  }

  /** GET /api/search: the result as JSON. */
  void apiSearch(Context ctx) {
    SearchRequest request = SearchParams.read(ctx, server);
    ctx.json(searcher.search(request));
  }

  /** GET /: the HTML search page, rendered on the server so it works without JavaScript. */
  void searchPage(Context ctx) {
    SearchRequest request;
    try {
      request = SearchParams.read(ctx, server);
    } catch (org.reliefarchive.search.BadQueryException e) {
      ctx.status(400).html(page.render(null, null, e.getMessage()));
      return;
    }
    try {
      SearchResult result = searcher.search(request);
      ctx.html(page.render(request, result, null));
    } catch (org.reliefarchive.search.BadQueryException e) {
      ctx.status(400).html(page.render(request, null, e.getMessage()));
    }
  }

  /** GET /health: liveness and the number of reports searchable now. */
  void health(Context ctx) throws IOException {
    index.refresh();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("reports", index.count());
    ctx.json(body);
  }
}
