package org.reliefarchive.web;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Memento (RFC 7089) and replay over the CDX index: {@code /timemap/link/{url}} lists every
 * capture of a URL ({@code application/link-format}); {@code /timegate/{url}} sends to the
 * capture closest to {@code Accept-Datetime}; {@code /web/{timestamp}/{url}} shows the capture
 * closest to the time stamp with a banner (captured at, original URL, status, previous and next
 * captures) outside a sandboxed frame, and {@code /web/{timestamp}id_/{url}} is that frame: the
 * archived page with its links sent to the archive at the nearest capture and the resources
 * never captured shown as missing, never fetched live.
 */
final class WaybackRoutes {
  /** The replayed page: no script, no form, no request outside the archive. */
  static final String REPLAY_CSP = "sandbox allow-top-navigation-by-user-activation; "
      + "default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
      + "font-src 'self'; frame-ancestors 'self'";
  private static final DateTimeFormatter TS =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

  private final CdxRoutes cdx;
  private final ArchiveSource archive;

  WaybackRoutes(CdxRoutes cdx, ArchiveSource archive) {
    this.cdx = cdx;
    this.archive = archive;
  }

  /** GET /timemap/link/{url}. */
  void timemap(Context ctx) throws IOException {
    String url = target(ctx, "url");
    List<CdxRoutes.Capture> mementos = content(url);
    if (mementos.isEmpty()) {
      notArchived(ctx, url);
      return;
    }
    String base = base(ctx);
    StringBuilder out = new StringBuilder();
    out.append('<').append(url).append(">; rel=\"original\",\n");
    out.append('<').append(base).append("/timegate/").append(url)
        .append(">; rel=\"timegate\",\n");
    out.append('<').append(base).append("/timemap/link/").append(url)
        .append(">; rel=\"self\"; type=\"application/link-format\"; from=\"")
        .append(httpDate(mementos.get(0).timestamp())).append("\"; until=\"")
        .append(httpDate(mementos.get(mementos.size() - 1).timestamp())).append('"');
    for (int i = 0; i < mementos.size(); i++) {
      CdxRoutes.Capture c = mementos.get(i);
      String rel = mementos.size() == 1 ? "first last memento"
          : i == 0 ? "first memento" : i == mementos.size() - 1 ? "last memento" : "memento";
      out.append(",\n<").append(base).append("/web/").append(c.timestamp()).append('/')
          .append(url).append(">; rel=\"").append(rel).append("\"; datetime=\"")
          .append(httpDate(c.timestamp())).append('"');
    }
    out.append('\n');
    ctx.contentType("application/link-format; charset=utf-8").result(out.toString());
  }

  /** GET /timegate/{url}: 302 to the capture closest to Accept-Datetime (else the latest). */
  void timegate(Context ctx) throws IOException {
    String url = target(ctx, "url");
    String wanted = ctx.header("Accept-Datetime");
    Instant at;
    if (wanted == null || wanted.isBlank()) {
      at = Instant.now();
    } else {
      try {
        at = ZonedDateTime.parse(wanted.strip(), HTTP_DATE).toInstant();
      } catch (DateTimeParseException e) {
        ctx.status(400).json(java.util.Map.of("error", "bad_parameter", "parameter",
            "Accept-Datetime", "message", "Accept-Datetime is '" + wanted + "'; allowed: an "
                + "RFC 1123 date such as Fri, 05 Mar 2021 01:00:04 GMT"));
        return;
      }
    }
    List<CdxRoutes.Capture> mementos = content(url);
    ctx.header("Vary", "accept-datetime");
    if (mementos.isEmpty()) {
      notArchived(ctx, url);
      return;
    }
    CdxRoutes.Capture c = nearest(mementos, TS.format(at));
    ctx.header("Link", links(ctx, url));
    ctx.redirect(base(ctx) + "/web/" + c.timestamp() + "/" + url, io.javalin.http.HttpStatus.FOUND);
  }

