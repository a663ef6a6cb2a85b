package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.solr.common.cloud.ClusterState;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reliefarchive.config.PortalConfig;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.config.SourcesConfig;
import org.reliefarchive.crawl.CrawlReport;
import org.reliefarchive.eval.LocalSolrCluster;
import org.reliefarchive.search.ReportSearcher;
import org.reliefarchive.search.SearchBackend;
import org.reliefarchive.search.SearchRequest;

/**
 * With one node of the 2-node test cluster (2 shards x 2 replicas) stopped in the middle of a
 * crawl, the search page and the JSON API still answer, and the crawl still indexes every
 * report into the collection; when the node is back and has caught up, it alone holds every
 * report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrCloudNodeLossIT {
  private static final int CRAWL_DELAY_MS = 250;
  private SolrBackedPortal site;
  private LocalSolrCluster cluster;
  private Pipeline pipeline;
  private WebServer web;
  private SourcesConfig sources;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start() throws Exception {
    site = SolrBackedPortal.start(
        settings -> settings.withServer(new ServerConfig("127.0.0.1", 0, 20, 100))
            .withSources(spaced(settings.sources())));
    cluster = site.cluster;
    pipeline = site.pipeline;
    sources = site.settings.sources();
    web = new WebServer(pipeline.searcher, pipeline.index, site.settings.server(), sources,
        site.settings.archiveDir());
  }

  /**
   * The sample portals with a pause between requests, so that a crawl lasts the seconds it
   * takes to stop a node in its middle.
   */
  private static SourcesConfig spaced(SourcesConfig sources) {
    return new SourcesConfig(sources.defaults(), sources.portals().stream()
        .map(p -> new PortalConfig(p.id(), p.name(), p.homeProvince(), p.seeds(), p.include(),
            p.exclude(), p.article(), p.list(), CRAWL_DELAY_MS, p.maxDepth(), p.maxPages(),
            p.bodySelector(), p.maxBytes(), p.revisit(), p.schedule(), p.urlDates(),
            p.worker()))
        .toList());
  }

  @AfterAll
  void close() throws Exception {
    try {
      if (web != null) {
        web.close();
      }
    } finally {
      if (site != null) {
        site.close();
      }
    }
  }

  @Test
  void answersAndIndexesWithANodeDownAndLosesNothing() throws Exception {
    List<PortalConfig> portals = sources.portals();
    assertThat(portals).hasSizeGreaterThan(1);
    CrawlCommand.crawl(pipeline, portals.subList(0, 1), new PrintWriter(Writer.nullWriter()));
    pipeline.index.commit();
    SearchBackend embedded = new ReportSearcher(pipeline.index);
    long before = pipeline.searcher.count();
    assertThat(before).isPositive().isEqualTo(embedded.count());

    // a crawl of the other portals, with the node stopped once it has fetched a few pages
    ExecutorService pool = Executors.newSingleThreadExecutor();
    Future<CrawlReport> crawl = pool.submit(() -> CrawlCommand.crawl(pipeline,
        portals.subList(1, portals.size()), new PrintWriter(Writer.nullWriter())));
    try {
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (fetched() < 3 && !crawl.isDone() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      cluster.stopNode(1);
      long fetchedWhenStopped = fetched();
      assertThat(crawl.isDone()).as("the crawl was still running when the node stopped")
          .isFalse();
      // the search page and the API answer from the replicas left, while the crawl runs
      assertThat(get("/?q=" + URLEncoder.encode("残联", StandardCharsets.UTF_8)).statusCode())
          .isEqualTo(200);
      HttpResponse<String> api = get("/api/search?q=");
      assertThat(api.statusCode()).isEqualTo(200);
      assertThat(api.body()).contains("\"total\":");
      // the crawl indexes into the collection all the same
      CrawlReport report = crawl.get();
      assertThat(report.fetched()).isGreaterThan(fetchedWhenStopped);
    } finally {
      pool.shutdownNow();
    }
    pipeline.index.commit();
    pipeline.index.refresh();
    long all = embedded.count();
    assertThat(all).isGreaterThan(before);
    assertThat(pipeline.searcher.count()).isEqualTo(all);
    assertThat(get("/api/search?q=" + URLEncoder.encode("妇联", StandardCharsets.UTF_8))
        .statusCode()).isEqualTo(200);

    // back again, the node catches up; then it alone answers with every report
    cluster.startNode(1);
    waitUntilEveryReplicaIsActive();
    cluster.stopNode(0);
    assertThat(pipeline.searcher.count()).isEqualTo(all);
    assertThat(ids(pipeline.searcher)).isEqualTo(ids(embedded));
    assertThat(get("/api/search?q=").statusCode()).isEqualTo(200);
  }

  private long fetched() {
    var run = pipeline.runner.current();
    return run == null ? 0 : run.fetched();
  }

  private void waitUntilEveryReplicaIsActive() throws InterruptedException {
    long deadline = System.nanoTime() + 90_000_000_000L;
    while (System.nanoTime() < deadline) {
      ClusterState state = pipeline.solr.client.getClusterState();
      DocCollection c = state.getCollection("reports");
      boolean active = c.getReplicas().stream()
          .allMatch(r -> r.getState() == Replica.State.ACTIVE
              && state.getLiveNodes().contains(r.getNodeName()));
      if (active) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the replicas did not all become active again");
  }

  private static Set<String> ids(SearchBackend backend) {
    Set<String> ids = new TreeSet<>();
    backend.forEach(new SearchRequest("", java.util.Map.of(), SearchRequest.Sort.DATE, 1, 10,
        null, null, false), r -> ids.add(r.id()));
    return ids;
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + path))
        .build(), HttpResponse.BodyHandlers.ofString());
  }
}
