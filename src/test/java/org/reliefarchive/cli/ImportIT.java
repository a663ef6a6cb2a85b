package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefarchive.archive.FileTrees;
import org.reliefarchive.TestConfig;
import org.reliefarchive.archive.ImportedFiles;
import org.reliefarchive.archive.WarcArchiveReader;
import org.reliefarchive.sample.SamplePortal;

/**
 * {@code import} of WARC and ARC files other tools wrote: a real wget WARC of the sample portal,
 * and the hand-written Heritrix, Browsertrix and ARC files of {@code foreign-warc/}.
 */
class ImportIT {
  private static final Path FOREIGN = Path.of("src/test/resources/foreign-warc");

  @TempDir Path tmp;

  private static CliIT.Result run(String... args) {
    return CliIT.run(args);
  }

  @Test
  void wgetWarcOfTheSamplePortalYieldsTheReportsACrawlYields() throws Exception {
    Path config = TestConfig.copyTo(tmp.resolve("config"));
    Path home = tmp.resolve("home");
    Path warc;
    try (SamplePortal portal = SamplePortal.start()) {
      Files.writeString(config.resolve("sources.yaml"), portal.sourcesYaml());
      warc = wget(portal);
    }
    CliIT.Result r = run("--config", config.toString(), "--home", home.toString(), "import",
        warc.toString());
    assertThat(r.code()).as(r.err()).isZero();
    // the crawl of the same portal indexes these 51 article pages (CliIT)
    assertThat(r.out()).contains("imported as import-").contains("indexed 51 reports; 51 "
        + "reports in the index").containsPattern("\\(\\d+ records/s\\)")
        .containsPattern("records by type: (request|response) \\d+")
        .containsPattern("list page \\d+").containsPattern("no portal \\d+");
    CliIT.Result found = run("--config", config.toString(), "--home", home.toString(),
        "search", "妇联");
    assertThat(found.out()).contains("身先士卒").contains("【婦聯】");

    // the file stays where it is; the archive refers to it, and reindex rebuilds its reports
    Path warcDir = home.resolve("index/warc");
    try (Stream<Path> files = Files.list(warcDir)) {
      List<Path> links = files.filter(Files::isSymbolicLink).toList();
      assertThat(links).hasSize(1);
      assertThat(Files.readSymbolicLink(links.get(0))).isEqualTo(warc.toAbsolutePath());
    }
    CliIT.Result reindex = run("--config", config.toString(), "--home", home.toString(),
        "reindex");
    assertThat(reindex.code()).as(reindex.err()).isZero();
    assertThat(reindex.out()).contains("indexed 51 reports").contains("51 reports in the index")
        .containsPattern("skipped records: .*list page \\d+");

    CliIT.Result again = run("--config", config.toString(), "--home", home.toString(),
        "import", warc.toString());
    assertThat(again.out()).contains("already imported as import-")
        .contains("Read 0 records from 1 files");
  }

  @Test
  void heritrixBrowsertrixAndArcRecordsAreCountedByTypeAndReason() throws Exception {
    Path config = foreignConfig();
    Path home = tmp.resolve("home");
    Path files = copyOfForeignFiles();
    CliIT.Result r = run("--config", config.toString(), "--home", home.toString(), "import",
        files.toString());
    assertThat(r.code()).as(r.err()).isZero();
    // hand-checked against foreign-warc/README.md
    assertThat(r.out()).contains("Read 25 records from 3 files")
        .contains("indexed 5 reports and 2 revisits (later captures, payload unchanged); 5 "
            + "reports in the index")
        .contains("records by type: response 14, request 4, warcinfo 3, revisit 2, metadata 1, "
            + "resource 1")
        .contains("skipped: no portal 4, not 200 2, duplicate 1, list page 1, not HTTP 1");
    // the gzip-encoded Browsertrix payload was decoded, the ARC record read
    assertThat(search(config, home, "醴陵")).contains("gongyi.example.tw/news/2021/05/2001.html");
    assertThat(search(config, home, "永平街")).contains("news.example.cn/system/2019/12/01/");

    CliIT.Result reindex = run("--config", config.toString(), "--home", home.toString(),
        "reindex");
    assertThat(reindex.code()).as(reindex.err()).isZero();
    // five first captures and the two revisits
    assertThat(reindex.out()).contains("indexed 7 reports").contains("5 reports in the index")
        .contains("skipped records: no portal 4, not 200 2, duplicate 1, list page 1");
  }

