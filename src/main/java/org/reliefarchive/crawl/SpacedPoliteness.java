package org.reliefarchive.crawl;

import edu.uci.ics.crawler4j.PolitenessServer;
import edu.uci.ics.crawler4j.url.WebURL;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Spaces the requests to one host by the politeness delay, however many crawler threads ask at
 * once. crawler4j's own politeness server notes when a thread asked, not when its request goes
 * out after the wait: two threads asking 10 ms apart both wait about the delay and then fetch
 * 10 ms apart, so four threads made a portal's 250 ms delay nearer 60 ms. Here each request
 * takes the next free slot of its host, and the next one after it starts a delay later.
 */
final class SpacedPoliteness implements PolitenessServer {
  private final long delayMs;
  private final LongSupplier clockMs;
  private final Map<String, Long> nextSlot = new HashMap<>();

  SpacedPoliteness(long delayMs) {
    this(delayMs, System::currentTimeMillis);
  }

  SpacedPoliteness(long delayMs, LongSupplier clockMs) {
    this.delayMs = delayMs;
    this.clockMs = clockMs;
  }

  /** The milliseconds to wait before fetching {@code url}, or {@link #NO_POLITENESS_APPLIED}. */
  @Override
  public synchronized long applyPoliteness(WebURL url) {
    String host = url.getDomain();
    if (delayMs <= 0 || host == null) {
      return NO_POLITENESS_APPLIED;
    }
    long now = clockMs.getAsLong();
    long slot = Math.max(now, nextSlot.getOrDefault(host, now));
    nextSlot.put(host, slot + delayMs);
    return slot > now ? slot - now : NO_POLITENESS_APPLIED;
  }
}
