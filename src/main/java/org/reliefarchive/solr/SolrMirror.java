package org.reliefarchive.solr;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrInputDocument;
import org.reliefarchive.index.ReportMirror;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the reports the embedded index writes to the SolrCloud collection, in batches of
 * {@link #BATCH}: a request per report would cost a round trip each. The collection's own
 * soft commits (every second) make them searchable; {@link #commit} sends the batch and
 * commits hard. A batch the cluster refuses stays buffered and goes with the next one.
 * Thread-safe: crawler threads upsert concurrently.
 */
public final class SolrMirror implements ReportMirror, Closeable {
  /** Reports sent in one update request. */
  public static final int BATCH = 200;
  private static final int COMMIT_ATTEMPTS = 6;
  private static final Logger LOG = LoggerFactory.getLogger(SolrMirror.class);

  private final SolrClient client;
  private final String collection;
  private final List<SolrInputDocument> pending = new ArrayList<>();

  /**
   * @param client the cluster's client; its owner closes it after this mirror
   * @param collection the collection written
   */
  public SolrMirror(SolrClient client, String collection) {
    this.client = client;
    this.collection = collection;
  }

  @Override
  public void upsert(Document document) throws IOException {
    SolrInputDocument doc = SolrDocuments.toSolr(document);
    List<SolrInputDocument> full = null;
    synchronized (pending) {
      pending.add(doc);
      if (pending.size() >= BATCH) {
        full = new ArrayList<>(pending);
        pending.clear();
      }
    }
    if (full != null) {
      try {
        send(full);
      } catch (IOException e) {
        // kept for the next batch or commit: a node going down (a shard electing its new
        // leader) does not stop a crawl, whose reports are safe in the archive and the index
        LOG.warn("stage=solr {}; kept for the next commit", e.getMessage());
      }
    }
  }

  /** Sends what is buffered without waiting for a commit. */
  public void flush() throws IOException {
    List<SolrInputDocument> batch;
    synchronized (pending) {
      batch = new ArrayList<>(pending);
      pending.clear();
    }
    if (!batch.isEmpty()) {
      send(batch);
    }
  }

  /**
   * Sends what is buffered and commits, trying again for about half a minute when the cluster
   * refuses (a shard without a leader while a node is down).
   *
   * @throws IOException if the cluster still refuses; the reports stay buffered
   */
  @Override
  public void commit() throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < COMMIT_ATTEMPTS; attempt++) {
      if (attempt > 0) {
        try {
          Thread.sleep(1000L << Math.min(attempt - 1, 4));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      try {
        flush();
        client.commit(collection, true, true, true);
        return;
      } catch (IOException e) {
        last = e;
      } catch (SolrServerException | RuntimeException e) {
        last = new IOException("cannot commit the collection " + collection + ": "
            + e.getMessage(), e);
      }
      LOG.warn("stage=solr {} (attempt {} of {})", last.getMessage(), attempt + 1,
          COMMIT_ATTEMPTS);
    }
    throw last;
  }

  /** Reports waiting to be sent. */
  public int pending() {
    synchronized (pending) {
      return pending.size();
    }
  }

  @Override
  public void deleteAll() throws IOException {
    synchronized (pending) {
      pending.clear();
    }
    try {
      client.deleteByQuery(collection, "*:*");
    } catch (SolrServerException | RuntimeException e) {
      throw new IOException("cannot empty the collection " + collection + ": " + e.getMessage(),
          e);
    }
  }

  private void send(List<SolrInputDocument> batch) throws IOException {
    try {
      client.add(collection, batch);
      LOG.debug("{} reports sent to collection {}", batch.size(), collection);
    } catch (SolrServerException | RuntimeException e) {
      // put them back: the next flush or commit tries again, and the embedded index keeps them
      synchronized (pending) {
        pending.addAll(0, batch);
      }
      throw new IOException("cannot index " + batch.size() + " reports into collection "
          + collection + ": " + e.getMessage(), e);
    }
  }

  /** Sends what is buffered and commits; the client stays open for its owner. */
  @Override
  public void close() throws IOException {
    commit();
  }
}
