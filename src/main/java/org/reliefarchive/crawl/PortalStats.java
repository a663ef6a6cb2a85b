package org.reliefarchive.crawl;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Thread-safe counters of one portal's crawl. */
public final class PortalStats {
  private final String portalId;
  private final AtomicLong fetched = new AtomicLong();
  private final AtomicLong articles = new AtomicLong();
  private final AtomicLong lists = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

  PortalStats(String portalId) {
    this.portalId = portalId;
  }

  void fetched(org.reliefarchive.archive.FetchedPage.PageKind kind, int bodyBytes) {
    fetched.incrementAndGet();
    bytes.addAndGet(bodyBytes);
    switch (kind) {
      case ARTICLE -> articles.incrementAndGet();
      case LIST -> lists.incrementAndGet();
      default -> { }
    }
  }

  void error(String kind) {
    errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
  }

  /** A snapshot of the counters. */
  public CrawlReport.PortalReport snapshot() {
    Map<String, Long> errs = new TreeMap<>();
    errors.forEach((k, v) -> errs.put(k, v.get()));
    return new CrawlReport.PortalReport(
        portalId, fetched.get(), articles.get(), lists.get(), bytes.get(), errs);
  }

  /** Responses received so far (any status). */
  public long fetchedCount() {
    return fetched.get();
  }
}
