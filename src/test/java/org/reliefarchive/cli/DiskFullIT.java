package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefarchive.TestConfig;
import org.reliefarchive.archive.WarcArchiveReader;
import org.reliefarchive.crawl.MutablePortal;
import org.reliefarchive.crawl.StorageFailure;

/**
 * A full disk stops a crawl with one clear message instead of letting it run on with a closed
 * index writer; what was written stays readable and the next crawl resumes. A disk with less
 * free space than the floor is refused before the crawl starts.
 */
class DiskFullIT {
  private static final int ARTICLES = 40;

  @TempDir Path home;
  private Path config;
  private MutablePortal portal;

  @BeforeEach
  void setUp() throws Exception {
    portal = MutablePortal.start();
    for (int i = 0; i < ARTICLES; i++) {
      portal.put("a" + i, i, false);
    }
    config = TestConfig.copyTo(home.resolve("config"));
    Files.writeString(config.resolve("sources.yaml"), portal.sourcesYaml(""));
    Files.writeString(config.resolve("index.yaml"), Files.readString(config.resolve(
        "index.yaml")).replace("commit_interval_seconds: 30", "commit_interval_seconds: 1"));
  }

  @AfterEach
  void tearDown() {
    portal.close();
  }

  @Test
  void crawlBelowTheFreeSpaceFloorIsRefusedWithExitCode1() throws Exception {
    Files.writeString(config.resolve("crawl.yaml"), Files.readString(config.resolve(
        "crawl.yaml")).replace("min_free_disk_mb: 512", "min_free_disk_mb: 1000000000"));
    CliIT.Result r = CliIT.run("--config", config.toString(), "--home", home.toString(),
        "crawl");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("not crawling:").contains("MB free")
        .contains("min_free_disk_mb = 1000000000 in crawl.yaml").doesNotContain("\tat ");
    assertThat(portal.requested()).isEmpty();
  }

  @Test
  void noSpaceLeftOnTheIndexDiskStopsTheRunAndTheNextRunResumes() throws Exception {
    Settings settings = Settings.load(config, home);
    FullDisk disk = new FullDisk(FSDirectory.open(settings.indexDir()));
    portal.slow(150);
    Throwable stopped;
    long started = System.nanoTime();
    try (Pipeline pipeline = new Pipeline(settings, Clock.systemUTC(), false, disk)) {
      // the index exists (its first commit is made); from now on nothing more fits
      disk.fill();
      stopped = catchThrowable(() -> CrawlCommand.crawl(pipeline, settings.sources().portals(),
          new PrintWriter(Writer.nullWriter())));
    } catch (IOException | RuntimeException closing) {
      stopped = null;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("full disk: the crawl stopped after %.1f s, %d article requests, %d index"
        + " writes refused%n", seconds, portal.articleHits(), disk.refused.get());

    assertThat(stopped).isInstanceOf(StorageFailure.class);
    assertThat(stopped.getMessage()).startsWith("crawl stopped: ")
        .contains("No space left on device").contains("run crawl again").doesNotContain("\n");
    assertThat(seconds).isLessThan(30);
    assertThat(portal.articleHits()).isLessThan(ARTICLES);
    // what was written is readable: the index at its last commit, every WARC record
    try (Directory dir = FSDirectory.open(settings.indexDir());
        DirectoryReader reader = DirectoryReader.open(dir);
        CheckIndex check = new CheckIndex(dir)) {
      check.setInfoStream(new PrintStream(new ByteArrayOutputStream(), true,
          StandardCharsets.UTF_8));
      assertThat(check.checkIndex().clean).isTrue();
      assertThat(reader.numDocs()).isLessThan(ARTICLES);
    }
    AtomicLong records = new AtomicLong();
    new WarcArchiveReader(settings.archiveDir()).forEach(p -> records.incrementAndGet());
    assertThat(records.get()).isPositive();

    // space is back: the next crawl resumes and indexes every article
    portal.slow(0);
    CliIT.Result again = CliIT.run("--config", config.toString(), "--home", home.toString(),
        "crawl");
    assertThat(again.code()).as(again.err()).isZero();
    try (Directory dir = FSDirectory.open(settings.indexDir());
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertThat(reader.numDocs()).isEqualTo(ARTICLES);
    }
  }

  /** A real directory on disk that, once filled, refuses every new file as a full disk does. */
  private static final class FullDisk extends FilterDirectory {
    private volatile boolean full;
    private final AtomicLong refused = new AtomicLong();

    FullDisk(Directory in) {
      super(in);
    }

    void fill() {
      full = true;
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      refuse(name);
      return super.createOutput(name, context);
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
        throws IOException {
      refuse(prefix);
      return super.createTempOutput(prefix, suffix, context);
    }

    private void refuse(String name) throws IOException {
      if (full) {
        refused.incrementAndGet();
        throw new IOException(name + ": No space left on device");
      }
    }
  }
}
