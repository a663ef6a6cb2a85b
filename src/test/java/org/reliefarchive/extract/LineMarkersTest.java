package org.reliefarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LineMarkersTest {
  private static final Pattern UNAUTHORISED = Pattern.compile("未[经經].{0,16}(授权|授權)");
  private static final Pattern NO_REPRINT = Pattern.compile("(不得|请勿|禁止)(转载|轉載)");
  private static final Pattern NO_ADVICE = Pattern.compile("(不构成|不構成)(任何)?(投资|投資)建议");
  /** An expression whose characters cannot be read (an escape): tried on every line. */
  private static final Pattern PHONE = Pattern.compile("\\d{3}-\\d{8}");
  private final LineMarkers markers =
      new LineMarkers(List.of("分享到"), List.of(UNAUTHORISED, NO_REPRINT, NO_ADVICE, PHONE));

  @Test
  void findsTheFirstPatternInOrderOfPrecedence() {
    assertThat(markers.patternIn("本文未经授权不得转载")).isSameAs(UNAUTHORISED);
    assertThat(markers.patternIn("本站文章请勿转载")).isSameAs(NO_REPRINT);
    assertThat(markers.patternIn("热线010-12345678")).isSameAs(PHONE);
    assertThat(markers.patternIn("以上内容仅供参考，不构成任何投资建议")).isSameAs(NO_ADVICE);
    assertThat(markers.patternIn("未来三天有雨，不得不带伞")).isNull();
    assertThat(markers.patternIn("建议投资者注意风险，这不构成")).isNull();
  }

  @Test
  void findsMarkers() {
    assertThat(markers.holdsMarker("分享到：微信微博")).isTrue();
    assertThat(markers.markerIn("本文未经授权")).isNull();
  }
}
