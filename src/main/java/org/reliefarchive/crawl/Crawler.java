package org.reliefarchive.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import de.hshn.mi.crawler4j.frontier.HSQLDBFrontierConfiguration;
import edu.uci.ics.crawler4j.crawler.CrawlController;
import edu.uci.ics.crawler4j.fetcher.PageFetcher;
import edu.uci.ics.crawler4j.frontier.FrontierConfiguration;
import edu.uci.ics.crawler4j.parser.Parser;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtConfig;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtServer;
import edu.uci.ics.crawler4j.url.TLDList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.reliefarchive.archive.WarcArchive;
import org.reliefarchive.config.CrawlConfig;
import org.reliefarchive.config.PortalConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls portals with crawler4j: one controller per portal (its own politeness delay, depth and
 * page limit, frontier and robots.txt), all portals at once. Every response is archived before
 * anything else and then handed to the {@link PageSink}.
 *
 * <p>Each portal's frontier lives in {@code frontier_dir/<portal id>}. A run that finishes marks
 * it complete, and the next run starts afresh; a run that was killed leaves it incomplete, and
 * the next run resumes it, skipping pages already fetched.
 */
public final class Crawler {
  private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);
  private static final String COMPLETE_MARKER = "COMPLETE";

  private final CrawlConfig config;
  private final WarcArchive archive;
  private final PageSink sink;
  private final Clock clock;

  /**
   * @param config crawler settings
   * @param archive where every response goes first
   * @param sink what happens to archived pages next
   * @param clock capture time source
   */
  public Crawler(CrawlConfig config, WarcArchive archive, PageSink sink, Clock clock) {
    this.config = config;
    this.archive = archive;
    this.sink = sink;
    this.clock = clock;
  }

  /** A crawl under way: its live counters, and a way to wait for it or stop it. */
  public final class Run {
    private final List<PortalCrawl> crawls;
    private final List<CrawlController> controllers;
    private final List<Path> frontiers;
    private final Instant started;

    private Run(List<PortalCrawl> crawls, List<CrawlController> controllers, List<Path> frontiers,
        Instant started) {
      this.crawls = crawls;
      this.controllers = controllers;
      this.frontiers = frontiers;
      this.started = started;
    }

    /** Responses archived so far, over all portals. */
    public long fetched() {
      return crawls.stream().mapToLong(c -> c.stats().fetchedCount()).sum();
    }

    /** Blocks until every portal is done, marks finished frontiers complete, and reports. */
    public CrawlReport await() {
      for (int i = 0; i < controllers.size(); i++) {
        CrawlController c = controllers.get(i);
        c.waitUntilFinish();
        shutdownDatabase(frontiers.get(i));
        if (!c.isShuttingDown()) {
          markComplete(frontiers.get(i));
        }
      }
      return report();
    }

    /** Asks every portal's crawler to stop after the pages in progress. */
    public void stop() {
      controllers.forEach(CrawlController::shutdown);
    }

    /** The counters as they are now. */
    public CrawlReport report() {
      return new CrawlReport(crawls.stream().map(c -> c.stats().snapshot()).toList(),
          Duration.between(started, clock.instant()));
    }
  }

  /**
   * Starts crawling {@code portals} and returns at once.
   *
   * @throws CrawlException if a portal's crawler cannot be set up (its frontier directory, say)
   */
  public Run start(List<PortalConfig> portals, Path frontierRoot) {
    List<PortalCrawl> crawls = new ArrayList<>();
    List<CrawlController> controllers = new ArrayList<>();
    List<Path> frontiers = new ArrayList<>();
    Instant started = clock.instant();
    for (PortalConfig portal : portals) {
      Path frontier = frontierRoot.resolve(portal.id());
      PortalCrawl crawl = new PortalCrawl(portal, archive, sink, clock);
      CrawlController controller = controller(portal, frontier, crawl);
      crawls.add(crawl);
      controllers.add(controller);
      frontiers.add(frontier);
      controller.startNonBlocking(() -> new ReliefCrawler(crawl), config.threads());
      LOG.info("Crawling {} ({}) from {}", portal.id(), portal.name(), portal.seeds());
    }
    return new Run(crawls, controllers, frontiers, started);
  }

  /** Crawls {@code portals} and blocks until done. */
  public CrawlReport crawl(List<PortalConfig> portals, Path frontierRoot) {
    return start(portals, frontierRoot).await();
  }

  private CrawlController controller(PortalConfig portal, Path frontier, PortalCrawl crawl) {
    try {
      boolean resume = prepareFrontier(frontier);
      edu.uci.ics.crawler4j.crawler.CrawlConfig c = new edu.uci.ics.crawler4j.crawler.CrawlConfig();
      c.setCrawlStorageFolder(frontier.toString());
      // always on disk: the in-memory frontier is one per JVM and leaks into the next crawl
      c.setResumableCrawling(true);
      c.setPolitenessDelay(portal.politenessDelayMs());
      c.setMaxDepthOfCrawling(portal.maxDepth());
      c.setMaxPagesToFetch(portal.maxPages());
      c.setUserAgentString(config.userAgent());
      c.setMaxDownloadSize(config.maxResponseBytes());
      c.setConnectionTimeout(config.connectTimeoutMs());
      c.setSocketTimeout(config.socketTimeoutMs());
      c.setIncludeBinaryContentInCrawling(false);
      c.setIncludeHttpsPages(true);
      c.setFollowRedirects(true);
      c.setOnlineTldListUpdate(false);
      c.setLanguageDetection(false);
      c.setHaltOnError(false);
      c.setShutdownOnEmptyQueue(true);
      c.setAllowSingleLevelDomain(true);
      // crawler4j waits these delays before it declares a crawl done; its defaults add ~40 s
      c.setThreadMonitoringDelaySeconds(1);
      c.setThreadShutdownDelaySeconds(1);
      c.setCleanupDelaySeconds(1);

      BasicURLNormalizer normalizer =
          BasicURLNormalizer.newBuilder()
              .idnNormalization(BasicURLNormalizer.IdnNormalization.NONE)
              .build();
      PageFetcher fetcher = new PageFetcher(c, normalizer);
      FrontierConfiguration frontierConfig =
          new HSQLDBFrontierConfiguration(c, Math.max(4, config.threads() + 2));
      RobotstxtConfig robots = new RobotstxtConfig();
      robots.setEnabled(config.respectRobots());
      robots.setUserAgentName(robotsAgentName(config.userAgent()));
      RobotstxtServer robotsServer =
          new RobotstxtServer(robots, fetcher, frontierConfig.getWebURLFactory());
      TLDList tlds = new TLDList(c);
      Parser parser =
          new ArchivingParser(c, normalizer, tlds, frontierConfig.getWebURLFactory(), crawl);
      CrawlController controller =
          new CrawlController(c, normalizer, fetcher, parser, robotsServer, tlds, frontierConfig);
      if (resume) {
        LOG.info("Resuming the unfinished crawl of {} from {}", portal.id(), frontier);
      }
      for (String seed : portal.seeds()) {
        controller.addSeed(seed);
      }
      return controller;
    } catch (Exception e) {
      throw new CrawlException(portal.id(), "cannot set up the crawler: " + e.getMessage(), e);
    }
  }

  /** Returns true when an unfinished frontier is there to resume; clears a finished one. */
  private static boolean prepareFrontier(Path frontier) throws IOException {
    if (!Files.exists(frontier)) {
      Files.createDirectories(frontier);
      return false;
    }
    if (Files.exists(frontier.resolve(COMPLETE_MARKER))) {
      deleteTree(frontier);
      Files.createDirectories(frontier);
      return false;
    }
    try (Stream<Path> s = Files.list(frontier)) {
      return s.findAny().isPresent();
    }
  }

  /**
   * Closes the frontier's HSQLDB database. crawler4j closes its connection pool but not the
   * in-process database, which would otherwise stay open, hold its files and hand its old state
   * to the next crawl of this JVM.
   */
  private static void shutdownDatabase(Path frontier) {
    String url = "jdbc:hsqldb:file:" + frontier + "/frontier;sql.syntax_pgs=true;ifexists=true";
    try (java.sql.Connection conn = java.sql.DriverManager.getConnection(url, "sa", "");
        java.sql.Statement st = conn.createStatement()) {
      st.execute("SHUTDOWN");
    } catch (java.sql.SQLException e) {
      LOG.debug("Frontier database of {} already closed: {}", frontier, e.toString());
    }
  }

  private static void markComplete(Path frontier) {
    try {
      Files.writeString(frontier.resolve(COMPLETE_MARKER), Instant.now().toString());
    } catch (IOException e) {
      LOG.warn("Cannot mark {} complete: {}", frontier, e.toString());
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static String robotsAgentName(String userAgent) {
    String name = userAgent.split("[/ ]", 2)[0];
    return name.isBlank() ? "ReliefArchive" : name;
  }
}
