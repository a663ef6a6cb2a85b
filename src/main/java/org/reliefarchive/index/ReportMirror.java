package org.reliefarchive.index;

import java.io.IOException;
import org.apache.lucene.document.Document;

/**
 * A second home of every report the index writes: the SolrCloud backend mirrors each upsert,
 * commit and full delete of the embedded index into its collection, so crawl, import and
 * reindex feed both from the one path and the documents cannot differ in what they hold.
 */
public interface ReportMirror {
  /** Mirrors nothing: the embedded index alone. */
  ReportMirror NONE = new ReportMirror() {
    @Override
    public void upsert(Document document) {}

    @Override
    public void commit() {}

    @Override
    public void deleteAll() {}
  };

  /**
   * Adds or replaces the report {@code document} (as {@link IndexSchema} builds it, upserted by
   * its id); may buffer until {@link #commit}.
   */
  void upsert(Document document) throws IOException;

  /** Sends what is buffered and makes it durable. */
  void commit() throws IOException;

  /** Deletes every report (reindex starts from nothing). */
  void deleteAll() throws IOException;
}
