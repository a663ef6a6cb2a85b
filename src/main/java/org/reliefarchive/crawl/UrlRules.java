package org.reliefarchive.crawl;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.reliefarchive.archive.FetchedPage.PageKind;
import org.reliefarchive.config.PortalConfig;

/**
 * Which URLs of a portal are followed, and which are articles or lists. A URL is followed when
 * it matches an include pattern (any URL when there are none), no exclude pattern, and an
 * article or list pattern: pages that are neither are never fetched, which keeps a crawl on
 * the portal's reports.
 */
public final class UrlRules {
  /** The rules of every portal seen, compiled once and shared by the crawl and the ingest. */
  private static final Map<PortalConfig, UrlRules> COMPILED = new ConcurrentHashMap<>();

  private final List<Pattern> include;
  private final List<Pattern> exclude;
  private final List<Pattern> article;
  private final List<Pattern> list;

  /**
   * The rules of {@code portal}: its patterns compiled the first time the portal is asked for,
   * then the same object for the crawl and the ingest of every run.
   */
  public static UrlRules of(PortalConfig portal) {
    return COMPILED.computeIfAbsent(portal, UrlRules::new);
  }

  /** Compiles the patterns of {@code portal}. */
  private UrlRules(PortalConfig portal) {
    this.include = portal.includePatterns();
    this.exclude = portal.excludePatterns();
    this.article = portal.articlePatterns();
    this.list = portal.listPatterns();
  }

  /** What the portal's patterns say {@code url} is. Article patterns win over list patterns. */
  public PageKind classify(String url) {
    if (matchesAny(article, url)) {
      return PageKind.ARTICLE;
    }
    if (matchesAny(list, url)) {
      return PageKind.LIST;
    }
    return PageKind.OTHER;
  }

  /** True when the crawler should fetch {@code url}. */
  public boolean shouldFollow(String url) {
    if (!include.isEmpty() && !matchesAny(include, url)) {
      return false;
    }
    if (matchesAny(exclude, url)) {
      return false;
    }
    return classify(url) != PageKind.OTHER;
  }

  private static boolean matchesAny(List<Pattern> patterns, String url) {
    for (Pattern p : patterns) {
      if (p.matcher(url).matches()) {
        return true;
      }
    }
    return false;
  }
}
