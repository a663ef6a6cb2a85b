package org.reliefarchive.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import de.hshn.mi.crawler4j.frontier.HSQLDBFrontierConfiguration;
import edu.uci.ics.crawler4j.crawler.CrawlController;
import edu.uci.ics.crawler4j.frontier.FrontierConfiguration;
import edu.uci.ics.crawler4j.parser.Parser;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtConfig;
import edu.uci.ics.crawler4j.robotstxt.RobotstxtServer;
import edu.uci.ics.crawler4j.url.TLDList;
import edu.uci.ics.crawler4j.url.WebURL;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.reliefarchive.archive.CaptureLedger;
import org.reliefarchive.archive.FetchedPage.PageKind;
import org.reliefarchive.archive.FileTrees;
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
  /** Portals set up at the same time at the start of a run. */
  private static final int SETUP_THREADS = 4;
  private static final String COMPLETE_MARKER = "COMPLETE";
  private static final String STARTED_MARKER = "STARTED";

  private final CrawlConfig config;
  private final WarcArchive archive;
  private final PageSink sink;
  private final Clock clock;
  private final ArticleDates dates;
  private final Consumer<List<WebURL>> batchTaken;

  /**
   * @param config crawler settings
   * @param archive where every response goes first; its ledger tells what is known
   * @param sink what happens to archived pages next
   * @param clock capture time source
   * @param dates publication dates of known articles, for policies that age by them
   */
  public Crawler(CrawlConfig config, WarcArchive archive, PageSink sink, Clock clock,
      ArticleDates dates) {
    this(config, archive, sink, clock, dates, batch -> { });
  }

  /**
   * A crawler that tells {@code batchTaken} of every batch of URLs a crawler thread takes from
   * its portal's frontier, in the thread, before the thread goes on (tests hold it up there).
   */
  Crawler(CrawlConfig config, WarcArchive archive, PageSink sink, Clock clock,
      ArticleDates dates, Consumer<List<WebURL>> batchTaken) {
    this.config = config;
    this.archive = archive;
    this.sink = sink;
    this.clock = clock;
    this.dates = dates == null ? ArticleDates.NONE : dates;
    this.batchTaken = batchTaken;
  }

  /** A crawler whose revisit policies age articles by their first capture only. */
  public Crawler(CrawlConfig config, WarcArchive archive, PageSink sink, Clock clock) {
    this(config, archive, sink, clock, ArticleDates.NONE);
  }

  /** A crawl under way: its live counters, and a way to wait for it or stop it. */
  public final class Run {
    private final List<PortalCrawl> crawls;
    private final List<CrawlController> controllers;
    private final List<Path> frontiers;
    private final Instant started;
    private final String trigger;
    private final boolean resumed;
    private final Halt halt;

    private Run(List<PortalCrawl> crawls, List<CrawlController> controllers, List<Path> frontiers,
        Instant started, String trigger, boolean resumed, Halt halt) {
      this.crawls = crawls;
      this.controllers = controllers;
      this.frontiers = frontiers;
      this.started = started;
      this.trigger = trigger;
      this.resumed = resumed;
      this.halt = halt;
    }

    /**
     * Stops every portal's crawl because the run cannot go on (the disk is full): unlike
     * {@link #stop()}, the run is marked as halted with {@code reason}. The first reason counts.
     */
    public void halt(String reason) {
      halt.halt(reason);
    }

    /** Why the run was halted, or null. */
    public String haltReason() {
      return halt.reason.get();
    }

    /** True when this run continues one that was killed. */
    public boolean resumed() {
      return resumed;
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
        // a portal stopped at its byte limit is done for this run, like one at its page limit;
        // a halted run is not done, the next one resumes it
        if (halt.reason.get() == null
            && (!c.isShuttingDown() || crawls.get(i).stats().stoppedBy() != null)) {
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
      return new CrawlReport(started.toString(), trigger, started, clock.instant(), resumed,
          crawls.stream().map(c -> c.stats().snapshot()).toList());
    }
  }

  /**
   * Starts crawling {@code portals} and returns at once.
   *
   * @throws CrawlException if a portal's crawler cannot be set up (its frontier directory, say)
   */
  public Run start(List<PortalConfig> portals, Path frontierRoot) {
    return start(portals, frontierRoot, "crawl");
  }

  /**
   * Starts crawling {@code portals} and returns at once. List pages are fetched every run;
   * known articles only when their portal's revisit policy says they are due (they are seeded
   * directly, so an article that fell off the list pages is still revisited); new articles
   * when a list page links them.
   *
   * @param trigger what started the run, for the run log (crawl, schedule, demo)
   * @throws CrawlException if a portal's crawler cannot be set up (its frontier directory, say)
   */
  public Run start(List<PortalConfig> portals, Path frontierRoot, String trigger) {
    List<PortalCrawl> crawls = new ArrayList<>();
    List<CrawlController> controllers = new CopyOnWriteArrayList<>();
    Halt halt = new Halt(controllers);
    List<Path> frontiers = new ArrayList<>();
    Instant started = nextSecond();
    boolean anyResumed = false;
    // portals are set up side by side: a frontier database takes about a second to create
    // (files, syncs, a connection pool), and set up one after the other the twentieth portal
    // started crawling twenty seconds after the first
    ExecutorService setup = Executors.newFixedThreadPool(
        Math.max(1, Math.min(SETUP_THREADS, portals.size())), r -> {
          Thread t = new Thread(r, "crawl-setup");
          t.setDaemon(true);
          return t;
        });
    try {
      List<Future<Started>> futures = new ArrayList<>();
      for (PortalConfig portal : portals) {
        futures.add(setup.submit(() -> startPortal(portal, frontierRoot, started, halt)));
      }
      for (Future<Started> f : futures) {
        Started p = get(f);
        anyResumed |= p.resumed();
        crawls.add(p.crawl());
        controllers.add(p.controller());
        frontiers.add(p.frontier());
      }
    } finally {
      setup.shutdown();
    }
    return new Run(crawls, controllers, frontiers, started, trigger, anyResumed, halt);
  }

  /** One portal's crawl, set up and started. */
  private record Started(PortalCrawl crawl, CrawlController controller, Path frontier,
      boolean resumed) {}

  private Started startPortal(PortalConfig portal, Path frontierRoot, Instant started,
      Halt halt) {
    Path frontier = frontierRoot.resolve(portal.id());
    PortalCrawl crawl = new PortalCrawl(portal, archive, sink, clock);
    boolean resume;
    try {
      resume = prepareFrontier(frontier);
      // a page the killed or halted run took but never archived (the disk was full, the
      // connection failed) is fetched again, not left marked done
      Predicate<String> neverArchived = url -> archive.ledger().captures(url) == null
          && crawl.rules().classify(url) != PageKind.OTHER;
      if (resume && requeueInProcess(frontier, neverArchived) == 0) {
        // the killed run had seen every seed and left nothing to fetch (killed after its last
        // page, or while crawler4j was starting): resuming would fetch nothing, so the run
        // starts again from the seeds
        LOG.info("The unfinished crawl of {} left nothing to fetch; starting from the seeds",
            portal.id());
        FileTrees.delete(frontier);
        Files.createDirectories(frontier);
        resume = false;
      }
      crawl.runStart(runStart(frontier, resume, started));
    } catch (IOException | RuntimeException e) {
      throw new CrawlException(portal.id(), "cannot prepare the frontier " + frontier + ": "
          + e.getMessage(), e);
    }
    long delay = politenessDelay(portal);
    CrawlController controller = controller(portal, frontier, crawl, delay, resume);
    crawl.onByteLimit(controller::shutdown);
    crawl.onStorageFailure(halt::halt);
    ConditionalFetcher fetcher = (ConditionalFetcher) controller.getPageFetcher();
    InHandFrontier frontierQueue = (InHandFrontier) controller.getFrontier();
    controller.startNonBlocking(() -> new ReliefCrawler(crawl, fetcher, frontierQueue,
        config.pageResources()), config.threads());
    LOG.info("Crawling {} ({}) from {}", portal.id(), portal.name(), portal.seeds());
    return new Started(crawl, controller, frontier, resume);
  }

  /** The portal set up by {@code f}; its failure as thrown. */
  private static Started get(Future<Started> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CrawlException("-", "interrupted while setting up the crawl", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new CrawlException("-", "cannot set up the crawl: " + e.getCause(), e.getCause());
    }
  }

  /** Stops every portal of a run, once, and keeps the first reason. */
  private static final class Halt {
    private final List<CrawlController> controllers;
    private final AtomicReference<String> reason = new AtomicReference<>();

    Halt(List<CrawlController> controllers) {
      this.controllers = controllers;
    }

    void halt(String why) {
      if (reason.compareAndSet(null, why)) {
        LOG.error("Stopping the crawl: {}", why);
        controllers.forEach(CrawlController::shutdown);
      }
    }
  }

  /** Crawls {@code portals} and blocks until done. */
  public CrawlReport crawl(List<PortalConfig> portals, Path frontierRoot) {
    return start(portals, frontierRoot).await();
  }

  /**
   * Waits for the next full second and returns it. Capture times are kept to the second (as
   * WARC-Date holds them), so a run that starts on a second boundary can tell its own captures
   * from those of the run before by their time alone.
   */
  private Instant nextSecond() {
    Instant now = clock.instant();
    Instant boundary = now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    try {
      Thread.sleep(Math.max(0, Duration.between(now, boundary).toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return boundary;
  }

  /** The longer of the portal's delay and its robots.txt Crawl-delay (capped). */
  private long politenessDelay(PortalConfig portal) {
    long delay = portal.politenessDelayMs();
    if (!config.respectRobots() || portal.seeds().isEmpty()) {
      return delay;
    }
    long robots = RobotsDelay.of(portal.seeds().get(0), config.userAgent(),
        robotsAgentName(config.userAgent()), config.connectTimeoutMs());
    if (robots > config.maxRobotsCrawlDelayMs()) {
      LOG.warn("portal={} robots.txt asks for a Crawl-delay of {} ms; using max_robots_crawl_"
          + "delay_ms = {} ms", portal.id(), robots, config.maxRobotsCrawlDelayMs());
      robots = config.maxRobotsCrawlDelayMs();
    }
    if (robots > delay) {
      LOG.info("portal={} obeys the robots.txt Crawl-delay of {} ms", portal.id(), robots);
    }
    return Math.max(delay, robots);
  }

  private CrawlController controller(PortalConfig portal, Path frontier, PortalCrawl crawl,
      long delay, boolean resume) {
    try {
      edu.uci.ics.crawler4j.crawler.CrawlConfig c = new edu.uci.ics.crawler4j.crawler.CrawlConfig();
      c.setCrawlStorageFolder(frontier.toString());
      // always on disk: the in-memory frontier is one per JVM and leaks into the next crawl
      c.setResumableCrawling(true);
      c.setPolitenessDelay((int) Math.min(Integer.MAX_VALUE, delay));
      c.setMaxDepthOfCrawling(portal.maxDepth());
      c.setMaxPagesToFetch(portal.maxPages());
      c.setUserAgentString(config.userAgent());
      // the fetcher enforces max_response_bytes itself and closes the connection there;
      // crawler4j's own limit would drain the rest of the body first, or refuse the page
      c.setMaxDownloadSize(Integer.MAX_VALUE);
      c.setConnectionTimeout(config.connectTimeoutMs());
      c.setSocketTimeout(config.socketTimeoutMs());
      c.setCookieStore(new BoundedCookieStore(config.maxCookiesPerHost(),
          config.maxCookieHeaderBytes()));
      c.setIncludeBinaryContentInCrawling(false);
      c.setIncludeHttpsPages(true);
      c.setFollowRedirects(true);
      c.setOnlineTldListUpdate(false);
      c.setLanguageDetection(false);
      c.setHaltOnError(false);
      c.setShutdownOnEmptyQueue(true);
      c.setAllowSingleLevelDomain(true);
      // crawler4j waits these delays before it declares a crawl done; its defaults add ~40 s.
      // It finishes once every thread waits on an empty queue (checked each second); a second
      // look after a shutdown delay, and a cleanup delay, only added 2 s to every crawl. The
      // queue counts the URLs threads have taken and not processed (InHandFrontier), so a
      // thread that has just taken the last URLs does not look idle on an empty queue
      c.setThreadMonitoringDelaySeconds(1);
      c.setThreadShutdownDelaySeconds(0);
      c.setCleanupDelaySeconds(0);

      BasicURLNormalizer normalizer =
          BasicURLNormalizer.newBuilder()
              .idnNormalization(BasicURLNormalizer.IdnNormalization.NONE)
              .build();
      ConditionalFetcher fetcher = new ConditionalFetcher(c, normalizer, archive.ledger(),
          crawl.rules(), config.conditionalRequests(), config.responseDeadlineMs(),
          config.maxResponseBytes(), config.resourceByteCap());
      FrontierConfiguration frontierConfig = InHandFrontier.wrap(
          new HSQLDBFrontierConfiguration(c, Math.max(4, config.threads() + 2)),
          frontierJdbcUrl(frontier), batchTaken);
      RobotstxtConfig robots = new RobotstxtConfig();
      robots.setEnabled(config.respectRobots());
      robots.setUserAgentName(robotsAgentName(config.userAgent()));
      RobotstxtServer robotsServer =
          new RobotstxtServer(robots, fetcher, frontierConfig.getWebURLFactory());
      TLDList tlds = new TLDList(c);
      Parser parser =
          new ArchivingParser(c, normalizer, tlds, frontierConfig.getWebURLFactory(), crawl,
              fetcher);
      CrawlController controller =
          new CrawlController(c, normalizer, fetcher, parser, robotsServer, tlds, frontierConfig);
      if (resume) {
        LOG.info("Resuming the unfinished crawl of {} from {}", portal.id(), frontier);
      }
      for (String seed : portal.seeds()) {
        controller.addSeed(seed);
      }
      seedDueArticles(portal, crawl, controller, delay);
      return controller;
    } catch (Exception e) {
      throw new CrawlException(portal.id(), "cannot set up the crawler: " + e.getMessage(), e);
    }
  }

  /** Seeds the known articles the portal's policy says are due; counts the others. */
  private void seedDueArticles(PortalConfig portal, PortalCrawl crawl, CrawlController controller,
      long delay) throws InterruptedException {
    RevisitPolicy policy = new RevisitPolicy(portal.revisitPolicy());
    Instant now = clock.instant();
    long due = 0;
    long notDue = 0;
    for (CaptureLedger.UrlCaptures known : archive.ledger().urls(portal.id(), PageKind.ARTICLE)) {
      String url = known.last().url();
      if (!crawl.rules().shouldFollow(url)) {
        continue;
      }
      if (policy.due(known, dates.published(url), now)) {
        controller.addSeed(url);
        due++;
      } else {
        notDue++;
      }
    }
    crawl.stats().plan(due, notDue, delay);
    LOG.info("portal={}: {} known articles due for a revisit, {} not due", portal.id(), due,
        notDue);
  }

  /**
   * The start of the run that captures belong to: now for a fresh frontier, the start of the
   * killed run for a resumed one (kept in the frontier directory).
   */
  private static Instant runStart(Path frontier, boolean resume, Instant now) throws IOException {
    Path file = frontier.resolve(STARTED_MARKER);
    if (resume && Files.exists(file)) {
      try {
        return Instant.parse(Files.readString(file).strip());
      } catch (DateTimeParseException e) {
        LOG.warn("Unreadable {}; treating the resumed run as starting now", file);
      }
    }
    Files.writeString(file, now.toString());
    return now;
  }

  /**
   * Puts the URLs a killed run had taken from the frontier but not finished back into the
   * queue (crawler4j's HSQLDB frontier only hands out scheduled URLs, so they would be lost),
   * and those it marked done, or gave an id without queueing, and never archived
   * ({@code neverArchived}: the disk was full, the fetch failed, the process was killed between
   * the two writes); returns how many URLs the queue holds then, -1 when there is no database
   * to look into.
   */
  private static int requeueInProcess(Path frontier, Predicate<String> neverArchived)
      throws IOException {
    Path db = frontier.resolve("frontier.script");
    if (!Files.exists(db) && !Files.exists(frontier.resolve("frontier.properties"))) {
      return -1;
    }
    String url = frontierJdbcUrl(frontier);
    SQLException last = null;
    // a database whose process was killed stays locked until its lock file's heartbeat is stale
    for (int attempt = 0; attempt < 30; attempt++) {
      try (Connection conn = DriverManager.getConnection(url, "sa", "");
          Statement st = conn.createStatement()) {
        int n = st.executeUpdate(
            "UPDATE weburl SET status = 'SCHEDULED' WHERE status = 'IN_PROCESS'");
        List<Long> lost = new ArrayList<>();
        // a URL crawler4j gave an id but never got to queue (the process was killed, or the
        // disk full, between the two writes) has no status: seen, so a link to it is ignored
        try (ResultSet rs = st.executeQuery(
            "SELECT id, url FROM weburl WHERE status = 'COMPLETED' OR status IS NULL")) {
          while (rs.next()) {
            if (neverArchived.test(rs.getString(2))) {
              lost.add(rs.getLong(1));
            }
          }
        }
        try (PreparedStatement again = conn.prepareStatement(
            "UPDATE weburl SET status = 'SCHEDULED', cdepth = COALESCE(cdepth, 0),"
                + " priority = COALESCE(priority, 0) WHERE id = ?")) {
          for (long id : lost) {
            again.setLong(1, id);
            again.executeUpdate();
          }
        }
        n += lost.size();
        int scheduled;
        try (ResultSet rs = st.executeQuery(
            "SELECT COUNT(*) FROM weburl WHERE status = 'SCHEDULED'")) {
          scheduled = rs.next() ? rs.getInt(1) : 0;
        }
        st.execute("SHUTDOWN");
        if (n > 0) {
          LOG.info("Queued again {} URLs the killed run of {} had in hand", n, frontier);
        }
        return scheduled;
      } catch (SQLException e) {
        last = e;
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (!m.contains("lock")) {
          break;
        }
        try {
          Thread.sleep(1000);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    throw new IOException("cannot reopen the frontier database: " + last, last);
  }

  /** Returns true when an unfinished frontier is there to resume; clears a finished one. */
  private static boolean prepareFrontier(Path frontier) throws IOException {
    if (!Files.exists(frontier)) {
      Files.createDirectories(frontier);
      return false;
    }
    if (!Files.exists(frontier.resolve(COMPLETE_MARKER))
        && !Files.exists(frontier.resolve("frontier.properties"))
        && !Files.exists(frontier.resolve("frontier.script"))) {
      // nothing crawler4j could resume: only our own markers, or an empty directory
      FileTrees.delete(frontier);
      Files.createDirectories(frontier);
      return false;
    }
    if (Files.exists(frontier.resolve(COMPLETE_MARKER))) {
      FileTrees.delete(frontier);
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
    try (Connection conn = DriverManager.getConnection(frontierJdbcUrl(frontier), "sa", "");
        Statement st = conn.createStatement()) {
      st.execute("SHUTDOWN");
    } catch (SQLException e) {
      LOG.debug("Frontier database of {} already closed: {}", frontier, e.toString());
    }
  }

  /** The frontier database crawler4j keeps in {@code frontier}; never creates one. */
  private static String frontierJdbcUrl(Path frontier) {
    return "jdbc:hsqldb:file:" + frontier + "/frontier;sql.syntax_pgs=true;ifexists=true";
  }

  private static void markComplete(Path frontier) {
    try {
      Files.writeString(frontier.resolve(COMPLETE_MARKER), Instant.now().toString());
    } catch (IOException e) {
      LOG.warn("Cannot mark {} complete: {}", frontier, e.toString());
    }
  }

  private static String robotsAgentName(String userAgent) {
    String name = userAgent.split("[/ ]", 2)[0];
    return name.isBlank() ? "ReliefArchive" : name;
  }
}
