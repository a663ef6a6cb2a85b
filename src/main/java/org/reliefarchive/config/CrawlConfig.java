package org.reliefarchive.config;

/**
 * {@code config/crawl.yaml}: how the crawler behaves on every portal.
 *
 * @param threads crawler threads
 * @param userAgent the User-Agent header, with a contact address
 * @param frontierDir where crawler4j keeps its frontier between runs (relative to the working
 *     directory)
 * @param maxResponseBytes larger responses are cut off and recorded as truncated
 * @param connectTimeoutMs TCP connect timeout
 * @param socketTimeoutMs read timeout
 * @param respectRobots obey robots.txt
 * @param resumable keep the frontier so a killed crawl continues where it stopped
 */
public record CrawlConfig(
    int threads,
    String userAgent,
    String frontierDir,
    int maxResponseBytes,
    int connectTimeoutMs,
    int socketTimeoutMs,
    boolean respectRobots,
    boolean resumable) {

  /** Validates ranges; messages name the key. */
  public CrawlConfig {
    Check.inRange("threads", threads, 1, 64);
    Check.notBlank("user_agent", userAgent);
    Check.notBlank("frontier_dir", frontierDir);
    Check.inRange("max_response_bytes", maxResponseBytes, 1024, 512 * 1024 * 1024);
    Check.inRange("connect_timeout_ms", connectTimeoutMs, 100, 600_000);
    Check.inRange("socket_timeout_ms", socketTimeoutMs, 100, 600_000);
  }
}
