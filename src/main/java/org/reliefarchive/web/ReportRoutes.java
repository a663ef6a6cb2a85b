package org.reliefarchive.web;

import io.javalin.http.Context;
import java.util.List;
import org.reliefarchive.search.ReportDetail;
import org.reliefarchive.search.SearchBackend;
import org.reliefarchive.search.SearchHit;

/** Handlers of the report page and of the archived copy it frames. */
final class ReportRoutes {
  /**
   * The archived page runs in a sandbox: an opaque origin, no scripts, no forms, no plugins, no
   * requests anywhere; only our own report page may frame it.
   */
  static final String ARCHIVED_CSP = "sandbox; default-src 'none'; img-src data:; "
      + "style-src 'unsafe-inline'; frame-ancestors 'self'";

  private final SearchBackend searcher;
  private final ArchiveSource archive;
  private final ReportPage page = new ReportPage();

  ReportRoutes(SearchBackend searcher, ArchiveSource archive) {
    this.searcher = searcher;
    this.archive = archive;
  }

  /** GET /reports/{id}: the report page. */
  void reportPage(Context ctx) {
    String id = ctx.pathParam("id");
    Messages m = Messages.forLang(ctx.queryParam("lang"));
    ReportDetail r = searcher.report(id).orElse(null);
    if (r == null) {
      WebApp.html(ctx.status(404), notFound(id, m));
      return;
    }
    List<SearchHit> similar = searcher.similar(id, 6).orElse(List.of());
    WebApp.html(ctx, page.render(r, similar, m));
  }

  /** GET /reports/{id}/archived: the captured bytes, as archived, under a sandbox policy. */
  void archived(Context ctx) {
    String id = ctx.pathParam("id");
    ReportDetail r = searcher.report(id).orElse(null);
    ArchiveSource.ArchivedCopy copy = r == null || r.warcFile() == null ? null
        : archive.read(r.warcFile(), r.warcOffset()).orElse(null);
    if (copy == null) {
      WebApp.html(ctx.status(404), notFound(id, Messages.forLang(ctx.queryParam("lang"))));
      return;
    }
    ctx.header("Content-Security-Policy", ARCHIVED_CSP);
    ctx.header("X-Frame-Options", "SAMEORIGIN");
    String type = copy.contentType();
    // only HTML and text go out as they were; anything else is a download, never rendered
    if (type == null || !(type.startsWith("text/html") || type.startsWith("text/plain"))) {
      type = "application/octet-stream";
      ctx.header("Content-Disposition", "attachment");
    }
    ctx.contentType(type).result(copy.body());
  }

  private static String notFound(String id, Messages m) {
    return Templates.render("notfound.jte", NotFoundView.report(m, id));
  }
}
