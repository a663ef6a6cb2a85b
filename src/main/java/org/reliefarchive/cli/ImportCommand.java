package org.reliefarchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.reliefarchive.archive.ImportedFiles;
import org.reliefarchive.archive.WarcArchiveReader;
import org.reliefarchive.ingest.ImportFilter;
import org.reliefarchive.ingest.WarcImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code import}: WARC and ARC files made by other tools into the archive and the index. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Import WARC and ARC files made by other tools (wget, Heritrix, Browsertrix, pywb, "
        + "Common Crawl …), gzipped or not. Each response record is mapped to a portal by the "
        + "URL patterns of config/sources.yaml (or --portal), told article or list page by the "
        + "same rules as a crawl, extracted, tagged and indexed. Records that make no report "
        + "are counted by reason (revisit, no portal, not 200, not HTML, duplicate URL and "
        + "payload, list page, not an article …). The files stay where they are, referenced "
        + "from the archive directory (--copy: their records are copied into the archive), "
        + "and reindex rebuilds their reports. A killed import resumes where it stopped; a "
        + "file imported whole is not read again.")
final class ImportCommand implements Callable<Integer> {
  @ParentCommand ReliefArchiveCommand root;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR",
      description = "WARC or ARC files (.warc, .warc.gz, .arc, .arc.gz), or directories "
          + "holding them (read recursively, in name order).")
  List<Path> inputs;

  @Option(names = "--portal", paramLabel = "ID",
      description = "Import every record for this portal of sources.yaml; its patterns still "
          + "tell list pages, other pages are tried as articles. Default: the first portal "
          + "whose URL patterns follow the record's URL; records of no portal are skipped.")
  String portal;

  @Option(names = "--copy",
      description = "Copy the imported records into the archive's own WARC files instead of "
          + "referring to the files where they are.")
  boolean copy;

  @Override
  public Integer call() throws Exception {
    Settings settings = root.settings();
    if (portal != null) {
      CrawlCommand.select(settings, List.of(portal), spec);
    }
    List<Path> files = files(inputs, spec);
    PrintWriter out = spec.commandLine().getOut();
    try (Pipeline pipeline = new Pipeline(settings, Clock.systemUTC())) {
      pipeline.ingest.loadHistory();
      WarcImport run = new WarcImport(pipeline.archive, ImportedFiles.open(
          settings.archiveDir()), pipeline.ingest, pipeline.index,
          new ImportFilter(settings.sources()), Clock.systemUTC());
      long start = System.nanoTime();
      int damaged = 0;
      try (CrawlProgress progress = new CrawlProgress("import", -1, run::records,
          run::reports, "reports")) {
        for (Path f : files) {
          if (!run.importFile(f, portal, copy)) {
            damaged++;
          }
        }
      }
      pipeline.index.commit();
      pipeline.index.refresh();
      double secs = Math.max(0.001, (System.nanoTime() - start) / 1e9);
      for (Map.Entry<String, String> e : new java.util.TreeMap<>(run.fileNotes()).entrySet()) {
        Terminal.line(out, "  %s: %s", e.getKey(), e.getValue());
      }
      Terminal.line(out, "Read %d records from %d files%s in %.1f s (%.0f records/s); "
          + "indexed %d reports%s; %d reports in the index.", run.records(), files.size(),
          damaged > 0 ? " (" + damaged + " damaged, read up to the damage)" : "", secs,
          run.records() / secs, run.reports(), run.revisits() == 0 ? ""
              : " and " + run.revisits() + " revisits (later captures, payload unchanged)",
          pipeline.index.count());
      Terminal.line(out, "  records by type: %s", run.types().summary());
      Terminal.line(out, "  skipped: %s", run.skipped().summary());
    }
    return 0;
  }

  /** The files named, directories expanded; a name that is neither is a usage error. */
  static List<Path> files(List<Path> inputs, CommandSpec spec) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isRegularFile(p)) {
        out.add(p);
      } else if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile)
              .filter(f -> WarcArchiveReader.isWarcName(f.getFileName().toString()))
              .sorted().forEach(out::add);
        }
      } else {
        throw new ParameterException(spec.commandLine(), p + " is neither a file nor a "
            + "directory");
      }
    }
    if (out.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no WARC or ARC files in " + inputs);
    }
    return out;
  }
}
