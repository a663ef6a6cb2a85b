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
 *
 * <p>The buffer is bounded ({@link #MAX_PENDING} reports): while a cluster (or a whole shard)
 * refuses every batch, the oldest reports are dropped from it rather than the heap filling up.
 * Those reports are in the archive and the embedded index; from then on every {@link #commit}
 * fails with a message saying how many the collection missed, so the crawl run stays unfinished
 * in the run log and the next {@code crawl} indexes its captures again from the archive (as
 * after a kill); {@code reindex} does too.
 */
public final class SolrMirror implements ReportMirror, Closeable {
  /** Reports sent in one update request. */
  public static final int BATCH = 200;
  /** Reports kept while the cluster refuses them (a few KB each: tens of MB at most). */
  public static final int MAX_PENDING = 10_000;
  private static final int COMMIT_ATTEMPTS = 6;
  private static final Logger LOG = LoggerFactory.getLogger(SolrMirror.class);

  private final SolrClient client;
  private final String collection;
  private final java.util.ArrayDeque<SolrInputDocument> pending = new java.util.ArrayDeque<>();
  private final int maxPending;
  private final int batchSize;
  private final int commitAttempts;
  /** Reports dropped from the full buffer, never sent (guarded by {@code pending}). */
  private long missed;

  /**
   * @param client the cluster's client; its owner closes it after this mirror
   * @param collection the collection written
   */
  public SolrMirror(SolrClient client, String collection) {
    this(client, collection, MAX_PENDING);
  }

  /**
   * @param maxPending the most reports buffered while the cluster refuses them, at least 1
   */
  public SolrMirror(SolrClient client, String collection, int maxPending) {
    this(client, collection, maxPending, COMMIT_ATTEMPTS);
  }

  /** @param commitAttempts how often a commit is tried before it fails, at least 1 */
  SolrMirror(SolrClient client, String collection, int maxPending, int commitAttempts) {
    if (maxPending < 1) {
      throw new IllegalArgumentException("maxPending is " + maxPending + "; allowed: 1 or more");
    }
    this.client = client;
    this.collection = collection;
    this.maxPending = maxPending;
    this.batchSize = Math.min(BATCH, maxPending);
    this.commitAttempts = Math.max(1, commitAttempts);
  }

  @Override
  public void upsert(Document document) throws IOException {
    SolrInputDocument doc = SolrDocuments.toSolr(document);
    List<SolrInputDocument> full = null;
    synchronized (pending) {
      pending.addLast(doc);
      dropOverflow();
      if (pending.size() >= batchSize) {
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

  /** Drops the oldest reports beyond the bound; called holding the lock of {@code pending}. */
  private void dropOverflow() {
    while (pending.size() > maxPending) {
      pending.removeFirst();
      if (missed++ == 0) {
        LOG.error("stage=solr the collection {} has refused reports until {} were waiting; "
            + "the oldest are dropped from memory from now on. They are in the archive and "
            + "the embedded index: this crawl run will end unfinished and the next crawl "
            + "indexes its captures again (or run reindex)", collection, maxPending);
      }
    }
  }

  /** Reports dropped from the full buffer since this mirror was made, never sent. */
  public long missed() {
    synchronized (pending) {
      return missed;
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
   * @throws IOException if the cluster still refuses (the reports stay buffered), or when
   *     reports were dropped from the full buffer: the message says how many and what restores
   *     them
   */
  @Override
  public void commit() throws IOException {
    try {
      commitBuffered();
    } catch (IOException e) {
      if (missed() > 0) {
        throw new IOException(e.getMessage() + "; " + missedMessage(), e);
      }
      throw e;
    }
    if (missed() > 0) {
      throw new IOException(missedMessage());
    }
  }

  private String missedMessage() {
    return "the SolrCloud collection " + collection + " missed " + missed() + " reports while "
        + "it refused them (more than " + maxPending + " waited); they are in the archive and "
        + "the embedded index: run crawl again, which indexes this run's captures again, or "
        + "reindex";
  }

  private void commitBuffered() throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < commitAttempts; attempt++) {
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
          commitAttempts);
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
      // every report is sent again after a full delete
      missed = 0;
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
    } catch (SolrServerException | IOException | RuntimeException e) {
      // an IOException too (a refused connection): the batch must not vanish with it
      // put them back: the next flush or commit tries again, and the embedded index keeps them
      synchronized (pending) {
        for (int i = batch.size() - 1; i >= 0; i--) {
          pending.addFirst(batch.get(i));
        }
        // still bounded: what does not fit is the oldest, dropped and counted
        dropOverflow();
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
