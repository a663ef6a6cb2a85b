package org.reliefarchive.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.reliefarchive.archive.ArchivedPage;
import org.reliefarchive.archive.CaptureLedger;
import org.reliefarchive.archive.ImportedFiles;
import org.reliefarchive.archive.LedgerEntry;
import org.reliefarchive.archive.WarcArchive;
import org.reliefarchive.archive.WarcArchiveReader;
import org.reliefarchive.crawl.IngestOutcome;
import org.reliefarchive.index.ReportIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports WARC and ARC files made by other tools: every response record goes through the same
 * {@link ImportFilter} and {@link Ingest} as a crawl's pages, and every record is counted, by
 * type and, when it yields no report, by reason. A file is referenced where it lies (a link in
 * the archive directory, listed in {@link ImportedFiles}) or its accepted records are copied
 * into the archive's own WARC files. The index is committed and the file's checkpoint saved
 * every few seconds, so a killed import resumes where it stopped; a file imported whole is not
 * read again.
 */
public final class WarcImport {
  private static final Logger LOG = LoggerFactory.getLogger(WarcImport.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final long CHECKPOINT_NANOS = 5_000_000_000L;

  private final WarcArchive archive;
  private final ImportedFiles imported;
  private final Ingest ingest;
  private final ReportIndex index;
  private final ImportFilter filter;
  private final Clock clock;
  private final AtomicLong records = new AtomicLong();
  private final AtomicLong reports = new AtomicLong();
  private final AtomicLong revisits = new AtomicLong();
  private final ImportFilter.Counts types = new ImportFilter.Counts();
  private final ImportFilter.Counts skipped = new ImportFilter.Counts();
  private final Map<String, String> fileNotes = new TreeMap<>();

  /**
   * @param archive the archive the files join (its directory, its ledger, its writer for copies)
   * @param imported the list of imported files of that archive
   * @param ingest extract → enrich → index, with the capture history loaded
   * @param index the index the ingest writes, committed at each checkpoint
   * @param filter the portal mapping and reasons to turn a capture away
   * @param clock names new links
   */
  public WarcImport(WarcArchive archive, ImportedFiles imported, Ingest ingest,
      ReportIndex index, ImportFilter filter, Clock clock) {
    this.archive = archive;
    this.imported = imported;
    this.ingest = ingest;
    this.index = index;
    this.filter = filter;
    this.clock = clock;
  }

  /** Records read so far (for a progress bar). */
  public long records() {
    return records.get();
  }

  /** Reports indexed so far (new, changed or unchanged versions). */
  public long reports() {
    return reports.get();
  }

  /** Revisit records added to their report as later captures of an unchanged payload. */
  public long revisits() {
    return revisits.get();
  }

  /** Records read, by WARC-Type. */
  public ImportFilter.Counts types() {
    return types;
  }

  /** Captures that made no report, by reason. */
  public ImportFilter.Counts skipped() {
    return skipped;
  }

  /** What happened to each file given, by its path: imported, resumed, already imported … */
  public Map<String, String> fileNotes() {
    return Map.copyOf(fileNotes);
  }

  /**
   * Imports one file, or resumes its import at the last checkpoint.
   *
   * @param file a WARC or ARC file, gzipped or not
   * @param portalId the portal of every record, or null to choose by URL
   * @param copy copy the accepted records into the archive's own files instead of linking
   * @return false when the file was damaged or could not be read (the records before the damage
   *     are imported)
   * @throws IOException when the index cannot be committed
   */
  public boolean importFile(Path file, String portalId, boolean copy) throws IOException {
    Path source = file.toAbsolutePath().normalize();
    long size = Files.size(source);
    ImportedFiles.Entry entry = imported.bySource(source.toString(), size);
    if (entry != null && entry.done()) {
      fileNotes.put(file.toString(), "already imported as " + entry.name());
      return true;
    }
    if (entry == null) {
      entry = new ImportedFiles.Entry(newName(source), source.toString(), size, portalId, copy,
          0, false);
      if (!copy) {
        Files.createSymbolicLink(archive.dir().resolve(entry.name()), source);
      }
      imported.put(entry);
      fileNotes.put(file.toString(), "imported as " + entry.name());
    } else {
      fileNotes.put(file.toString(), "resumed at offset " + entry.next() + " as "
          + entry.name());
      LOG.info("Resuming the import of {} at offset {}", source, entry.next());
    }
    ImportedFiles.Entry[] current = {entry};
    long[] lastCheckpoint = {System.nanoTime()};
    try {
      long end = WarcArchiveReader.records(source, current[0].name(), current[0].next(), r -> {
        if (System.nanoTime() - lastCheckpoint[0] > CHECKPOINT_NANOS) {
          checkpoint(current, r.offset());
          lastCheckpoint[0] = System.nanoTime();
        }
        records.incrementAndGet();
        types.add(r.type());
        if (r.capture() == null) {
          if (r.problem() != null) {
            skipped.add("not HTTP");
            LOG.debug("{} at {}: {}", source, r.offset(), r.problem());
          }
          return;
        }
        accept(r.capture(), current[0]);
      });
      index.commit();
      imported.put(current[0].at(end, true));
      if (!current[0].copied()) {
        archive.adopt(current[0].name());
      }
      return true;
    } catch (IOException | RuntimeException e) {
      if (Ingest.storageFailure(e) != null) {
        throw e;
      }
      LOG.warn("{}: stopped at a damaged or unreadable record: {}", source, e.toString());
      fileNotes.put(file.toString(), "damaged, read up to the damage as " + entry.name()
          + " (" + e.getMessage() + ")");
      index.commit();
      imported.put(current[0].at(current[0].next(), true));
      if (!current[0].copied()) {
        archive.adopt(current[0].name());
      }
      return false;
    }
  }

  private void accept(ArchivedPage capture, ImportedFiles.Entry entry) {
    ImportFilter.Decision d = filter.decide(capture, entry.portal());
    if (!d.accepted()) {
      skipped.add(d.reason());
      return;
    }
    ArchivedPage page = d.page();
    if (!page.isRevisit() && archivedAlready(page, entry.name())) {
      skipped.add(ImportFilter.DUPLICATE);
      return;
    }
    if (entry.copied()) {
      if (page.isRevisit()) {
        // the response it repeats was copied before: the copy refers to that copy
        CaptureLedger.UrlCaptures known = archive.ledger().captures(page.page().url());
        LedgerEntry original = known == null ? null : known.lastContent();
        java.time.Instant refersDate = page.refersTo() == null ? null : page.refersTo().date();
        if (original == null || !java.util.Objects.equals(original.digest(), page.payloadDigest())
            && (refersDate == null || !refersDate.equals(original.date()))) {
          skipped.add(ImportFilter.REVISIT);
          return;
        }
        page = archive.writeRevisit(page.page(), original);
      } else {
        page = archive.write(page.page());
      }
    }
    IngestOutcome outcome = ingest.accept(page);
    if (page.isRevisit() && outcome.kind() == IngestOutcome.Kind.UNCHANGED) {
      revisits.incrementAndGet();
      return;
    }
    switch (outcome.kind()) {
      case NEW, CHANGED, UNCHANGED -> reports.incrementAndGet();
      case EXTRACTION_FAILED -> skipped.add(outcome.reason());
      default -> skipped.add("already indexed");
    }
  }

  /** True when the archive's latest whole capture of the URL, in another file, is this payload. */
  private boolean archivedAlready(ArchivedPage page, String fileName) {
    CaptureLedger.UrlCaptures known = archive.ledger().captures(page.page().url());
    LedgerEntry last = known == null ? null : known.lastContent();
    return last != null && !last.file().equals(fileName)
        && WarcArchive.payloadDigest(page.page().body()).equals(last.digest());
  }

  private void checkpoint(ImportedFiles.Entry[] current, long next) {
    try {
      index.commit();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    current[0] = current[0].at(next, false);
    imported.put(current[0]);
  }

  private String newName(Path source) {
    String base = source.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
    if (!WarcArchiveReader.isWarcName(base)) {
      base = base + ".warc";
    }
    String name = "import-" + STAMP.format(clock.instant()) + "-" + base;
    for (int i = 2; imported.get(name) != null || Files.exists(archive.dir().resolve(name)); i++) {
      name = "import-" + STAMP.format(clock.instant()) + "-" + i + "-" + base;
    }
    return name;
  }
}
