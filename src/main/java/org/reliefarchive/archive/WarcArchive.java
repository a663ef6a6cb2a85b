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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
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
 *
 * <p>Several crawl workers may share one archive directory: a worker's files carry its tag
 * ({@code relief-w2-20261129…-00001.warc.gz}), it closes only its own files left open, and it
 * keeps its own capture ledger ({@code captures-w2.jsonl}) and CDX index ({@code index-w2.cdxj},
 * of its own files), so no file is written by two machines.
 */
public final class WarcArchive implements AutoCloseable {
  /** WARC header naming the portal of sources.yaml a capture belongs to. */
  public static final String PORTAL_HEADER = "ReliefArchive-Portal";
  /** WARC header naming what the crawler took the page for (article, list, other). */
  public static final String KIND_HEADER = "ReliefArchive-Page-Kind";
  /** WARC header of a revisit record: the file of the response record it refers to. */
  public static final String REFERS_FILE_HEADER = "ReliefArchive-Refers-To-File";
  /** WARC header of a revisit record: the offset of the response record it refers to. */
  public static final String REFERS_OFFSET_HEADER = "ReliefArchive-Refers-To-Offset";
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
  private final CaptureLedger ledger;
  private final CdxIndex cdx;
  /** The crawl worker's tag ({@code w2}), or null for the archive of one machine. */
  private final String worker;

  /** The name of a file a crawl worker wrote: its tag is group 1. */
  private static final Pattern WORKER_FILE =
      Pattern.compile(".*-(w\\d+)-\\d{17}-\\d{5}\\.warc(\\.gz)?(" + Pattern.quote(OPEN_SUFFIX)
          + ")?");

  /**
   * Opens the archive directory, creating it if needed, and closes files a killed run left open.
   *
   * @param config file naming, size and compression
   * @param dir the directory of WARC files
   * @param clock source of file time stamps
   * @throws ArchiveException if the directory cannot be created
   */
  public WarcArchive(ArchiveConfig config, Path dir, Clock clock) {
    this(config, dir, clock, null);
  }

  /**
   * Opens the archive directory for a crawl worker, or for one machine when {@code worker} is
   * null.
   *
   * @param worker the worker's tag ({@code w2}, letters and digits), put in its file names
   * @throws ArchiveException if the directory cannot be created
   */
  public WarcArchive(ArchiveConfig config, Path dir, Clock clock, String worker) {
    if (worker != null && !worker.matches("w\\d{1,4}")) {
      throw new IllegalArgumentException("worker is '" + worker + "'; allowed: w1, w2, ...");
    }
    this.config = config;
    this.dir = dir;
    this.clock = clock;
    this.worker = worker;
    try {
      Files.createDirectories(dir);
      recoverOpenFiles();
      this.ledger = CaptureLedger.open(dir, new WarcArchiveReader(dir).files(),
          worker == null ? CaptureLedger.FILE_NAME : "captures-" + worker + ".jsonl");
      this.cdx = worker == null ? new CdxIndex(dir)
          : new CdxIndex(dir, "index-" + worker, e -> isOwn(e.file()));
    } catch (IOException e) {
      throw new ArchiveException(dir, "cannot prepare the archive directory", e);
    }
  }

  /** What the archive holds, by URL; kept in step with every record written. */
  public CaptureLedger ledger() {
    return ledger;
  }

  /**
   * Whether this archive wrote (or, for one machine, may have written) the WARC file
   * {@code name}: a worker's own files carry its tag; the archive of one machine owns every file
   * without a worker's tag.
   */
  public boolean isOwn(String name) {
    java.util.regex.Matcher m = WORKER_FILE.matcher(name);
    return worker == null ? !m.matches() : m.matches() && m.group(1).equals(worker);
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
    WarcDigest digest = sha1(page.body());
    URI recordId = URI.create("urn:uuid:" + UUID.randomUUID());
    try {
      WarcResponse.Builder record =
          new WarcResponse.Builder(page.url())
              .recordId(recordId)
              .date(page.fetchedAt())
              .payloadDigest(digest)
              .addHeader(KIND_HEADER, page.kind().key())
              .body(http(page, page.body()));
      if (page.portalId() != null) {
        record.addHeader(PORTAL_HEADER, page.portalId());
      }
      if (page.truncated()) {
        record.truncated(page.truncation().warc());
      }
      long[] at = append(record.build(), page);
      ArchivedPage archived = new ArchivedPage(
          page, finalName(openFile), at[0], recordId.toString(), digest.prefixedBase32());
      remember(archived, at[1], null);
      return archived;
    } catch (IOException e) {
      throw new ArchiveException(openFile, "cannot write record for " + page.url(), e);
    }
  }

