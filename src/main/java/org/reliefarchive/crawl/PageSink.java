package org.reliefarchive.crawl;

import org.reliefarchive.archive.ArchivedPage;

/**
 * Receives every archived page of a crawl, in the crawler's thread, right after it was written
 * to the archive. Implementations must be thread-safe and must not throw: a failure on one page
 * is theirs to record.
 */
@FunctionalInterface
public interface PageSink {
  /** Handles one archived page. */
  void accept(ArchivedPage page);
}
