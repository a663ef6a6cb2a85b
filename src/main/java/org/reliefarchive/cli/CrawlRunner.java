package org.reliefarchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.reliefarchive.archive.ArchivedPage;
import org.reliefarchive.archive.WarcArchiveReader;
import org.reliefarchive.config.PortalConfig;
import org.reliefarchive.crawl.CrawlReport;
import org.reliefarchive.crawl.Crawler;
import org.reliefarchive.crawl.HealthCheck;
import org.reliefarchive.crawl.RunLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one crawl over a pipeline, for {@code crawl}, {@code demo} and the schedules of
 * {@code serve}: first indexes what a killed run archived but did not commit, then crawls with
 * periodic commits and a progress bar, and finally records the run's health with its alarms in
 * the run log. One run at a time per pipeline.
 */
final class CrawlRunner {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlRunner.class);

  private final Pipeline pipeline;
  private final Clock clock;
  private final RunLog runLog;
  private boolean historyLoaded;
  private volatile Crawler.Run current;

  CrawlRunner(Pipeline pipeline, Clock clock) {
    this.pipeline = pipeline;
    this.clock = clock;
    this.runLog = new RunLog(pipeline.settings.stateDir());
  }

  RunLog runLog() {
    return runLog;
  }

  /** The run under way, or null. */
  Crawler.Run current() {
    return current;
  }

  /**
   * Crawls {@code portals} and blocks until done.
   *
   * @param trigger what started it (crawl, schedule, demo), kept in the run log
   * @param out where the progress bar may draw, or null for none
   */
  synchronized CrawlReport run(List<PortalConfig> portals, String trigger, PrintWriter out)
      throws Exception {
    prepare();
    Crawler crawler = new Crawler(pipeline.settings.crawl(), pipeline.archive, pipeline.ingest,
        clock, pipeline.ingest::published);
    ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "index-commit");
      t.setDaemon(true);
      return t;
    });
    int every = pipeline.settings.index().commitIntervalSeconds();
    committer.scheduleAtFixedRate(() -> {
      try {
        pipeline.index.commit();
      } catch (Exception e) {
        LOG.warn("commit failed: {}", e.toString());
      }
    }, every, every, TimeUnit.SECONDS);
    CrawlReport report;
    try {
      // marked before the first capture, so a kill at any point leaves the marker behind
      runLog.started(clock.instant());
      Crawler.Run run = crawler.start(portals, pipeline.settings.frontierDir(), trigger);
      current = run;
      if (out != null) {
        try (CrawlProgress progress = new CrawlProgress(trigger, -1, run::fetched,
            pipeline.ingest::indexed, "indexed")) {
          report = run.await();
        }
      } else {
        report = run.await();
      }
      pipeline.index.commit();
    } finally {
      current = null;
      committer.shutdownNow();
    }
    report = withAlarms(report);
    runLog.finished(report);
    return report;
  }

  /** Loads the history once and indexes what a killed run left unindexed. */
  private void prepare() throws IOException {
    if (!historyLoaded) {
      pipeline.ingest.loadHistory();
      historyLoaded = true;
    }
    Optional<Instant> unfinished = runLog.unfinished();
    if (unfinished.isEmpty()) {
      return;
    }
    Instant since = unfinished.get();
    LOG.warn("The run started at {} did not finish; indexing its captures from the archive",
        since);
    WarcArchiveReader reader = new WarcArchiveReader(pipeline.settings.archiveDir());
    AtomicLong replayed = new AtomicLong();
    pipeline.archive.ledger().forEachSince(since, e -> {
      if (!"article".equals(e.kind())) {
        return;
      }
      try {
        ArchivedPage page = reader.read(e.file(), e.offset());
        pipeline.ingest.accept(page);
        replayed.incrementAndGet();
      } catch (RuntimeException ex) {
        LOG.warn("stage=replay file={} offset={} {}", e.file(), e.offset(), ex.toString());
      }
    });
    pipeline.index.commit();
    runLog.cleared();
    LOG.info("Indexed again {} article captures of the unfinished run", replayed.get());
  }

  private CrawlReport withAlarms(CrawlReport report) {
    HealthCheck check = new HealthCheck(pipeline.settings.crawl());
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
