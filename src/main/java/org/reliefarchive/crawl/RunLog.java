package org.reliefarchive.crawl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history of crawl runs: one {@link CrawlReport} per finished run as a JSON line in
 * {@code runs.jsonl}, and a marker file while a run is under way, so the next start knows that
 * the last run was killed and since when its captures may be missing from the index. A line
 * that cannot be read (a run killed while writing it) is skipped. Thread-safe.
 *
 * <p>A crawl worker keeps its own log in the same directory ({@code runs-w2.jsonl} and
 * {@code RUNNING-w2}), so workers sharing the state directory never write one file, and
 * {@link #recent} reads the runs of every worker.
 */
public final class RunLog {
  private static final Logger LOG = LoggerFactory.getLogger(RunLog.class);
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The run logs of a state directory: one machine's, and each crawl worker's. */
  private static final java.util.regex.Pattern LOG_FILE =
      java.util.regex.Pattern.compile("runs(-w\\d+)?\\.jsonl");

  private final Path dir;
  private final Path runs;
  private final Path running;

  /**
   * @param dir the state directory; created when missing
   * @throws UncheckedIOException if it cannot be created
   */
  public RunLog(Path dir) {
    this(dir, null);
  }

  /**
   * The log of crawl worker {@code worker} ({@code w2}), or of one machine when null.
   *
   * @throws UncheckedIOException if the directory cannot be created
   */
  public RunLog(Path dir, String worker) {
    if (worker != null && !worker.matches("w\\d{1,4}")) {
      throw new IllegalArgumentException("worker is '" + worker + "'; allowed: w1, w2, ...");
    }
    this.dir = dir;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the crawl state directory " + dir, e);
    }
    this.runs = dir.resolve(worker == null ? "runs.jsonl" : "runs-" + worker + ".jsonl");
    this.running = dir.resolve(worker == null ? "RUNNING" : "RUNNING-" + worker);
  }

  /** Notes that a run started at {@code start}. */
  public synchronized void started(Instant start) throws IOException {
    Path tmp = running.resolveSibling(running.getFileName() + ".tmp");
    // capture times are kept to the second: a capture of this second may predate start
    Files.writeString(tmp, start.truncatedTo(ChronoUnit.SECONDS).toString());
    Files.move(tmp, running, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The start of a run that never finished (killed), if there was one. */
  public synchronized Optional<Instant> unfinished() {
    if (!Files.exists(running)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(Files.readString(running).strip()));
    } catch (IOException | RuntimeException e) {
      LOG.warn("Unreadable {}: {}; treating every capture as possibly unindexed", running,
          e.toString());
      return Optional.of(Instant.EPOCH);
    }
  }

  /** Appends the report of a finished run and clears the under-way marker. */
  public synchronized void finished(CrawlReport report) throws IOException {
    try (Writer w = Files.newBufferedWriter(runs, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      w.write(JSON.writeValueAsString(report));
      w.write('\n');
    }
    Files.deleteIfExists(running);
  }

  /** Clears the under-way marker without a report (the captures were indexed another way). */
  public synchronized void cleared() throws IOException {
    Files.deleteIfExists(running);
  }

  /**
   * The latest {@code limit} runs of every log in the directory (this machine's or worker's,
   * and every other worker's), newest first by their end.
   */
  public synchronized List<CrawlReport> recent(int limit) {
    List<Path> logs;
    try (java.util.stream.Stream<Path> s = Files.list(dir)) {
      logs = s.filter(p -> LOG_FILE.matcher(p.getFileName().toString()).matches()).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the crawl state directory " + dir, e);
    }
    if (logs.size() == 1) {
      return recent(logs.get(0), limit);
    }
    List<CrawlReport> all = new ArrayList<>();
    for (Path log : logs) {
      all.addAll(recent(log, limit));
    }
    // stable: within one log, the order of its lines (the order the runs ended) stays
    all.sort(java.util.Comparator.comparing(CrawlReport::finishedAt).reversed());
    return List.copyOf(all.subList(0, Math.min(limit, all.size())));
  }

  private static List<CrawlReport> recent(Path runs, int limit) {
    Deque<CrawlReport> last = new ArrayDeque<>();
    if (!Files.exists(runs)) {
      return List.of();
    }
    try (BufferedReader in = Files.newBufferedReader(runs, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        try {
          last.addLast(JSON.readValue(line, CrawlReport.class));
        } catch (IOException e) {
          LOG.warn("{}: skipping an unreadable line: {}", runs, e.getMessage());
          continue;
        }
        if (last.size() > limit) {
          last.removeFirst();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + runs, e);
    }
    List<CrawlReport> out = new ArrayList<>(last);
    Collections.reverse(out);
    return out;
  }
}
