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
 * The CDXJ index of the whole archive beside the WARC files: one line per HTTP response or
 * revisit record, {@code SURT timestamp {json}} with the fields pywb and jwarc write
 * ({@code url}, {@code mime}, {@code status}, {@code digest}, {@code length}, {@code offset},
 * {@code filename}), sorted as pywb and OutbackCDX expect. It is a sorted base file,
 * {@code index.cdxj}, and sorted segments beside it ({@code index-NNNNNN.cdxj}), one per run
 * that added captures, merged into the base now and then: a run's end writes only what it added,
 * not the whole index. All of it derives from the {@link CaptureLedger}, so it can always be
 * deleted and written again.
 *
 * <p>A crawl worker sharing the archive directory with others keeps an index of its own files
 * only, {@code index-w2.cdxj} with segments {@code index-w2-NNNNNN.cdxj}; readers ({@link
 * #files}, {@link #readAll}, the CDX API) take every index of the directory together.
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
   * sorted, through a temporary file so a reader never sees half an index, and removes the
   * segments beside it.
   *
   * @return the number of lines written
   * @throws IOException if the ledger cannot be read or the index written
   */
  public static int write(CaptureLedger ledger, Path dir) throws IOException {
    return new CdxIndex(dir).rewrite(ledger);
  }

  /** Base files and segments of every index of an archive directory (workers' too). */
  private static final java.util.regex.Pattern ANY_INDEX =
      java.util.regex.Pattern.compile("index(-w\\d+)?(-\\d{6})?\\.cdxj");

  /**
   * Brings the index up to date with the captures the ledger recorded since the last update:
   * they become a new sorted segment ({@code index-NNNNNN.cdxj}) beside {@value #FILE_NAME},
   * and the segments are merged into it once there are {@value #MAX_SEGMENTS} of them or they
   * hold as many lines as it does. The first update of a process writes the whole index instead
   * when the index and its state file do not match the ledger (a killed merge, a ledger written
   * anew at open, files deleted by hand).
   *
   * @return what was done
   * @throws IOException if the ledger cannot be read or the index written
   */
  public synchronized Update update(CaptureLedger ledger) throws IOException {
    State state = checked ? State.read(dir, stateFile()) : consistent(ledger);
    checked = true;
    if (state == null) {
      int n = rewrite(ledger);
      return new Update(n, true, false);
    }
    List<String> lines = new ArrayList<>();
    long end = ledger.forEachFrom(state.ledgerBytes(), e -> {
      if (e.end() > e.offset() && covered.test(e)) {
        lines.add(line(e));
      }
    });
    if (lines.isEmpty()) {
      new State(end, state.baseBytes(), state.baseLines(), state.segments(),
          state.segmentLines(), state.next()).write(dir, stateFile());
      return new Update(0, false, false);
    }
    lines.sort(null);
    String file = String.format(Locale.ROOT, "%s-%06d.cdxj", name, state.next());
    writeSorted(lines, dir.resolve(file));
    List<String> segments = new ArrayList<>(state.segments());
    segments.add(file);
    List<Integer> segmentLines = new ArrayList<>(state.segmentLines());
    segmentLines.add(lines.size());
    State next = new State(end, state.baseBytes(), state.baseLines(), segments, segmentLines,
        state.next() + 1);
    int inSegments = segmentLines.stream().mapToInt(Integer::intValue).sum();
    if (segments.size() >= MAX_SEGMENTS || inSegments >= next.baseLines()) {
      next = merge(next);
      next.write(dir, stateFile());
      return new Update(lines.size(), false, true);
    }
    next.write(dir, stateFile());
    return new Update(lines.size(), false, false);
  }

  /**
   * What one {@link #update} did.
   *
   * @param lines lines written (the whole index when {@code full}, else the new segment's)
   * @param full the whole index was written from the ledger
   * @param merged the segments were merged into {@value #FILE_NAME}
   */
  public record Update(int lines, boolean full, boolean merged) {}

  /**
   * Every index of the directory as it stands: {@value #FILE_NAME} and its segments, then the
   * crawl workers' indexes and their segments, in name order.
   */
  public static List<Path> files(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    if (Files.exists(dir.resolve(FILE_NAME))) {
      out.add(dir.resolve(FILE_NAME));
    }
    if (Files.isDirectory(dir)) {
      try (java.util.stream.Stream<Path> s = Files.list(dir)) {
        s.filter(p -> !p.getFileName().toString().equals(FILE_NAME)
            && ANY_INDEX.matcher(p.getFileName().toString()).matches()).sorted()
            .forEach(out::add);
      }
    }
    return out;
  }

  /**
   * Every line of every index of the directory, sorted, each once (the index of a process that
   * read the whole shared directory repeats the lines of the workers' indexes).
   */
  public static List<String> readAll(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    for (Path f : files(dir)) {
      out.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
    }
    out.sort(null);
    List<String> distinct = new ArrayList<>(out.size());
    for (String line : out) {
      if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals(line)) {
        distinct.add(line);
      }
    }
    return distinct;
  }

  /** Segments kept before they are merged into the base file. */
  static final int MAX_SEGMENTS = 8;

  private final Path dir;
  /** Name of the base file without {@code .cdxj}: {@code index}, or {@code index-w2}. */
  private final String name;
  private final java.util.regex.Pattern segment;
  private final java.util.function.Predicate<LedgerEntry> covered;
  private boolean checked;

  /** @param dir the archive directory the index lives in */
  public CdxIndex(Path dir) {
    this(dir, "index", e -> true);
  }

  /**
   * An index of part of the ledger under its own name, for a crawl worker.
   *
   * @param dir the archive directory
   * @param name the base file's name without {@code .cdxj} ({@code index-w2})
   * @param covered the captures it holds (those in the worker's own files)
   */
  CdxIndex(Path dir, String name, java.util.function.Predicate<LedgerEntry> covered) {
    this.dir = dir;
    this.name = name;
    this.segment = java.util.regex.Pattern.compile(
        java.util.regex.Pattern.quote(name) + "-\\d{6}\\.cdxj");
    this.covered = covered;
  }

  /** The base file of this index. */
  Path base() {
    return dir.resolve(name + ".cdxj");
  }

  private String stateFile() {
    return name + ".cdxj.state";
  }

  /** This index's base file and segments. */
  private List<Path> ownFiles() throws IOException {
    List<Path> out = new ArrayList<>();
    if (Files.exists(base())) {
      out.add(base());
    }
    try (java.util.stream.Stream<Path> s = Files.list(dir)) {
      s.filter(p -> segment.matcher(p.getFileName().toString()).matches()).sorted()
          .forEach(out::add);
    }
    return out;
  }

  /** The state when the files on disk are what it says and the ledger's positions hold. */
  private State consistent(CaptureLedger ledger) throws IOException {
    State state = State.read(dir, stateFile());
    Path base = base();
    if (state == null || ledger.rewrittenAtOpen() || !Files.exists(base)
        || Files.size(base) != state.baseBytes()) {
      return null;
    }
    List<String> onDisk = new ArrayList<>();
    for (Path f : ownFiles()) {
      if (!f.equals(base)) {
        onDisk.add(f.getFileName().toString());
      }
    }
    return onDisk.equals(state.segments()) ? state : null;
  }

  private int rewrite(CaptureLedger ledger) throws IOException {
    List<String> lines = new ArrayList<>();
    long end = ledger.forEachFrom(0, e -> {
      if (e.end() > e.offset() && covered.test(e)) {
        lines.add(line(e));
      }
    });
    lines.sort(null);
    Path base = base();
    writeSorted(lines, base);
    deleteSegments();
    new State(end, Files.size(base), lines.size(), List.of(), List.of(), 1)
        .write(dir, stateFile());
    return lines.size();
  }

  /** Merges base and segments, each sorted, into a new base file, line by line. */
  private State merge(State state) throws IOException {
    List<Path> inputs = new ArrayList<>();
    Path base = base();
    if (Files.exists(base)) {
      inputs.add(base);
    }
    for (String s : state.segments()) {
      inputs.add(dir.resolve(s));
    }
    List<java.io.BufferedReader> readers = new ArrayList<>();
    java.util.PriorityQueue<Object[]> heads = new java.util.PriorityQueue<>(
        (a, b) -> ((String) a[0]).compareTo((String) b[0]));
    Path tmp = dir.resolve(name + ".cdxj.tmp");
    int n = 0;
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (Path p : inputs) {
        java.io.BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8);
        readers.add(r);
        String first = r.readLine();
        if (first != null) {
          heads.add(new Object[] {first, r});
        }
      }
      String last = null;
      while (!heads.isEmpty()) {
        Object[] head = heads.poll();
        String l = (String) head[0];
        if (!l.isBlank() && !l.equals(last)) {
          w.write(l);
          w.write('\n');
          n++;
          last = l;
        }
        java.io.BufferedReader r = (java.io.BufferedReader) head[1];
        String following = r.readLine();
        if (following != null) {
          heads.add(new Object[] {following, r});
        }
      }
    } finally {
      for (java.io.BufferedReader r : readers) {
        r.close();
      }
    }
    Files.move(tmp, base, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    // killed here, the state names segments the base holds already: the next process sees the
    // base's size differ from the state's and writes the whole index again
    deleteSegments();
    return new State(state.ledgerBytes(), Files.size(base), n, List.of(), List.of(),
        state.next());
  }

  private void deleteSegments() throws IOException {
    for (Path f : ownFiles()) {
      if (!f.equals(base())) {
        Files.deleteIfExists(f);
      }
    }
  }

  private static void writeSorted(List<String> lines, Path target) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      for (String l : lines) {
        w.write(l);
        w.write('\n');
      }
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * What the index covers, in {@code index.cdxj.state} (a worker's: {@code index-w2.cdxj.state}).
   *
   * @param ledgerBytes the ledger's captures up to this byte are in the index
   * @param baseBytes size of the base file
   * @param baseLines lines of the base file
   * @param segments segment files, oldest first
   * @param segmentLines lines of each segment
   * @param next number of the next segment
   */
  record State(long ledgerBytes, long baseBytes, int baseLines, List<String> segments,
      List<Integer> segmentLines, int next) {
    static State read(Path dir, String stateFile) {
      Path f = dir.resolve(stateFile);
      if (!Files.exists(f)) {
        return null;
      }
      try {
        return JSON.readValue(f.toFile(), State.class);
      } catch (IOException e) {
        return null;
      }
    }

    void write(Path dir, String stateFile) throws IOException {
      Path tmp = dir.resolve(stateFile + ".tmp");
      JSON.writeValue(tmp.toFile(), this);
      Files.move(tmp, dir.resolve(stateFile), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    }
  }
}
