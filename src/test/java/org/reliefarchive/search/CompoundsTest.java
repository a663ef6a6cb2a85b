package org.reliefarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which words a listed compound keeps from matching inside it. */
class CompoundsTest {
  @Test
  void onlyWordsAcrossTheBoundaryAreAffected() {
    assertThat(Compounds.straddledBy("民政")).contains("人民政府", "人民政治", "人民政协");
    assertThat(Compounds.straddledBy("民政府")).containsExactly("人民政府");
    // words on one side, the whole compound and longer strings are searched as they are
    assertThat(Compounds.straddledBy("政府")).isEmpty();
    assertThat(Compounds.straddledBy("人民")).isEmpty();
    assertThat(Compounds.straddledBy("人民政府")).isEmpty();
    assertThat(Compounds.straddledBy("省人民政府")).isEmpty();
    assertThat(Compounds.straddledBy("民政局")).isEmpty();
    assertThat(Compounds.straddledBy("民")).isEmpty();
  }

  @Test
  void wordsRunningPastACompoundAreCaughtWithIt() {
    // 民政协调 in 人民政协调研 is 人民政协 + 调研
    assertThat(Compounds.straddledBy("民政协调")).containsExactly("人民政协调");
    assertThat(Compounds.straddledBy("复工会")).containsExactly("复工会议");
    assertThat(Compounds.straddledBy("大家复工会")).containsExactly("大家复工会议");
  }

  @Test
  void aWordGivenAnotherMeaningInsideACompoundIsLeftOutThere() {
    // 养老 (elderly care) in 养老保险 and 养老金 is a pension
    assertThat(Compounds.straddledBy("养老")).contains("养老保险", "养老金", "养老基金");
    assertThat(Compounds.straddledBy("城镇养老")).contains("城镇养老保险");
    // the compound itself, and words that do not hold the whole bracketed word, are searched
    assertThat(Compounds.straddledBy("养老保险")).isEmpty();
    assertThat(Compounds.straddledBy("保险")).isEmpty();
    assertThat(Compounds.straddledBy("老金")).isEmpty();
  }
}
