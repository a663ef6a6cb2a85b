package org.reliefarchive.cli;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.reliefarchive.ingest.CrawlRunner;

/**
 * A progress bar for long work on a terminal, fed by polling a counter; on a pipe or in CI it
 * prints nothing but the final summary the command prints anyway.
 */
final class CrawlProgress implements AutoCloseable {
  private final ProgressBar bar;
  private final ScheduledExecutorService poller;

  CrawlProgress(String task, long max, LongSupplier done, LongSupplier extra, String extraName) {
    if (System.console() == null) {
      bar = null;
      poller = null;
      return;
    }
    bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
        .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUnit(" pages", 1)
        .showSpeed().build();
    poller = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "progress");
      t.setDaemon(true);
      return t;
    });
    poller.scheduleAtFixedRate(() -> {
      bar.stepTo(done.getAsLong());
      bar.setExtraMessage(extra.getAsLong() + " " + extraName);
    }, 0, 200, TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    if (poller != null) {
      poller.shutdownNow();
      bar.close();
    }
  }

  /** Shows crawl runs as a progress bar when there is a terminal (for {@code CrawlRunner}). */
  static final CrawlRunner.Progress CRAWL =
      (trigger, fetched, indexed) -> new CrawlProgress(trigger, -1, fetched, indexed, "indexed");
}
