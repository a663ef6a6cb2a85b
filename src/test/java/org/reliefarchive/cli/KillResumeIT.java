package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;
import org.reliefarchive.TestConfig;
import org.reliefarchive.archive.ArchivedPage;
import org.reliefarchive.archive.FetchedPage.PageKind;
import org.reliefarchive.archive.WarcArchiveReader;
import org.reliefarchive.crawl.CrawlReport;
import org.reliefarchive.crawl.MutablePortal;
import org.reliefarchive.crawl.RunLog;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;

/**
 * A crawl in a child JVM is killed with SIGKILL in the middle of a slow portal, then started
 * again: it resumes, and in the end every article is archived exactly once, every WARC file
 * reads to its end, the index is clean and holds every article once.
 */
class KillResumeIT {
  private static final int ARTICLES = 60;

  @Test
  void killedCrawlResumesWithoutLosingOrDuplicatingCaptures(@TempDir Path home) throws Exception {
    try (MutablePortal portal = MutablePortal.start()) {
      for (int i = 0; i < ARTICLES; i++) {
        portal.put("a" + i, i, i % 2 == 0);
      }
      Path config = home.resolve("config");
      TestConfig.copyTo(config);
      Files.writeString(config.resolve("sources.yaml"), portal.sourcesYaml(""));

      portal.slow(150);
      Path log = home.resolve("child.log");
      Process child = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
          "-cp", System.getProperty("java.class.path"), "org.reliefarchive.cli.Main",
          "--config", config.toString(), "--home", home.toString(), "crawl")
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (portal.articleHits() < 20 && child.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(child.isAlive()).as("child still crawling: " + Files.readString(log)).isTrue();
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
      int hitsAtKill = portal.articleHits();
      assertThat(hitsAtKill).isLessThan(ARTICLES);

      portal.slow(0);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(new String[] {"--config", config.toString(), "--home",
          home.toString(), "crawl"}, new PrintWriter(out), new PrintWriter(err));
      assertThat(code).as(out + "\n" + err).isZero();

      // every article archived exactly once, as a full response; every file read to its end
      Map<String, Integer> responses = new HashMap<>();
      List<ArchivedPage> revisits = new ArrayList<>();
      WarcArchiveReader.ReadStats stats = new WarcArchiveReader(home.resolve("index/warc"))
          .forEach(p -> {
            if (p.page().kind() == PageKind.ARTICLE) {
              if (p.isRevisit()) {
                revisits.add(p);
              } else {
                responses.merge(p.page().url(), 1, Integer::sum);
              }
            }
          });
      assertThat(stats.damagedFiles()).isZero();
      assertThat(responses).hasSize(ARTICLES);
      assertThat(responses.values()).allMatch(n -> n == 1);
      assertThat(revisits).isEmpty();

      CrawlReport last = new RunLog(home.resolve("index/crawl")).recent(1).get(0);
      assertThat(last.resumed()).as(out.toString()).isTrue();

      try (Directory dir = ReportIndex.fsDirectory(home.resolve("index/lucene"))) {
        try (CheckIndex check = new CheckIndex(dir)) {
          assertThat(check.checkIndex().clean).isTrue();
        }
        try (ReportIndex index = ReportIndex.openReadOnly(dir, new IndexSchema())) {
          IndexSearcher s = index.searchers().acquire();
          try {
            assertThat(s.getIndexReader().numDocs()).isEqualTo(ARTICLES);
            for (int i = 0; i < ARTICLES; i++) {
              assertThat(s.count(new TermQuery(new Term(IndexSchema.URL,
                  portal.url("a" + i))))).isEqualTo(1);
            }
          } finally {
            index.searchers().release(s);
          }
        }
      }
      System.out.printf("kill -9 after %d article requests; resumed run: %s%n", hitsAtKill,
          out.toString().lines().filter(l -> l.contains("mut")).findFirst().orElse(""));
    }
  }

  /**
   * A second kill while the resumed run is starting (right after it indexed the first run's
   * captures again, and a few seconds later while its crawler starts) must not leave the third
   * run with nothing to fetch: in the end every article is archived and indexed once.
   */
  @ParameterizedTest
  @ValueSource(ints = {0, 3000})
  void twoKillsInARowStillEndWithEveryArticle(int afterReplayMs, @TempDir Path home)
      throws Exception {
    try (MutablePortal portal = MutablePortal.start()) {
      for (int i = 0; i < ARTICLES; i++) {
        portal.put("a" + i, i, i % 2 == 0);
      }
      Path config = home.resolve("config");
      TestConfig.copyTo(config);
      Files.writeString(config.resolve("sources.yaml"), portal.sourcesYaml(""));
      portal.slow(150);
      Process first = child(config, home, home.resolve("child1.log"));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (portal.articleHits() < 20 && first.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      first.destroyForcibly();
      first.waitFor(30, TimeUnit.SECONDS);

      Path log2 = home.resolve("child2.log");
      Process second = child(config, home, log2);
      deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (second.isAlive() && System.nanoTime() < deadline
          && !(Files.exists(log2) && Files.readString(log2).contains("Indexed again"))) {
        Thread.sleep(20);
      }
      Thread.sleep(afterReplayMs);
      second.destroyForcibly();
      second.waitFor(30, TimeUnit.SECONDS);

      portal.slow(0);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(new String[] {"--config", config.toString(), "--home",
          home.toString(), "crawl"}, new PrintWriter(out), new PrintWriter(err));
      assertThat(code).as(out + "\n" + err).isZero();
      Map<String, Integer> responses = new HashMap<>();
      new WarcArchiveReader(home.resolve("index/warc")).forEach(p -> {
        if (p.page().kind() == PageKind.ARTICLE && !p.isRevisit()) {
          responses.merge(p.page().url(), 1, Integer::sum);
        }
      });
      assertThat(responses).as(out.toString()).hasSize(ARTICLES);
      try (Directory dir = ReportIndex.fsDirectory(home.resolve("index/lucene"));
          ReportIndex index = ReportIndex.openReadOnly(dir, new IndexSchema())) {
        assertThat(index.count()).isEqualTo(ARTICLES);
      }
    }
  }

  private static Process child(Path config, Path home, Path log) throws Exception {
    return new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), "org.reliefarchive.cli.Main",
        "--config", config.toString(), "--home", home.toString(), "crawl")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }
}
