package org.reliefarchive.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.store.Directory;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.config.PortalConfig;
import org.reliefarchive.config.SolrConfig;
import org.reliefarchive.config.SourcesConfig;
import org.reliefarchive.enrich.ArticleEnricher;
import org.reliefarchive.eval.BenchPortals;
import org.reliefarchive.eval.HttpBench;
import org.reliefarchive.eval.IndexBench;
import org.reliefarchive.eval.LocalSolrCluster;
import org.reliefarchive.extract.Article;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.index.ReportMirror;
import org.reliefarchive.search.ReportSearcher;
import org.reliefarchive.search.SearchBackend;
import org.reliefarchive.solr.SolrSetup;

/**
 * {@code bench --backend solrcloud}: the embedded index and a SolrCloud collection side by side
 * in one run, on the same generated reports: indexing docs/s with 2 threads, query latency per
 * kind in-process (or the real server over HTTP in front of each, with {@code --http}), and
 * {@code reindex} of the same WARC archive into each. The collection is a 2-node test cluster
 * started from the project's checkout, or a running SolrCloud given by ZooKeeper hosts or node
 * URLs; the bench empties the collection it uses.
 */
final class SolrBench {
  /** Where the collection is and how to make it. */
  record Target(SolrConfig solr, Path checkout, String heap, int shards, int replicas) {}

  /** How much to do. */
  record Work(int docs, int queries, boolean http, HttpBench.Load load, int portals, int pages,
      boolean reindex) {}

  private final PrintWriter out;
  private final Settings settings;
  private final List<String> sentences;

  SolrBench(PrintWriter out, Settings settings, List<String> sentences) {
    this.out = out;
    this.settings = settings;
    this.sentences = sentences;
  }

  /** Runs it all under {@code base}, with the cluster of {@code target}. */
  void run(Path base, Target target, Work work, boolean reuse) throws Exception {
    LocalSolrCluster cluster = null;
    SolrConfig solr = target.solr();
    try {
      if (solr == null) {
        Terminal.line(out, "Starting a 2-node SolrCloud test cluster (MiniSolrCloudCluster, "
            + "one child JVM, -Xmx%s) from the checkout %s", target.heap(),
            target.checkout().toAbsolutePath().normalize());
        long t0 = System.nanoTime();
        cluster = LocalSolrCluster.start(target.checkout(), 2, target.heap());
        solr = cluster.config("relief-bench");
        Terminal.line(out, "  up in %.1f s: %s", (System.nanoTime() - t0) / 1e9,
            String.join(", ", cluster.nodes()));
      }
      bench(base, solr, target, work, reuse);
    } finally {
      if (cluster != null) {
        cluster.close();
      }
    }
  }

