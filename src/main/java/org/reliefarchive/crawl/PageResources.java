package org.reliefarchive.crawl;

import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.url.WebURL;
import java.util.Locale;
import org.reliefarchive.archive.FetchedPage.PageKind;

/**
 * Which links are the resources a page needs to look as it did: the images ({@code <img src>})
 * and style sheets ({@code <link rel="stylesheet">}) of an article page, and the images and
 * fonts those style sheets use ({@code url(…)}). Only resources on the article's own site (the
 * same registered domain, so {@code img.portal.cn} serves {@code www.portal.cn}) are taken:
 * trackers and other sites' widgets stay out of the archive. The portal's URL patterns do not
 * apply to them; they are neither articles nor lists.
 */
final class PageResources {
  private PageResources() {}

  /** True when {@code url}, linked from {@code referring}, is a resource that page embeds. */
  static boolean embeds(Page referring, WebURL url, UrlRules rules) {
    if (referring == null || referring.getWebURL() == null) {
      return false;
    }
    String target = url.getURL();
    if (target == null || !(target.startsWith("http://") || target.startsWith("https://"))) {
      return false;
    }
    WebURL from = referring.getWebURL();
    if (!sameSite(from, url) || rules.classify(target) != PageKind.OTHER) {
      return false;
    }
    PageKind kind = rules.classify(from.getURL());
    String tag = url.getTag() == null ? "" : url.getTag().toLowerCase(Locale.ROOT);
    if (kind == PageKind.ARTICLE) {
      return "img".equals(tag) || "link".equals(tag) && isStyleSheet(url);
    }
    // a style sheet the crawl took as a resource: what its url(…) names
    String type = referring.getContentType();
    return kind == PageKind.OTHER && type != null
        && type.toLowerCase(Locale.ROOT).startsWith("text/css");
  }

  private static boolean isStyleSheet(WebURL url) {
    String rel = url.getAttribute("rel");
    return rel != null && rel.toLowerCase(Locale.ROOT).contains("stylesheet");
  }

  private static boolean sameSite(WebURL a, WebURL b) {
    String da = a.getDomain();
    String db = b.getDomain();
    return da != null && !da.isEmpty() && da.equalsIgnoreCase(db);
  }
}
