package org.reliefarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.reliefarchive.archive.ArchivedPage;
import org.reliefarchive.crawl.PageSink;
import org.reliefarchive.enrich.CanonicalUrl;

/**
 * Hands archived pages to a {@link PageSink} on several threads, each report's captures on the
 * same thread in the order they came, so a rebuild from the archive still reads every report's
 * history oldest first while extraction and tagging use every core. Pages wait in a short queue
 * per thread; a full queue makes the reader wait, so memory stays bounded.
 */
public final class OrderedLanes implements AutoCloseable {
  private static final ArchivedPage END = new ArchivedPage(null, null, 0, null, null, null, null);

  private final PageSink sink;
  private final List<BlockingQueue<ArchivedPage>> queues = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

  /**
   * Starts {@code lanes} threads.
   *
   * @param queue pages waiting per thread at most
   */
  public OrderedLanes(PageSink sink, int lanes, int queue) {
    if (lanes < 1 || queue < 1) {
      throw new IllegalArgumentException("lanes and queue must be at least 1, not " + lanes
          + " and " + queue);
    }
    this.sink = sink;
    for (int i = 0; i < lanes; i++) {
      BlockingQueue<ArchivedPage> q = new ArrayBlockingQueue<>(queue);
      Thread t = new Thread(() -> drain(q), "ingest-lane-" + i);
      t.setDaemon(true);
      queues.add(q);
      threads.add(t);
      t.start();
    }
  }

  /**
   * Queues {@code page} behind the earlier captures of its report.
   *
   * @throws RuntimeException the failure that stopped a lane (the index cannot be written)
   */
  public void accept(ArchivedPage page) {
    rethrow();
    String url = page.page() == null ? null : page.page().url();
    int lane = url == null ? 0 : Math.floorMod(CanonicalUrl.id(url).hashCode(), queues.size());
    try {
      queues.get(lane).put(page);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while queueing " + url, e);
    }
  }

  private void drain(BlockingQueue<ArchivedPage> queue) {
    try {
      for (ArchivedPage p = queue.take(); p != END; p = queue.take()) {
        if (failure.get() == null) {
          try {
            sink.accept(p);
          } catch (RuntimeException e) {
            // a sink throws only when the run cannot go on (StorageFailure)
            failure.compareAndSet(null, e);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Waits until every queued page was handed over.
   *
   * @throws RuntimeException the failure that stopped a lane
   */
  @Override
  public void close() {
    try {
      for (BlockingQueue<ArchivedPage> q : queues) {
        q.put(END);
      }
      for (Thread t : threads) {
        t.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the ingest lanes", e);
    }
    rethrow();
  }

  private void rethrow() {
    RuntimeException e = failure.get();
    if (e != null) {
      throw e;
    }
  }
}
