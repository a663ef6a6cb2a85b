package org.reliefarchive.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.search.BadQueryException;
import org.reliefarchive.search.SearchBackend;
import org.reliefarchive.search.SearchRequest;
import org.reliefarchive.search.SearchResult;

/** Handlers of the search page, the search API and the health check. */
final class SearchRoutes {
  private final SearchBackend searcher;
  private final ReportIndex index;
  private final ServerConfig server;
  private final SearchPage page;
  private final CrawlRunsSource crawlRuns;

  SearchRoutes(SearchBackend searcher, ReportIndex index, ServerConfig server, SearchPage page,
      CrawlRunsSource crawlRuns) {
    this.searcher = searcher;
    this.index = index;
    this.server = server;
    this.page = page;
    this.crawlRuns = crawlRuns;
  }

  /**
   * The answer of {@code /api/search}: the result's fields, then {@code crawl}, the run under
   * way whose reports are still coming in (null when none is).
   */
  record ApiAnswer(@JsonUnwrapped SearchResult result, SearchView.Crawl crawl) {}

  /** GET /api/search: the result as JSON. */
  void apiSearch(Context ctx) {
    SearchRequest request = SearchParams.read(ctx, server);
    ctx.json(new ApiAnswer(searcher.search(request), crawl()));
  }

  /** The crawl under way, or null. */
  private SearchView.Crawl crawl() {
    return crawlRuns.underWay()
        .map(r -> new SearchView.Crawl(r.pagesFetched(), r.articlesNew())).orElse(null);
  }

  /** GET /: the HTML search page, rendered on the server so it works without JavaScript. */
  void searchPage(Context ctx) {
    Messages m = Messages.forLang(ctx.queryParam("lang"));
    SearchRequest request;
    try {
      request = SearchParams.read(ctx, server);
    } catch (BadQueryException e) {
      // the box keeps what the user typed, so only the wrong parameter needs changing
      WebApp.html(ctx.status(400), page.render(typedQuery(ctx), null, m.error(e), m));
      return;
    }
    try {
      SearchResult result = searcher.search(request);
      WebApp.html(ctx, page.render(request, result, null, crawl(), m));
    } catch (BadQueryException e) {
      WebApp.html(ctx.status(400), page.render(request, null, m.error(e), m));
    }
  }

  /** A request holding only the typed query, for a page that answers a bad parameter. */
  private static SearchRequest typedQuery(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.length() > SearchParams.MAX_QUERY_CHARS) {
      return null;
    }
    return SearchRequest.of(q, 1);
  }

  /** GET /api/reports/{id}: one report whole, with tags, mentions and reprints. */
  void apiReport(Context ctx) {
    String id = ctx.pathParam("id");
    searcher.report(id).ifPresentOrElse(ctx::json, () -> notFound(ctx, id));
  }

  /** GET /api/reports/{id}/similar: reports like this one, reprints left out. */
  void apiSimilar(Context ctx) {
    String id = ctx.pathParam("id");
    int size = SearchParams.read(ctx, server).size();
    searcher.similar(id, Math.min(size, 20)).ifPresentOrElse(
        hits -> ctx.json(Map.of("id", id, "hits", hits)), () -> notFound(ctx, id));
  }

  /** GET /api/facets: the facet counts of a search (all reports without parameters). */
  void apiFacets(Context ctx) {
    SearchRequest request = SearchParams.read(ctx, server);
    SearchResult result = searcher.search(new SearchRequest(request.query(), request.filters(),
        request.sort(), 1, 1, request.from(), request.to()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", result.total());
    body.put("facets", result.facets());
    ctx.json(body);
  }

  private static void notFound(Context ctx, String id) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", "not_found");
    body.put("parameter", "id");
    body.put("message", "no report with id '" + id + "'");
    ctx.status(404).json(body);
  }

  /** GET /health: liveness, the number of reports searchable now and whether a crawl runs. */
  void health(Context ctx) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("reports", searcher.count());
    body.put("crawling", crawlRuns.underWay().isPresent());
    ctx.json(body);
  }
}
