package org.reliefarchive.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reliefarchive.web.CrawlRunsSource;

/**
 * The crawl runs of a server whose first crawl is about to start: from the server's start until
 * {@link #started()}, a run under way with no portal fetched yet stands in for the run the
 * crawler has not set up; then the runs are those of {@code runs}. The demo serves search before
 * its crawl has set its portals up, and a health check read in that second would otherwise say
 * no crawl is under way on an empty archive, which a script waiting for the crawl to end takes
 * for the end.
 */
final class StartingCrawl implements CrawlRunsSource {
  private final CrawlRunsSource runs;
  private final String trigger;
  private final Clock clock;
  private final Instant since;
  private volatile boolean starting = true;

  /**
   * @param runs the runs once the crawl is set up
   * @param trigger what starts the crawl ({@code demo})
   * @param clock the clock the stand-in run is timed by
   */
  StartingCrawl(CrawlRunsSource runs, String trigger, Clock clock) {
    this.runs = runs;
    this.trigger = trigger;
    this.clock = clock;
    this.since = clock.instant();
  }

  /** The crawl has run (or failed): from now on only {@code runs} speak. */
  void started() {
    starting = false;
  }

  @Override
  public List<Run> runs(int limit) {
    List<Run> out = new ArrayList<>(runs.runs(limit));
    Optional<Run> standIn = standIn();
    if (standIn.isPresent() && out.stream().noneMatch(Run::running) && limit > 0) {
      out.add(0, standIn.get());
      if (out.size() > limit) {
        out.remove(out.size() - 1);
      }
    }
    return out;
  }

  @Override
  public Optional<Run> underWay() {
    Optional<Run> now = runs.underWay();
    return now.isPresent() ? now : standIn();
  }

  @Override
  public List<Schedule> schedules() {
    return runs.schedules();
  }

  private Optional<Run> standIn() {
    if (!starting) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return Optional.of(new Run(since.toString(), trigger, since.toString(), now.toString(),
        Duration.between(since, now).toMillis() / 1000.0, false, true, List.of(), null));
  }
}
