package org.reliefarchive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.search.BadQueryException;
import org.reliefarchive.search.FacetValue;
import org.reliefarchive.search.ReportSearcher;
import org.reliefarchive.search.SearchBackend;
import org.reliefarchive.search.SearchHit;
import org.reliefarchive.search.SearchRequest;
import org.reliefarchive.search.SearchResult;
import org.reliefarchive.web.FacetJson;
import org.reliefarchive.web.SnippetJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code search}: query the index from the terminal. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = 
        "Search the index and print the hits. Syntax: words (AND-ed), \"phrases\", OR, "
        + "NOT, -word, (groups), title:word. Simplified and traditional characters find "
        + "each other.")
final class SearchCommand implements Callable<Integer> {
  @ParentCommand ReliefArchiveCommand root;
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (blank: all).")
  List<String> query;

  @Option(names = "--portal", paramLabel = "ID", description = "Only this portal (repeatable).")
  List<String> portals;

  @Option(names = "--year", paramLabel = "YYYY", description = "Only this year (repeatable).")
  List<String> years;

  @Option(names = "--sort", paramLabel = "ORDER", description = "relevance or date.")
  String sort;

  @Option(names = "--page", defaultValue = "1", description = "Page number (default: 1).")
  int page;

  @Option(names = "--size", defaultValue = "10", description = "Hits per page (default: 10).")
  int size;

  @Option(names = "--json", description = "Print the whole result as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Settings settings = root.settings(true);
    Map<String, List<String>> filters = new LinkedHashMap<>();
    if (portals != null) {
      filters.put(IndexSchema.PORTAL, portals);
    }
    if (years != null) {
      filters.put(IndexSchema.YEAR, years);
    }
    SearchRequest.Sort order = null;
    if (sort != null) {
      try {
        order = SearchRequest.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--sort is '" + sort + "'; allowed: relevance, date");
      }
    }
    SearchRequest request;
    try {
      request = new SearchRequest(query == null ? "" : String.join(" ", query), filters, order,
          page, size);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (settings.index().solrCloud()) {
      SolrCloud solr = new SolrCloud(settings);
      try {
        show(out, search(solr.searcher, request));
      } finally {
        solr.closeReading();
      }
      return 0;
    }
    if (!hasIndex(settings.indexDir())) {
      Path demoIndex = Path.of("index", "demo").resolve(Path.of("index", "lucene"));
      String hint = Files.isDirectory(demoIndex) && hasIndex(demoIndex)
          ? "; the demo's index is in index/demo: run `relief-archive --home index/demo search …`"
          : "";
      throw new IllegalStateException("no index at " + settings.indexDir()
          + " (run crawl or reindex first)" + hint);
    }
    try (Directory dir = ReportIndex.fsDirectory(settings.indexDir());
        ReportIndex index = ReportIndex.openReadOnly(dir, settings.schema())) {
      show(out, search(new ReportSearcher(index, settings.synonyms()), request));
    }
    return 0;
  }

  private SearchResult search(SearchBackend searcher, SearchRequest request) {
    try {
      return searcher.search(request);
    } catch (BadQueryException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private void show(PrintWriter out, SearchResult result) throws IOException {
    if (json) {
      out.println(new ObjectMapper().registerModule(new SnippetJson())
          .registerModule(new FacetJson())
          .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
    } else {
      print(out, result);
    }
  }

  private static void print(PrintWriter out, SearchResult r) {
    Terminal.line(out, "%d reports (page %d, %d ms)", r.total(), r.page(), r.tookMs());
    int n = (r.page() - 1) * r.size();
    boolean noted = false;
    for (SearchHit h : r.hits()) {
      n++;
      if (h.partial() && !noted && !r.relaxed()) {
        Terminal.line(out, "%n%s", r.total() == 0
            ? "No report holds all the words; these are partial matches:"
            : "Only the reports above hold all the words; these are partial matches:");
        noted = true;
      }
      Terminal.line(out, "%n%3d. %s", n, h.title());
      if (h.partial()) {
        Terminal.line(out, "     missing: %s", String.join(" ", h.missing()));
      }
      Terminal.line(out, "     %s · %s · %s", h.portalName() != null ? h.portalName()
          : h.portal(), h.date() == null ? "undated" : h.date().substring(0, 10), h.url());
      String snippet = h.snippet().render("【", "】", UnaryOperator.identity());
      Terminal.line(out, "     %s", snippet);
    }
    for (Map.Entry<String, List<FacetValue>> f : r.facets().entrySet()) {
      StringBuilder sb = new StringBuilder();
      f.getValue().forEach(v -> sb.append(v.value()).append(" (").append(v.count())
          .append(")  "));
      if (!f.getValue().isEmpty()) {
        Terminal.line(out, "%n%s: %s", f.getKey(), sb.toString().strip());
      }
    }
  }

  /** True when {@code path} holds a Lucene index (without creating anything there). */
  private static boolean hasIndex(Path path) {
    if (!Files.isDirectory(path)) {
      return false;
    }
    try (Stream<Path> files = Files.list(path)) {
      return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
    } catch (IOException e) {
      return false;
    }
  }
}
