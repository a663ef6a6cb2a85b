package org.reliefarchive.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.cdx.CdxFormat;
import org.netpreserve.jwarc.cdx.CdxWriter;

/**
 * Writes a WACZ 1.1.1 package (Web Archive Collection Zipped) of chosen captures: their WARC
 * records byte for byte in {@code archive/data.warc.gz} (a record of an uncompressed file is
 * gzipped as a member of its own), with the request record of each capture where the file has
 * one and the revisit records (and their requests) that repeat its payload later, {@code indexes/index.cdx} (CDXJ of that file, written by
 * jwarc), {@code pages/pages.jsonl} and {@code datapackage.json} with the SHA-256 and size of
 * each. The records go through a temporary file, never through memory, so the WARC file can be
 * stored uncompressed in the ZIP as the specification asks, with its CRC known in advance.
 */
public final class WaczWriter {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DATA = "data.warc.gz";

  private final Path archiveDir;
  private final Clock clock;

  /**
   * One page of the package.
   *
   * @param url the page's URL
   * @param title its title, or null
   * @param capturedAt when the capture was made
   * @param warcFile the archive file holding its capture
   * @param offset the offset of the capture's record
   */
  public record Page(String url, String title, Instant capturedAt, String warcFile,
      long offset) {}

  /** @param archiveDir the directory of the WARC files the pages' records are in */
  public WaczWriter(Path archiveDir, Clock clock) {
    this.archiveDir = archiveDir;
    this.clock = clock;
  }

