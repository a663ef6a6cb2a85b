package org.reliefarchive.crawl;

import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.crawler.WebCrawler;
import edu.uci.ics.crawler4j.url.WebURL;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLException;
import org.reliefarchive.archive.FetchedPage.PageKind;
import org.reliefarchive.archive.HttpHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One crawler4j thread of a portal: follows only the portal's URLs, leaves known articles to the
 * revisit policy (the due ones are seeded at the start of the run), and records every response
 * that does not reach the parser (redirects, 304, error statuses, failures) in the archive or
 * the counters. Built by a factory with its collaborators; no static state.
 */
final class ReliefCrawler extends WebCrawler {
  private static final Logger LOG = LoggerFactory.getLogger(ReliefCrawler.class);

  private final PortalCrawl crawl;
  private final ConditionalFetcher fetcher;
  private final InHandFrontier frontier;
  private final boolean pageResources;

  /**
   * @param frontier the portal's frontier, told when this thread ends
   * @param pageResources also fetch the images and style sheets article pages embed
   *     ({@link PageResources})
   */
  ReliefCrawler(PortalCrawl crawl, ConditionalFetcher fetcher, InHandFrontier frontier,
      boolean pageResources) {
    this.crawl = crawl;
    this.fetcher = fetcher;
    this.frontier = frontier;
    this.pageResources = pageResources;
  }

  /**
   * Crawls until the portal is done, then tells the frontier. crawler4j ends a thread quietly on
   * an error its callbacks do not catch (an {@link Error} such as a stack overflow on a page): the
   * URL it was on is counted and logged as an unexpected error, and the rest of its batch goes
   * back to the queue for the thread that replaces it.
   */
  @Override
  public void run() {
    try {
      super.run();
    } finally {
      Throwable e = getError();
      if (e == null) {
        frontier.threadEnded();
      } else {
        WebURL lost = frontier.threadFailed();
        String url = lost == null ? "?" : lost.getURL();
        LOG.error("stage=fetch portal={} url={} crawler thread ended on an error",
            crawl.portal().id(), url, e);
        crawl.error(kind(e, "unexpected error"), url, e.toString());
      }
    }
  }

  @Override
  public boolean shouldVisit(Page referringPage, WebURL url) {
    String u = url.getURL();
    if (!super.shouldVisit(referringPage, url)) {
      return false;
    }
    if (pageResources && PageResources.embeds(referringPage, url, crawl.rules())) {
      // fetched once: a resource the archive holds already is not fetched again
      return crawl.ledger().captures(u) == null;
    }
    if (!crawl.rules().shouldFollow(u)) {
      return false;
    }
    if (crawl.rules().classify(u) != PageKind.ARTICLE || crawl.ledger().captures(u) == null) {
      return true;
    }
    // a known article is fetched only when due, and the due ones are seeds of this run already;
    // counting the links tells a quiet night (lists link only known articles) from broken lists
    crawl.stats().knownArticleLinked(u);
    return false;
  }

  @Override
  protected void onRedirectedStatusCode(Page page) {
    List<HttpHeader> headers = new ArrayList<>(
        PortalCrawl.headers(page.getFetchResponseHeaders()));
    if (headers.stream().noneMatch(h -> h.name().equalsIgnoreCase("Location"))
        && page.getRedirectedToUrl() != null) {
      headers.add(new HttpHeader("Location", page.getRedirectedToUrl()));
    }
    crawl.captureStatus(page.getWebURL().getURL(), page.getStatusCode(), headers);
  }

  @Override
  protected void onUnexpectedStatusCode(String url, int status, String contentType,
      String description) {
    List<HttpHeader> headers = PortalCrawl.headers(fetcher.lastHeaders());
    if (headers.isEmpty() && contentType != null && !contentType.isEmpty()) {
      headers = List.of(new HttpHeader("Content-Type", contentType));
    }
    crawl.captureStatus(url, status, headers);
    if (status != 304) {
      crawl.error("http " + status, url, description);
    }
  }

  @Override
  protected void onContentFetchError(Page page, Exception e) {
    crawl.error(kind(e, "fetch failed"), page.getWebURL().getURL(), e.toString());
  }

  @Override
  protected void onPageBiggerThanMaxSize(Page page, long pageSize) {
    crawl.error("oversized", page.getWebURL().getURL(), pageSize + " bytes");
  }

  @Override
  protected void onParseError(WebURL url, Exception e) {
    // the page is archived already; only its links are lost
    crawl.error("link parsing failed", url.getURL(), e.toString());
  }

  @Override
  protected void onUnhandledException(Page page, Throwable e) {
    String url = page == null || page.getWebURL() == null ? "?" : page.getWebURL().getURL();
    if (e instanceof ConditionalFetcher.DeadlineException) {
      crawl.error("no response within deadline", url, e.getMessage());
      return;
    }
    crawl.error(kind(e, "unexpected error"), url, e.toString());
  }

  /**
   * The kind of a failed fetch as an operator names it: a refused connection, a timeout, an
   * unknown host, a failed TLS handshake; {@code otherwise} for anything else. crawler4j hands
   * a refused connection over as an unhandled exception, so the cause decides, not the callback.
   */
  static String kind(Throwable e, String otherwise) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return "connection refused";
      }
      if (t instanceof SocketTimeoutException) {
        return "timed out";
      }
      if (t instanceof UnknownHostException) {
        return "unknown host";
      }
      if (t instanceof SSLException) {
        return "TLS failed";
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return otherwise;
  }
}
