package org.reliefarchive.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.reliefarchive.archive.ArchivedPage;
import org.reliefarchive.archive.FetchedPage;
import org.reliefarchive.archive.ImportedFiles;
import org.reliefarchive.archive.WarcArchiveReader;
import org.reliefarchive.crawl.IngestOutcome;
import org.reliefarchive.ingest.ImportFilter;
import org.reliefarchive.ingest.OrderedLanes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code reindex}: rebuild the index from the WARC archive alone. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = 
        "Rebuild the search index from the WARC archive alone, with no network: every "
        + "archived article page is extracted and indexed again, oldest capture first, so "
        + "the newest wins and every report gets back its capture history (versions, "
        + "revisits, takedowns).")
final class ReindexCommand implements Callable<Integer> {
  @ParentCommand ReliefArchiveCommand root;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    reindex(root.settings(), spec.commandLine().getOut());
    return 0;
  }

  /** What a rebuild read and indexed, and in how long. */
  record Rebuilt(long records, long indexed, double seconds) {
    double capturesPerSecond() {
      return records / seconds;
    }
  }

  /**
   * Rebuilds the index of {@code settings} (and its SolrCloud collection, with that backend)
   * from its archive, with one extraction thread per core, and prints what it did.
   */
  static Rebuilt reindex(Settings settings, PrintWriter out) throws Exception {
    WarcArchiveReader reader = new WarcArchiveReader(settings.archiveDir());
    if (reader.files().isEmpty()) {
      throw new IllegalStateException("no WARC files in " + settings.archiveDir()
          + "; crawl first");
    }
    try (Pipeline pipeline = new Pipeline(settings, Clock.systemUTC(), true)) {
      // a kill before the end leaves the marker, and the next crawl indexes the whole archive
      pipeline.runner.runLog().started(Instant.EPOCH);
      pipeline.index.deleteAll();
      pipeline.ingest.clearHistory();
      long start = System.nanoTime();
      AtomicLong records = new AtomicLong();
      ImportedFiles imported = ImportedFiles.open(settings.archiveDir());
      ImportFilter filter = new ImportFilter(settings.sources());
      ImportFilter.Counts skipped = new ImportFilter.Counts();
      String ownPrefix = settings.archive().filePrefix() + "-";
      WarcArchiveReader.ReadStats stats;
      try (CrawlProgress progress = new CrawlProgress("reindex", -1, records::get,
          pipeline.ingest::indexed, "indexed");
          OrderedLanes lanes = new OrderedLanes(p -> {
            IngestOutcome o = pipeline.ingest.accept(p);
            if (o.kind() == IngestOutcome.Kind.IGNORED) {
              int status = p.page().status();
              skipped.add(status >= 200 && status < 300 || status == 304 ? "already indexed"
                  : "status " + status);
            }
            return o;
          }, Runtime.getRuntime().availableProcessors(), 64)) {
        stats = reader.forEach(page -> {
          records.incrementAndGet();
          ArchivedPage accepted = page;
          ImportedFiles.Entry entry = imported.get(page.warcFile());
          if (entry != null
              || page.page().portalId() == null && !page.warcFile().startsWith(ownPrefix)) {
            // a file another tool wrote: mapped to portals as the import did
            ImportFilter.Decision d = filter.decide(page, entry == null ? null : entry.portal());
            if (!d.accepted()) {
              skipped.add(d.reason());
              return;
            }
            accepted = d.page();
          } else if (page.page().kind() != FetchedPage.PageKind.ARTICLE) {
            skipped.add(page.page().kind() == FetchedPage.PageKind.LIST ? ImportFilter.LIST_PAGE
                : "other page");
            return;
          }
          lanes.accept(accepted);
        });
      }
      pipeline.index.commit();
      pipeline.index.refresh();
      pipeline.runner.runLog().cleared();
      double secs = Math.max(0.001, (System.nanoTime() - start) / 1e9);
      Terminal.line(out, "Read %d records from %d WARC files%s; indexed %d reports in "
          + "%.1f s (%.0f captures/s, %.0f reports/s); %d reports in the index.",
          stats.records(), stats.files(),
          stats.damagedFiles() > 0 ? " (" + stats.damagedFiles() + " damaged, read up to the "
              + "damage)" : "", pipeline.ingest.indexed(), secs, records.get() / secs,
          pipeline.ingest.indexed() / secs, pipeline.index.count());
      pipeline.ingest.skipped().forEach(skipped::add);
      Terminal.line(out, "  skipped records: %s", skipped.summary());
      return new Rebuilt(records.get(), pipeline.ingest.indexed(), secs);
    }
  }
}
