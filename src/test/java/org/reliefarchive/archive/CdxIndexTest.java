package org.reliefarchive.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.cdx.CdxFormat;
import org.netpreserve.jwarc.cdx.CdxWriter;
import org.reliefarchive.archive.FetchedPage.PageKind;
import org.reliefarchive.config.ArchiveConfig;

/** The archive's CDXJ index, line for line against jwarc's own CDXJ output of the same files. */
class CdxIndexTest {
  private static final Instant T0 = Instant.parse("2021-11-09T06:04:00Z");
  private static final Path FOREIGN = Path.of("src/test/resources/foreign-warc");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static FetchedPage page(String url, Instant at, String contentType, String body) {
    List<HttpHeader> headers = contentType == null ? List.of()
        : List.of(new HttpHeader("Content-Type", contentType));
    return new FetchedPage(url, at, 200, headers, body.getBytes(StandardCharsets.UTF_8),
        Truncation.NONE, "gansu", PageKind.ARTICLE);
  }

  @Test
  void linesOfOwnAndImportedFilesEqualJwarcsCdxj() throws Exception {
    try (WarcArchive archive = new WarcArchive(new ArchiveConfig("warc", "test", 1L << 30, true),
        dir, Clock.fixed(T0, ZoneOffset.UTC))) {
      ArchivedPage first = archive.write(page("http://127.0.0.1:1/system/1.shtml", T0,
          "text/html; charset=GBK", "<html><body><p>一</p></body></html>"));
      archive.write(page("http://127.0.0.1:1/robots.txt", T0.plusSeconds(1), null, "ua: *"));
      archive.writeRevisit(page("http://127.0.0.1:1/system/1.shtml", T0.plusSeconds(86400),
          "text/html; charset=GBK", "<html><body><p>一</p></body></html>"),
          archive.ledger().captures(first.page().url()).lastContent());
      // two files other tools wrote, joined to the archive as an import joins them
      for (String name : List.of("heritrix.warc.gz", "browsertrix.warc")) {
        Files.copy(FOREIGN.resolve(name), dir.resolve("import-" + name));
        archive.adopt("import-" + name);
      }
    }
    List<String> ours = CdxIndex.readAll(dir);
    // 2 responses and a revisit of ours, 7 HTTP responses and a revisit of Heritrix (its dns:
    // response is no HTTP capture), 5 and 1 of Browsertrix
    assertThat(ours).hasSize(3 + 8 + 6);
    assertThat(ours).isSorted();

    List<String> jwarc = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(f -> WarcArchiveReader.isWarcName(f.toString())).toList()) {
        StringWriter out = new StringWriter();
        try (CdxWriter w = new CdxWriter(out)) {
          w.setFormat(CdxFormat.CDXJ);
          w.process(List.of(f), false);
        }
        out.toString().lines().forEach(jwarc::add);
      }
    }
    // jwarc also indexes records that hold no HTTP capture (dns:, urn:pageinfo: resources)
    List<Line> expected = jwarc.stream().map(CdxIndexTest::parse)
        .filter(l -> l.url().startsWith("http")).sorted().toList();
    List<Line> actual = ours.stream().map(CdxIndexTest::parse).sorted().toList();
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  /** One run of the archive: opens it, archives {@code pages} new pages, closes it. */
  private void run(int from, int pages) {
    try (WarcArchive archive = new WarcArchive(new ArchiveConfig("warc", "test", 1L << 30, true),
        dir, Clock.fixed(T0.plusSeconds(from), ZoneOffset.UTC))) {
      for (int i = from; i < from + pages; i++) {
        archive.write(page("http://127.0.0.1:1/system/" + i + ".shtml", T0.plusSeconds(i),
            "text/html", "<p>" + i + "</p>"));
      }
    }
  }

  private List<String> segments() throws IOException {
    return CdxIndex.files(dir).stream().map(p -> p.getFileName().toString())
        .filter(n -> !n.equals(CdxIndex.FILE_NAME)).toList();
  }

  /** The index a whole rewrite from the ledger gives. */
  private List<String> rewritten() throws IOException {
    try (WarcArchive archive = new WarcArchive(new ArchiveConfig("warc", "test", 1L << 30, true),
        dir, Clock.systemUTC())) {
      Path other = Files.createDirectories(dir.resolve("whole"));
      CdxIndex.write(archive.ledger(), other);
      return Files.readAllLines(other.resolve(CdxIndex.FILE_NAME));
    }
  }

  @Test
  void aRunAddsItsCapturesAsASegmentAndLeavesTheBaseAlone() throws Exception {
    run(0, 6);
    Path base = dir.resolve(CdxIndex.FILE_NAME);
    byte[] before = Files.readAllBytes(base);
    var modified = Files.getLastModifiedTime(base);
    assertThat(segments()).isEmpty();
    assertThat(Files.readAllLines(base)).hasSize(6).isSorted();

    run(6, 2);
    assertThat(Files.readAllBytes(base)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(base)).isEqualTo(modified);
    assertThat(segments()).containsExactly("index-000001.cdxj");
    assertThat(Files.readAllLines(dir.resolve("index-000001.cdxj"))).hasSize(2).isSorted();
    assertThat(CdxIndex.readAll(dir)).hasSize(8).isEqualTo(rewritten());
  }

  @Test
  void segmentsAreMergedIntoTheBaseOnceTheyHoldAsManyLines() throws Exception {
    run(0, 4);
    run(4, 1);
    run(5, 2);
    assertThat(segments()).hasSize(2);
    // a run that adds nothing writes no segment
    run(7, 0);
    assertThat(segments()).hasSize(2);
    run(7, 1);
    // 1 + 2 + 1 lines in segments against 4 in the base: merged
    assertThat(segments()).isEmpty();
    assertThat(Files.readAllLines(dir.resolve(CdxIndex.FILE_NAME))).hasSize(8).isSorted()
        .isEqualTo(rewritten());
  }

  @Test
  void anIndexOutOfStepWithItsStateIsWrittenWhole() throws Exception {
    run(0, 4);
    run(4, 1);
    // a segment lost (deleted by hand, or a merge killed half-way)
    Files.delete(dir.resolve("index-000001.cdxj"));
    run(5, 1);
    assertThat(segments()).isEmpty();
    assertThat(Files.readAllLines(dir.resolve(CdxIndex.FILE_NAME))).hasSize(6)
        .isEqualTo(rewritten());
  }

  /** A CDXJ line with the file's directory dropped from jwarc's filename field. */
  record Line(String key, String timestamp, String url, Map<String, Object> fields)
      implements Comparable<Line> {
    @Override
    public int compareTo(Line o) {
      return (key + " " + timestamp + " " + fields.get("offset") + fields.get("filename"))
          .compareTo(o.key + " " + o.timestamp + " " + o.fields.get("offset")
              + o.fields.get("filename"));
    }
  }

  @SuppressWarnings("unchecked")
  private static Line parse(String line) {
    String[] parts = line.split(" ", 3);
    try {
      Map<String, Object> fields = JSON.readValue(parts[2], Map.class);
      fields.put("filename", Path.of((String) fields.get("filename")).getFileName().toString());
      return new Line(parts[0], parts[1], (String) fields.get("url"), fields);
    } catch (IOException e) {
      throw new AssertionError(line, e);
    }
  }
}