  /**
   * Writes the package of {@code pages} to {@code out} (left open). A page whose record cannot
   * be read is left out of the package and counted.
   *
   * @return how many pages' records could not be read
   * @throws IOException if {@code out} or the temporary file cannot be written
   */
  public int write(List<Page> pages, String title, OutputStream out) throws IOException {
    Path tmp = Files.createTempFile("relief-wacz", ".warc.gz");
    try {
      List<Page> kept = new ArrayList<>();
      Neighbours neighbours = pages.isEmpty() ? null : new Neighbours(archiveDir,
          pages.stream().map(Page::url).toList(), pages.stream().map(Page::warcFile).toList());
      java.util.Set<String> copied = new java.util.HashSet<>();
      try (OutputStream data = Files.newOutputStream(tmp)) {
        for (Page p : pages) {
          if (copyRecord(p, data)) {
            kept.add(p);
            copied.add(p.warcFile() + ":" + p.offset());
            // the exchange as the crawler saw it, and the later captures that repeat it
            for (Neighbours.Ref r : neighbours.companions(p.url(), p.warcFile(), p.offset())) {
              if (copied.add(r.file() + ":" + r.offset())) {
                copyRecord(new Page(p.url(), null, null, r.file(), r.offset()), data);
              }
            }
          }
        }
      }
      ZipOutputStream zip = new ZipOutputStream(out);
      ArrayNode resources = JSON.createArrayNode();
      resources.add(stored(zip, "archive/" + DATA, tmp));
      resources.add(deflated(zip, "indexes/index.cdx", cdx(tmp)));
      resources.add(deflated(zip, "pages/pages.jsonl", pagesJsonl(kept)));
      ObjectNode pkg = JSON.createObjectNode();
      pkg.put("profile", "data-package");
      pkg.put("wacz_version", "1.1.1");
      pkg.put("title", title);
      pkg.put("created", clock.instant().toString());
      pkg.put("software", "ReliefArchive");
      pkg.set("resources", resources);
      ZipEntry e = new ZipEntry("datapackage.json");
      zip.putNextEntry(e);
      zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(pkg));
      zip.closeEntry();
      zip.finish();
      zip.flush();
      return pages.size() - kept.size();
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Copies the record of {@code p} as one gzip member; false when it cannot be read. */
  private boolean copyRecord(Page p, OutputStream data) throws IOException {
    if (p.warcFile() == null || p.warcFile().contains("/") || p.warcFile().contains("\\")
        || p.warcFile().startsWith(".")) {
      return false;
    }
    Path file = archiveDir.resolve(p.warcFile());
    if (!Files.exists(file)) {
      return false;
    }
    long end;
    WarcCompression compression;
    try (WarcReader reader = new WarcReader(file)) {
      reader.position(p.offset());
      WarcRecord record = reader.next().orElse(null);
      if (record == null) {
        return false;
      }
      if (record.headers().first("WARC-Record-ID").isEmpty()) {
        // an ARC record: written again as the WARC response record jwarc reads it as
        return convertArc(record, data);
      }
      record.body().consume();
      compression = reader.compression();
      // the offset after this record: reading on to the next one (or the end) tells it
      reader.next();
      end = reader.position();
    } catch (IOException | RuntimeException e) {
      return false;
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ch.position(p.offset());
      InputStream in = new java.io.BufferedInputStream(Channels.newInputStream(ch));
      long length = end - p.offset();
      if (compression == WarcCompression.GZIP) {
        copy(in, data, length);
      } else {
        GZIPOutputStream gz = new GZIPOutputStream(nonClosing(data));
        copy(in, gz, length);
        gz.finish();
      }
    }
    return true;
  }

  private static boolean convertArc(WarcRecord record, OutputStream data) throws IOException {
    if (!(record instanceof WarcResponse arc)) {
      return false;
    }
    byte[] block;
    try (InputStream in = arc.body().stream()) {
      block = in.readAllBytes();
    }
    WarcResponse response = new WarcResponse.Builder(arc.target())
        .date(arc.date())
        .recordId(java.net.URI.create("urn:uuid:" + java.util.UUID.nameUUIDFromBytes(
            (arc.target() + " " + arc.date()).getBytes(StandardCharsets.UTF_8))))
        .body(MediaType.HTTP_RESPONSE, block)
        .build();
    try (WarcWriter writer = new WarcWriter(Channels.newChannel(nonClosing(data)),
        WarcCompression.GZIP)) {
      writer.write(response);
    }
    return true;
  }

  private static void copy(InputStream in, OutputStream out, long length) throws IOException {
    byte[] buf = new byte[64 * 1024];
    long left = length;
    while (left > 0) {
      int n = in.read(buf, 0, (int) Math.min(buf.length, left));
      if (n < 0) {
        throw new IOException("record ends early");
      }
      out.write(buf, 0, n);
      left -= n;
    }
  }

  private static byte[] cdx(Path data) throws IOException {
    List<String> lines = new ArrayList<>();
    StringWriter w = new StringWriter();
    try (WarcReader reader = new WarcReader(data); CdxWriter cdx = new CdxWriter(w)) {
      cdx.setFormat(CdxFormat.CDXJ);
      cdx.process(reader, DATA);
    }
    w.toString().lines().forEach(lines::add);
    lines.sort(null);
    return (String.join("\n", lines) + (lines.isEmpty() ? "" : "\n"))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] pagesJsonl(List<Page> pages) throws IOException {
    StringBuilder out = new StringBuilder();
    ObjectNode header = JSON.createObjectNode();
    header.put("format", "json-pages-1.0");
    header.put("id", "pages");
    header.put("title", "All Pages");
    out.append(JSON.writeValueAsString(header)).append('\n');
    int i = 0;
    for (Page p : pages) {
      ObjectNode page = JSON.createObjectNode();
      page.put("id", String.format(java.util.Locale.ROOT, "p%06d", ++i));
      page.put("url", p.url());
      page.put("ts", p.capturedAt().toString());
      if (p.title() != null) {
        page.put("title", p.title());
      }
      out.append(JSON.writeValueAsString(page)).append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static ObjectNode stored(ZipOutputStream zip, String name, Path file)
      throws IOException {
    CRC32 crc = new CRC32();
    MessageDigest sha = sha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[64 * 1024];
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        crc.update(buf, 0, n);
        sha.update(buf, 0, n);
      }
    }
    long size = Files.size(file);
    ZipEntry e = new ZipEntry(name);
    e.setMethod(ZipEntry.STORED);
    e.setSize(size);
    e.setCompressedSize(size);
    e.setCrc(crc.getValue());
    zip.putNextEntry(e);
    Files.copy(file, zip);
    zip.closeEntry();
    return resource(name, sha.digest(), size);
  }

  private static ObjectNode deflated(ZipOutputStream zip, String name, byte[] bytes)
      throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
    return resource(name, sha256().digest(bytes), bytes.length);
  }

  private static ObjectNode resource(String path, byte[] sha, long bytes) {
    ObjectNode r = JSON.createObjectNode();
    r.put("name", path.substring(path.lastIndexOf('/') + 1));
    r.put("path", path);
    r.put("hash", "sha256:" + HexFormat.of().formatHex(sha));
    r.put("bytes", bytes);
    return r;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
