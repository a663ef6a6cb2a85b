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
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpUriRequest;
import org.apache.hc.core5.http.Header;
import org.reliefarchive.archive.CaptureLedger;
import org.reliefarchive.archive.FetchedPage.PageKind;
import org.reliefarchive.archive.LedgerEntry;
import org.reliefarchive.archive.Truncation;

/**
 * crawler4j's fetcher with conditional requests: revisiting an article, it sends the ETag and
 * Last-Modified of the last whole capture as If-None-Match and If-Modified-Since, so a server
 * that supports them answers 304 without the page. It also keeps the headers of the last
 * response per thread, which crawler4j does not pass on for unexpected statuses such as 304.
 *
 * <p>Every response is read under two limits ({@link LimitedGet}): at most
 * {@code max_response_bytes} of body, all of it within {@code response_deadline_ms}. A response
 * that breaks one is cut off, the connection closed, and the page keeps what was read; {@link
 * #lastTruncation()} tells why it is short.
 */
final class ConditionalFetcher extends PageFetcher {
  private final CaptureLedger ledger;
  private final UrlRules rules;
  private final boolean conditional;
  private final long deadlineMs;
  private final long maxBytes;
  private final long resourceBytes;
  private final ScheduledThreadPoolExecutor timer;
  private final ThreadLocal<Header[]> lastHeaders = new ThreadLocal<>();
  private final ThreadLocal<LimitedGet> lastRequest = new ThreadLocal<>();

  /**
   * @param config crawler4j's settings; its own download limit must be off, the byte limit here
   *     replaces it
   * @param deadlineMs the longest a whole response may take
   * @param maxBytes the most body bytes read of one response
   * @param resourceBytes the most body bytes read of a URL that is neither article nor list
   *     page (an embedded image or style sheet)
   */
  ConditionalFetcher(CrawlConfig config, BasicURLNormalizer normalizer, CaptureLedger ledger,
      UrlRules rules, boolean conditional, long deadlineMs, long maxBytes, long resourceBytes)
      throws NoSuchAlgorithmException, KeyStoreException, KeyManagementException {
    super(config, normalizer, new SpacedPoliteness(config.getPolitenessDelay()));
    this.ledger = ledger;
    this.rules = rules;
    this.conditional = conditional;
    this.deadlineMs = deadlineMs;
    this.maxBytes = maxBytes;
    this.resourceBytes = Math.min(maxBytes, resourceBytes);
    this.timer = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "response-deadline");
      t.setDaemon(true);
      return t;
    });
    timer.setRemoveOnCancelPolicy(true);
  }

  @Override
  protected HttpUriRequest newHttpUriRequest(String url) {
    long cap = rules.classify(url) == PageKind.OTHER ? resourceBytes : maxBytes;
    LimitedGet get = new LimitedGet(url, timer, deadlineMs, cap);
    lastRequest.set(get);
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
    lastRequest.remove();
    PageFetchResult result;
    try {
      result = super.fetchPage(webUrl);
    } catch (IOException e) {
      LimitedGet get = lastRequest.get();
      if (get != null) {
        get.finish();
        if (get.expired()) {
          throw new DeadlineException(get.deadlineMs(), e);
        }
      }
      throw e;
    }
    lastHeaders.set(result.getResponseHeaders());
    LimitedGet get = lastRequest.get();
    if (get != null) {
      if (result.getEntity() == null) {
        get.finish();
      } else {
        result.setEntity(get.limit(result.getEntity()));
      }
    }
    return result;
  }

  /** No response (status line and headers) arrived within the deadline. */
  static final class DeadlineException extends IOException {
    private static final long serialVersionUID = 1L;

    DeadlineException(long deadlineMs, IOException cause) {
      super("no response within response_deadline_ms = " + deadlineMs + " ms", cause);
    }
  }

  /** Why the body this thread fetched last is short, or {@link Truncation#NONE}. */
  Truncation lastTruncation() {
    LimitedGet get = lastRequest.get();
    return get == null ? Truncation.NONE : get.truncation();
  }

  @Override
  public synchronized void shutDown() {
    super.shutDown();
    timer.shutdownNow();
  }

  /** The headers of the response this thread fetched last, or an empty array. */
  Header[] lastHeaders() {
    Header[] h = lastHeaders.get();
    return h == null ? new Header[0] : h;
  }
}
