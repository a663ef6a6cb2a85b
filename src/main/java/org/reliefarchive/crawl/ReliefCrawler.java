package org.reliefarchive.crawl;

import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.crawler.WebCrawler;
import edu.uci.ics.crawler4j.url.WebURL;
import java.util.List;
import org.reliefarchive.archive.HttpHeader;

/**
 * One crawler4j thread of a portal: follows only the portal's URLs and records every response
 * that does not reach the parser (redirects, error statuses, failures) in the archive or the
 * counters. Built by a factory with its collaborators; no static state.
 */
final class ReliefCrawler extends WebCrawler {
  private final PortalCrawl crawl;

  ReliefCrawler(PortalCrawl crawl) {
    this.crawl = crawl;
  }

  @Override
  public boolean shouldVisit(Page referringPage, WebURL url) {
    return super.shouldVisit(referringPage, url) && crawl.rules().shouldFollow(url.getURL());
  }

  @Override
  protected void onRedirectedStatusCode(Page page) {
    crawl.captureStatus(page.getWebURL().getURL(), page.getStatusCode(),
        PortalCrawl.headers(page.getFetchResponseHeaders()));
  }

  @Override
  protected void onUnexpectedStatusCode(String url, int status, String contentType,
      String description) {
    crawl.captureStatus(url, status,
        contentType == null || contentType.isEmpty()
            ? List.of() : List.of(new HttpHeader("Content-Type", contentType)));
    crawl.error("http " + status, url, description);
  }

  @Override
  protected void onContentFetchError(Page page, Exception e) {
    crawl.error("fetch failed", page.getWebURL().getURL(), e.toString());
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
    crawl.error("unexpected error", url, e.toString());
  }
}
