package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reliefarchive.archive.FileTrees;
import org.reliefarchive.config.SolrConfig;
import org.reliefarchive.eval.LocalSolrCluster;

/**
 * {@code bench --backend solrcloud} on a 2-node test cluster, given by its ZooKeeper address as
 * a user gives a running SolrCloud: small numbers, but every part of the bench runs for real.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrBenchIT {
  private LocalSolrCluster cluster;
  private String zk;
  private Path dir;

  @BeforeAll
  void startCluster() throws Exception {
    cluster = LocalSolrCluster.start(2);
    SolrConfig c = cluster.config("relief-bench");
    zk = c.zkHosts().get(0) + (c.zkChroot() == null ? "" : c.zkChroot());
    dir = Files.createTempDirectory("relief-solr-bench");
  }

  @AfterAll
  void stopCluster() throws Exception {
    try (LocalSolrCluster c = cluster) {
      FileTrees.delete(dir);
    }
  }

  @Test
  void printsBothBackendsSideBySideThenServesBothOverHttp() {
    CliIT.Result r = CliIT.run("bench", "--backend", "solrcloud", "--zk-host", zk,
        "--dir", dir.toString(), "--docs", "300", "--queries", "4", "--portals", "1",
        "--pages", "20");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Collection relief-bench: created, 2 shards x 2 replicas")
        .contains("Indexed 300 docs with 2 threads in")
        .contains("Indexed 300 docs with 2 threads into the local index and the collection")
        .containsPattern("embedded p50/p95/p99 \\(hits\\)\\s+solrcloud p50/p95/p99 \\(hits\\)")
        .containsPattern("\\n  drill-down( +[0-9.]+){3} \\( *\\d+\\)( +[0-9.]+){3} \\( *\\d+\\)")
        // the same queries on the same reports: as many hits on each backend
        .contains("The same queries found as many reports on every backend.")
        .doesNotContain("hits differ")
        // 1 portal of 20 pages: 10 list pages and 10 articles, rebuilt into both
        .containsPattern("indexed 10 reports in [0-9.]+ s .*; 10 reports in the index")
        // rates of a thousand and more are printed with a grouping comma (1,024)
        .containsPattern("reindex 20 captures \\(captures/s\\) +[\\d,]+ +[\\d,]+")
        .containsPattern("indexing, 2 threads \\(docs/s\\)\\* +[\\d,]+ +[\\d,]+");

    CliIT.Result http = CliIT.run("bench", "--backend", "solrcloud", "--zk-host", zk,
        "--dir", dir.toString(), "--docs", "300", "--reuse", "--http", "--clients", "2",
        "--seconds", "2", "--warm-up", "1", "--no-reindex");
    assertThat(http.code()).as(http.err()).isZero();
    assertThat(http.out()).contains("Reusing the index in")
        .containsPattern("2 HTTP clients \\(req/s\\) +[0-9.]+ +[0-9.]+")
        .containsPattern("2 HTTP clients errors +0 +0");
  }

  @Test
  void refusesTwoKindsOfClusterAtOnce() {
    CliIT.Result r = CliIT.run("bench", "--backend", "solrcloud", "--zk-host", zk,
        "--solr-url", "http://127.0.0.1:1/solr");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("give --zk-host or --solr-url, not both");
    assertThat(CliIT.run("bench", "--backend", "elastic").code()).isEqualTo(2);
    CliIT.Result reports = CliIT.run("bench", "--backend", "solrcloud", "--zk-host", zk,
        "--collection", "reports");
    assertThat(reports.code()).isEqualTo(2);
    assertThat(reports.err()).contains("--collection reports is the collection of "
        + "config/index.yaml");
  }
}
