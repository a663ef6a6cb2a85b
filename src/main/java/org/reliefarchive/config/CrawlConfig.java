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
 * @param stateDir where the run history (health per run and portal) is kept (relative to the
 *     working directory)
 * @param conditionalRequests send If-None-Match / If-Modified-Since when revisiting an article
 * @param maxRobotsCrawlDelayMs the longest robots.txt Crawl-delay obeyed; a longer one is cut
 *     to this (and logged)
 * @param alarmMinArticlePages article pages a portal must have fetched in a run before its
 *     extraction failure share can raise an alarm
 * @param alarmExtractionFailureShare share (0-1) of article pages failing extraction above which
 *     a run raises a template-change alarm
 * @param alarmQuietRuns runs in a row without a new article after which a portal that used to
 *     yield new articles raises an alarm
 * @param responseDeadlineMs the longest a whole response may take, from the request to the last
 *     byte; a response still arriving then is cut off and archived as truncated (time)
 * @param maxCookiesPerHost cookies kept per site; a new one pushes out the oldest
 * @param maxCookieHeaderBytes the most {@code name=value} text kept per site, so the Cookie
 *     header sent back stays below what servers refuse
 * @param minFreeDiskMb a crawl does not start when a disk it writes to (archive, frontier,
 *     run log) has fewer megabytes free than this
 * @param pageResources also capture the images and style sheets article pages embed (and the
 *     images those style sheets use), from the article's own site, so replay shows the page as
 *     it looked; off by default
 * @param maxResourceBytes an embedded resource is read up to this many bytes (at most
 *     {@code max_response_bytes}) and archived as truncated beyond
 * @param worker this machine's share of the portals when several machines crawl them,
 *     {@code N/M} (worker N of M, see {@link CrawlWorker}), or null for one machine crawling all
 */
public record CrawlConfig(
    int threads,
    String userAgent,
    String frontierDir,
    int maxResponseBytes,
    int connectTimeoutMs,
    int socketTimeoutMs,
    boolean respectRobots,
    boolean resumable,
    String stateDir,
    Boolean conditionalRequests,
    Integer maxRobotsCrawlDelayMs,
    Integer alarmMinArticlePages,
    Double alarmExtractionFailureShare,
    Integer alarmQuietRuns,
    Integer responseDeadlineMs,
    Integer maxCookiesPerHost,
    Integer maxCookieHeaderBytes,
    Long minFreeDiskMb,
    Boolean pageResources,
    Integer maxResourceBytes,
    String worker) {

  /** Validates ranges and fills absent newer keys with their defaults; messages name the key. */
  public CrawlConfig {
    stateDir = stateDir == null || stateDir.isBlank() ? "index/crawl" : stateDir;
    conditionalRequests = conditionalRequests == null || conditionalRequests;
    maxRobotsCrawlDelayMs = maxRobotsCrawlDelayMs == null ? 30_000
        : Check.inRange("max_robots_crawl_delay_ms", maxRobotsCrawlDelayMs, 0, 600_000);
    alarmMinArticlePages = alarmMinArticlePages == null ? 5
        : Check.inRange("alarm_min_article_pages", alarmMinArticlePages, 1, 1_000_000);
    alarmQuietRuns = alarmQuietRuns == null ? 7
        : Check.inRange("alarm_quiet_runs", alarmQuietRuns, 2, 100_000);
    responseDeadlineMs = responseDeadlineMs == null ? 60_000
        : Check.inRange("response_deadline_ms", responseDeadlineMs, 500, 3_600_000);
    maxCookiesPerHost = maxCookiesPerHost == null ? 30
        : Check.inRange("max_cookies_per_host", maxCookiesPerHost, 0, 1000);
    maxCookieHeaderBytes = maxCookieHeaderBytes == null ? 4096
        : Check.inRange("max_cookie_header_bytes", maxCookieHeaderBytes, 0, 65_536);
    minFreeDiskMb = minFreeDiskMb == null ? 512
        : Check.inRange("min_free_disk_mb", minFreeDiskMb, 0L, 1L << 40);
    pageResources = pageResources != null && pageResources;
    maxResourceBytes = maxResourceBytes == null ? 2 * 1024 * 1024
        : Check.inRange("max_resource_bytes", maxResourceBytes, 1024, 512 * 1024 * 1024);
    alarmExtractionFailureShare = alarmExtractionFailureShare == null ? 0.5
        : alarmExtractionFailureShare;
    if (alarmExtractionFailureShare < 0 || alarmExtractionFailureShare > 1) {
      throw new IllegalArgumentException("alarm_extraction_failure_share is "
          + alarmExtractionFailureShare + "; allowed: 0 to 1");
    }
    Check.inRange("threads", threads, 1, 64);
    Check.notBlank("user_agent", userAgent);
    Check.notBlank("frontier_dir", frontierDir);
    Check.inRange("max_response_bytes", maxResponseBytes, 1024, 512 * 1024 * 1024);
    Check.inRange("connect_timeout_ms", connectTimeoutMs, 100, 600_000);
    Check.inRange("socket_timeout_ms", socketTimeoutMs, 100, 600_000);
    if (worker != null && worker.isBlank()) {
      worker = null;
    }
    if (worker != null) {
      CrawlWorker.parse("worker", worker);
    }
  }

  /** The settings of the first version: state, alarms and conditional requests at defaults. */
  public CrawlConfig(int threads, String userAgent, String frontierDir, int maxResponseBytes,
      int connectTimeoutMs, int socketTimeoutMs, boolean respectRobots, boolean resumable) {
    this(threads, userAgent, frontierDir, maxResponseBytes, connectTimeoutMs, socketTimeoutMs,
        respectRobots, resumable, null, null, null, null, null, null, null, null, null, null,
        null, null, null);
  }

  /** These settings with the capture of page resources switched on or off. */
  public CrawlConfig withPageResources(boolean on) {
    return new CrawlConfig(threads, userAgent, frontierDir, maxResponseBytes, connectTimeoutMs,
        socketTimeoutMs, respectRobots, resumable, stateDir, conditionalRequests,
        maxRobotsCrawlDelayMs, alarmMinArticlePages, alarmExtractionFailureShare, alarmQuietRuns,
        responseDeadlineMs, maxCookiesPerHost, maxCookieHeaderBytes, minFreeDiskMb, on,
        maxResourceBytes, worker);
  }

  /** These settings for crawl worker {@code newWorker} ({@code N/M}), or one machine (null). */
  public CrawlConfig withWorker(String newWorker) {
    return new CrawlConfig(threads, userAgent, frontierDir, maxResponseBytes, connectTimeoutMs,
        socketTimeoutMs, respectRobots, resumable, stateDir, conditionalRequests,
        maxRobotsCrawlDelayMs, alarmMinArticlePages, alarmExtractionFailureShare, alarmQuietRuns,
        responseDeadlineMs, maxCookiesPerHost, maxCookieHeaderBytes, minFreeDiskMb,
        pageResources, maxResourceBytes, newWorker);
  }

  /** The crawl worker this machine is, or null when it crawls every portal alone. */
  public CrawlWorker crawlWorker() {
    return worker == null ? null : CrawlWorker.parse("worker", worker);
  }

  /** The byte cap of one embedded resource: the smaller of the two limits. */
  public int resourceByteCap() {
    return Math.min(maxResourceBytes, maxResponseBytes);
  }
}
