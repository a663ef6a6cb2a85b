package org.reliefarchive.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run logs of crawl workers sharing one state directory. */
class RunLogTest {
  private static final Instant T0 = Instant.parse("2026-11-23T02:30:00Z");

  @TempDir Path dir;

  private static CrawlReport run(String id, int endMinute, String worker) {
    return new CrawlReport(id, "crawl", T0, T0.plusSeconds(60L * endMinute), false, List.of(),
        worker);
  }

  @Test
  void eachWorkerWritesItsOwnFilesAndEveryLogReadsAllRunsNewestFirst() throws Exception {
    RunLog w1 = new RunLog(dir, "w1");
    RunLog w2 = new RunLog(dir, "w2");
    w1.started(T0);
    w2.started(T0);
    assertThat(dir.resolve("RUNNING-w1")).exists();
    assertThat(dir.resolve("RUNNING-w2")).exists();
    w1.finished(run("a", 1, "1/2"));
    // worker 1 is done; worker 2's run is still under way and stays so
    assertThat(w1.unfinished()).isEmpty();
    assertThat(w2.unfinished()).contains(T0);
    w2.finished(run("b", 3, "2/2"));
    w1.started(T0);
    w1.finished(run("c", 2, "1/2"));
    assertThat(dir.resolve("runs-w1.jsonl")).exists();
    assertThat(dir.resolve("runs-w2.jsonl")).exists();
    assertThat(dir.resolve("runs.jsonl")).doesNotExist();

    RunLog reader = new RunLog(dir);
    assertThat(reader.recent(10)).extracting(CrawlReport::runId).containsExactly("b", "c", "a");
    assertThat(reader.recent(2)).extracting(CrawlReport::worker).containsExactly("2/2", "1/2");
    assertThat(w2.recent(10)).hasSize(3);
  }

  @Test
  void aLineWrittenBeforeWorkersExistedReadsAsARunOfOneMachine() throws Exception {
    Files.writeString(dir.resolve("runs.jsonl"), "{\"runId\":\"old\",\"trigger\":\"crawl\","
        + "\"startedAt\":\"2026-11-23T02:30:00Z\",\"finishedAt\":\"2026-11-23T02:31:00Z\","
        + "\"resumed\":false,\"portals\":[]}\n");
    assertThat(new RunLog(dir, "w1").recent(5)).singleElement()
        .satisfies(r -> assertThat(r.worker()).isNull());
  }
}
