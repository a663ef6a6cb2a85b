package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reliefarchive.TestConfig;

/** The commands run in-process, as a user would run them, with their exit codes and output. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliIT {
  private Path tmp;
  private Path data;
  private Result demo;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  @BeforeAll
  void runDemo() throws Exception {
    tmp = Files.createTempDirectory("relief-cli");
    data = tmp.resolve("demo");
    demo = run("demo", "--exit", "--port", "0", "--data", data.toString());
  }

  @Test
  void demoCrawlsIndexesAndAnswersAFirstSearch() {
    assertThat(demo.code()).as(demo.err()).isZero();
    assertThat(demo.out()).contains("51 article pages; 51 reports indexed")
        .containsPattern("First search answer [0-9.]+ s after start: q=残联 → [1-9]\\d* reports?");
    assertThat(data.resolve("index/warc")).isDirectory();
  }

  @Test
  void searchCommandFindsTraditionalReportWithSimplifiedQuery() {
    Result r = run("--home", data.toString(), "search", "妇联");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("身先士卒").contains("【婦聯】");
  }

  @Test
  void reindexRebuildsTheSameIndexFromTheArchiveAlone() {
    Result r = run("--home", data.toString(), "reindex");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("indexed 51 reports").contains("51 reports in the index");
    Result again = run("--home", data.toString(), "search", "--json", "残联");
    assertThat(again.out()).contains("\"total\" : 1");
  }

  @Test
  void indexOfAnEarlierAnalysisIsRefusedUntilReindexRebuildsIt() throws Exception {
    // an archive as the demo left it, and an index written by an earlier version
    Path home = tmp.resolve("upgrade");
    Path warc = home.resolve("index/warc");
    Files.createDirectories(warc);
    try (Stream<Path> files = Files.list(data.resolve("index/warc"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, warc.resolve(f.getFileName()));
      }
    }
    try (var dir = FSDirectory.open(home.resolve("index/lucene"));
        var old = new IndexWriter(dir,
            new IndexWriterConfig(
                new StandardAnalyzer()))) {
      var d = new Document();
      d.add(new TextField("body", "甘肃省残联",
          Field.Store.YES));
      old.addDocument(d);
    }
    Result refused = run("--home", home.toString(), "search", "残联");
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err()).contains("was built with 'SmartCN words")
        .contains("relief-archive reindex").doesNotContain("\tat ");

    Result reindex = run("--home", home.toString(), "reindex");
    assertThat(reindex.code()).as(reindex.err()).isZero();
    assertThat(reindex.out()).contains("51 reports in the index");
    Result found = run("--home", home.toString(), "search", "--json", "民政");
    assertThat(found.code()).as(found.err()).isZero();
    assertThat(found.out()).containsPattern("\"total\" : [1-9]");
  }

  @Test
  void badQueryIsAUsageError() {
    Result r = run("--home", data.toString(), "search", "残联^");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("cannot parse the query").contains("Usage:");
  }

  @Test
  void unknownPortalIsAUsageError() {
    Result r = run("--home", data.toString(), "crawl", "--portal", "nope");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--portal nope is not in sources.yaml");
  }

  @Test
  void badConfigValueStopsWithOneLineNamingFileAndKey() throws Exception {
    Path config = tmp.resolve("config");
    TestConfig.copyTo(config);
    Files.writeString(config.resolve("crawl.yaml"),
        Files.readString(config.resolve("crawl.yaml")).replace("threads: 4", "threads: 0"));
    Result r = run("--config", config.toString(), "--home", data.toString(), "search", "残联");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("crawl.yaml").contains("threads is 0; allowed: 1 to 64")
        .doesNotContain("\tat ");

    Files.writeString(config.resolve("crawl.yaml"),
        Files.readString(config.resolve("crawl.yaml")).replace("threads: 0", "treads: 4"));
    r = run("--config", config.toString(), "--home", data.toString(), "search", "残联");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("crawl.yaml").contains("unknown key 'treads'");
  }

  @Test
  void searchWithoutIndexFailsWithClearMessage() {
    Result r = run("--home", tmp.resolve("empty").toString(), "search", "残联");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no index").contains("crawl or reindex first");
  }

  @Test
  void helpListsEveryCommand() {
    Result r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("demo", "crawl", "reindex", "serve", "search", "extract");
    assertThat(run("extract", "--help").out()).contains("--charset", "--json");
    assertThat(run("nonsense").code()).isEqualTo(2);
  }
}