  /**
   * Appends a {@code revisit} record: the page was fetched again and its payload is the one of
   * {@code original}, either because the digests are equal or because the server answered 304
   * Not Modified. The record holds the HTTP headers only.
   *
   * @param page the new fetch (status 200 with the same payload, or 304)
   * @param original the earlier whole response of the same URL
   * @return where it was written; the returned page keeps the fetched body
   * @throws ArchiveException if the file cannot be written
   */
  public synchronized ArchivedPage writeRevisit(FetchedPage page, LedgerEntry original) {
    boolean notModified = page.status() == 304;
    URI recordId = URI.create("urn:uuid:" + UUID.randomUUID());
    try {
      URI profile = notModified ? WarcRevisit.SERVER_NOT_MODIFIED_1_1
          : WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1;
      WarcRevisit.Builder record =
          new WarcRevisit.Builder(page.url(), profile)
              .recordId(recordId)
              .date(page.fetchedAt())
              .refersTo(URI.create(original.id()), original.url(), original.date())
              .addHeader(KIND_HEADER, page.kind().key())
              .addHeader(REFERS_FILE_HEADER, original.file())
              .addHeader(REFERS_OFFSET_HEADER, String.valueOf(original.offset()))
              .body(http(page, new byte[0]));
      if (original.digest() != null) {
        record.payloadDigest(new WarcDigest(original.digest()));
      }
      if (page.portalId() != null) {
        record.addHeader(PORTAL_HEADER, page.portalId());
      }
      long[] at = append(record.build(), page);
      RecordRef ref = original.ref();
      ArchivedPage archived = new ArchivedPage(page, finalName(openFile), at[0],
          recordId.toString(), original.digest(), ArchivedPage.REVISIT, ref);
      remember(archived, at[1], original);
      return archived;
    } catch (IOException e) {
      throw new ArchiveException(openFile, "cannot write revisit record for " + page.url(), e);
    }
  }

  private HttpResponse http(FetchedPage page, byte[] body) {
    HttpResponse.Builder http = new HttpResponse.Builder(page.status(), reason(page.status()));
    for (HttpHeader h : page.headers()) {
      if (!DROPPED_HEADERS.contains(h.name().toLowerCase(Locale.ROOT))) {
        http.addHeader(h.name(), h.value());
      }
    }
    String contentType = page.contentType();
    MediaType mediaType =
        contentType == null ? MediaType.OCTET_STREAM : MediaType.parseLeniently(contentType);
    http.body(mediaType, body);
    if (contentType != null) {
      // keep the header exactly as the server sent it, not jwarc's normalised form
      http.setHeader("Content-Type", contentType);
    }
    return http.build();
  }

  /** Writes a record to the current file; returns its offset and the offset after it. */
  private long[] append(WarcRecord record, FetchedPage page)
      throws IOException {
    if (writer == null || writer.position() >= config.maxFileBytes()) {
      rotate();
    }
    long offset = writer.position();
    writer.write(record);
    written++;
    return new long[] {offset, writer.position()};
  }

  private void remember(ArchivedPage a, long end, LedgerEntry original) {
    FetchedPage p = a.page();
    try {
      ledger.append(new LedgerEntry(a.warcFile(), a.offset(), end, a.recordType(), p.url(),
          p.fetchedAt(), p.status(), p.portalId(), p.kind().key(), a.payloadDigest(),
          a.recordId(), p.truncated(), original == null ? null : original.file(),
          original == null ? -1 : original.offset(), p.header("ETag"),
          p.header("Last-Modified"), p.header("Location"), a.isRevisit() ? CdxIndex.REVISIT_MIME
              : CdxIndex.mime(p.contentType())));
    } catch (IOException e) {
      // the record is in the WARC file; the ledger is checked against it at the next start
      LOG.warn("Cannot append to the capture ledger: {}", e.toString());
    }
  }

  /**
   * Adds the captures of {@code name}, a file that joined the archive directory from elsewhere
   * (an imported file), to the ledger and so to the CDX index.
   *
   * @throws ArchiveException if the file cannot be read
   */
  public synchronized void adopt(String name) {
    Path file = dir.resolve(name);
    try {
      int n = ledger.adopt(file, name);
      LOG.info("{} captures of {} added to the capture ledger", n, name);
    } catch (IOException e) {
      throw new ArchiveException(file, "cannot read the records of an imported file", e);
    }
  }

  /**
   * Brings the CDXJ index of the archive ({@link CdxIndex}) up to date with the ledger: the
   * captures added since the last update become a segment of it. A failure is logged: the
   * index is derived data, brought up to date at the next close.
   */
  public synchronized void writeCdx() {
    try {
      CdxIndex.Update u = cdx.update(ledger);
      if (u.full()) {
        LOG.info("CDX index {} written: {} captures", dir.resolve(CdxIndex.FILE_NAME),
            u.lines());
      } else if (u.lines() > 0) {
        LOG.info("CDX index {}: {} captures added{}", dir.resolve(CdxIndex.FILE_NAME),
            u.lines(), u.merged() ? ", segments merged" : "");
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("Cannot write the CDX index in {}: {}", dir, e.toString());
    }
  }

  /** Closes the current file, renames it to its final name and writes the CDX index. */
  @Override
  public synchronized void close() {
    closeCurrent();
    writeCdx();
    try {
      ledger.close();
    } catch (IOException e) {
      LOG.warn("Cannot close the capture ledger: {}", e.toString());
    }
  }

  private void rotate() throws IOException {
    closeCurrent();
    serial++;
    String name =
        config.filePrefix() + (worker == null ? "" : "-" + worker) + "-"
            + STAMP.format(clock.instant()) + "-"
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
      // another worker's open file is being written on another machine right now
      for (Path p : files.filter(f -> f.getFileName().toString().endsWith(OPEN_SUFFIX)
          && isOwn(f.getFileName().toString())).toList()) {
        Path target = p.resolveSibling(finalName(p));
        if (Files.exists(target)) {
          LOG.warn("Leaving {} as it is: {} exists", p, target);
          continue;
        }
        WarcScanner.repair(p, finalName(p));
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

  /** The payload digest the archive records for {@code body} ("sha1:" + base32). */
  public static String payloadDigest(byte[] body) {
    return sha1(body).prefixedBase32();
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
