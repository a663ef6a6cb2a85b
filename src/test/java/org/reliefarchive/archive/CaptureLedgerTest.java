package org.reliefarchive.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefarchive.archive.FetchedPage.PageKind;
import org.reliefarchive.config.ArchiveConfig;

class CaptureLedgerTest {
  private static final Instant T0 = Instant.parse("2024-05-06T02:30:00Z");
  private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);
  private static final ArchiveConfig CONFIG =
      new ArchiveConfig("warc", "t", 1024L * 1024 * 1024, true);

  @TempDir Path dir;

  private static FetchedPage page(String url, String text, int status) {
    return new FetchedPage(url, T0, status,
        List.of(new HttpHeader("Content-Type", "text/html; charset=UTF-8"),
            new HttpHeader("ETag", "\"v1\"")),
        ("<p>" + text + "</p>").getBytes(StandardCharsets.UTF_8), Truncation.NONE, "p",
        PageKind.ARTICLE);
  }

  @Test
  void knowsEveryUrlAndItsLastWholeCaptureAcrossRestarts() {
    try (WarcArchive archive = new WarcArchive(CONFIG, dir, CLOCK)) {
      archive.write(page("http://x/a.html", "一", 200));
      LedgerEntry a = archive.ledger().captures("http://x/a.html").lastContent();
      archive.writeRevisit(page("http://x/a.html", "", 304), a);
      archive.write(page("http://x/b.html", "", 404));
    }
    try (WarcArchive archive = new WarcArchive(CONFIG, dir, CLOCK)) {
      CaptureLedger.UrlCaptures a = archive.ledger().captures("http://x/a.html");
      assertThat(a.last().type()).isEqualTo(ArchivedPage.REVISIT);
      assertThat(a.last().status()).isEqualTo(304);
      assertThat(a.lastContent().type()).isEqualTo(ArchivedPage.RESPONSE);
      assertThat(a.lastContent().etag()).isEqualTo("\"v1\"");
      assertThat(archive.ledger().captures("http://x/b.html").lastContent()).isNull();
      assertThat(archive.ledger().size()).isEqualTo(3);
    }
  }

  @Test
  void rebuildsAMissingLedgerFromTheWarcFiles() throws Exception {
    try (WarcArchive archive = new WarcArchive(CONFIG, dir, CLOCK)) {
      archive.write(page("http://x/a.html", "一", 200));
      archive.write(page("http://x/b.html", "二", 200));
    }
    Files.delete(dir.resolve(CaptureLedger.FILE_NAME));
    try (WarcArchive archive = new WarcArchive(CONFIG, dir, CLOCK)) {
      assertThat(archive.ledger().size()).isEqualTo(2);
      assertThat(archive.ledger().captures("http://x/b.html").lastContent().digest())
          .isEqualTo(WarcArchive.payloadDigest(page("u", "二", 200).body()));
    }
  }

  @Test
  void cutsTheHalfWrittenRecordOfAKilledRunAndKeepsTheOthers() throws Exception {
    try (WarcArchive archive = new WarcArchive(CONFIG, dir, CLOCK)) {
      for (int i = 0; i < 3; i++) {
        archive.write(page("http://x/" + i + ".html", "第" + i + "篇", 200));
      }
    }
    Path warc;
    try (Stream<Path> s = Files.list(dir)) {
      warc = s.filter(p -> p.toString().endsWith(".warc.gz")).findFirst().orElseThrow();
    }
    long size = Files.size(warc);
    // a run killed in the middle of its third record: the file is still open and cut short
    try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.WRITE)) {
      ch.truncate(size - 40);
    }
    Path open = warc.resolveSibling(warc.getFileName() + WarcArchive.OPEN_SUFFIX);
    Files.move(warc, open);
    Files.writeString(dir.resolve(CaptureLedger.FILE_NAME), "{\"file\":\"half",
        StandardOpenOption.APPEND);

    try (WarcArchive archive = new WarcArchive(CONFIG, dir, CLOCK)) {
      assertThat(archive.ledger().captures("http://x/0.html")).isNotNull();
      assertThat(archive.ledger().captures("http://x/1.html")).isNotNull();
      assertThat(archive.ledger().captures("http://x/2.html")).isNull();
      assertThat(archive.ledger().size()).isEqualTo(2);
    }
    List<String> urls = new ArrayList<>();
    WarcArchiveReader.ReadStats stats = new WarcArchiveReader(dir)
        .forEach(p -> urls.add(p.page().url()));
    assertThat(stats.damagedFiles()).isZero();
    assertThat(urls).containsExactly("http://x/0.html", "http://x/1.html");
  }
}
