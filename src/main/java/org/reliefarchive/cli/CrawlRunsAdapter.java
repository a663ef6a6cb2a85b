package org.reliefarchive.cli;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.reliefarchive.config.CrawlWorker;
import org.reliefarchive.config.PortalConfig;
import org.reliefarchive.config.SourcesConfig;
import org.reliefarchive.crawl.CrawlReport;
import org.reliefarchive.crawl.Crawler;
import org.reliefarchive.crawl.RunLog;
import org.reliefarchive.web.CrawlRunsSource;

/** Shows the crawler's run log, its run under way and the schedules to the web package. */
final class CrawlRunsAdapter implements CrawlRunsSource {
  private final RunLog log;
  private final Supplier<Crawler.Run> current;
  private final SourcesConfig sources;
  private final CrawlWorker worker;

  /**
   * @param log the run log
   * @param current the run under way, or a supplier of null
   * @param sources the portals and their schedules
   */
  CrawlRunsAdapter(RunLog log, Supplier<Crawler.Run> current, SourcesConfig sources) {
    this(log, current, sources, null);
  }

  /**
   * @param worker the crawl worker whose run {@code current} gives, or null; the log shows
   *     every worker's finished runs either way
   */
  CrawlRunsAdapter(RunLog log, Supplier<Crawler.Run> current, SourcesConfig sources,
      CrawlWorker worker) {
    this.log = log;
    this.current = current;
    this.sources = sources;
    this.worker = worker;
  }

  @Override
  public List<Run> runs(int limit) {
    List<Run> out = new ArrayList<>();
    underWay().ifPresent(out::add);
    for (CrawlReport r : log.recent(limit)) {
      if (out.size() >= limit) {
        break;
      }
      out.add(view(r, false));
    }
    return out;
  }

  /** The run under way from memory, without reading the run log. */
  @Override
  public Optional<Run> underWay() {
    Crawler.Run now = current.get();
    return now == null ? Optional.empty() : Optional.of(view(worker == null ? now.report()
        : now.report().withWorker(worker.toString()), true));
  }

  @Override
  public List<Schedule> schedules() {
    List<Schedule> out = new ArrayList<>();
    ZonedDateTime now = ZonedDateTime.now();
    for (PortalConfig p : sources.portals()) {
      if (p.cron() != null && (worker == null || worker.owns(p))) {
        out.add(new Schedule(p.id(), p.schedule(), p.cron().next(now).toOffsetDateTime()
            .toString()));
      }
    }
    return out;
  }

  private static Run view(CrawlReport r, boolean running) {
    List<Portal> portals = new ArrayList<>();
    for (CrawlReport.PortalReport p : r.portals()) {
      portals.add(new Portal(p.portalId(), p.fetched(), p.lists(), p.articles(), p.bytes(),
          p.revisitRecords(), p.notModified(), p.articlesNew(), p.articlesChanged(),
          p.articlesUnchanged(), p.articlesRemoved(), p.revisitsDue(), p.notDue(), p.errors(),
          p.extractionFailures(), p.failureSamples(), p.crawlDelayMs(), p.stoppedBy(),
          p.alarms(), p.failedUrls()));
    }
    return new Run(r.runId(), r.trigger(), r.startedAt().toString(),
        r.finishedAt().toString(), r.duration().toMillis() / 1000.0, r.resumed(), running,
        portals, r.worker());
  }
}
