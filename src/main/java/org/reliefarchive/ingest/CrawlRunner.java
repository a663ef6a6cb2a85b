package org.reliefarchive.ingest;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.reliefarchive.archive.ArchivedPage;
import org.reliefarchive.archive.WarcArchive;
import org.reliefarchive.archive.WarcArchiveReader;
import org.reliefarchive.config.CrawlConfig;
import org.reliefarchive.config.CrawlWorker;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.config.PortalConfig;
import org.reliefarchive.crawl.CrawlReport;
import org.reliefarchive.crawl.Crawler;
import org.reliefarchive.crawl.HealthCheck;
import org.reliefarchive.crawl.RunLog;
import org.reliefarchive.crawl.StorageFailure;
import org.reliefarchive.index.ReportIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one crawl over a pipeline, for {@code crawl}, {@code demo} and the schedules of
 * {@code serve}: first indexes what a killed run archived but did not commit, then crawls with
 * periodic commits and a progress bar, and finally records the run's health with its alarms in
 * the run log. One run at a time per runner.
 */
public final class CrawlRunner {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlRunner.class);

  /**
   * What a runner works with: the settings of crawls and of the index, where state lives, and
   * the archive, index and ingest step of the process.
   *
   * @param crawl crawl settings (politeness, limits, alarms)
   * @param indexSettings index settings (commit interval)
   * @param stateDir folder of the run log
   * @param frontierDir folder of the crawl frontier
   * @param archiveDir folder of the WARC files
   * @param archive the archive captures are written to
   * @param index the index reports go to
   * @param ingest the step from an archived page to the index
   * @param worker the crawl worker this machine is, or null when it crawls alone: its run log is
   *     its own ({@link RunLog}), and its runs are marked with it
   */
  public record Parts(CrawlConfig crawl, IndexConfig indexSettings, Path stateDir,
      Path frontierDir, Path archiveDir, WarcArchive archive, ReportIndex index, Ingest ingest,
      CrawlWorker worker) {
    /** The parts of a machine crawling alone. */
    public Parts(CrawlConfig crawl, IndexConfig indexSettings, Path stateDir, Path frontierDir,
        Path archiveDir, WarcArchive archive, ReportIndex index, Ingest ingest) {
      this(crawl, indexSettings, stateDir, frontierDir, archiveDir, archive, index, ingest, null);
    }
  }

  /** Shows a run's progress while it lasts, e.g. as a progress bar on a terminal. */
  @FunctionalInterface
  public interface Progress {
    /**
     * Starts showing a run; closing the result stops.
     *
     * @param trigger what started the run
     * @param fetched pages fetched so far
     * @param indexed reports indexed so far
     */
    AutoCloseable show(String trigger, LongSupplier fetched, LongSupplier indexed);
  }

  private final Parts parts;
  private final Clock clock;
  private final RunLog runLog;
  private boolean historyLoaded;
  private volatile Crawler.Run current;

  /** A runner over {@code parts}, timing runs with {@code clock}. */
  public CrawlRunner(Parts parts, Clock clock) {
    this.parts = parts;
    this.clock = clock;
    this.runLog = new RunLog(parts.stateDir(),
        parts.worker() == null ? null : parts.worker().tag());
  }

  /** The log of every run. */
  public RunLog runLog() {
    return runLog;
  }

  /** The crawl worker this runner is, or null when it crawls alone. */
  public CrawlWorker worker() {
    return parts.worker();
  }

  /** The run under way, or null. */
  public Crawler.Run current() {
    return current;
  }

  /**
   * Crawls {@code portals} and blocks until done.
   *
   * @param trigger what started it (crawl, schedule, demo), kept in the run log
   * @param progress shows the run while it lasts, or null for nothing
   */
  public synchronized CrawlReport run(List<PortalConfig> portals, String trigger,
      Progress progress) throws Exception {
    checkFreeSpace();
    prepare();
    Crawler crawler = new Crawler(parts.crawl(), parts.archive(), parts.ingest(),
        clock, parts.ingest()::published);
    ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "index-commit");
      t.setDaemon(true);
      return t;
    });
    int every = parts.indexSettings().commitIntervalSeconds();
    committer.scheduleAtFixedRate(() -> {
      try {
        parts.index().commit();
      } catch (Exception e) {
        LOG.warn("commit failed: {}", e.toString());
        StorageFailure fatal = Ingest.storageFailure(e);
        Crawler.Run run = current;
        if (fatal != null && run != null) {
          run.halt(fatal.getMessage());
        }
      }
    }, every, every, TimeUnit.SECONDS);
    CrawlReport report;
    try {
      // marked before the first capture, so a kill at any point leaves the marker behind
      runLog.started(clock.instant());
      Crawler.Run run = crawler.start(portals, parts.frontierDir(), trigger);
      current = run;
      if (progress != null) {
        try (AutoCloseable shown = progress.show(trigger, run::fetched,
            parts.ingest()::indexed)) {
          report = run.await();
        }
      } else {
        report = run.await();
      }
      if (run.haltReason() != null) {
        // the run log keeps the run unfinished: the next crawl resumes it and indexes again
        // from the archive what this one could not commit
        throw new StorageFailure("crawl stopped: " + run.haltReason() + ". The archive and the "
            + "index keep what was written before; free some space and run crawl again to "
            + "resume.", null);
      }
      parts.index().commit();
    } catch (IOException | RuntimeException e) {
      StorageFailure fatal = Ingest.storageFailure(e);
      if (fatal == null || fatal == e) {
        throw e;
      }
      throw new StorageFailure("crawl stopped: " + fatal.getMessage() + ". The archive and the "
          + "index keep what was written before; free some space and run crawl again to "
          + "resume.", e);
    } finally {
      current = null;
      committer.shutdownNow();
    }
    report = withAlarms(report);
    if (parts.worker() != null) {
      report = report.withWorker(parts.worker().toString());
    }
    // a serve that crawls on schedule keeps the archive open: its CDX index follows each run
    parts.archive().writeCdx();
    runLog.finished(report);
    return report;
  }

  /**
   * Refuses to start when a disk the crawl writes to has less free space than
   * {@code min_free_disk_mb}: a crawl that fills the disk stops half-way.
   */
  private void checkFreeSpace() throws IOException {
    long floor = parts.crawl().minFreeDiskMb();
    for (Path dir : List.of(parts.archiveDir(), parts.frontierDir(), parts.stateDir())) {
      Path existing = dir.toAbsolutePath();
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      if (existing == null) {
        continue;
      }
      FileStore store = Files.getFileStore(existing);
      long freeMb = store.getUsableSpace() / (1024 * 1024);
      if (freeMb < floor) {
        throw new StorageFailure("not crawling: " + dir + " has " + freeMb + " MB free (on "
            + store + "), less than min_free_disk_mb = " + floor + " in crawl.yaml", null);
      }
    }
  }

  /** Loads the history once and indexes what a killed run left unindexed. */
  private void prepare() throws IOException {
    if (!historyLoaded) {
      parts.ingest().loadHistory();
      historyLoaded = true;
    }
    Optional<Instant> unfinished = runLog.unfinished();
    if (unfinished.isEmpty()) {
      return;
    }
    Instant since = unfinished.get();
    LOG.warn("The run started at {} did not finish; indexing its captures from the archive",
        since);
    WarcArchiveReader reader = new WarcArchiveReader(parts.archiveDir());
    AtomicLong replayed = new AtomicLong();
    parts.archive().ledger().forEachSince(since, e -> {
      // a worker's ledger lists the other workers' files too: their runs index those
      if (!"article".equals(e.kind()) || !parts.archive().isOwn(e.file())) {
        return;
      }
      try {
        ArchivedPage page = reader.read(e.file(), e.offset());
        parts.ingest().accept(page);
        replayed.incrementAndGet();
      } catch (RuntimeException ex) {
        LOG.warn("stage=replay file={} offset={} {}", e.file(), e.offset(), ex.toString());
      }
    });
    parts.index().commit();
    runLog.cleared();
    LOG.info("Indexed again {} article captures of the unfinished run", replayed.get());
  }

  private CrawlReport withAlarms(CrawlReport report) {
    HealthCheck check = new HealthCheck(parts.crawl());
    // the whole history, read once: the quiet-portal alarm looks back to each portal's last run
    // with a new article
    List<CrawlReport> earlier = runLog.recent(Integer.MAX_VALUE);
    List<CrawlReport.PortalReport> portals = new ArrayList<>();
    for (CrawlReport.PortalReport p : report.portals()) {
      List<String> alarms = check.alarms(p, earlier);
      for (String a : alarms) {
        LOG.warn("ALARM portal={} {}", p.portalId(), a);
      }
      portals.add(p.withAlarms(alarms));
    }
    return report.withPortals(portals);
  }
}