  /** GET /web/{ts}/{url} (the page with its banner) and /web/{ts}id_/{url} (the frame). */
  void web(Context ctx) throws IOException {
    String ts = ctx.pathParam("ts");
    boolean frame = ts.endsWith("id_");
    if (frame) {
      ts = ts.substring(0, ts.length() - 3);
    }
    String url = target(ctx, "url");
    if (!ts.matches("\\d{1,14}")) {
      ctx.status(400).json(java.util.Map.of("error", "bad_parameter", "parameter", "timestamp",
          "message", "timestamp is '" + ts + "'; allowed: 1 to 14 digits (yyyyMMddHHmmss)"));
      return;
    }
    List<CdxRoutes.Capture> all = cdx.captures(url);
    List<CdxRoutes.Capture> mementos = CdxRoutes.resolved(all);
    if (mementos.isEmpty()) {
      notArchived(ctx, url);
      return;
    }
    CdxRoutes.Capture c = nearest(mementos, ts);
    if (!c.timestamp().equals(ts)) {
      ctx.redirect("/web/" + c.timestamp() + (frame ? "id_" : "") + "/" + url,
          io.javalin.http.HttpStatus.FOUND);
      return;
    }
    ctx.header("Memento-Datetime", httpDate(c.timestamp()));
    ctx.header("Link", links(ctx, url) + ", <" + base(ctx) + "/web/" + c.timestamp() + "/" + url
        + ">; rel=\"memento\"; datetime=\"" + httpDate(c.timestamp()) + "\"");
    if (frame) {
      frame(ctx, c);
      return;
    }
    int i = mementos.indexOf(c);
    String removed = null;
    for (CdxRoutes.Capture later : all) {
      if (later.timestamp().compareTo(c.timestamp()) > 0
          && (later.status() == 404 || later.status() == 410)) {
        removed = display(later.timestamp());
        break;
      }
    }
    ReplayView view = new ReplayView(ReplayView.Text.of(language(ctx)), url,
        display(c.timestamp()), c.status(), removed,
        i > 0 ? "/web/" + mementos.get(i - 1).timestamp() + "/" + url : null,
        i > 0 ? display(mementos.get(i - 1).timestamp()) : null,
        i < mementos.size() - 1 ? "/web/" + mementos.get(i + 1).timestamp() + "/" + url : null,
        i < mementos.size() - 1 ? display(mementos.get(i + 1).timestamp()) : null,
        mementos.size(), "/timemap/link/" + url, "/web/" + c.timestamp() + "id_/" + url);
    WebApp.html(ctx, Templates.render("replay.jte", view));
  }

  private void frame(Context ctx, CdxRoutes.Capture c) {
    ArchiveSource.ArchivedCopy copy = archive.read(c.filename(), c.offset()).orElse(null);
    if (copy == null) {
      notArchived(ctx, c.url());
      return;
    }
    ctx.header("Content-Security-Policy", REPLAY_CSP);
    ctx.header("X-Frame-Options", "SAMEORIGIN");
    String type = copy.contentType() == null ? "" : copy.contentType();
    String base = type.toLowerCase(Locale.ROOT);
    if (base.startsWith("text/html") || base.startsWith("application/xhtml")) {
      ctx.contentType("text/html; charset=utf-8").result(rewrite(copy, c.timestamp()));
    } else if (base.startsWith("text/css")) {
      String cs = charset(copy.contentType());
      String css = new String(copy.body(), cs == null ? StandardCharsets.UTF_8
          : java.nio.charset.Charset.forName(cs));
      ctx.contentType("text/css; charset=utf-8")
          .result(CssUrls.rewrite(css, copy.url(), abs -> archived(abs, c.timestamp())));
    } else if (base.startsWith("image/")
        || base.startsWith("text/plain") || base.startsWith("font/")) {
      ctx.contentType(type).result(copy.body());
    } else {
      ctx.header("Content-Disposition", "attachment");
      ctx.contentType("application/octet-stream").result(copy.body());
    }
  }

