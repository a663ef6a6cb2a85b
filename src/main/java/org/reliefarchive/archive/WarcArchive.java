package org.reliefarchive.archive;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.reliefarchive.config.ArchiveConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends fetched responses to WARC files, one {@code response} record each, and starts a new
 * file when the current one passes the configured size. A file being written carries the suffix
 * {@code .open}; it is renamed when closed, and files left open by a killed run are closed on the
 * next start (their records up to the last complete one stay readable). Thread-safe.
 */
public final class WarcArchive implements AutoCloseable {
  /** WARC header naming the portal of sources.yaml a capture belongs to. */
  public static final String PORTAL_HEADER = "ReliefArchive-Portal";
  /** WARC header naming what the crawler took the page for (article, list, other). */
  public static final String KIND_HEADER = "ReliefArchive-Page-Kind";
  /** Suffix of a WARC file still being written. */
  public static final String OPEN_SUFFIX = ".open";

  private static final Logger LOG = LoggerFactory.getLogger(WarcArchive.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS", Locale.ROOT).withZone(ZoneOffset.UTC);
  // Hop-by-hop and encoding headers describe the transfer, not the payload we store.
  private static final Set<String> DROPPED_HEADERS =
      Set.of("content-encoding", "transfer-encoding", "content-length", "connection");

  private final ArchiveConfig config;
  private final Path dir;
  private final Clock clock;
  private WarcWriter writer;
  private Path openFile;
  private int serial;
  private long written;

  /**
   * Opens the archive directory, creating it if needed, and closes files a killed run left open.
   *
   * @param config file naming, size and compression
   * @param dir the directory of WARC files
   * @param clock source of file time stamps
   * @throws ArchiveException if the directory cannot be created
   */
  public WarcArchive(ArchiveConfig config, Path dir, Clock clock) {
    this.config = config;
    this.dir = dir;
    this.clock = clock;
    try {
      Files.createDirectories(dir);
      recoverOpenFiles();
    } catch (IOException e) {
      throw new ArchiveException(dir, "cannot prepare the archive directory", e);
    }
  }

  /** The directory of the WARC files. */
  public Path dir() {
    return dir;
  }

  /** Records written since this archive was opened. */
  public synchronized long written() {
    return written;
  }

  /**
   * Appends one response record.
   *
   * @return where it was written
   * @throws ArchiveException if the file cannot be written; the record is then not archived
   */
  public synchronized ArchivedPage write(FetchedPage page) {
    try {
      if (writer == null || writer.position() >= config.maxFileBytes()) {
        rotate();
      }
      long offset = writer.position();
      WarcDigest digest = sha1(page.body());
      HttpResponse.Builder http = new HttpResponse.Builder(page.status(), reason(page.status()));
      for (HttpHeader h : page.headers()) {
        if (!DROPPED_HEADERS.contains(h.name().toLowerCase(Locale.ROOT))) {
          http.addHeader(h.name(), h.value());
        }
      }
      String contentType = page.contentType();
      MediaType mediaType =
          contentType == null ? MediaType.OCTET_STREAM : MediaType.parseLeniently(contentType);
      http.body(mediaType, page.body());
      if (contentType != null) {
        // keep the header exactly as the server sent it, not jwarc's normalised form
        http.setHeader("Content-Type", contentType);
      }
      URI recordId = URI.create("urn:uuid:" + UUID.randomUUID());
      WarcResponse.Builder record =
          new WarcResponse.Builder(page.url())
              .recordId(recordId)
              .date(page.fetchedAt())
              .payloadDigest(digest)
              .addHeader(KIND_HEADER, page.kind().key())
              .body(http.build());
      if (page.portalId() != null) {
        record.addHeader(PORTAL_HEADER, page.portalId());
      }
      if (page.truncated()) {
        record.truncated(WarcTruncationReason.LENGTH);
      }
      writer.write(record.build());
      written++;
      return new ArchivedPage(
          page, finalName(openFile), offset, recordId.toString(), digest.prefixedBase32());
    } catch (IOException e) {
      throw new ArchiveException(openFile, "cannot write record for " + page.url(), e);
    }
  }

  /** Closes the current file and renames it to its final name. */
  @Override
  public synchronized void close() {
    closeCurrent();
  }

  private void rotate() throws IOException {
    closeCurrent();
    serial++;
    String name =
        config.filePrefix() + "-" + STAMP.format(clock.instant()) + "-"
            + String.format(Locale.ROOT, "%05d", serial)
            + (config.gzip() ? ".warc.gz" : ".warc") + OPEN_SUFFIX;
    openFile = dir.resolve(name);
    writer =
        new WarcWriter(
            Files.newByteChannel(
                openFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            config.gzip() ? WarcCompression.GZIP : WarcCompression.NONE);
    writer.write(
        new Warcinfo.Builder()
            .date(clock.instant())
            .filename(finalName(openFile))
            .fields(
                Map.of(
                    "software", List.of("ReliefArchive"),
                    "format", List.of("WARC File Format 1.1"),
                    "description", List.of("Relief-work reports from Chinese portals")))
            .build());
    LOG.info("Writing WARC file {}", openFile);
  }

  private void closeCurrent() {
    if (writer == null) {
      return;
    }
    try {
      writer.close();
      Files.move(openFile, openFile.resolveSibling(finalName(openFile)),
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.error("Cannot close WARC file {}: {}", openFile, e.toString());
    } finally {
      writer = null;
    }
  }

  private void recoverOpenFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.getFileName().toString().endsWith(OPEN_SUFFIX)).toList()) {
        Path target = p.resolveSibling(finalName(p));
        if (Files.exists(target)) {
          LOG.warn("Leaving {} as it is: {} exists", p, target);
          continue;
        }
        Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
        LOG.warn("Closed WARC file left open by an earlier run: {}", target);
      }
    }
  }

  private static String finalName(Path openPath) {
    String name = openPath.getFileName().toString();
    return name.endsWith(OPEN_SUFFIX)
        ? name.substring(0, name.length() - OPEN_SUFFIX.length())
        : name;
  }

  static WarcDigest sha1(byte[] body) {
    try {
      return new WarcDigest("sha1", MessageDigest.getInstance("SHA-1").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is missing from this JVM", e);
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 304 -> "Not Modified";
      case 404 -> "Not Found";
      case 410 -> "Gone";
      default -> "Status " + status;
    };
  }
}
