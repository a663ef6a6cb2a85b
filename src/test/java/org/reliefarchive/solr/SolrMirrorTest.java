package org.reliefarchive.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.junit.jupiter.api.Test;
import org.reliefarchive.index.IndexSchema;

/**
 * While the cluster refuses every report (nothing listens at its address), the mirror's buffer
 * stays within its bound, and every commit says how many reports the collection missed.
 */
class SolrMirrorTest {
  private static Document report(int n) {
    Document d = new Document();
    d.add(new StringField(IndexSchema.ID, "r" + n, Field.Store.YES));
    return d;
  }

  /** A loopback port nothing listens on: connections are refused at once. */
  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Test
  void aRefusingClusterFillsTheBufferOnlyToItsBoundAndCommitsSayWhatWasMissed()
      throws Exception {
    String url = "http://127.0.0.1:" + closedPort() + "/solr";
    try (HttpJdkSolrClient client = new HttpJdkSolrClient.Builder(url)
        .withConnectionTimeout(2, java.util.concurrent.TimeUnit.SECONDS).build()) {
      SolrMirror mirror = new SolrMirror(client, "reports", 5);
      for (int i = 0; i < 12; i++) {
        mirror.upsert(report(i));
      }
      assertThat(mirror.pending()).isLessThanOrEqualTo(5);
      assertThat(mirror.missed()).isEqualTo(12 - mirror.pending()).isPositive();
      assertThatThrownBy(mirror::flush).isInstanceOf(IOException.class)
          .hasMessageContaining("collection reports");
      assertThat(mirror.pending()).isLessThanOrEqualTo(5);
    }
  }

  @Test
  void aMirrorThatDroppedReportsFailsEveryCommitNamingTheCountAndTheRemedy() throws Exception {
    String url = "http://127.0.0.1:" + closedPort() + "/solr";
    try (HttpJdkSolrClient client = new HttpJdkSolrClient.Builder(url)
        .withConnectionTimeout(2, java.util.concurrent.TimeUnit.SECONDS).build()) {
      SolrMirror mirror = new SolrMirror(client, "reports", 3, 1);
      for (int i = 0; i < 10; i++) {
        mirror.upsert(report(i));
      }
      assertThat(mirror.missed()).isEqualTo(7);
      // the run's last commit fails, so the run stays unfinished and the next crawl indexes its
      // captures again
      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(mirror::commit).isInstanceOf(IOException.class)
            .hasMessageContaining("collection reports missed 7 reports")
            .hasMessageContaining("run crawl again");
      }
      assertThat(mirror.pending()).isEqualTo(3);
    }
  }

  @Test
  void refusesABoundBelowOne() {
    assertThatThrownBy(() -> new SolrMirror(null, "reports", 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxPending is 0");
  }
}
