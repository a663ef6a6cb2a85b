package org.reliefarchive.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the Crawl-delay of a host's robots.txt for our user agent. crawler4j obeys robots.txt
 * rules but not its Crawl-delay, so the crawl asks once per portal and run and uses the longer
 * of the portal's own delay and this one.
 */
final class RobotsDelay {
  private static final Logger LOG = LoggerFactory.getLogger(RobotsDelay.class);

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
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(timeoutMs))
          .followRedirects(HttpClient.Redirect.NORMAL).build();
      HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(robots)
          .timeout(Duration.ofMillis(timeoutMs)).header("User-Agent", userAgent).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (r.statusCode() != 200) {
        return 0;
      }
      BaseRobotRules rules = new SimpleRobotRulesParser().parseContent(robots.toString(),
          r.body(), r.headers().firstValue("Content-Type").orElse("text/plain"), agentName);
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
}
