package org.reliefarchive.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;
import org.reliefarchive.archive.Truncation;

/**
 * A GET whose response must end within a deadline and may hold at most a number of body bytes.
 * The deadline runs from the moment the client starts executing the request (after crawler4j's
 * politeness wait); a timer aborts the request when it passes, which closes the connection and
 * ends a read that is blocked on a server sending one byte at a time. At the byte limit the
 * connection is closed too, instead of being drained for reuse. Either way the body read so far
 * ends normally, and {@link #truncation()} says why it is short.
 */
final class LimitedGet extends HttpGet {
  private static final long serialVersionUID = 1L;

  private final transient ScheduledExecutorService timer;
  private final long deadlineMs;
  private final long maxBytes;
  private transient ScheduledFuture<?> alarm;
  private volatile long startNanos;
  private volatile boolean expired;
  private volatile Truncation truncation = Truncation.NONE;

  LimitedGet(String url, ScheduledExecutorService timer, long deadlineMs, long maxBytes) {
    super(url);
    this.timer = timer;
    this.deadlineMs = deadlineMs;
    this.maxBytes = maxBytes;
  }

  /** The client hands the request its connection here, first when execution starts. */
  @Override
  public void setDependency(Cancellable cancellable) {
    super.setDependency(cancellable);
    startDeadline();
  }

  private synchronized void startDeadline() {
    if (alarm == null) {
      startNanos = System.nanoTime();
      alarm = timer.schedule(this::expire, deadlineMs, TimeUnit.MILLISECONDS);
    }
  }

  private void expire() {
    expired = true;
    abort();
  }

  /** True once the deadline has passed. */
  boolean expired() {
    if (expired) {
      return true;
    }
    long start = startNanos;
    return start != 0 && System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(deadlineMs);
  }

  /** Why the body is short, or {@link Truncation#NONE}. */
  Truncation truncation() {
    return truncation;
  }

  /** The deadline in milliseconds. */
  long deadlineMs() {
    return deadlineMs;
  }

  /** Stops the deadline timer: the exchange is over. */
  synchronized void finish() {
    if (alarm != null) {
      alarm.cancel(false);
    }
  }

  /** {@code entity} read under this request's limits; null stays null. */
  HttpEntity limit(HttpEntity entity) {
    return entity == null ? null : new LimitedEntity(entity);
  }

  private void cut(Truncation why) {
    truncation = why;
    // closes the connection at once: nothing more is read, not even to reuse the connection
    abort();
  }

  private final class LimitedEntity extends HttpEntityWrapper {
    private LimitedStream stream;

    LimitedEntity(HttpEntity wrapped) {
      super(wrapped);
    }

    @Override
    public synchronized InputStream getContent() throws IOException {
      if (stream == null) {
        stream = new LimitedStream(super.getContent());
      }
      return stream;
    }

    /** A declared length above the limit is not passed on: nobody sizes a buffer by it. */
    @Override
    public long getContentLength() {
      long declared = super.getContentLength();
      return declared > maxBytes ? -1 : declared;
    }

    @Override
    public void close() throws IOException {
      getContent().close();
    }
  }

  private final class LimitedStream extends InputStream {
    private final InputStream in;
    private long count;
    private boolean ended;

    LimitedStream(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
      if (ended || in == null) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      if (expired()) {
        return end(Truncation.TIME);
      }
      try {
        if (count >= maxBytes) {
          // one byte more tells a body of exactly the limit from a longer one
          return in.read() < 0 ? end(Truncation.NONE) : end(Truncation.LENGTH);
        }
        int n = in.read(b, off, (int) Math.min(len, maxBytes - count));
        if (n < 0) {
          return end(Truncation.NONE);
        }
        count += n;
        return n;
      } catch (IOException e) {
        if (expired()) {
          return end(Truncation.TIME);
        }
        throw e;
      }
    }

    private int end(Truncation why) {
      ended = true;
      if (why != Truncation.NONE) {
        cut(why);
      }
      return -1;
    }

    /**
     * Reads what is left within the limits (so a short rest keeps the connection reusable, and a
     * long or endless one closes it), then closes.
     */
    @Override
    public synchronized void close() throws IOException {
      try {
        byte[] skip = new byte[8192];
        while (!ended && read(skip, 0, skip.length) >= 0) {
          // discarded
        }
      } catch (IOException e) {
        abort();
      } finally {
        finish();
        try {
          if (in != null) {
            in.close();
          }
        } catch (IOException e) {
          if (!isAborted()) {
            throw e;
          }
        }
      }
    }
  }
}
