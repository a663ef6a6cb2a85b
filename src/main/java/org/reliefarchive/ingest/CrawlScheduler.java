package org.reliefarchive.ingest;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.reliefarchive.config.CronSchedule;
import org.reliefarchive.config.PortalConfig;
import org.reliefarchive.crawl.CrawlReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each portal's re-crawl at the times of its cron schedule, inside {@code serve}: the
 * crawl writes the same index the server searches, so new reports appear without a restart.
 * Runs go one at a time; a portal whose time comes while its previous run is still queued or
 * under way is not queued twice. A failed run is logged and the schedule goes on.
 */
public final class CrawlScheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlScheduler.class);

  private final CrawlRunner runner;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
      r -> daemon(r, "crawl-schedule"));
  private final ExecutorService worker = Executors.newSingleThreadExecutor(
      r -> daemon(r, "scheduled-crawl"));
  private final Map<String, Boolean> pending = new ConcurrentHashMap<>();

  public CrawlScheduler(CrawlRunner runner) {
    this.runner = runner;
  }

  /** Schedules every portal that has a cron expression; returns how many. */
  public int start(List<PortalConfig> portals) {
    int n = 0;
    for (PortalConfig p : portals) {
      CronSchedule cron = p.cron();
      if (cron != null) {
        scheduleNext(p, cron);
        n++;
      }
    }
    return n;
  }

  /** Crawls every scheduled portal once now, one after the other, besides its schedule. */
  public void runNow(List<PortalConfig> portals) {
    for (PortalConfig p : portals) {
      if (p.cron() != null) {
        fire(p);
      }
    }
  }

  private void scheduleNext(PortalConfig portal, CronSchedule cron) {
    ZonedDateTime now = ZonedDateTime.now();
    ZonedDateTime next = cron.next(now);
    long delay = Math.max(0, Duration.between(now, next).toMillis());
    LOG.info("portal={} next scheduled crawl at {}", portal.id(), next);
    timer.schedule(() -> {
      fire(portal);
      scheduleNext(portal, cron);
    }, delay, TimeUnit.MILLISECONDS);
  }

  private void fire(PortalConfig portal) {
    if (pending.putIfAbsent(portal.id(), Boolean.TRUE) != null) {
      LOG.warn("portal={} scheduled crawl skipped: the previous one has not finished",
          portal.id());
      return;
    }
    worker.submit(() -> {
      try {
        CrawlReport r = runner.run(List.of(portal), "schedule", null);
        LOG.info("Scheduled crawl of {} done: {} pages, {} article pages in {} s", portal.id(),
            r.fetched(), r.articles(), r.duration().toSeconds());
      } catch (Exception e) {
        LOG.error("stage=schedule portal={} crawl failed: {}", portal.id(), e.toString(), e);
      } finally {
        pending.remove(portal.id());
      }
    });
  }

  @Override
  public void close() {
    timer.shutdownNow();
    var run = runner.current();
    if (run != null) {
      run.stop();
    }
    worker.shutdown();
    try {
      worker.awaitTermination(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
