package org.reliefarchive.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.lucene.store.Directory;
import org.reliefarchive.archive.WaczWriter;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.search.BadQueryException;
import org.reliefarchive.search.ReportSearcher;
import org.reliefarchive.search.SearchBackend;
import org.reliefarchive.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export --wacz FILE}: the archived captures of a result set as a WACZ package. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Export the archived captures of every report matching the query as a WACZ 1.1.1 "
        + "package (the WARC records, a CDXJ index, pages.jsonl and datapackage.json with "
        + "SHA-256 of each file), which ReplayWeb.page and pywb open.")
final class ExportCommand implements Callable<Integer> {
  @ParentCommand ReliefArchiveCommand root;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (blank: all).")
  List<String> query;

  @Option(names = "--wacz", paramLabel = "FILE", required = true,
      description = "The WACZ file to write.")
  Path wacz;

  @Option(names = "--portal", paramLabel = "ID", description = "Only this portal (repeatable).")
  List<String> portals;

  @Option(names = "--year", paramLabel = "YYYY", description = "Only this year (repeatable).")
  List<String> years;

  @Override
  public Integer call() throws Exception {
    Settings settings = root.settings();
    Map<String, List<String>> filters = new LinkedHashMap<>();
    if (portals != null) {
      filters.put(IndexSchema.PORTAL, portals);
    }
    if (years != null) {
      filters.put(IndexSchema.YEAR, years);
    }
    String q = query == null ? "" : String.join(" ", query);
    SearchRequest request;
    try {
      request = new SearchRequest(q, filters, null, 1, 10);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    List<WaczWriter.Page> pages = new ArrayList<>();
    if (settings.index().solrCloud()) {
      SolrCloud solr = new SolrCloud(settings);
      try {
        collect(solr.searcher, q, request, pages);
      } finally {
        solr.closeReading();
      }
    } else {
      try (Directory dir = ReportIndex.fsDirectory(settings.indexDir());
          ReportIndex index = ReportIndex.openReadOnly(dir, settings.schema())) {
        collect(new ReportSearcher(index), q, request, pages);
      }
    }
    Path tmp = wacz.resolveSibling(wacz.getFileName() + ".part");
    int missing;
    try (OutputStream o = Files.newOutputStream(tmp)) {
      missing = new WaczWriter(settings.archiveDir(), Clock.systemUTC()).write(pages,
          "ReliefArchive: " + (q.isBlank() ? "all reports" : q), o);
    }
    Files.move(tmp, wacz, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Terminal.line(out, "Wrote %s: %d pages%s, %d bytes.", wacz, pages.size() - missing,
        missing > 0 ? " (" + missing + " captures unreadable, left out)" : "", Files.size(wacz));
    return 0;
  }

  /** The archived captures of every report matching {@code request}. */
  private void collect(SearchBackend searcher, String q, SearchRequest request,
      List<WaczWriter.Page> pages) {
    try {
      searcher.parse(q);
    } catch (BadQueryException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    searcher.forEach(request, r -> {
      if (r.warcFile() != null && r.fetchedAt() != null) {
        pages.add(new WaczWriter.Page(r.url(), r.title(), Instant.parse(r.fetchedAt()),
            r.warcFile(), r.warcOffset()));
      }
    });
  }
}
