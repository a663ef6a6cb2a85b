package org.reliefarchive.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefarchive.archive.FetchedPage.PageKind;
import org.reliefarchive.config.ArchiveConfig;

class WarcArchiveTest {
  private static final Instant T0 = Instant.parse("2021-11-09T06:04:00Z");
  private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

  @TempDir Path dir;

  private static FetchedPage gbkPage(String url, String text) {
    byte[] body =
        ("<html><body><p>" + text + "</p></body></html>").getBytes(Charset.forName("GBK"));
    return new FetchedPage(
        url,
        T0,
        200,
        List.of(
            new HttpHeader("Content-Type", "text/html; charset=GBK"),
            new HttpHeader("Content-Encoding", "gzip"),
            new HttpHeader("Last-Modified", "Tue, 09 Nov 2021 06:04:00 GMT")),
        body,
        Truncation.NONE,
        "gansu",
        PageKind.ARTICLE);
  }

  @Test
  void readsBackEveryRecordWithBytesHeadersAndPortal() {
    List<FetchedPage> pages =
        List.of(
            gbkPage("http://127.0.0.1:1/system/1.shtml", "甘肃省残联系统持续助力疫情防控"),
            gbkPage("http://127.0.0.1:1/system/2.shtml", "关心关爱弱势群体"));
    List<ArchivedPage> written = new ArrayList<>();
    try (WarcArchive archive = new WarcArchive(config(true), dir, CLOCK)) {
      pages.forEach(p -> written.add(archive.write(p)));
    }
    List<ArchivedPage> read = new ArrayList<>();
    WarcArchiveReader.ReadStats stats = new WarcArchiveReader(dir).forEach(read::add);

    assertThat(stats.records()).isEqualTo(2);
    assertThat(stats.damagedFiles()).isZero();
    assertThat(read).hasSize(2);
    for (int i = 0; i < 2; i++) {
      FetchedPage back = read.get(i).page();
      assertThat(back.url()).isEqualTo(pages.get(i).url());
      assertThat(back.body()).isEqualTo(pages.get(i).body());
      assertThat(back.fetchedAt()).isEqualTo(T0);
      assertThat(back.status()).isEqualTo(200);
      assertThat(back.portalId()).isEqualTo("gansu");
      assertThat(back.kind()).isEqualTo(PageKind.ARTICLE);
      assertThat(back.contentType()).isEqualTo("text/html; charset=GBK");
      assertThat(back.header("Last-Modified")).isEqualTo("Tue, 09 Nov 2021 06:04:00 GMT");
      // the stored body is decoded, so the transfer encoding must not be claimed for it
      assertThat(back.header("Content-Encoding")).isNull();
      assertThat(read.get(i).payloadDigest()).isEqualTo(written.get(i).payloadDigest())
          .startsWith("sha1:");
      assertThat(read.get(i).offset()).isEqualTo(written.get(i).offset());
    }
  }

  @Test
  void readsOneRecordByFileAndOffset() {
    ArchivedPage second;
    try (WarcArchive archive = new WarcArchive(config(true), dir, CLOCK)) {
      archive.write(gbkPage("http://127.0.0.1:1/a.shtml", "第一篇"));
      second = archive.write(gbkPage("http://127.0.0.1:1/b.shtml", "第二篇"));
    }
    ArchivedPage back = new WarcArchiveReader(dir).read(second.warcFile(), second.offset());
    assertThat(back.page().url()).isEqualTo("http://127.0.0.1:1/b.shtml");
    assertThat(new String(back.page().body(), Charset.forName("GBK"))).contains("第二篇");
  }

  @Test
  void startsNewFileAtSizeLimit() {
    ArchiveConfig small = new ArchiveConfig("x", "t", 1024 * 1024, false);
    byte[] big = new byte[1100 * 1024];
    try (WarcArchive archive = new WarcArchive(small, dir, CLOCK)) {
      for (int i = 0; i < 3; i++) {
        archive.write(new FetchedPage("http://127.0.0.1:1/" + i, T0, 200, List.of(), big,
            Truncation.NONE, "p", PageKind.OTHER));
      }
    }
    assertThat(new WarcArchiveReader(dir).files()).hasSize(3);
    assertThat(new WarcArchiveReader(dir).forEach(p -> {}).records()).isEqualTo(3);
  }

  @Test
  void keepsCompleteRecordsOfFileCutShortByKill() throws IOException {
    try (WarcArchive archive = new WarcArchive(config(false), dir, CLOCK)) {
      archive.write(gbkPage("http://127.0.0.1:1/a.shtml", "完整的记录"));
      archive.write(gbkPage("http://127.0.0.1:1/b.shtml", "被截断的记录"));
    }
    Path file = new WarcArchiveReader(dir).files().get(0);
    byte[] bytes = Files.readAllBytes(file);
    // cut the last record in half and leave the file as an unfinished run would
    Path open = file.resolveSibling(file.getFileName() + WarcArchive.OPEN_SUFFIX);
    Files.write(open, Arrays.copyOf(bytes, bytes.length - 60));
    Files.delete(file);

    List<String> urls = new ArrayList<>();
    WarcArchiveReader.ReadStats stats = new WarcArchiveReader(dir).forEach(
        p -> urls.add(p.page().url()));
    assertThat(urls).contains("http://127.0.0.1:1/a.shtml");
    assertThat(stats.damagedFiles()).isEqualTo(1);

    // the next run closes the left-over file and writes a new one beside it
    try (WarcArchive archive = new WarcArchive(config(false), dir, Clock.offset(CLOCK,
        Duration.ofSeconds(5)))) {
      archive.write(gbkPage("http://127.0.0.1:1/c.shtml", "新的记录"));
    }
    assertThat(new WarcArchiveReader(dir).files()).hasSize(2)
        .noneMatch(p -> p.toString().endsWith(WarcArchive.OPEN_SUFFIX));
  }

  private static ArchiveConfig config(boolean gzip) {
    return new ArchiveConfig("warc", "test", 1L << 30, gzip);
  }
}
