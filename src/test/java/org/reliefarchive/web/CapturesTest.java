package org.reliefarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The capture history appears when the report record carries one, and nothing otherwise. */
class CapturesTest {
  record Capture(String fetchedAt, int status, String digest) {}

  record WithCaptures(String id, List<Capture> captures) {}

  record WithoutCaptures(String id) {}

  @Test
  void readsTheCapturesComponentWhenThereIsOne() {
    List<?> list = Captures.list(new WithCaptures("x",
        List.of(new Capture("2024-05-01T00:00Z", 200, "sha1:AB"))));
    assertThat(list).hasSize(1);
    assertThat(Captures.list(new WithoutCaptures("x"))).isEmpty();
  }
}
