package org.reliefarchive.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.reliefarchive.archive.FileTrees;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.config.SolrConfig;
import org.reliefarchive.config.SourcesConfig;
import org.reliefarchive.crawl.CrawlReport;
import org.reliefarchive.enrich.ArticleEnricher;
import org.reliefarchive.eval.BenchPortals;
import org.reliefarchive.eval.HttpBench;
import org.reliefarchive.eval.IndexBench;
import org.reliefarchive.extract.Article;
import org.reliefarchive.index.ReportMirror;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: indexing and query speed on a large generated archive. The documents are made
 * of shuffled sentences of the real reports of the shared corpus, so their length, vocabulary
 * and tags look like real reports while their number can grow past what was crawled.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = 
        "Generate report-like documents from shuffled sentences of the real reports, "
        + "index them with 1 and 2 threads, and measure query latency per kind of query. "
        + "Prints docs/s, index size, heap, and p50/p95/p99 latencies, CPU time and bytes "
        + "allocated per query. With --http, load the real search server over loopback HTTP "
        + "instead; with --crawl, crawl many loopback portals at once and print pages/s; "
        + "with --backend solrcloud, the same next to a SolrCloud collection.")
final class BenchCommand implements Callable<Integer> {
  @ParentCommand ReliefArchiveCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--docs", defaultValue = "200000",
      description = "Documents to index with 2 threads (default: ${DEFAULT-VALUE}).")
  int docs;

  @Option(names = "--single-thread-docs", defaultValue = "50000",
      description = "Documents to index with 1 thread first, 0 for none; --http builds no "
          + "1-thread index (default: ${DEFAULT-VALUE}).")
  int singleDocs;

  @Option(names = "--queries", defaultValue = "300",
      description = "Queries per kind (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--corpus", defaultValue = "../shared/corpus",
      description = "The shared corpus whose reports give the sentences (default: "
          + "${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--dir", description = "Where to build the indexes (default: a temporary "
      + "directory, deleted afterwards).")
  Path dir;

  @Option(names = "--reuse", description = "Query the index an earlier run built under --dir "
      + "instead of indexing again.")
  boolean reuse;

  @Option(names = "--resume", description = "Continue a build under --dir that stopped before "
      + "--docs reports (a build commits every 100,000), from the reports its index holds.")
  boolean resume;

  @Option(names = "--http", description = "Instead of the in-process query loop, serve the "
      + "index on a loopback port and load it over HTTP with --clients concurrent clients "
      + "(only the 2-thread index is built).")
  boolean http;

  @Option(names = "--clients", defaultValue = "16",
      description = "Concurrent HTTP clients with --http (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seconds", defaultValue = "30",
      description = "Measured seconds of HTTP load, after the warm-up "
          + "(default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--warm-up", defaultValue = "30", paramLabel = "SECONDS",
      description = "Seconds of HTTP load before the measured part, not counted (default: "
          + "${DEFAULT-VALUE}): a server that has just started spends its first minute or so "
          + "compiling its hot code, about a third of its CPU in the first 30 s under 16 clients.")
  int warmUp;

  @Option(names = "--crawl", description = "Instead of indexing and querying, crawl "
      + "--portals loopback portals of --pages pages each in parallel, with a politeness delay "
      + "of --delay ms per portal, and print pages/s.")
  boolean crawl;

  @Option(names = "--portals", defaultValue = "20",
      description = "Portals of the --crawl bench (default: ${DEFAULT-VALUE}).")
  int portals;

  @Option(names = "--pages", defaultValue = "200",
      description = "Pages per portal in the --crawl bench, a multiple of 10 (default: "
          + "${DEFAULT-VALUE}).")
  int pages;

  @Option(names = "--delay", defaultValue = "250",
      description = "Politeness delay per portal in ms in the --crawl bench (default: "
          + "${DEFAULT-VALUE}).")
  int delay;

  @Option(names = "--backend", defaultValue = "embedded", paramLabel = "embedded|solrcloud",
      description = "solrcloud: the embedded index and a SolrCloud collection side by side on "
          + "the same documents (indexing, queries or --http, and reindex of a crawled "
          + "archive); without --zk-host or --solr-url it starts a 2-node test cluster from the "
          + "project's checkout (default: ${DEFAULT-VALUE}).")
  String backend;

  @Option(names = "--zk-host", paramLabel = "HOST:PORT[/CHROOT]",
      description = "With --backend solrcloud: the ZooKeeper of a running SolrCloud (repeat "
          + "for each host) instead of the test cluster.")
  List<String> zkHosts;

  @Option(names = "--solr-url", paramLabel = "URL",
      description = "With --backend solrcloud: a node of a running SolrCloud, such as "
          + "http://solr1:8983/solr (repeat for more), instead of the test cluster.")
  List<String> solrUrls;

  @Option(names = "--collection", defaultValue = "relief-bench",
      description = "With --backend solrcloud: the collection to create (2 shards x 2 "
          + "replicas) or reuse; the bench deletes its reports (default: ${DEFAULT-VALUE}).")
  String collection;

  @Option(names = "--checkout", defaultValue = ".",
      description = "With --backend solrcloud and no cluster given: the project's checkout, "
          + "whose target/solr-cluster.classpath and src/test/solr-cluster start the test "
          + "cluster (default: the working directory).")
  Path checkout;

  @Option(names = "--solr-heap", defaultValue = "1g",
      description = "Heap of the test cluster's JVM, both nodes (default: ${DEFAULT-VALUE}).")
  String solrHeap;

  @Option(names = "--no-reindex", description = "With --backend solrcloud: leave out the "
      + "reindex of a crawled archive (--portals x --pages pages, crawled without delay).")
  boolean noReindex;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if ((reuse || resume) && dir == null) {
      throw new ParameterException(spec.commandLine(), "--reuse and --resume need --dir, the "
          + "directory of an earlier run");
    }
    if (singleDocs < 0 || docs < 1) {
      throw new ParameterException(spec.commandLine(), "--docs must be at least 1 and "
          + "--single-thread-docs at least 0");
    }
    if (clients < 1 || seconds < 1) {
      throw new ParameterException(spec.commandLine(), "--clients and --seconds must be at "
          + "least 1");
    }
    Settings settings = root.settings();
    List<String> sentences = IndexBench.sentences(corpus);
    if (crawl) {
      if (portals < 1 || pages < 20 || pages % 10 != 0) {
        throw new ParameterException(spec.commandLine(), "--portals must be at least 1 and "
            + "--pages a multiple of 10, at least 20");
      }
      crawl(out, settings, sentences);
      return 0;
    }
    Terminal.line(out, "Generating documents from %d sentences of the real reports in %s "
        + "(shuffled: synthetic text, real vocabulary).", sentences.size(), corpus);
    if (IndexConfig.SOLRCLOUD.equals(backend)) {
      solrCloud(out, settings, sentences);
      return 0;
    }
    if (!IndexConfig.EMBEDDED.equals(backend)) {
      throw new ParameterException(spec.commandLine(), "--backend must be embedded or "
          + "solrcloud; got '" + backend + "'");
    }
    Path base = dir != null ? dir : Files.createTempDirectory("relief-bench");
    Function<Integer, Article> generator = new IndexBench.Generator(sentences)::article;
    Path two = base.resolve("two");
    try {
      int built = resume ? IndexBench.count(two, settings.schema()) : 0;
      if (reuse && Files.isDirectory(two)) {
        Terminal.line(out, "Reusing the index in %s", two);
      } else if (resume && built >= docs) {
        Terminal.line(out, "The index in %s holds %,d reports already", two, built);
      } else if (resume) {
        Terminal.line(out, "The index in %s holds %,d reports; indexing the rest up to %,d",
            two, built, docs);
        IndexBench.index(out, two, generator, Pipeline.enricher(settings), built, docs, 2,
            settings.schema(), ReportMirror.NONE);
      } else {
        // the gazetteer and taggers tag the generated reports; a reused index needs neither
        ArticleEnricher enricher = Pipeline.enricher(settings);
        if (!http && singleDocs > 0) {
          IndexBench.index(out, base.resolve("one"), generator, enricher, singleDocs, 1,
              settings.schema());
        }
        IndexBench.index(out, two, generator, enricher, docs, 2, settings.schema());
      }
      if (http) {
        HttpBench.run(out, two, settings.schema(), settings.server(), sentences,
            new HttpBench.Load(clients, Duration.ofSeconds(Math.max(0, warmUp)),
                Duration.ofSeconds(seconds)));
      } else {
        IndexBench.query(out, two, sentences, settings.schema(), queries);
      }
    } finally {
      if (dir == null) {
        FileTrees.delete(base);
      }
    }
    return 0;
  }

  /** The embedded index and a SolrCloud collection side by side. */
  private void solrCloud(PrintWriter out, Settings settings, List<String> sentences)
      throws Exception {
    boolean zk = zkHosts != null && !zkHosts.isEmpty();
    boolean urls = solrUrls != null && !solrUrls.isEmpty();
    if (zk && urls) {
      throw new ParameterException(spec.commandLine(), "give --zk-host or --solr-url, not "
          + "both");
    }
    if (portals < 1 || pages < 20 || pages % 10 != 0 || docs < 1) {
      throw new ParameterException(spec.commandLine(), "--docs and --portals must be at least "
          + "1 and --pages a multiple of 10, at least 20");
    }
    SolrConfig reports = settings.index().solr();
    if (reports != null && (zk || urls) && (reports.collection().equals(collection)
        || reports.collection().equals(collection + "-reindex"))) {
      // the bench deletes the reports of the collections it uses
      throw new ParameterException(spec.commandLine(), "--collection " + collection + " is "
          + "the collection of config/index.yaml; the bench empties its collections, give "
          + "it another name");
    }
    SolrConfig solr = null;
    if (zk) {
      // one chroot for the ensemble, written after the last host as ZooKeeper does
      String last = zkHosts.get(zkHosts.size() - 1);
      int slash = last.indexOf('/');
      List<String> hosts = new ArrayList<>(zkHosts);
      hosts.set(hosts.size() - 1, slash < 0 ? last : last.substring(0, slash));
      solr = new SolrConfig(hosts, slash < 0 ? null : last.substring(slash), List.of(),
          collection);
    } else if (urls) {
      solr = new SolrConfig(List.of(), null, solrUrls, collection);
    }
    Path base = dir != null ? dir : Files.createTempDirectory("relief-bench");
    try {
      new SolrBench(out, settings, sentences).run(base,
          new SolrBench.Target(solr, checkout, solrHeap, 2, 2),
          new SolrBench.Work(docs, queries, http, new HttpBench.Load(clients,
              Duration.ofSeconds(Math.max(0, warmUp)), Duration.ofSeconds(seconds)),
              portals, pages, !noReindex), reuse);
    } finally {
      if (dir == null) {
        FileTrees.delete(base);
      }
    }
  }

  /** Crawls loopback portals into a new archive and index, and checks every page got in once. */
  private void crawl(PrintWriter out, Settings settings, List<String> sentences)
      throws Exception {
    int lists = 10;
    int perList = pages / lists - 1;
    Path home = dir != null ? dir : Files.createTempDirectory("relief-crawl-bench");
    try (BenchPortals sites = new BenchPortals(portals, lists, perList,
        new IndexBench.Generator(sentences), delay)) {
      SourcesConfig sources = new SourcesConfig(null, sites.portals());
      Settings s = settings.withHome(home).withSources(sources);
      Terminal.line(out, "Crawling %d loopback portals of %d pages (%d list pages) in "
          + "parallel, %d ms politeness delay per portal, %d threads per portal: at least "
          + "%.1f s if nothing but the delay holds them up", portals, pages, lists, delay,
          s.crawl().threads(), (pages - 1) * delay / 1000.0);
      try (Pipeline pipeline = new Pipeline(s, Clock.systemUTC())) {
        CrawlReport report = CrawlCommand.crawl(pipeline, sources.portals(), null, "bench");
        double secs = Math.max(0.001, report.duration().toMillis() / 1000.0);
        pipeline.index.refresh();
        long articles = (long) portals * lists * perList;
        Terminal.line(out, "Crawled %,d pages in %.1f s: %.1f pages/s; archived %,d article "
            + "pages, indexed %,d reports, %,d in the index (expected %,d pages, %,d "
            + "reports)", report.fetched(), secs, report.fetched() / secs, report.articles(),
            pipeline.ingest.indexed(), pipeline.index.count(), (long) portals * pages,
            articles);
      }
    } finally {
      if (dir == null) {
        FileTrees.delete(home);
      }
    }
  }
}
