package org.reliefarchive.crawl;

import org.reliefarchive.archive.ArchivedPage;

/**
 * Receives every archived article and list page of a crawl (successful, revisited, not
 * modified, gone or redirected), in the crawler's thread, right after it was written to the
 * archive. Implementations must be thread-safe and must not throw: a failure on one page is
 * theirs to record, and they say what they made of the page. The one exception is a
 * {@link StorageFailure} (the index cannot be written any more), which halts the run.
 */
@FunctionalInterface
public interface PageSink {
  /** Handles one archived page and tells what became of it. */
  IngestOutcome accept(ArchivedPage page);
}
