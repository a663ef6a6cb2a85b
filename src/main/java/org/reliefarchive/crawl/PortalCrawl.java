package org.reliefarchive.crawl;

import edu.uci.ics.crawler4j.crawler.Page;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hc.core5.http.Header;
import org.reliefarchive.archive.ArchiveException;
import org.reliefarchive.archive.ArchivedPage;
import org.reliefarchive.archive.CaptureLedger;
import org.reliefarchive.archive.FetchedPage.PageKind;
import org.reliefarchive.archive.FetchedPage;
import org.reliefarchive.archive.HttpHeader;
import org.reliefarchive.archive.LedgerEntry;
import org.reliefarchive.archive.Truncation;
import org.reliefarchive.archive.WarcArchive;
import org.reliefarchive.config.PortalConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the crawler threads of one portal share: its URL rules, the archive, the sink and
 * the counters. Archiving happens here, first, before links are parsed or text extracted. A page
 * whose payload equals its last whole capture is archived as a revisit record, not a second
 * copy; a page this run (or the killed run it resumes) captured already is not archived again.
 */
final class PortalCrawl {
  private static final Logger LOG = LoggerFactory.getLogger(PortalCrawl.class);

  private final PortalConfig portal;
  private final UrlRules rules;
  private final WarcArchive archive;
  private final PageSink sink;
  private final Clock clock;
  private final PortalStats stats;
  private volatile Instant runStart = Instant.MIN;
  private volatile Runnable onByteLimit = () -> { };
  private volatile Consumer<String> onStorageFailure = reason -> { };

  PortalCrawl(PortalConfig portal, WarcArchive archive, PageSink sink, Clock clock) {
    this.portal = portal;
    this.rules = UrlRules.of(portal);
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

  CaptureLedger ledger() {
    return archive.ledger();
  }

  /** Captures at or after {@code start} belong to this run (or the killed run it resumes). */
  void runStart(Instant start) {
    this.runStart = start;
  }

  /** What to do once the portal's byte limit is reached (stop its crawl). */
  void onByteLimit(Runnable action) {
    this.onByteLimit = action;
  }

  /** What to do when the archive or index cannot be written any more (halt the run). */
  void onStorageFailure(Consumer<String> action) {
    this.onStorageFailure = action;
  }

  /**
   * Archives a fetched 2xx page and hands it to the sink; a page cut short ({@code truncation})
   * is archived as truncated with its reason and counted, not extracted.
   */
  void capture(Page page, Truncation truncation) {
    String url = page.getWebURL().getURL();
    byte[] body = page.getContentData() == null ? new byte[0] : page.getContentData();
    if (truncation == Truncation.NONE && page.isTruncated()) {
      truncation = Truncation.LENGTH;
    }
    FetchedPage fetched =
        new FetchedPage(url, now(), page.getStatusCode(),
            headers(page.getFetchResponseHeaders()), body, truncation, portal.id(),
            rules.classify(url));
    if (truncation == Truncation.LENGTH) {
      stats.error("truncated at size limit", url);
      LOG.warn("stage=fetch url={} truncated at max_response_bytes, {} bytes", url, body.length);
    } else if (truncation == Truncation.TIME) {
      stats.error("truncated at deadline", url);
      LOG.warn("stage=fetch url={} truncated at response_deadline_ms, {} bytes", url,
          body.length);
    }
    archiveAndSink(fetched);
  }

  /** Archives a response that carried no usable body (redirect, 304, 404 …) and counts it. */
  void captureStatus(String url, int status, List<HttpHeader> headers) {
    archiveAndSink(new FetchedPage(url, now(), status, headers, new byte[0], Truncation.NONE,
        portal.id(), rules.classify(url)));
  }

  private void archiveAndSink(FetchedPage fetched) {
    String url = fetched.url();
    CaptureLedger.UrlCaptures known = archive.ledger().captures(url);
    if (known != null && !known.last().date().isBefore(runStart)) {
      // fetched again after a resume: its capture of this run is in the archive already
      LOG.debug("Already captured in this run: {}", url);
      return;
    }
    LedgerEntry content = known == null ? null : known.lastContent();
    ArchivedPage archived;
    try {
      boolean samePayload = content != null && fetched.status() >= 200
          && fetched.status() < 300 && !fetched.truncated()
          && WarcArchive.payloadDigest(fetched.body()).equals(content.digest());
      if (content != null && (fetched.status() == 304 || samePayload)) {
        archived = archive.writeRevisit(fetched, content);
      } else {
        archived = archive.write(fetched);
      }
    } catch (ArchiveException e) {
      stats.error("archive write failed", url);
      LOG.error("stage=archive url={} {}", url, e.getMessage());
      String full = StorageFailure.diskFull(e);
      if (full != null) {
        onStorageFailure.accept("cannot write the archive in " + archive.dir() + ": " + full);
      }
      return;
    }
    stats.fetched(fetched.kind(), fetched.status(), fetched.body().length, archived.isRevisit());
    LOG.debug("Archived {} {} {} {} bytes", archived.recordType(), fetched.kind().key(), url,
        fetched.body().length);
    if (fetched.kind() != PageKind.OTHER && !fetched.truncated()) {
      IngestOutcome outcome;
      try {
        outcome = sink.accept(archived);
      } catch (StorageFailure e) {
        LOG.error("stage=ingest url={} {}", url, e.getMessage());
        onStorageFailure.accept(e.getMessage());
        outcome = IngestOutcome.failed("index write failed");
      } catch (RuntimeException e) {
        LOG.error("stage=ingest url={} {}", url, e.toString());
        outcome = IngestOutcome.failed("ingest error");
      }
      stats.outcome(outcome, url);
    }
    long limit = portal.byteLimit();
    if (limit > 0 && stats.bytes() >= limit && stats.stoppedBy() == null) {
      stats.stoppedBy("byte limit");
      LOG.warn("portal={} reached max_bytes ({} bytes): stopping its crawl", portal.id(), limit);
      onByteLimit.run();
    }
  }

  /** Capture time to the second: what a WARC-Date holds, so reindex sees the same times. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  void error(String kind, String url, String message) {
    stats.error(kind, url);
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
