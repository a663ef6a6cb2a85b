package org.reliefarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reliefarchive.archive.ArchivedPage;
import org.reliefarchive.archive.FetchedPage;
import org.reliefarchive.crawl.IngestOutcome;
import org.reliefarchive.crawl.StorageFailure;

/** Pages reach the sink on several threads, and each report's captures in their order. */
class OrderedLanesTest {
  private static final Instant T0 = Instant.parse("2024-05-02T08:00:00Z");

  private static ArchivedPage capture(String url, int n) {
    return new ArchivedPage(new FetchedPage(url, T0.plusSeconds(n), 200, List.of(), new byte[0],
        null, "p", FetchedPage.PageKind.ARTICLE), "a.warc.gz", n, "r" + n, "sha1:X");
  }

  @Test
  void everyPageArrivesOnceAndEachReportsCapturesInOrder() {
    List<ArchivedPage> seen = Collections.synchronizedList(new ArrayList<>());
    List<String> threads = Collections.synchronizedList(new ArrayList<>());
    try (OrderedLanes lanes = new OrderedLanes(p -> {
      seen.add(p);
      threads.add(Thread.currentThread().getName());
      return IngestOutcome.IGNORED;
    }, 3, 4)) {
      for (int n = 0; n < 600; n++) {
        // utm parameters do not make another report: the same lane, in order
        String url = "http://x.example/a/" + (n % 40) + ".html" + (n % 3 == 0 ? "?utm_source=x"
            : "");
        lanes.accept(capture(url, n));
      }
    }
    assertThat(seen).hasSize(600);
    Map<String, List<Long>> byReport = new LinkedHashMap<>();
    for (ArchivedPage p : seen) {
      byReport.computeIfAbsent(p.page().url().replace("?utm_source=x", ""),
          k -> new ArrayList<>()).add(p.offset());
    }
    assertThat(byReport).hasSize(40);
    byReport.values().forEach(offsets -> assertThat(offsets).isSorted().hasSize(15));
    assertThat(threads.stream().distinct().count()).isGreaterThan(1);
  }

  @Test
  void aFailureThatStopsTheRunComesBackToTheReader() {
    OrderedLanes lanes = new OrderedLanes(p -> {
      throw new StorageFailure("cannot write the index: No space left on device", null);
    }, 2, 2);
    lanes.accept(capture("http://x.example/a/1.html", 1));
    assertThatThrownBy(lanes::close).isInstanceOf(StorageFailure.class)
        .hasMessageContaining("No space left");
  }
}
