package org.reliefarchive.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.reliefarchive.archive.FetchedPage.PageKind;

/** Thread-safe counters of one portal's crawl. */
public final class PortalStats {
  private static final int SAMPLES = 5;
  /** Failed fetches whose URL the run record keeps, per portal and run. */
  static final int FAILED_URLS = 50;

  private final String portalId;
  private final AtomicLong fetched = new AtomicLong();
  private final AtomicLong articles = new AtomicLong();
  private final AtomicLong lists = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong revisits = new AtomicLong();
  private final AtomicLong notModified = new AtomicLong();
  private final Map<IngestOutcome.Kind, AtomicLong> outcomes = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
  private final List<String> samples = new ArrayList<>();
  private final List<String> failedUrls = new ArrayList<>();
  private final Set<String> knownArticleLinks = ConcurrentHashMap.newKeySet();
  private volatile long due;
  private volatile long notDue;
  private volatile long crawlDelayMs;
  private volatile String stoppedBy;

  PortalStats(String portalId) {
    this.portalId = portalId;
  }

  void fetched(PageKind kind, int status, int bodyBytes, boolean revisit) {
    fetched.incrementAndGet();
    bytes.addAndGet(bodyBytes);
    if (revisit) {
      revisits.incrementAndGet();
    }
    if (status == 304) {
      notModified.incrementAndGet();
    }
    if (status >= 200 && status < 300 || status == 304) {
      switch (kind) {
        case ARTICLE -> articles.incrementAndGet();
        case LIST -> lists.incrementAndGet();
        default -> { }
      }
    }
  }

  void outcome(IngestOutcome outcome, String url) {
    if (outcome == null || outcome.kind() == IngestOutcome.Kind.IGNORED) {
      return;
    }
    outcomes.computeIfAbsent(outcome.kind(), k -> new AtomicLong()).incrementAndGet();
    if (outcome.kind() == IngestOutcome.Kind.EXTRACTION_FAILED) {
      String reason = outcome.reason() == null ? "unknown" : outcome.reason();
      failures.computeIfAbsent(reason, k -> new AtomicLong()).incrementAndGet();
      synchronized (samples) {
        if (samples.size() < SAMPLES) {
          samples.add(reason + " " + url);
        }
      }
    }
  }

  /** A page of this run links to a known article that is left alone (not due). */
  void knownArticleLinked(String url) {
    knownArticleLinks.add(url);
  }

  void error(String kind, String url) {
    errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    synchronized (failedUrls) {
      if (failedUrls.size() < FAILED_URLS) {
        failedUrls.add(kind + " " + url);
      }
    }
  }

  void plan(long dueArticles, long notDueArticles, long delayMs) {
    this.due = dueArticles;
    this.notDue = notDueArticles;
    this.crawlDelayMs = delayMs;
  }

  void stoppedBy(String why) {
    this.stoppedBy = why;
  }

  String stoppedBy() {
    return stoppedBy;
  }

  /** Payload bytes fetched so far. */
  long bytes() {
    return bytes.get();
  }

  /** A snapshot of the counters. */
  public CrawlReport.PortalReport snapshot() {
    List<String> sampleCopy;
    synchronized (samples) {
      sampleCopy = List.copyOf(samples);
    }
    List<String> failedCopy;
    synchronized (failedUrls) {
      failedCopy = List.copyOf(failedUrls);
    }
    return new CrawlReport.PortalReport(
        portalId, fetched.get(), articles.get(), lists.get(), bytes.get(), revisits.get(),
        notModified.get(), count(IngestOutcome.Kind.NEW), count(IngestOutcome.Kind.CHANGED),
        count(IngestOutcome.Kind.UNCHANGED), count(IngestOutcome.Kind.REMOVED), due, notDue,
        knownArticleLinks.size(), copy(errors), copy(failures), sampleCopy, crawlDelayMs,
        stoppedBy, List.of(), failedCopy);
  }

  /** Responses received so far (any status). */
  public long fetchedCount() {
    return fetched.get();
  }

  private long count(IngestOutcome.Kind kind) {
    AtomicLong n = outcomes.get(kind);
    return n == null ? 0 : n.get();
  }

  private static Map<String, Long> copy(Map<String, AtomicLong> m) {
    Map<String, Long> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }
}
