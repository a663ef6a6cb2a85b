package org.reliefarchive.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the archive holds, by URL, without the payloads: one JSON line per WARC response or
 * revisit record in {@code captures.jsonl} beside the WARC files, appended right after the
 * record is written. It is derived data: at open it is checked against the WARC files (a file
 * whose size differs from the end of its last known record is read again, entries of missing
 * files are dropped, a missing ledger is rebuilt from all files), so it survives a killed run
 * and can always be deleted. Thread-safe.
 */
public final class CaptureLedger implements AutoCloseable {
  /** File name of the ledger in the archive directory. */
  public static final String FILE_NAME = "captures.jsonl";

  private static final Logger LOG = LoggerFactory.getLogger(CaptureLedger.class);
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path file;
  private final Map<String, UrlCaptures> byUrl = new HashMap<>();
  private final java.util.Set<String> files = new java.util.HashSet<>();
  private Writer out;
  private long size;
  private boolean rewritten;

  private CaptureLedger(Path file) {
    this.file = file;
  }

  /**
   * What the archive knows of one URL.
   *
   * @param first its first capture
   * @param last its latest capture (any status)
   * @param lastContent its latest whole response with status 2xx, or null
   */
  public record UrlCaptures(LedgerEntry first, LedgerEntry last, LedgerEntry lastContent) {}

  /**
   * Opens the ledger of {@code dir}, reconciling it with the WARC files there.
   *
   * @param dir the archive directory
   * @param warcFiles the closed WARC files of the directory in archive order
   * @throws IOException if the ledger cannot be read or written
   */
  static CaptureLedger open(Path dir, List<Path> warcFiles) throws IOException {
    return open(dir, warcFiles, FILE_NAME);
  }

  /**
   * Opens the ledger {@code fileName} of {@code dir}: a crawl worker keeps its own
   * ({@code captures-w2.jsonl}), so machines sharing the archive directory never write one file.
   */
  static CaptureLedger open(Path dir, List<Path> warcFiles, String fileName) throws IOException {
    CaptureLedger ledger = new CaptureLedger(dir.resolve(fileName));
    ledger.load(warcFiles);
    return ledger;
  }

