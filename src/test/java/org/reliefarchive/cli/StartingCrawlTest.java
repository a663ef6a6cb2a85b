package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reliefarchive.web.CrawlRunsSource;

class StartingCrawlTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T04:00:00Z"),
      ZoneOffset.UTC);

  /** A run log with one finished run and, once set, a run under way. */
  private static final class Log implements CrawlRunsSource {
    final Run finished = new Run("r1", "crawl", "2026-11-30T00:00:00Z", "2026-11-30T00:01:00Z",
        60, false, false, List.of(), null);
    Run current;

    @Override
    public List<Run> runs(int limit) {
      List<Run> out = new ArrayList<>();
      if (current != null) {
        out.add(current);
      }
      out.add(finished);
      return out.subList(0, Math.min(limit, out.size()));
    }

    @Override
    public Optional<Run> underWay() {
      return Optional.ofNullable(current);
    }

    @Override
    public List<Schedule> schedules() {
      return List.of();
    }
  }

  @Test
  void saysACrawlIsUnderWayFromTheStartUntilItHasRun() {
    Log log = new Log();
    StartingCrawl runs = new StartingCrawl(log, "demo", CLOCK);
    // before the crawler has set its run up
    assertThat(runs.underWay()).get().satisfies(r -> {
      assertThat(r.running()).isTrue();
      assertThat(r.trigger()).isEqualTo("demo");
      assertThat(r.portals()).isEmpty();
    });
    assertThat(runs.runs(5)).extracting(CrawlRunsSource.Run::running).containsExactly(true,
        false);
    assertThat(runs.runs(1)).hasSize(1).first().extracting(CrawlRunsSource.Run::trigger)
        .isEqualTo("demo");
    // the crawler's own run, once it is there
    log.current = new CrawlRunsSource.Run("r2", "demo", "2026-12-01T04:00:01Z",
        "2026-12-01T04:00:02Z", 1, false, true, List.of(), null);
    assertThat(runs.underWay()).contains(log.current);
    assertThat(runs.runs(5)).containsExactly(log.current, log.finished);
    // and nothing once the crawl has run
    log.current = null;
    runs.started();
    assertThat(runs.underWay()).isEmpty();
    assertThat(runs.runs(5)).containsExactly(log.finished);
  }
}
