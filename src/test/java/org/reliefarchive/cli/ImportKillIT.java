package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.reliefarchive.TestConfig;
import org.reliefarchive.archive.CdxIndex;
import org.reliefarchive.archive.ImportedFiles;
import org.reliefarchive.enrich.CaptureRecord;
import org.reliefarchive.index.CaptureCodec;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;

/**
 * An {@code import} in a child JVM is killed with SIGKILL ({@code destroyForcibly}) after its
 * first checkpoint, in the middle of a WARC of thousands of article pages and revisits, then
 * started again: it resumes at the checkpoint, and in the end the index is clean and holds
 * every report once, each with its captures once (the revisits too), and the CDX index lists
 * every record once.
 */
class ImportKillIT {
  // enough that a cold JVM (about 250 records/s on a quiet machine) is still reading the file
  // at its first checkpoint, 5 s in
  private static final int ARTICLES = 2500;
  private static final int REVISIT_EVERY = 10;

  @Test
  void killedImportResumesAndIndexesEveryReportOnce(@TempDir Path tmp) throws Exception {
    Path config = TestConfig.copyTo(tmp.resolve("config"));
    Files.copy(Path.of("src/test/resources/foreign-warc/sources.yaml"),
        config.resolve("sources.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path warc = tmp.resolve("big.warc.gz");
    int revisits = writeWarc(warc);
    Path home = tmp.resolve("home");
    Path archiveDir = home.resolve("index/warc");

    Path log = tmp.resolve("child.log");
    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), "org.reliefarchive.cli.Main",
        "--config", config.toString(), "--home", home.toString(), "import", warc.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long checkpoint = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
    while (child.isAlive() && System.nanoTime() < deadline) {
      checkpoint = checkpoint(archiveDir);
      if (checkpoint > 0) {
        break;
      }
      Thread.sleep(20);
    }
    assertThat(child.isAlive()).as("child still importing: " + Files.readString(log)).isTrue();
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    long atKill = checkpoint(archiveDir);
    assertThat(atKill).as("killed before the end of the file").isGreaterThan(0)
        .isLessThan(Files.size(warc));

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"--config", config.toString(), "--home", home.toString(),
        "import", warc.toString()}, new PrintWriter(out), new PrintWriter(err));
    assertThat(code).as(out + "\n" + err).isZero();
    assertThat(out.toString()).contains("resumed at offset " + atKill)
        .contains(ARTICLES + " reports in the index");
    assertThat(ImportedFiles.open(archiveDir).entries().get(0).done()).isTrue();

    try (Directory dir = ReportIndex.fsDirectory(home.resolve("index/lucene"))) {
      try (CheckIndex check = new CheckIndex(dir)) {
        assertThat(check.checkIndex().clean).isTrue();
      }
      try (ReportIndex index = ReportIndex.openReadOnly(dir, new IndexSchema())) {
        IndexSearcher s = index.searchers().acquire();
        try {
          IndexReader reader = s.getIndexReader();
          assertThat(reader.numDocs()).isEqualTo(ARTICLES);
          for (int i = 0; i < ARTICLES; i += 97) {
            assertThat(s.count(new TermQuery(new Term(IndexSchema.URL, url(i))))).isEqualTo(1);
          }
          // each report's captures once: its response, and its revisit when it has one
          Map<Integer, Integer> capturesPerReport = new HashMap<>();
          for (LeafReaderContext leaf : reader.leaves()) {
            StoredFields fields = leaf.reader().storedFields();
            Bits live = leaf.reader().getLiveDocs();
            for (int d = 0; d < leaf.reader().maxDoc(); d++) {
              if (live != null && !live.get(d)) {
                continue;
              }
              List<CaptureRecord> captures = CaptureCodec.decode(
                  fields.document(d).get(IndexSchema.CAPTURES));
              capturesPerReport.merge(captures.size(), 1, Integer::sum);
            }
          }
          assertThat(capturesPerReport).containsExactlyInAnyOrderEntriesOf(
              Map.of(1, ARTICLES - revisits, 2, revisits));
        } finally {
          index.searchers().release(s);
        }
      }
    }
    // the CDX index lists every response and revisit once
    List<String> cdx = CdxIndex.readAll(archiveDir);
    assertThat(cdx).hasSize(ARTICLES + revisits);
    assertThat(cdx.stream().distinct()).hasSize(ARTICLES + revisits);
    System.out.printf("import killed at offset %d of %d bytes; resumed run: %s%n", atKill,
        Files.size(warc), out.toString().lines().filter(l -> l.startsWith("Read "))
            .findFirst().orElse(""));
  }

  private static long checkpoint(Path archiveDir) {
    if (!Files.exists(archiveDir.resolve(ImportedFiles.FILE_NAME))) {
      return 0;
    }
    try {
      List<ImportedFiles.Entry> entries = ImportedFiles.open(archiveDir).entries();
      return entries.isEmpty() || entries.get(0).done() ? 0 : entries.get(0).next();
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static String url(int i) {
    return String.format("http://news.example.cn/system/2021/03/%02d/%09d.shtml", 1 + i % 28,
        40_000_000 + i);
  }

  /** Writes the articles (seed pages made distinct), a revisit after every tenth. */
  private static int writeWarc(Path file) throws Exception {
    String seed = Files.readString(Path.of(
        "src/main/resources/sampleportal/seeds/000_5a266c807a20fc24.html"));
    Instant start = Instant.parse("2021-03-05T01:00:00Z");
    int revisits = 0;
    try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      for (int i = 0; i < ARTICLES; i++) {
        String html = seed.replace("同心抗“疫”践初心", "同心抗“疫”践初心（第" + i + "号）")
            .replace("<div class=\"text\" id=\"zoom\">", "<div class=\"text\" id=\"zoom\"><p>"
                + "本报编号" + i + "：兰州市第" + i + "社区残疾人帮扶记录。</p>");
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        Instant at = start.plusSeconds(i);
        WarcDigest digest = new WarcDigest("sha1", java.security.MessageDigest
            .getInstance("SHA-1").digest(body));
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=UTF-8"), body).build();
        w.write(new WarcResponse.Builder(URI.create(url(i))).date(at).payloadDigest(digest)
            .body(http).build());
        if (i % REVISIT_EVERY == REVISIT_EVERY - 1) {
          HttpResponse head = new HttpResponse.Builder(200, "OK")
              .body(MediaType.parse("text/html; charset=UTF-8"), new byte[0]).build();
          w.write(new WarcRevisit.Builder(URI.create(url(i)),
              WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1).date(at.plusSeconds(86_400))
              .addHeader("WARC-Refers-To-Target-URI", url(i))
              .addHeader("WARC-Refers-To-Date", at.toString()).payloadDigest(digest)
              .body(head).build());
          revisits++;
        }
      }
    }
    return revisits;
  }
}
