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
          if (record instanceof WarcResponse || record instanceof WarcRevisit) {
            consumer.accept(toPage(file, (WarcCaptureRecord) record));
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

  private static ArchivedPage toPage(Path file, WarcCaptureRecord response) throws IOException {
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
    try (InputStream in = http.body().stream()) {
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
    String name = file.getFileName().toString();
    if (name.endsWith(WarcArchive.OPEN_SUFFIX)) {
      name = name.substring(0, name.length() - WarcArchive.OPEN_SUFFIX.length());
    }
    String digest = response.payloadDigest().map(d -> d.prefixedBase32()).orElse(null);
    if (!revisit) {
      return new ArchivedPage(page, name, offset, response.id().toString(), digest);
    }
    WarcRevisit r = (WarcRevisit) response;
    RecordRef refersTo = new RecordRef(
        r.headers().first(WarcArchive.REFERS_FILE_HEADER).orElse(null),
        r.headers().first(WarcArchive.REFERS_OFFSET_HEADER).map(Long::parseLong).orElse(-1L),
        r.refersTo().map(Object::toString).orElse(null), r.refersToDate().orElse(null));
    return new ArchivedPage(page, name, offset, response.id().toString(), digest,
        ArchivedPage.REVISIT, refersTo);
  }

  private static boolean isWarc(Path p) {
    String n = p.getFileName().toString();
    return n.endsWith(".warc") || n.endsWith(".warc.gz")
        || n.endsWith(".warc" + WarcArchive.OPEN_SUFFIX)
        || n.endsWith(".warc.gz" + WarcArchive.OPEN_SUFFIX);
  }
}
