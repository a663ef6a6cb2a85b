package org.reliefarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mention offsets point into one text, whatever the report lacks. */
class TaggedTextTest {
  private final ReportTagger tagger = Taggers.fromConfig();

  @Test
  void placesEveryParagraphWhereTheTaggerFoundItsMentions() {
    List<String> paragraphs = List.of("甘肃省残联慰问困难残疾人。", "兰州市安宁区齿轮厂社区关爱独居老人。");
    for (String title : new String[] {"残联送温暖", "", null}) {
      String text = TaggedText.of(title, paragraphs);
      TagFindings tags = tagger.tag(text, TaggedText.titleEnd(title), null);
      int[] starts = TaggedText.paragraphStarts(title, paragraphs);
      for (int i = 0; i < starts.length; i++) {
        assertThat(text.substring(starts[i], starts[i] + paragraphs.get(i).length()))
            .isEqualTo(paragraphs.get(i));
      }
      ReportTags stored = ReportTags.of(tags);
      assertThat(stored.mentions()).isNotEmpty().allSatisfy(m ->
          assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
    }
  }

  @Test
  void isTheTitleAloneWithoutParagraphs() {
    assertThat(TaggedText.of("甘肃省残联", List.of())).isEqualTo("甘肃省残联");
    assertThat(TaggedText.paragraphStarts("甘肃省残联", List.of())).isEmpty();
  }
}
