package org.reliefarchive.crawl;

import edu.uci.ics.crawler4j.PolitenessServer;
import edu.uci.ics.crawler4j.url.WebURL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Spaces the requests to one host by the politeness delay, however many crawler threads ask at
 * once and however late a thread wakes. crawler4j's own politeness server notes when a thread
 * asked, not when its request goes out after the wait: two threads asking 10 ms apart both wait
 * about the delay and then fetch 10 ms apart, so four threads made a portal's 250 ms delay nearer
 * 60 ms. Handing out slots a delay apart is not enough either: on a busy machine a thread that
 * wakes late from its wait sends its request right before the next slot's. Here a thread waits
 * for its host's turn itself, holding that host's lock, and the delay counts from the moment it
 * goes on to fetch; threads of other hosts are not held up.
 */
final class SpacedPoliteness implements PolitenessServer {
  /** Waits for a number of milliseconds. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(long ms) throws InterruptedException;
  }

  private final long delayMs;
  private final LongSupplier clockMs;
  private final Sleeper sleeper;
  private final Map<String, Host> hosts = new ConcurrentHashMap<>();

  /** When the last request to a host went out; its monitor is the host's turn. */
  private static final class Host {
    long lastStart = Long.MIN_VALUE;
  }

  SpacedPoliteness(long delayMs) {
    this(delayMs, System::currentTimeMillis, Thread::sleep);
  }

  SpacedPoliteness(long delayMs, LongSupplier clockMs, Sleeper sleeper) {
    this.delayMs = delayMs;
    this.clockMs = clockMs;
    this.sleeper = sleeper;
  }

  /**
   * Waits until a delay has passed since the last request to the host of {@code url} went out,
   * and returns {@link #NO_POLITENESS_APPLIED} so that crawler4j fetches right away. A thread
   * interrupted while it waits keeps its interrupt and returns at once.
   */
  @Override
  public long applyPoliteness(WebURL url) {
    String host = url.getDomain();
    if (delayMs <= 0 || host == null) {
      return NO_POLITENESS_APPLIED;
    }
    Host h = hosts.computeIfAbsent(host, k -> new Host());
    synchronized (h) {
      long now = clockMs.getAsLong();
      if (h.lastStart != Long.MIN_VALUE && now < h.lastStart + delayMs) {
        try {
          sleeper.sleep(h.lastStart + delayMs - now);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return NO_POLITENESS_APPLIED;
        }
        now = Math.max(clockMs.getAsLong(), h.lastStart + delayMs);
      }
      h.lastStart = now;
    }
    return NO_POLITENESS_APPLIED;
  }
}
