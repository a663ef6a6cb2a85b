package org.reliefarchive.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the Crawl-delay of a host's robots.txt for our user agent. crawler4j obeys robots.txt
 * rules but not its Crawl-delay, so the crawl asks once per portal and run and uses the longer
 * of the portal's own delay and this one. The request, its body included, must end within the
 * connect timeout, and at most {@link #MAX_BYTES} of the body are read: a hostile host cannot
 * hold a crawl's start with a robots.txt that drips or never ends.
 */
final class RobotsDelay {
  private static final Logger LOG = LoggerFactory.getLogger(RobotsDelay.class);

  /** Bytes of robots.txt read, as Google reads at most 500 KiB. */
  static final int MAX_BYTES = 500 * 1024;

  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "robots-deadline");
        t.setDaemon(true);
        return t;
      });

  private RobotsDelay() {}

  /**
   * The Crawl-delay in milliseconds of the robots.txt of {@code seed}'s host, or 0 when there is
   * none or it cannot be read (crawler4j then reads robots.txt itself for the rules).
   */
  static long of(String seed, String userAgent, String agentName, int timeoutMs) {
    URI robots;
    try {
      URI u = URI.create(seed);
      robots = new URI(u.getScheme(), u.getRawAuthority(), "/robots.txt", null, null);
    } catch (Exception e) {
      return 0;
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(timeoutMs))
          .followRedirects(HttpClient.Redirect.NORMAL).build();
      HttpResponse<InputStream> r = client.sendAsync(HttpRequest.newBuilder(robots)
              .timeout(Duration.ofMillis(timeoutMs)).header("User-Agent", userAgent).build(),
              HttpResponse.BodyHandlers.ofInputStream())
          .get(timeoutMs, TimeUnit.MILLISECONDS);
      byte[] body;
      try (InputStream in = r.body()) {
        if (r.statusCode() != 200) {
          return 0;
        }
        // a server that drips its robots.txt or never ends it gets the rest of the deadline
        // and MAX_BYTES; closing the stream ends a read blocked on it
        long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        ScheduledFuture<?> alarm = TIMER.schedule(() -> closeQuietly(in), left,
            TimeUnit.MILLISECONDS);
        try {
          body = in.readNBytes(MAX_BYTES);
        } finally {
          alarm.cancel(false);
        }
      }
      BaseRobotRules rules = new SimpleRobotRulesParser().parseContent(robots.toString(),
          body, r.headers().firstValue("Content-Type").orElse("text/plain"), agentName);
      long delay = rules.getCrawlDelay();
      return delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay < 0 ? 0 : delay;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    } catch (Exception e) {
      LOG.debug("stage=robots url={} {}", robots, e.toString());
      return 0;
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      LOG.debug("stage=robots closing a late robots.txt failed: {}", e.toString());
    }
  }
}
