package org.reliefarchive.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefarchive.enrich.CaptureRecord;

/** The one codec of the stored capture history. */
class CaptureCodecTest {

  @Test
  void writesAndReadsAHistoryBack() {
    List<CaptureRecord> history = List.of(
        new CaptureRecord("2024-05-01T08:00:00Z", 200, "new", "t1", "p1", "a.warc.gz", 0,
            "response", null),
        new CaptureRecord("2024-05-02T08:00:00Z", 304, "unchanged", "t1", null, "a.warc.gz",
            912, "revisit", null),
        new CaptureRecord("2024-05-03T08:00:00Z", 410, "removed", null, null, "b.warc.gz", 77,
            "response", "页面已删除"));
    String stored = CaptureCodec.encode(history);
    assertThat(stored).contains("\"change\":\"unchanged\"", "页面已删除");
    assertThat(CaptureCodec.decode(stored)).isEqualTo(history);
  }

  @Test
  void readsNoHistoryAsEmptyAndRefusesAnythingElse() {
    assertThat(CaptureCodec.encode(null)).isNull();
    assertThat(CaptureCodec.decode(null)).isEmpty();
    assertThatThrownBy(() -> CaptureCodec.decode("{\"time\": 1}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("captures");
  }
}
