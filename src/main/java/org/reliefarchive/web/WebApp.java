package org.reliefarchive.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.router.EndpointNotFound;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.search.BadQueryException;
import org.reliefarchive.search.SearchBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Javalin app: routes, security headers and error mapping. The app is returned
 * unstarted, so tests and the CLI decide where it listens.
 */
public final class WebApp {
  /** Strict policy: nothing runs or loads from anywhere but this origin, nothing inline. */
  static final String CSP =
      "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; "
          + "connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; "
          + "frame-ancestors 'none'";

  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

  private WebApp() {}

  /**
   * Creates the app.
   *
   * @param searcher answers searches
   * @param index for the health check
   * @param server page sizes
   * @param portalNames display names of portal ids
   * @param archive reads archived captures back, for the archived copy of a report
   * @return the unstarted app
   */
  public static Javalin create(SearchBackend searcher, ReportIndex index, ServerConfig server,
      Map<String, String> portalNames, ArchiveSource archive, CrawlRunsSource crawlRuns) {
    return create(searcher, index, server, portalNames, archive, crawlRuns, null);
  }

  /**
   * Creates the app with the web-archive routes ({@code /cdx} over the CDXJ index, {@code
   * /export.wacz}); a null {@code webArchive} leaves them out.
   */
  public static Javalin create(SearchBackend searcher, ReportIndex index, ServerConfig server,
      Map<String, String> portalNames, ArchiveSource archive, CrawlRunsSource crawlRuns,
      WebArchive webArchive) {
    OperatorRoutes operator = new OperatorRoutes(crawlRuns, portalNames);
    SearchRoutes routes = new SearchRoutes(searcher, index, server, new SearchPage(portalNames),
        crawlRuns);
    ReportRoutes reports = new ReportRoutes(searcher, archive);
    ExportRoutes export = new ExportRoutes(searcher, server);
    FeedRoutes feed = new FeedRoutes(searcher, server);
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
        .registerModule(new SnippetJson()).registerModule(new FacetJson())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    return Javalin.create(config -> {
      config.jsonMapper(new JavalinJackson(mapper, false));
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      // pages, JSON, CSV and scripts go out gzipped to clients that accept it
      config.http.compressionStrategy = CompressionStrategy.GZIP;
      // a POST, PUT or DELETE on a GET route is 405 with Allow, not 404
      config.http.prefer405over404 = true;
      config.staticFiles.add(staticFiles -> {
        staticFiles.hostedPath = "/static";
        staticFiles.directory = "/web";
        staticFiles.location = Location.CLASSPATH;
      });
      config.routes.before(ctx -> {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
      });
      config.routes.get("/", routes::searchPage);
      config.routes.get("/api/search", routes::apiSearch);
      config.routes.get("/api/facets", routes::apiFacets);
      config.routes.get("/api/reports/{id}", routes::apiReport);
      config.routes.get("/api/reports/{id}/similar", routes::apiSimilar);
      config.routes.get("/health", routes::health);
      config.routes.get("/reports/{id}", reports::reportPage);
      config.routes.get("/reports/{id}/archived", reports::archived);
      config.routes.get("/export.csv", export::csv);
      config.routes.get("/export.jsonl", export::jsonLines);
      config.routes.get("/feed.atom", feed::feed);
      config.routes.get("/operator", operator::page);
      config.routes.get("/api/crawl/runs", operator::apiRuns);
      if (webArchive != null) {
        ArchiveRoutes.register(config.routes, webArchive, searcher, server, archive);
      }
      config.routes.exception(BadQueryException.class, (e, ctx) -> {
        ctx.status(400).json(error("bad_parameter", e.parameter(), Messages.forApi(ctx).error(e)));
      });
      config.routes.exception(MethodNotAllowedResponse.class, (e, ctx) -> {
        String allow = e.getDetails().values().stream().findFirst().orElse("GET");
        ctx.header("Allow", allow);
        ctx.status(405).json(error("method_not_allowed", null, ctx.method() + " is not "
            + "allowed on " + ctx.path() + "; allowed: " + allow));
      });
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("stage=web path={} {}", ctx.path(), e.toString(), e);
        ctx.status(500).json(error("internal_error", null,
            "the server failed to answer; the error is logged"));
      });
      // no route for the path (a route that answers 404 itself, for a report id the index does
      // not hold, keeps its own answer)
      config.routes.exception(EndpointNotFound.class, (e, ctx) -> {
        ctx.status(404);
        if (ctx.path().startsWith("/api/")) {
          ctx.json(error("not_found", null, "no such endpoint: " + ctx.path()));
        } else {
          html(ctx, Templates.render("notfound.jte", NotFoundView.page(
              Messages.forLang(ctx.queryParam("lang")), ctx.path())));
        }
      });
    });
  }

  /** The app without an archive: archived copies answer 404. */
  public static Javalin create(SearchBackend searcher, ReportIndex index, ServerConfig server,
      Map<String, String> portalNames) {
    return create(searcher, index, server, portalNames, ArchiveSource.NONE,
        CrawlRunsSource.NONE);
  }

  /** Sends an HTML page, with its charset in the header as well as in the page. */
  static void html(io.javalin.http.Context ctx, String page) {
    ctx.contentType("text/html; charset=utf-8").result(page);
  }

  private static Map<String, Object> error(String code, String parameter, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", code);
    if (parameter != null) {
      body.put("parameter", parameter);
    }
    body.put("message", message);
    return body;
  }
}
