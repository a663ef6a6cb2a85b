package org.reliefarchive.crawl;

import edu.uci.ics.crawler4j.crawler.Page;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.core5.http.Header;
import org.reliefarchive.archive.ArchiveException;
import org.reliefarchive.archive.ArchivedPage;
import org.reliefarchive.archive.FetchedPage;
import org.reliefarchive.archive.FetchedPage.PageKind;
import org.reliefarchive.archive.HttpHeader;
import org.reliefarchive.archive.WarcArchive;
import org.reliefarchive.config.PortalConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the crawler threads of one portal share: its URL rules, the archive, the sink and
 * the counters. Archiving happens here, first, before links are parsed or text extracted.
 */
final class PortalCrawl {
  private static final Logger LOG = LoggerFactory.getLogger(PortalCrawl.class);

  private final PortalConfig portal;
  private final UrlRules rules;
  private final WarcArchive archive;
  private final PageSink sink;
  private final Clock clock;
  private final PortalStats stats;
  // crawler4j's frontier can hand one URL to two threads at once; one capture per run is kept
  private final java.util.Set<String> captured = java.util.concurrent.ConcurrentHashMap.newKeySet();

  PortalCrawl(PortalConfig portal, WarcArchive archive, PageSink sink, Clock clock) {
    this.portal = portal;
    this.rules = new UrlRules(portal);
    this.archive = archive;
    this.sink = sink;
    this.clock = clock;
    this.stats = new PortalStats(portal.id());
  }

  PortalConfig portal() {
    return portal;
  }

  UrlRules rules() {
    return rules;
  }

  PortalStats stats() {
    return stats;
  }

  /** Archives a fetched page and hands it to the sink when it is a successful article or list. */
  void capture(Page page) {
    String url = page.getWebURL().getURL();
    if (!captured.add(url)) {
      stats.error("fetched twice in one run (second copy dropped)");
      LOG.debug("Dropping a second fetch of {} in this run", url);
      return;
    }
    PageKind kind = rules.classify(url);
    byte[] body = page.getContentData() == null ? new byte[0] : page.getContentData();
    FetchedPage fetched =
        new FetchedPage(url, clock.instant(), page.getStatusCode(),
            headers(page.getFetchResponseHeaders()), body, page.isTruncated(), portal.id(), kind);
    ArchivedPage archived;
    try {
      archived = archive.write(fetched);
    } catch (ArchiveException e) {
      stats.error("archive write failed");
      LOG.error("stage=archive url={} {}", url, e.getMessage());
      return;
    }
    stats.fetched(kind, body.length);
    if (page.isTruncated()) {
      stats.error("truncated at size limit");
      LOG.warn("stage=fetch url={} truncated at {} bytes", url, body.length);
    }
    LOG.debug("Archived {} {} {} bytes", kind.key(), url, body.length);
    if (page.getStatusCode() >= 200 && page.getStatusCode() < 300 && !page.isTruncated()) {
      sink.accept(archived);
    }
  }

  /** Archives a response that carried no usable body (redirect, 404 …) and counts it. */
  void captureStatus(String url, int status, List<HttpHeader> headers) {
    FetchedPage fetched =
        new FetchedPage(url, clock.instant(), status, headers, new byte[0], false, portal.id(),
            rules.classify(url));
    try {
      archive.write(fetched);
    } catch (ArchiveException e) {
      stats.error("archive write failed");
      LOG.error("stage=archive url={} {}", url, e.getMessage());
      return;
    }
    stats.fetched(PageKind.OTHER, 0);
  }

  void error(String kind, String url, String message) {
    stats.error(kind);
    LOG.warn("stage=fetch portal={} url={} {}: {}", portal.id(), url, kind, message);
  }

  static List<HttpHeader> headers(Header[] headers) {
    List<HttpHeader> out = new ArrayList<>();
    if (headers != null) {
      for (Header h : headers) {
        out.add(new HttpHeader(h.getName(), h.getValue()));
      }
    }
    return out;
  }
}