  private void bench(Path base, SolrConfig solr, Target target, Work work, boolean reuse)
      throws Exception {
    Settings cloud = settings.withIndex(new IndexConfig(settings.index().dir(),
        settings.index().ramBufferMb(), settings.index().commitIntervalSeconds(),
        IndexConfig.SOLRCLOUD, solr));
    Map<String, String> summary = new LinkedHashMap<>();
    Path two = base.resolve("two");
    try (SolrCloud collection = new SolrCloud(cloud)) {
      SolrSetup.Outcome setup = SolrSetup.run(collection.client, "reliefarchive",
          solr.collection(), target.shards(), target.replicas());
      Terminal.line(out, "Collection %s: %s", solr.collection(), setup.created()
          ? "created, " + target.shards() + " shards x " + target.replicas() + " replicas"
          : "exists");
      Function<Integer, Article> generator = new IndexBench.Generator(sentences)::article;
      ArticleEnricher enricher = Pipeline.enricher(settings);
      boolean indexed = reuse && Files.isDirectory(two)
          && collection.searcher.count() == work.docs();
      if (indexed) {
        Terminal.line(out, "Reusing the index in %s and the collection's %,d reports", two,
            collection.searcher.count());
      } else {
        double embedded = IndexBench.index(out, two, generator, enricher, work.docs(), 2,
            settings.schema(), ReportMirror.NONE);
        double both = IndexBench.index(out, base.resolve("solr"), generator, enricher,
            work.docs(), 2, settings.schema(), collection.mirror);
        summary.put("indexing, 2 threads (docs/s)*", String.format(Locale.ROOT,
            "%,12.0f  %,12.0f", embedded, both));
      }
      try (Directory d = ReportIndex.fsDirectory(two);
          ReportIndex index = ReportIndex.openReadOnly(d, settings.schema())) {
        ReportSearcher embedded = new ReportSearcher(index, settings.synonyms());
        if (work.http()) {
          HttpBench.Summary e = HttpBench.run(out, embedded, index, settings.server(),
              sentences, work.load());
          HttpBench.Summary s = HttpBench.run(out, collection.searcher, null,
              settings.server(), sentences, work.load());
          String clients = work.load().clients() + " HTTP clients";
          summary.put(clients + " (req/s)", String.format(Locale.ROOT,
              "%,12.1f  %,12.1f", e.requestsPerSecond(), s.requestsPerSecond()));
          summary.put(clients + " p50 / p99 (ms)", String.format(Locale.ROOT,
              "%5.0f / %-5.0f  %5.0f / %-5.0f", e.p50(), e.p99(), s.p50(), s.p99()));
          summary.put(clients + " errors", String.format(Locale.ROOT,
              "%,12d  %,12d", e.errors(), s.errors()));
        } else {
          Map<String, SearchBackend> backends = new LinkedHashMap<>();
          backends.put("embedded", embedded);
          backends.put("solrcloud", collection.searcher);
          IndexBench.compare(out, backends, sentences, work.queries());
        }
      }
      if (work.reindex()) {
        // a collection of its own, so that the bench's reports stay for a later --reuse
        SolrConfig rebuilt = new SolrConfig(solr.zkHosts(), solr.zkChroot(), solr.solrUrls(),
            solr.collection() + "-reindex");
        SolrSetup.run(collection.client, "reliefarchive", rebuilt.collection(),
            target.shards(), target.replicas());
        reindex(base.resolve("warc"), cloud.withIndex(new IndexConfig(cloud.index().dir(),
            cloud.index().ramBufferMb(), cloud.index().commitIntervalSeconds(),
            IndexConfig.SOLRCLOUD, rebuilt)), work, summary);
      }
    }
    Terminal.line(out, "Side by side (%s; load average now %.2f on %d cores):",
        target.solr() == null ? "2-node test cluster on this machine, 2 shards x 2 replicas"
            : "collection " + solr.collection(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
    Terminal.line(out, "  %-34s  %12s  %12s", "", "embedded", "solrcloud");
    summary.forEach((k, v) -> Terminal.line(out, "  %-34s  %s", k, v));
    Terminal.line(out, "  * solrcloud writes this machine's index and the collection, as crawl, "
        + "import and reindex do with that backend");
  }

  /**
   * Crawls the loopback bench portals (no politeness delay) into an archive, then rebuilds the
   * embedded index and the collection from it.
   */
  private void reindex(Path home, Settings cloud, Work work, Map<String, String> summary)
      throws Exception {
    int lists = 10;
    List<PortalConfig> portals;
    try (BenchPortals sites = new BenchPortals(work.portals(), lists, work.pages() / lists - 1,
        new IndexBench.Generator(sentences), 0)) {
      portals = new ArrayList<>(sites.portals());
      Settings s = settings.withHome(home).withSources(new SourcesConfig(null, portals));
      if (!Files.isDirectory(s.archiveDir())) {
        Terminal.line(out, "Crawling %d loopback portals of %d pages into %s for reindex",
            work.portals(), work.pages(), s.archiveDir());
        try (Pipeline pipeline = new Pipeline(s, Clock.systemUTC())) {
          CrawlCommand.crawl(pipeline, portals, null, "bench");
        }
      }
    }
    SourcesConfig sources = new SourcesConfig(null, portals);
    Terminal.line(out, "reindex into the embedded index (%d threads):",
        Runtime.getRuntime().availableProcessors());
    ReindexCommand.Rebuilt e = ReindexCommand.reindex(
        settings.withHome(home).withSources(sources), out);
    Terminal.line(out, "reindex into the collection (and this machine's index, %d threads):",
        Runtime.getRuntime().availableProcessors());
    ReindexCommand.Rebuilt s = ReindexCommand.reindex(
        cloud.withHome(home).withSources(sources), out);
    summary.put(String.format(Locale.ROOT, "reindex %,d captures (captures/s)",
        e.records()), String.format(Locale.ROOT, "%,12.0f  %,12.0f",
        e.capturesPerSecond(), s.capturesPerSecond()));
  }
}