  private void load(List<Path> warcFiles) throws IOException {
    Map<String, List<LedgerEntry>> known = new LinkedHashMap<>();
    boolean rewrite = !Files.exists(file);
    int malformed = 0;
    if (Files.exists(file)) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          try {
            LedgerEntry e = JSON.readValue(line, LedgerEntry.class);
            known.computeIfAbsent(e.file(), k -> new ArrayList<>()).add(e);
          } catch (IOException e) {
            malformed++;
          }
        }
      }
    }
    if (malformed > 0) {
      LOG.warn("{}: {} unreadable lines (a run killed while writing?); checking the WARC files",
          file, malformed);
      rewrite = true;
    }
    List<LedgerEntry> all = new ArrayList<>();
    int rescanned = 0;
    for (Path warc : warcFiles) {
      String name = warc.getFileName().toString();
      List<LedgerEntry> entries = known.remove(name);
      if (entries != null) {
        entries.sort(Comparator.comparingLong(LedgerEntry::offset));
      }
      long fileSize = Files.size(warc);
      if (entries == null || entries.isEmpty()
          || entries.get(entries.size() - 1).end() != fileSize) {
        WarcScanner.Scan scan = WarcScanner.scan(warc, name);
        if (scan.damaged()) {
          LOG.warn("{}: damaged after offset {}; its records up to there are kept", name,
              scan.goodEnd());
        }
        if (!scan.entries().equals(entries == null ? List.of() : entries)) {
          rewrite = true;
          rescanned++;
        }
        entries = scan.entries();
      }
      all.addAll(entries);
    }
    if (!known.isEmpty()) {
      LOG.warn("{}: dropping entries of WARC files that are gone: {}", file, known.keySet());
      rewrite = true;
    }
    if (rewrite) {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        for (LedgerEntry e : all) {
          w.write(JSON.writeValueAsString(e));
          w.write('\n');
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      rewritten = true;
      LOG.info("Capture ledger {} written: {} captures ({} WARC files read again)", file,
          all.size(), rescanned);
    }
    all.forEach(this::remember);
    out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  /** Records one capture just written to the archive. */
  synchronized void append(LedgerEntry entry) throws IOException {
    out.write(JSON.writeValueAsString(entry));
    out.write('\n');
    // flushed per line: a killed run loses at most the line being written, and the check at
    // the next open finds that record in the WARC file
    out.flush();
    remember(entry);
  }

  /**
   * Adds the captures of a WARC file that joined the archive directory after the ledger was
   * opened (an imported file); a file the ledger knows already is left as it is.
   *
   * @return the captures added
   */
  synchronized int adopt(Path warc, String name) throws IOException {
    if (files.contains(name)) {
      return 0;
    }
    WarcScanner.Scan scan = WarcScanner.scan(warc, name);
    for (LedgerEntry e : scan.entries()) {
      append(e);
    }
    files.add(name);
    return scan.entries().size();
  }

  private void remember(LedgerEntry e) {
    files.add(e.file());
    size++;
    UrlCaptures prev = byUrl.get(e.url());
    LedgerEntry first = prev == null ? e : prev.first();
    LedgerEntry content = e.isContent() ? e : prev == null ? null : prev.lastContent();
    byUrl.put(e.url(), new UrlCaptures(first, e, content));
  }

  /** What the archive knows of {@code url}, or null when it was never captured. */
  public synchronized UrlCaptures captures(String url) {
    return byUrl.get(url);
  }

  /** Captures recorded. */
  public synchronized long size() {
    return size;
  }

  /** The latest capture of every URL of {@code portal} whose page kind is {@code kind}. */
  public synchronized List<UrlCaptures> urls(String portal, FetchedPage.PageKind kind) {
    List<UrlCaptures> out = new ArrayList<>();
    for (UrlCaptures c : byUrl.values()) {
      LedgerEntry last = c.last();
      if (portal.equals(last.portal()) && kind.key().equals(last.kind())) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * True when the ledger file was written anew when opened (missing, damaged, or out of step
   * with the WARC files): byte positions in it from before no longer hold.
   */
  public synchronized boolean rewrittenAtOpen() {
    return rewritten;
  }

  /**
   * Hands every capture recorded from byte {@code from} of the ledger file on (0: all of them)
   * to {@code consumer}, in archive order. The ledger only grows while it is open, so a reader
   * that keeps the returned position sees each capture once.
   *
   * @return the byte position after the last capture handed over
   */
  public long forEachFrom(long from, Consumer<LedgerEntry> consumer) throws IOException {
    long end;
    synchronized (this) {
      out.flush();
      end = Files.size(file);
    }
    if (from >= end) {
      return end;
    }
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
      ch.position(from);
      // bounded to the size seen after the flush: every line up to there is whole
      java.io.InputStream in = new Bounded(java.nio.channels.Channels.newInputStream(ch),
          end - from);
      BufferedReader lines = new BufferedReader(new java.io.InputStreamReader(in,
          StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        try {
          consumer.accept(JSON.readValue(line, LedgerEntry.class));
        } catch (IOException ex) {
          LOG.debug("{}: unreadable line skipped: {}", file, ex.getMessage());
        }
      }
    }
    return end;
  }

  /** Hands every capture made at or after {@code since} to {@code consumer}, in archive order. */
  public void forEachSince(Instant since, Consumer<LedgerEntry> consumer) throws IOException {
    synchronized (this) {
      out.flush();
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        LedgerEntry e;
        try {
          e = JSON.readValue(line, LedgerEntry.class);
        } catch (IOException ex) {
          continue;
        }
        if (e.date() != null && !e.date().isBefore(since)) {
          consumer.accept(e);
        }
      }
    }
  }

  /** At most {@code left} bytes of a stream. */
  private static final class Bounded extends java.io.FilterInputStream {
    private long left;

    Bounded(java.io.InputStream in, long left) {
      super(in);
      this.left = left;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (out != null) {
      out.close();
      out = null;
    }
  }
}
