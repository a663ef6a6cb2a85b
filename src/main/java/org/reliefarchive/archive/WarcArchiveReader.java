package org.reliefarchive.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the response records back from a directory of WARC files, oldest file first. A damaged
 * file (a run killed mid-record, say) is read up to its last complete record, reported, and the
 * other files are still read.
 */
public final class WarcArchiveReader {
  private static final Logger LOG = LoggerFactory.getLogger(WarcArchiveReader.class);

  private final Path dir;

  /** @param dir the directory of WARC files */
  public WarcArchiveReader(Path dir) {
    this.dir = dir;
  }

  /** Counts of one pass over the archive. */
  public record ReadStats(int files, long records, long damagedFiles) {}

  /** The WARC files of the directory in the order they were written. */
  public List<Path> files() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(WarcArchiveReader::isWarc).sorted().toList();
    } catch (IOException e) {
      throw new ArchiveException(dir, "cannot list the archive directory", e);
    }
  }

  /**
   * Hands every response and revisit record to {@code consumer}, in archive order.
   *
   * @return how many files and records were read, and how many files were damaged
   */
  public ReadStats forEach(Consumer<ArchivedPage> consumer) {
    List<Path> files = files();
    long records = 0;
    long damaged = 0;
    for (Path file : files) {
      try (WarcReader reader = new WarcReader(file)) {
        reader.onWarning(w -> LOG.warn("{}: {}", file.getFileName(), w));
        for (WarcRecord record : reader) {
          if (isHttpCapture(record)) {
            ArchivedPage page;
            try {
              page = toPage(file, (WarcCaptureRecord) record);
            } catch (org.netpreserve.jwarc.ParsingException | IllegalArgumentException e) {
              // one record a foreign tool wrote oddly (an HTTP block that does not parse)
              LOG.warn("{}: record at offset {} left out: {}", file.getFileName(),
                  record instanceof WarcCaptureRecord c ? c.position() : -1, e.toString());
              continue;
            }
            consumer.accept(page);
            records++;
          }
        }
      } catch (IOException | RuntimeException e) {
        damaged++;
        LOG.warn("{}: stopped reading at a damaged record: {}", file.getFileName(), e.toString());
      }
    }
    return new ReadStats(files.size(), records, damaged);
  }

  /**
   * Reads the record at {@code offset} of {@code warcFile}.
   *
   * @throws ArchiveException if there is no response record there
   */
  public ArchivedPage read(String warcFile, long offset) {
    if (warcFile.contains("/") || warcFile.contains("\\") || warcFile.startsWith(".")) {
      throw new IllegalArgumentException("warcFile must be a plain file name: " + warcFile);
    }
    Path file = dir.resolve(warcFile);
    if (!Files.exists(file)) {
      file = dir.resolve(warcFile + WarcArchive.OPEN_SUFFIX);
    }
    try (WarcReader reader = new WarcReader(file)) {
      reader.position(offset);
      WarcRecord record = reader.next().orElse(null);
      if (record instanceof WarcResponse || record instanceof WarcRevisit) {
        return toPage(file, (WarcCaptureRecord) record);
      }
      throw new ArchiveException(file, "no response record at offset " + offset, null);
    } catch (IOException e) {
      throw new ArchiveException(file, "cannot read offset " + offset, e);
    }
  }

  /**
   * One record of a file as {@link #records} reads it.
   *
   * @param type its WARC-Type (response, revisit, request, warcinfo, metadata, resource …)
   * @param offset byte offset of the record
   * @param capture the record as a page when it is a response or revisit of an HTTP exchange,
   *     else null
   * @param problem why a response or revisit record could not be read as one, else null
   */
  public record FileRecord(String type, long offset, ArchivedPage capture, String problem) {}

  /**
   * Reads every record of {@code file} from {@code from} on, whatever tool wrote it (WARC 1.0 or
   * 1.1, ARC, gzipped or not), and hands each to {@code consumer} with its offset.
   *
   * @param name the name the pages carry as their WARC file (the archive's name for the file)
   * @return the offset after the last record read
   * @throws IOException when the file cannot be opened or a record is damaged; the records
   *     before it were handed over
   */
  public static long records(Path file, String name, long from, Consumer<FileRecord> consumer)
      throws IOException {
    try (WarcReader reader = new WarcReader(file)) {
      reader.onWarning(w -> LOG.debug("{}: {}", file.getFileName(), w));
      if (from > 0) {
        reader.position(from);
      }
      for (WarcRecord record = reader.next().orElse(null); record != null;
          record = reader.next().orElse(null)) {
        long offset = record instanceof WarcCaptureRecord c ? c.position() : reader.position();
        ArchivedPage page = null;
        String problem = null;
        if (isHttpCapture(record)) {
          try {
            page = toPage(file, name, (WarcCaptureRecord) record);
          } catch (org.netpreserve.jwarc.ParsingException | IllegalArgumentException e) {
            problem = e.getClass().getSimpleName() + ": " + e.getMessage();
          }
        } else if (record instanceof WarcResponse || record instanceof WarcRevisit) {
          problem = "not an HTTP exchange (" + record.contentType().base() + ")";
        }
        consumer.accept(new FileRecord(record.type(), offset, page, problem));
      }
      return reader.position();
    }
  }

  /** A response or revisit record whose block is an HTTP response (not dns:, not a file). */
  static boolean isHttpCapture(WarcRecord record) {
    if (!(record instanceof WarcResponse) && !(record instanceof WarcRevisit)) {
      return false;
    }
    String target = ((WarcCaptureRecord) record).target();
    if (target == null || !(target.startsWith("http:") || target.startsWith("https:"))) {
      return false;
    }
    // a revisit may carry no block at all; a response must be application/http
    return record instanceof WarcRevisit
        || "application/http".equals(record.contentType().base().toString());
  }

  private static ArchivedPage toPage(Path file, WarcCaptureRecord response) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(WarcArchive.OPEN_SUFFIX)) {
      name = name.substring(0, name.length() - WarcArchive.OPEN_SUFFIX.length());
    }
    return toPage(file, name, response);
  }

  private static ArchivedPage toPage(Path file, String name, WarcCaptureRecord response)
      throws IOException {
    long offset = response.position();
    boolean revisit = response instanceof WarcRevisit;
    HttpResponse http = revisit ? ((WarcRevisit) response).http()
        : ((WarcResponse) response).http();
    List<HttpHeader> headers = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : http.headers().map().entrySet()) {
      for (String v : e.getValue()) {
        headers.add(new HttpHeader(e.getKey(), v));
      }
    }
    byte[] body;
    // other tools keep the payload as sent (gzip, deflate, br); ours is stored decoded already
    try (InputStream in = decoded(http).stream()) {
      body = in.readAllBytes();
    }
    Instant date = response.date();
    FetchedPage page =
        new FetchedPage(
            response.target(),
            date,
            http.status(),
            headers,
            body,
            Truncation.of(response.truncated()),
            response.headers().first(WarcArchive.PORTAL_HEADER).orElse(null),
            FetchedPage.PageKind.fromKey(
                response.headers().first(WarcArchive.KIND_HEADER).orElse(null)));
    String digest = response.payloadDigest().map(d -> d.prefixedBase32()).orElse(null);
    if (!revisit) {
      return new ArchivedPage(page, name, offset, recordId(response, name, offset), digest);
    }
    WarcRevisit r = (WarcRevisit) response;
    RecordRef refersTo = new RecordRef(
        r.headers().first(WarcArchive.REFERS_FILE_HEADER).orElse(null),
        r.headers().first(WarcArchive.REFERS_OFFSET_HEADER).map(Long::parseLong).orElse(-1L),
        r.refersTo().map(Object::toString).orElse(null), r.refersToDate().orElse(null));
    return new ArchivedPage(page, name, offset, recordId(response, name, offset), digest,
        ArchivedPage.REVISIT, refersTo);
  }

  private static org.netpreserve.jwarc.MessageBody decoded(HttpResponse http) throws IOException {
    if (http.headers().first("Content-Encoding").isEmpty()) {
      return http.body();
    }
    try {
      return http.bodyDecoded();
    } catch (IOException | RuntimeException e) {
      LOG.debug("payload left encoded: {}", e.toString());
      return http.body();
    }
  }

  /**
   * The WARC-Record-ID of {@code record}; an ARC record has none, and is named by its file and
   * offset instead.
   */
  static String recordId(WarcRecord record, String fileName, long offset) {
    return record.headers().first("WARC-Record-ID")
        .map(id -> id.startsWith("<") && id.endsWith(">") ? id.substring(1, id.length() - 1) : id)
        .orElse("urn:arc:" + fileName + ":" + offset);
  }

  /** True for the name of a WARC or ARC file, gzipped or not, closed or still open. */
  public static boolean isWarcName(String n) {
    return n.endsWith(".warc") || n.endsWith(".warc.gz") || n.endsWith(".arc")
        || n.endsWith(".arc.gz")
        || n.endsWith(".warc" + WarcArchive.OPEN_SUFFIX)
        || n.endsWith(".warc.gz" + WarcArchive.OPEN_SUFFIX);
  }

  private static boolean isWarc(Path p) {
    return isWarcName(p.getFileName().toString());
  }
}
