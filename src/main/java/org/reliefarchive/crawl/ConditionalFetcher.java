package org.reliefarchive.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.exceptions.PageBiggerThanMaxSizeException;
import edu.uci.ics.crawler4j.fetcher.PageFetchResult;
import edu.uci.ics.crawler4j.fetcher.PageFetcher;
import edu.uci.ics.crawler4j.url.WebURL;
import java.io.IOException;
import java.net.URISyntaxException;
import java.security.KeyManagementException;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpUriRequest;
import org.apache.hc.core5.http.Header;
import org.reliefarchive.archive.CaptureLedger;
import org.reliefarchive.archive.FetchedPage.PageKind;
import org.reliefarchive.archive.LedgerEntry;

/**
 * crawler4j's fetcher with conditional requests: revisiting an article, it sends the ETag and
 * Last-Modified of the last whole capture as If-None-Match and If-Modified-Since, so a server
 * that supports them answers 304 without the page. It also keeps the headers of the last
 * response per thread, which crawler4j does not pass on for unexpected statuses such as 304.
 */
final class ConditionalFetcher extends PageFetcher {
  private final CaptureLedger ledger;
  private final UrlRules rules;
  private final boolean conditional;
  private final ThreadLocal<Header[]> lastHeaders = new ThreadLocal<>();

  ConditionalFetcher(CrawlConfig config, BasicURLNormalizer normalizer, CaptureLedger ledger,
      UrlRules rules, boolean conditional)
      throws NoSuchAlgorithmException, KeyStoreException, KeyManagementException {
    super(config, normalizer);
    this.ledger = ledger;
    this.rules = rules;
    this.conditional = conditional;
  }

  @Override
  protected HttpUriRequest newHttpUriRequest(String url) {
    HttpGet get = new HttpGet(url);
    if (conditional && rules.classify(url) == PageKind.ARTICLE) {
      CaptureLedger.UrlCaptures known = ledger.captures(url);
      LedgerEntry content = known == null ? null : known.lastContent();
      if (content != null) {
        if (content.etag() != null) {
          get.addHeader("If-None-Match", content.etag());
        }
        if (content.lastModified() != null) {
          get.addHeader("If-Modified-Since", content.lastModified());
        }
      }
    }
    return get;
  }

  @Override
  public PageFetchResult fetchPage(WebURL webUrl) throws InterruptedException, IOException,
      PageBiggerThanMaxSizeException, URISyntaxException {
    lastHeaders.remove();
    PageFetchResult result = super.fetchPage(webUrl);
    lastHeaders.set(result.getResponseHeaders());
    return result;
  }

  /** The headers of the response this thread fetched last, or an empty array. */
  Header[] lastHeaders() {
    Header[] h = lastHeaders.get();
    return h == null ? new Header[0] : h;
  }
}
