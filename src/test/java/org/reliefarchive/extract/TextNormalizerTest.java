package org.reliefarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void removesPinyinGlossesAfterCharacters() {
    assertThat(TextNormalizer.removeGlosses("愛心捐贈(zèng)儀式,愛爾眼科醫(yī)院捐款10萬(wàn)元"))
        .isEqualTo("愛心捐贈儀式,愛爾眼科醫院捐款10萬元");
    assertThat(TextNormalizer.removeGlosses("丁時(shí)偉（lǜ）")).isEqualTo("丁時偉");
  }

  @Test
  void keepsParenthesesThatAreNoGloss() {
    assertThat(TextNormalizer.removeGlosses("经社科(民政)、方案(a)、面积(m)、NBA(nba)"))
        .isEqualTo("经社科(民政)、方案(a)、面积(m)、NBA(nba)");
  }

  @Test
  void normalisesWhitespaceInALine() {
    assertThat(TextNormalizer.line("\u3000\u3000连日来,\u00A0甘肃  省残联\t "))
        .isEqualTo("连日来, 甘肃 省残联");
  }

  @Test
  void visibleCharactersAreThoseThatAreNoWhitespaceOfJavaNorAListedSpace() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      boolean space = Character.isWhitespace(c) || c == 0xA0 || c == 0x3000 || c == 0x200B
          || c == 0xFEFF;
      assertThat(TextNormalizer.isVisible((char) c)).as("U+%04X", c).isEqualTo(!space);
    }
  }

  @Test
  void countsChinesePunctuation() {
    assertThat(TextNormalizer.isClausePunct('，')).isTrue();
    assertThat(TextNormalizer.isSentenceEnd('。')).isTrue();
    assertThat(TextNormalizer.isSentenceEnd('，')).isFalse();
  }
}
