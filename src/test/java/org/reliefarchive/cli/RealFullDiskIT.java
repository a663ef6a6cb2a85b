package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefarchive.TestConfig;
import org.reliefarchive.archive.WarcArchiveReader;
import org.reliefarchive.crawl.MutablePortal;

/**
 * A crawl whose home is a real, small file system (a tmpfs of a few megabytes) runs out of
 * space: it stops with exit code 1 and one line, the archive and the index stay readable, and
 * after the file system is grown the next crawl finishes the job. Mounting needs root; without
 * it the test is skipped.
 */
class RealFullDiskIT {
  private static final int ARTICLES = 60;

  @TempDir Path tmp;
  private Path disk;
  private boolean mounted;

  @BeforeEach
  void mount() throws Exception {
    disk = Files.createDirectories(tmp.resolve("disk"));
    mounted = run("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", disk.toString());
    Assumptions.assumeTrue(mounted, "mounting a tmpfs needs root");
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) {
      run("umount", "-l", disk.toString());
    }
  }

  private static boolean run(String... command) throws Exception {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void aCrawlThatFillsTheDiskExits1AndResumesOnceThereIsSpace() throws Exception {
    try (MutablePortal portal = MutablePortal.start()) {
      Random random = new Random(7);
      for (int i = 0; i < ARTICLES; i++) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
          StringBuilder text = new StringBuilder("区残联为困难群众送去慰问品。");
          for (int c = 0; c < 4000; c++) {
            // characters that do not compress away: the disk fills after a few dozen pages
            text.append((char) (0x4e00 + random.nextInt(0x5000)));
          }
          paragraphs.add(text.toString());
        }
        portal.put("a" + i, "关爱行动第" + i + "期", paragraphs, false);
      }
      Path config = TestConfig.copyTo(tmp.resolve("config"));
      Files.writeString(config.resolve("sources.yaml"), portal.sourcesYaml(""));
      Files.writeString(config.resolve("crawl.yaml"), Files.readString(config.resolve(
          "crawl.yaml")).replace("min_free_disk_mb: 512", "min_free_disk_mb: 1"));
      Files.writeString(config.resolve("index.yaml"), Files.readString(config.resolve(
          "index.yaml")).replace("commit_interval_seconds: 30", "commit_interval_seconds: 1"));

      long started = System.nanoTime();
      CliIT.Result full = within(180, () -> CliIT.run("--config", config.toString(), "--home",
          disk.toString(), "crawl"));
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf("real full disk: crawl ended after %.1f s with exit %d: %s%n", seconds,
          full.code(), full.err().lines().findFirst().orElse(""));
      assertThat(full.code()).as(full.out() + full.err()).isEqualTo(1);
      assertThat(full.err()).startsWith("error: crawl stopped: ")
          .contains("No space left on device").doesNotContain("\tat ");

      AtomicLong records = new AtomicLong();
      new WarcArchiveReader(disk.resolve("index/warc")).forEach(p -> records.incrementAndGet());
      assertThat(records.get()).isPositive();
      try (Directory dir = FSDirectory.open(disk.resolve("index/lucene"));
          DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.numDocs()).isLessThan(ARTICLES);
      }

      assertThat(run("mount", "-o", "remount,size=256m", disk.toString())).isTrue();
      CliIT.Result again = within(180, () -> CliIT.run("--config", config.toString(), "--home",
          disk.toString(), "crawl"));
      assertThat(again.code()).as(again.out() + again.err()).isZero();
      try (Directory dir = FSDirectory.open(disk.resolve("index/lucene"));
          DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.numDocs()).isEqualTo(ARTICLES);
      }
    }
  }

  private interface Step {
    CliIT.Result run() throws Exception;
  }

  /** Runs {@code step}, failing the test instead of hanging when it takes longer. */
  private static CliIT.Result within(int seconds, Step step) throws Exception {
    ExecutorService one = Executors.newSingleThreadExecutor();
    try {
      Future<CliIT.Result> f = one.submit(step::run);
      return f.get(seconds, TimeUnit.SECONDS);
    } finally {
      one.shutdownNow();
    }
  }
}
