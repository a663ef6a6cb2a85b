package org.reliefarchive.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefarchive.enrich.ReportTags;

class TagsCodecTest {

  @Test
  void readsBackWhatItWrote() {
    ReportTags tags = new ReportTags(List.of("甘肃省/兰州市/安宁区"), "甘肃省/兰州市/安宁区",
        List.of("残联"), List.of("甘肃省残联"), List.of("残疾人"),
        List.of(new ReportTags.Mention("agency", "甘肃省残联", 7, 12, "甘肅省殘聯")));
    assertThat(TagsCodec.decode(TagsCodec.encode(tags))).isEqualTo(tags);
  }

  @Test
  void readsAMissingValueAsNoTagsAndRefusesAnythingElse() {
    assertThat(TagsCodec.decode(null)).isEqualTo(ReportTags.NONE);
    assertThatThrownBy(() -> TagsCodec.decode("[1,2]"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stored tags");
  }
}