  @Test
  void copiedRecordsJoinTheArchiveAndReindexAlone() throws Exception {
    Path config = foreignConfig();
    Path home = tmp.resolve("home");
    Path files = copyOfForeignFiles();
    CliIT.Result r = run("--config", config.toString(), "--home", home.toString(), "import",
        "--copy", files.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("indexed 5 reports and 2 revisits (later captures, payload "
        + "unchanged); 5 reports in the index");
    // the originals can go: the archive holds the records itself
    try (Stream<Path> s = Files.list(files)) {
      for (Path f : s.toList()) {
        Files.delete(f);
      }
    }
    try (Stream<Path> s = Files.list(home.resolve("index/warc"))) {
      assertThat(s.filter(Files::isSymbolicLink)).isEmpty();
    }
    CliIT.Result reindex = run("--config", config.toString(), "--home", home.toString(),
        "reindex");
    assertThat(reindex.code()).as(reindex.err()).isZero();
    assertThat(reindex.out()).contains("indexed 7 reports").contains("5 reports in the index");
    assertThat(search(config, home, "醴陵")).contains("gongyi.example.tw/news/2021/05/2001.html");
  }

  @Test
  void anInterruptedImportResumesAtItsCheckpoint() throws Exception {
    Path config = foreignConfig();
    Path home = tmp.resolve("home");
    Path file = copyOfForeignFiles().resolve("heritrix.warc.gz");
    assertThat(run("--config", config.toString(), "--home", home.toString(), "import",
        file.toString()).code()).isZero();
    // as a killed run leaves it: checkpoint at the second article, nothing after it indexed
    List<Long> offsets = new ArrayList<>();
    WarcArchiveReader.records(file, "x", 0, rec -> {
      if (rec.capture() != null
          && rec.capture().page().url().endsWith("/030012399.shtml")) {
        offsets.add(rec.offset());
      }
    });
    ImportedFiles imported = ImportedFiles.open(home.resolve("index/warc"));
    ImportedFiles.Entry entry = imported.entries().get(0);
    imported.put(entry.at(offsets.get(0), false));
    FileTrees.delete(home.resolve("index/lucene"));

    CliIT.Result resumed = run("--config", config.toString(), "--home", home.toString(),
        "import", file.toString());
    assertThat(resumed.code()).as(resumed.err()).isZero();
    // the second article, the 404, the image, the revisit and the page of another host
    assertThat(resumed.out()).contains("resumed at offset " + offsets.get(0))
        .contains("Read 5 records from 1 files").contains("indexed 1 reports; 1 reports in "
            + "the index");
    assertThat(ImportedFiles.open(home.resolve("index/warc")).entries().get(0).done()).isTrue();
  }

  @Test
  void unknownPortalAndMissingFileAreUsageErrors() throws Exception {
    Path config = foreignConfig();
    Path home = tmp.resolve("home");
    CliIT.Result r = run("--config", config.toString(), "--home", home.toString(), "import",
        "--portal", "nope", FOREIGN.resolve("wayback.arc").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--portal nope is not in sources.yaml");
    r = run("--config", config.toString(), "--home", home.toString(), "import",
        tmp.resolve("missing.warc").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("missing.warc is neither a file nor a directory");
  }

  private String search(Path config, Path home, String query) {
    CliIT.Result r = run("--config", config.toString(), "--home", home.toString(), "search",
        "--json", query);
    assertThat(r.code()).as(r.err()).isZero();
    return r.out();
  }

  private Path foreignConfig() throws IOException {
    Path config = TestConfig.copyTo(tmp.resolve("config"));
    Files.copy(FOREIGN.resolve("sources.yaml"), config.resolve("sources.yaml"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return config;
  }

  private Path copyOfForeignFiles() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("foreign"));
    for (String name : List.of("heritrix.warc.gz", "browsertrix.warc", "wayback.arc")) {
      Files.copy(FOREIGN.resolve(name), dir.resolve(name));
    }
    return dir;
  }

  /** wget's own WARC of the three portals, as a user would make it. */
  private Path wget(SamplePortal portal) throws Exception {
    Path warc = tmp.resolve("wget.warc.gz");
    List<String> cmd = new ArrayList<>(List.of("wget", "--warc-file="
        + tmp.resolve("wget"), "--no-http-keep-alive", "-r", "-l", "6",
        "-X", "/gsnews/calendar", "-nv", "-P", tmp.resolve("mirror").toString()));
    for (SamplePortal.Site s : portal.sites()) {
      cmd.add(s.baseUrl() + "/");
    }
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(tmp.resolve("wget.log").toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("wget finishes").isTrue();
    assertThat(warc).as(Files.readString(tmp.resolve("wget.log"), StandardCharsets.UTF_8))
        .isNotEmptyFile();
    return warc;
  }
}