  /**
   * The archived page with links into the archive: pages at {@code /web/ts/url} (opened at the
   * nearest capture), embedded resources at their capture when there is one, else left out and
   * marked missing. Scripts, forms' targets and base elements go.
   */
  String rewrite(ArchiveSource.ArchivedCopy copy, String ts) {
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(copy.body()), charset(copy.contentType()),
          copy.url());
    } catch (IOException e) {
      return "";
    }
    doc.select("script, base, noscript").remove();
    for (Element form : doc.select("form[action]")) {
      form.removeAttr("action");
    }
    for (Element a : doc.select("a[href], area[href]")) {
      String abs = a.absUrl("href");
      if (abs.startsWith("http://") || abs.startsWith("https://")) {
        a.attr("href", "/web/" + ts + "/" + abs).attr("target", "_top");
      }
    }
    for (Element e : doc.select("img[src], iframe[src], source[src], video[src], audio[src], "
        + "embed[src], input[src], link[href]")) {
      String attr = e.hasAttr("src") ? "src" : "href";
      String abs = e.absUrl(attr);
      if (abs.isEmpty() || abs.startsWith("data:")) {
        continue;
      }
      String archived = archived(abs, ts);
      if (archived != null) {
        e.attr(attr, archived);
      } else if ("link".equals(e.tagName())) {
        e.remove();
      } else {
        e.removeAttr(attr).attr("data-missing", abs)
            .attr("title", "未存档 not archived: " + abs);
        if ("img".equals(e.tagName())) {
          e.attr("alt", "[未存档 not archived]");
        }
      }
      e.removeAttr("srcset");
    }
    // style sheets inside the page name images and fonts too
    for (Element style : doc.select("style")) {
      String css = CssUrls.rewrite(style.data(), copy.url(), abs -> archived(abs, ts));
      style.empty().appendChild(new org.jsoup.nodes.DataNode(css));
    }
    for (Element e : doc.select("[style]")) {
      e.attr("style", CssUrls.rewrite(e.attr("style"), copy.url(), abs -> archived(abs, ts)));
    }
    doc.charset(StandardCharsets.UTF_8);
    return doc.outerHtml();
  }

  /** Where the archive serves {@code abs} as an embedded resource, or null if never captured. */
  private String archived(String abs, String ts) {
    try {
      return content(abs).isEmpty() ? null : "/web/" + ts + "id_/" + abs;
    } catch (IOException e) {
      return null;
    }
  }

  private static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        String cs = p.substring(8).replace("\"", "").strip();
        try {
          return java.nio.charset.Charset.forName(cs).name();
        } catch (RuntimeException e) {
          return null;
        }
      }
    }
    return null;
  }

  /** The captures of {@code url} with content, revisits resolved to their payload. */
  private List<CdxRoutes.Capture> content(String url) throws IOException {
    return CdxRoutes.resolved(cdx.captures(url));
  }

  /** The capture closest in time to {@code ts} (1 to 14 digits); the earlier one on a tie. */
  static CdxRoutes.Capture nearest(List<CdxRoutes.Capture> captures, String ts) {
    long want = seconds(ts);
    CdxRoutes.Capture best = null;
    long bestGap = Long.MAX_VALUE;
    for (CdxRoutes.Capture c : captures) {
      long gap = Math.abs(seconds(c.timestamp()) - want);
      if (gap < bestGap) {
        best = c;
        bestGap = gap;
      }
    }
    return best;
  }

  private static long seconds(String ts) {
    String full = ts + "19700101000000".substring(Math.min(14, ts.length()));
    try {
      return LocalDateTime.parse(full, DateTimeFormatter.ofPattern("yyyyMMddHHmmss",
          Locale.ROOT)).toEpochSecond(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // a stamp such as 20211399…: as far as its digits go
      return Long.parseLong(full) / 100;
    }
  }

  private static String httpDate(String ts) {
    return HTTP_DATE.format(LocalDateTime.parse(ts, DateTimeFormatter.ofPattern(
        "yyyyMMddHHmmss", Locale.ROOT)).atOffset(ZoneOffset.UTC));
  }

  private static String display(String ts) {
    return LocalDateTime.parse(ts, DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT))
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)) + " UTC";
  }

  private static String links(Context ctx, String url) {
    String base = base(ctx);
    return "<" + url + ">; rel=\"original\", <" + base + "/timegate/" + url
        + ">; rel=\"timegate\", <" + base + "/timemap/link/" + url
        + ">; rel=\"timemap\"; type=\"application/link-format\"";
  }

  private static String base(Context ctx) {
    return ctx.scheme() + "://" + ctx.host();
  }

  /**
   * The archived URL of the request: the rest of the path and the query string, with the
   * {@code //} after the scheme restored when a proxy or the server folded it.
   */
  static String target(Context ctx, String param) {
    String path = ctx.pathParam(param);
    String q = ctx.queryString();
    String url = q == null || q.isEmpty() ? path : path + "?" + q;
    if (url.matches("(?i)https?:/[^/].*")) {
      url = url.replaceFirst(":/", "://");
    }
    if (!url.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
      url = "http://" + url;
    }
    try {
      return URI.create(url).toString();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  /**
   * The banner's language: English when the browser prefers it, else Chinese. Not a query
   * parameter: the query string belongs to the archived URL.
   */
  private static String language(Context ctx) {
    String accept = ctx.header("Accept-Language");
    return accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("en") ? "en"
        : "zh";
  }

  private void notArchived(Context ctx, String url) {
    ReplayView view = new ReplayView(ReplayView.Text.of(language(ctx)), url, null, 0,
        null, null, null, null, null, 0, "/timemap/link/" + url, null);
    WebApp.html(ctx.status(404), Templates.render("replay.jte", view));
  }
}
