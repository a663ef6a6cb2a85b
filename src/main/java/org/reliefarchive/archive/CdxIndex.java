package org.reliefarchive.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.URIs;

/**
 * The CDXJ index of the whole archive, {@code index.cdxj} beside the WARC files: one line per
 * HTTP response or revisit record, {@code SURT timestamp {json}} with the fields pywb and jwarc
 * write ({@code url}, {@code mime}, {@code status}, {@code digest}, {@code length},
 * {@code offset}, {@code filename}), sorted as pywb and OutbackCDX expect. Written whole from
 * the {@link CaptureLedger}, which every crawl and import keeps up to date, so it can always be
 * deleted and written again.
 */
public final class CdxIndex {
  /** File name of the index in the archive directory. */
  public static final String FILE_NAME = "index.cdxj";
  /** The media type CDX indexes give a revisit record. */
  public static final String REVISIT_MIME = "warc/revisit";

  /** 14-digit WARC/CDX time stamp, UTC. */
  public static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();

  private CdxIndex() {}

  /** The media type of a Content-Type header without parameters, as CDX indexes give it. */
  public static String mime(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return MediaType.OCTET_STREAM.toString();
    }
    return MediaType.parseLeniently(contentType).base().toString();
  }

  /** The SURT key of {@code url} as pywb and jwarc write it. */
  public static String key(String url) {
    return URIs.toNormalizedSurt(url);
  }

  /** The CDXJ line of one capture (without line break). */
  public static String line(LedgerEntry e) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("url", e.url());
    fields.put("mime", e.mime() == null ? "unk" : e.mime());
    fields.put("status", String.valueOf(e.status()));
    if (e.digest() != null) {
      fields.put("digest", e.digest());
    }
    fields.put("length", String.valueOf(e.end() - e.offset()));
    fields.put("offset", String.valueOf(e.offset()));
    fields.put("filename", e.file());
    try {
      return key(e.url()) + " " + timestamp(e.date()) + " " + JSON.writeValueAsString(fields);
    } catch (IOException ex) {
      throw new IllegalStateException("cannot write JSON of plain strings", ex);
    }
  }

  /** The 14-digit time stamp of {@code instant}. */
  public static String timestamp(Instant instant) {
    return TIMESTAMP.format(instant);
  }

  /**
   * Writes the index of every capture of {@code ledger} to {@code dir}/{@value #FILE_NAME},
   * sorted, through a temporary file so a reader never sees half an index.
   *
   * @return the number of lines written
   * @throws IOException if the ledger cannot be read or the index written
   */
  public static int write(CaptureLedger ledger, Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    ledger.forEachSince(Instant.EPOCH, e -> {
      if (e.end() > e.offset()) {
        lines.add(line(e));
      }
    });
    lines.sort(null);
    Path tmp = dir.resolve(FILE_NAME + ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (String l : lines) {
        w.write(l);
        w.write('\n');
      }
    }
    Files.move(tmp, dir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    return lines.size();
  }
}
