package org.reliefarchive.config;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One portal of {@code config/sources.yaml}: where to start, what to follow, what counts as an
 * article and how hard to knock. Null limits fall back to {@link SourcesConfig.Defaults}.
 *
 * @param id short stable key (letters, digits, '-'), used in facets and file names
 * @param name display name, e.g. 中国甘肃网
 * @param homeProvince the province the portal reports from, e.g. 甘肃省; may be null
 * @param seeds start URLs
 * @param include URL regexes a link must match to be followed (all URLs when empty)
 * @param exclude URL regexes that are never followed
 * @param article URL regexes of article pages; only these are extracted and indexed
 * @param list URL regexes of list pages (sections, pagination); followed, never indexed
 * @param politenessDelayMs pause between two requests to the portal, in ms
 * @param maxDepth link depth from the seeds
 * @param maxPages pages fetched per run
 * @param bodySelector CSS selector for the article body, only where generic extraction fails
 * @param maxBytes payload bytes fetched per run (-1: unlimited); the run stops the portal there
 * @param revisit when known articles are fetched again
 * @param schedule cron expression (minute hour day-of-month month day-of-week, local time) of
 *     the re-crawls {@code serve} runs by itself, or null for none
 * @param urlDates true when the portal's article URLs carry the publication date in their path
 *     (/2021/11/09/…): only then is a page that states no date dated by its URL; null is false
 * @param worker the crawl worker (1 to N of {@code crawl --worker K/N}) that crawls the portal,
 *     or null to let the hash of its id choose
 */
public record PortalConfig(
    String id,
    String name,
    String homeProvince,
    List<String> seeds,
    List<String> include,
    List<String> exclude,
    List<String> article,
    List<String> list,
    Integer politenessDelayMs,
    Integer maxDepth,
    Integer maxPages,
    String bodySelector,
    Long maxBytes,
    RevisitPolicyConfig revisit,
    String schedule,
    Boolean urlDates,
    Integer worker) {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  /** Validates every key; messages name the portal and the key. */
  public PortalConfig {
    String where = "portals[" + (id == null ? name : id) + "]";
    Check.notBlank(where + ".id", id);
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          where + ".id is '" + id + "'; allowed: lower-case letters, digits and '-', 1-40 long");
    }
    Check.notBlank(where + ".name", name);
    seeds = Check.list(seeds);
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException(where + ".seeds must list at least one URL");
    }
    for (String seed : seeds) {
      if (!seed.startsWith("http://") && !seed.startsWith("https://")) {
        throw new IllegalArgumentException(
            where + ".seeds has '" + seed + "'; allowed: absolute http(s) URLs");
      }
    }
    include = Check.list(include);
    exclude = Check.list(exclude);
    article = Check.list(article);
    list = Check.list(list);
    Check.patterns(where + ".include", include);
    Check.patterns(where + ".exclude", exclude);
    Check.patterns(where + ".article", article);
    Check.patterns(where + ".list", list);
    if (article.isEmpty()) {
      throw new IllegalArgumentException(
          where + ".article must list at least one URL pattern of article pages");
    }
    if (politenessDelayMs != null) {
      Check.inRange(where + ".politeness_delay_ms", politenessDelayMs, 0, 600_000);
    }
    if (maxDepth != null) {
      Check.inRange(where + ".max_depth", maxDepth, -1, 1000);
    }
    if (maxPages != null) {
      Check.inRange(where + ".max_pages", maxPages, -1, 100_000_000);
    }
    if (maxBytes != null) {
      Check.inRange(where + ".max_bytes", maxBytes, -1L, 1L << 50);
    }
    if (schedule != null && schedule.isBlank()) {
      schedule = null;
    }
    if (schedule != null) {
      try {
        CronSchedule.parse(schedule);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ".schedule: " + e.getMessage(), e);
      }
    }
    if (worker != null) {
      // the upper bound is the worker count, known when a crawl starts (CrawlWorker.ownerOf)
      Check.inRange(where + ".worker", worker, 1, CrawlWorker.MAX_WORKERS);
    }
  }

  /** A portal without byte limit, revisit policy or schedule of its own. */
  public PortalConfig(String id, String name, String homeProvince, List<String> seeds,
      List<String> include, List<String> exclude, List<String> article, List<String> list,
      Integer politenessDelayMs, Integer maxDepth, Integer maxPages, String bodySelector) {
    this(id, name, homeProvince, seeds, include, exclude, article, list, politenessDelayMs,
        maxDepth, maxPages, bodySelector, null, null, null, null, null);
  }

  /** Whether a date in an article URL's path is its publication date. */
  public boolean urlCarriesDate() {
    return Boolean.TRUE.equals(urlDates);
  }

  /** The parsed {@link #schedule()}, or null when the portal has none. */
  public CronSchedule cron() {
    return schedule == null ? null : CronSchedule.parse(schedule);
  }

  /** The revisit policy, {@link RevisitPolicyConfig#STANDARD} when none is set. */
  public RevisitPolicyConfig revisitPolicy() {
    return revisit != null ? revisit : RevisitPolicyConfig.STANDARD;
  }

  /** The byte limit per run, -1 when unlimited. */
  public long byteLimit() {
    return maxBytes == null ? -1 : maxBytes;
  }

  /** The same portal with every null limit taken from {@code defaults}. */
  public PortalConfig withDefaults(SourcesConfig.Defaults defaults) {
    return new PortalConfig(
        id, name, homeProvince, seeds, include, exclude, article, list,
        politenessDelayMs != null ? politenessDelayMs : defaults.politenessDelayMs(),
        maxDepth != null ? maxDepth : defaults.maxDepth(),
        maxPages != null ? maxPages : defaults.maxPages(),
        bodySelector,
        maxBytes != null ? maxBytes : defaults.maxBytes(),
        revisit != null ? revisit : defaults.revisit(),
        schedule != null ? schedule : defaults.schedule(),
        urlDates,
        worker);
  }

  /** The same portal crawled by crawl worker {@code newWorker} (null: the hash chooses). */
  public PortalConfig withWorker(Integer newWorker) {
    return new PortalConfig(id, name, homeProvince, seeds, include, exclude, article, list,
        politenessDelayMs, maxDepth, maxPages, bodySelector, maxBytes, revisit, schedule,
        urlDates, newWorker);
  }

  /** Compiled {@link #include()} patterns. */
  public List<Pattern> includePatterns() {
    return Check.patterns("include", include);
  }

  /** Compiled {@link #exclude()} patterns. */
  public List<Pattern> excludePatterns() {
    return Check.patterns("exclude", exclude);
  }

  /** Compiled {@link #article()} patterns. */
  public List<Pattern> articlePatterns() {
    return Check.patterns("article", article);
  }

  /** Compiled {@link #list()} patterns. */
  public List<Pattern> listPatterns() {
    return Check.patterns("list", list);
  }
}
