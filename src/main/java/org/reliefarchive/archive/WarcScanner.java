package org.reliefarchive.archive;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the record headers of one WARC file into {@link LedgerEntry}s and finds where its last
 * complete record ends, so that a file a killed run left with half a record can be cut back to
 * its complete records.
 */
final class WarcScanner {
  private static final Logger LOG = LoggerFactory.getLogger(WarcScanner.class);

  private WarcScanner() {}

  /**
   * What one pass over a file found.
   *
   * @param entries its response and revisit records, in file order
   * @param goodEnd offset just after its last complete record
   * @param damaged true when something after {@code goodEnd} could not be read
   */
  record Scan(List<LedgerEntry> entries, long goodEnd, boolean damaged) {}

  /** Scans {@code file}; {@code name} is the name its entries carry. Never throws on damage. */
  static Scan scan(Path file, String name) throws IOException {
    List<LedgerEntry> entries = new ArrayList<>();
    long goodEnd = 0;
    boolean damaged = false;
    try (WarcReader reader = new WarcReader(file)) {
      reader.onWarning(w -> LOG.debug("{}: {}", file.getFileName(), w));
      Pending pending = null;
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          // reader.position() moves past a record only once it was read whole
          if (pending != null && reader.position() > pending.offset) {
            pending.finishInto(entries, reader.position());
            goodEnd = reader.position();
          }
          damaged = true;
          break;
        }
        if (pending != null) {
          pending.finishInto(entries, reader.position());
          pending = null;
        }
        goodEnd = reader.position();
        if (next.isEmpty()) {
          break;
        }
        WarcRecord record = next.get();
        try {
          pending = describe(record, name, reader.position());
        } catch (IOException | RuntimeException e) {
          damaged = true;
          break;
        }
        if (pending == null) {
          pending = new Pending(null, reader.position());
        }
      }
    } catch (IOException | RuntimeException e) {
      damaged = true;
    }
    return new Scan(entries, goodEnd, damaged);
  }

  /**
   * Cuts {@code file} back to its complete records when its end is damaged.
   *
   * @return the scan of what remains
   */
  static Scan repair(Path file, String name) throws IOException {
    Scan scan = scan(file, name);
    long size = Files.size(file);
    if (scan.damaged() && scan.goodEnd() < size) {
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
        ch.truncate(scan.goodEnd());
      }
      LOG.warn("{}: cut {} bytes of an incomplete last record written when a run was killed",
          file.getFileName(), size - scan.goodEnd());
      return new Scan(scan.entries(), scan.goodEnd(), false);
    }
    return scan;
  }

  private static Pending describe(WarcRecord record, String name, long offset)
      throws IOException {
    if (!WarcArchiveReader.isHttpCapture(record)) {
      record.body().consume();
      return null;
    }
    WarcCaptureRecord capture = (WarcCaptureRecord) record;
    HttpResponse http;
    try {
      http = record instanceof WarcResponse r ? r.http() : ((WarcRevisit) record).http();
    } catch (IOException | RuntimeException e) {
      // an HTTP block another tool wrote oddly: the record is whole, it just holds no capture
      LOG.debug("{} at {}: no HTTP response: {}", name, offset, e.toString());
      record.body().consume();
      return null;
    }
    MessageHeaders h = http.headers();
    MessageHeaders w = record.headers();
    boolean revisit = record instanceof WarcRevisit;
    LedgerEntry entry = new LedgerEntry(
        name, offset, -1, revisit ? ArchivedPage.REVISIT : ArchivedPage.RESPONSE,
        capture.target(), record.date(), http.status(),
        w.first(WarcArchive.PORTAL_HEADER).orElse(null),
        w.first(WarcArchive.KIND_HEADER).orElse(null),
        capture.payloadDigest().map(d -> d.prefixedBase32()).orElse(null),
        WarcArchiveReader.recordId(record, name, offset),
        record.truncated() != WarcTruncationReason.NOT_TRUNCATED,
        w.first(WarcArchive.REFERS_FILE_HEADER).orElse(null),
        w.first(WarcArchive.REFERS_OFFSET_HEADER).map(Long::parseLong).orElse(-1L),
        h.first("ETag").orElse(null), h.first("Last-Modified").orElse(null),
        h.first("Location").orElse(null),
        revisit ? CdxIndex.REVISIT_MIME : CdxIndex.mime(h.first("Content-Type").orElse(null)));
    // read the payload through, so a record cut short shows as damage here
    record.body().consume();
    return new Pending(entry, offset);
  }

  /** A record read whose end is known only once the next one starts. */
  private record Pending(LedgerEntry entry, long offset) {
    void finishInto(List<LedgerEntry> entries, long end) {
      if (entry == null) {
        return;
      }
      entries.add(new LedgerEntry(entry.file(), entry.offset(), end, entry.type(), entry.url(),
          entry.date(), entry.status(), entry.portal(), entry.kind(), entry.digest(), entry.id(),
          entry.truncated(), entry.refersFile(), entry.refersOffset(), entry.etag(),
          entry.lastModified(), entry.location(), entry.mime()));
    }
  }
}
