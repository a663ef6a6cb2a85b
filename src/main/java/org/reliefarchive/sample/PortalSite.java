package org.reliefarchive.sample;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.reliefarchive.sample.Manifest.ArticleEntry;
import org.reliefarchive.sample.Manifest.ExtraPage;
import org.reliefarchive.sample.Manifest.ListPageEntry;
import org.reliefarchive.sample.Manifest.PortalEntry;

/**
 * Everything one portal serves, by path: articles, home and list pages, robots.txt, its extra
 * pages, the calendar trap and placeholder images. Every page except the calendar is built once,
 * when the portal starts, so a broken manifest fails at start and not in the middle of a crawl.
 */
final class PortalSite {
  /** A 1×1 transparent GIF, served for every picture the pages show. */
  private static final byte[] PIXEL = {
    'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, (byte) 0x80, 0, 0, 0, 0, 0, (byte) 0xff,
    (byte) 0xff, (byte) 0xff, '!', (byte) 0xf9, 4, 1, 0, 0, 0, 0, ',', 0, 0, 0, 0, 1, 0, 1, 0,
    0, 2, 2, 'D', 1, 0, ';'
  };

  private static final Pattern IMAGE = Pattern.compile("/uploads/[\\w/-]+\\.(jpg|png|gif)");

  private final PortalEntry portal;
  private final Map<String, Page> pages = new HashMap<>();
  private final CalendarTrap trap;

  PortalSite(PortalEntry portal, Manifest manifest) {
    this.portal = portal;
    Charset charset = Charset.forName(portal.encoding());
    String pageType = contentType(portal.pageCharsetDelivery(), portal.encoding());

    Map<String, ArticleEntry> articles = new LinkedHashMap<>();
    for (ArticleEntry a : manifest.articlesOf(portal.id())) {
      if (articles.put(a.path(), a) != null) {
        throw new IllegalStateException(portal.id() + ": article path " + a.path() + " is used twice");
      }
      pages.put(a.path(), Page.ok(contentType(a.charsetDelivery(), a.encoding()), articleBytes(a)));
    }

    List<ListPageEntry> lists = manifest.listPagesOf(portal.id());
    ListPageRenderer renderer = new ListPageRenderer(portal, articles, lists);
    for (ListPageEntry list : lists) {
      for (String path : list.articles()) {
        if (!articles.containsKey(path)) {
          throw new IllegalStateException(
              portal.id() + ": list page " + list.path() + " links unknown article " + path);
        }
      }
      pages.put(list.path(), Page.ok(pageType, HtmlEncoding.encode(renderer.render(list), charset)));
    }

    List<String> firstArticles = List.copyOf(articles.keySet());
    firstArticles = firstArticles.subList(0, Math.min(5, firstArticles.size()));
    for (ExtraPage extra : portal.extraPages()) {
      String html =
          ListPageRenderer.fill(
              renderer.template(extra.template()), Map.of("items", renderer.items(firstArticles)));
      pages.put(extra.path(), Page.ok(pageType, HtmlEncoding.encode(html, charset)));
    }

    // the look of an article page: a style sheet and a logo a replay can be seen to show
    pages.put("/uploads/css/article.css",
        Page.ok("text/css; charset=UTF-8", Resources.bytes("static/article.css")));
    pages.put("/uploads/logo.gif", Page.ok("image/gif", SampleLogo.gif()));
    pages.put(
        "/robots.txt",
        Page.ok("text/plain; charset=UTF-8", robots().getBytes(StandardCharsets.UTF_8)));

    this.trap =
        portal.trapPrefix() == null
            ? null
            : new CalendarTrap(
                portal.trapPrefix(), renderer.template("calendar.html"), charset, pageType);
  }

  /** The answer for a request path (no query); {@link Page#notFound()} for unknown paths. */
  Page page(String path) {
    Page page = pages.get(path);
    if (page != null) {
      return page;
    }
    if (trap != null) {
      Optional<Page> day = trap.page(path);
      if (day.isPresent()) {
        return day.get();
      }
    }
    if (IMAGE.matcher(path).matches()) {
      return Page.ok("image/gif", PIXEL);
    }
    return Page.notFound();
  }

  private String robots() {
    StringBuilder out = new StringBuilder("User-agent: *\n");
    if (portal.robotsDisallow().isEmpty()) {
      out.append("Disallow:\n");
    }
    for (String prefix : portal.robotsDisallow()) {
      out.append("Disallow: ").append(prefix).append('\n');
    }
    return out.toString();
  }

  /**
   * The served bytes of an article: the stored file as is when it is already in the served
   * encoding (corpus pages stay byte-for-byte), else re-encoded.
   */
  private static byte[] articleBytes(ArticleEntry a) {
    byte[] stored = Resources.bytes(a.resource());
    Charset source = Charset.forName(a.sourceEncoding());
    Charset target = Charset.forName(a.encoding());
    if (source.equals(target)) {
      return stored;
    }
    return HtmlEncoding.encode(new String(stored, source), target);
  }

  /** Content-Type for a charset delivery: the charset goes in the header only where declared so. */
  static String contentType(String delivery, String encoding) {
    return switch (delivery) {
      case "header", "wrong-meta" -> "text/html; charset=" + encoding;
      case "meta", "none" -> "text/html";
      default -> throw new IllegalStateException("unknown charset delivery '" + delivery + "'");
    };
  }
}
