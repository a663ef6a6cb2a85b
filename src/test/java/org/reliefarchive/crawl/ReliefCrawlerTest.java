package org.reliefarchive.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.junit.jupiter.api.Test;

/** The kind a failed fetch is counted under in the run record. */
class ReliefCrawlerTest {
  @Test
  void aRefusedConnectionATimeoutAndAnUnknownHostAreNamedByTheirCause() {
    // what crawler4j's fetcher throws for a closed port
    assertThat(ReliefCrawler.kind(new HttpHostConnectException(
        "Connect to http://127.0.0.1:1 failed: Connection refused"), "unexpected error"))
        .isEqualTo("connection refused");
    assertThat(ReliefCrawler.kind(new IOException(new ConnectException("refused")),
        "fetch failed")).isEqualTo("connection refused");
    assertThat(ReliefCrawler.kind(new IOException("read", new SocketTimeoutException()),
        "fetch failed")).isEqualTo("timed out");
    assertThat(ReliefCrawler.kind(new UnknownHostException("nowhere.example"),
        "unexpected error")).isEqualTo("unknown host");
  }

  @Test
  void anyOtherFailureKeepsTheKindOfItsCallback() {
    assertThat(ReliefCrawler.kind(new IllegalStateException("x"), "unexpected error"))
        .isEqualTo("unexpected error");
    assertThat(ReliefCrawler.kind(new IOException("x"), "fetch failed"))
        .isEqualTo("fetch failed");
  }
}
