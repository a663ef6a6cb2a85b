package org.reliefarchive.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefarchive.archive.FetchedPage.PageKind;
import org.reliefarchive.config.ArchiveConfig;

/** Two crawl workers writing one archive directory, as machines sharing a store do. */
class SharedArchiveTest {
  private static final Instant T0 = Instant.parse("2021-11-09T06:04:00Z");
  // both workers stamp their files with the same millisecond: only the tag tells them apart
  private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
  private static final ArchiveConfig CONFIG = new ArchiveConfig("warc", "relief", 1L << 30, true);

  @TempDir Path dir;

  private static FetchedPage page(String portal, int n) {
    return new FetchedPage("http://127.0.0.1:1/" + portal + "/" + n + ".shtml", T0, 200,
        List.of(new HttpHeader("Content-Type", "text/html; charset=UTF-8")),
        ("<p>" + portal + " 第" + n + "篇</p>").getBytes(StandardCharsets.UTF_8),
        Truncation.NONE, portal, PageKind.ARTICLE);
  }

  private List<String> names(String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted()
          .toList();
    }
  }

  @Test
  void eachWorkerWritesFilesNamedByItsTagAndIndexesOnlyThose() throws Exception {
    try (WarcArchive w1 = new WarcArchive(CONFIG, dir, CLOCK, "w1");
        WarcArchive w2 = new WarcArchive(CONFIG, dir, CLOCK, "w2")) {
      w1.write(page("gansu", 1));
      w2.write(page("hunan", 1));
      w2.write(page("hunan", 2));
    }
    assertThat(names(".warc.gz")).containsExactly(
        "relief-w1-20211109060400000-00001.warc.gz",
        "relief-w2-20211109060400000-00001.warc.gz");
    assertThat(names(".jsonl")).containsExactly("captures-w1.jsonl", "captures-w2.jsonl");
    // each worker's CDX index holds its own captures; readers take them together
    assertThat(Files.readAllLines(dir.resolve("index-w1.cdxj"))).hasSize(1)
        .allMatch(l -> l.contains("relief-w1-"));
    assertThat(Files.readAllLines(dir.resolve("index-w2.cdxj"))).hasSize(2)
        .allMatch(l -> l.contains("relief-w2-"));
    assertThat(CdxIndex.readAll(dir)).hasSize(3);
  }

  @Test
  void aWorkerLeavesAnotherWorkersOpenFileAlone() throws Exception {
    WarcArchive w1 = new WarcArchive(CONFIG, dir, CLOCK, "w1");
    w1.write(page("gansu", 1));
    String open = names(WarcArchive.OPEN_SUFFIX).get(0);
    assertThat(open).startsWith("relief-w1-");
    long size = Files.size(dir.resolve(open));

    // worker 2 starts while worker 1 is still writing
    try (WarcArchive w2 = new WarcArchive(CONFIG, dir, CLOCK, "w2")) {
      w2.write(page("hunan", 1));
    }
    assertThat(names(WarcArchive.OPEN_SUFFIX)).containsExactly(open);
    assertThat(Files.size(dir.resolve(open))).isEqualTo(size);
    w1.write(page("gansu", 2));
    w1.close();
    assertThat(names(WarcArchive.OPEN_SUFFIX)).isEmpty();
    assertThat(Files.readAllLines(dir.resolve("index-w1.cdxj"))).hasSize(2);
  }

  @Test
  void aWorkerClosesItsOwnFileLeftOpenByAKill() throws Exception {
    WarcArchive killed = new WarcArchive(CONFIG, dir, CLOCK, "w1");
    killed.write(page("gansu", 1));
    // no close: the process died; the other worker's start must not touch the file
    new WarcArchive(CONFIG, dir, CLOCK, "w2").close();
    assertThat(names(WarcArchive.OPEN_SUFFIX)).hasSize(1);

    try (WarcArchive again = new WarcArchive(CONFIG, dir, CLOCK, "w1")) {
      assertThat(names(WarcArchive.OPEN_SUFFIX)).isEmpty();
      assertThat(again.ledger().captures(page("gansu", 1).url())).isNotNull();
    }
  }

  @Test
  void theArchiveOfOneMachineReadsEveryWorkersFilesAndLeavesTheirIndexes() throws Exception {
    try (WarcArchive w1 = new WarcArchive(CONFIG, dir, CLOCK, "w1");
        WarcArchive w2 = new WarcArchive(CONFIG, dir, CLOCK, "w2")) {
      w1.write(page("gansu", 1));
      w2.write(page("hunan", 1));
    }
    try (WarcArchive whole = new WarcArchive(CONFIG, dir, CLOCK)) {
      assertThat(whole.ledger().captures(page("gansu", 1).url())).isNotNull();
      assertThat(whole.ledger().captures(page("hunan", 1).url())).isNotNull();
      assertThat(whole.isOwn("relief-w1-20211109060400000-00001.warc.gz")).isFalse();
      assertThat(whole.isOwn("relief-20211109060400000-00001.warc.gz")).isTrue();
    }
    // its own index repeats the workers' lines, which readers take once
    assertThat(Files.readAllLines(dir.resolve(CdxIndex.FILE_NAME))).hasSize(2);
    assertThat(names(".cdxj")).containsExactly("index-w1.cdxj", "index-w2.cdxj", "index.cdxj");
    assertThat(CdxIndex.readAll(dir)).hasSize(2);
  }

  @Test
  void refusesATagThatIsNotAWorkers() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> new WarcArchive(CONFIG, dir, CLOCK, "../w1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("worker");
  }
}
