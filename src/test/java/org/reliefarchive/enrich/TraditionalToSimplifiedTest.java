package org.reliefarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;
import org.reliefarchive.Corpus;

class TraditionalToSimplifiedTest {

  @Test
  void mapsTraditionalNamesOfAgenciesAndPlaces() {
    assertThat(TraditionalToSimplified.toSimplified("錦江區婦聯 簡陽市 醴陵市慈善會 紅十字會"))
        .isEqualTo("锦江区妇联 简阳市 醴陵市慈善会 红十字会");
  }

  @Test
  void leavesSimplifiedTextAndLengthUnchanged() {
    String simplified = Corpus.seed("000_5a266c807a20fc24");
    String mapped = TraditionalToSimplified.toSimplified(simplified);
    assertThat(mapped).hasSameSizeAs(simplified);
    // ICU's own transliterator is the oracle: a character it leaves alone is simplified
    // already, and the map must leave it alone too
    Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
    int changed = 0;
    for (int i = 0; i < simplified.length(); i++) {
      char c = simplified.charAt(i);
      if (mapped.charAt(i) != c) {
        changed++;
        assertThat(icu.transliterate(String.valueOf(c))).as("changed %s at %d", c, i)
            .isNotEqualTo(String.valueOf(c));
      }
    }
    assertThat(changed).isLessThan(simplified.length() / 200);
    String sample = "甘肃省残联系统持续助力疫情防控工作，为困难群众送去米面油。";
    assertThat(TraditionalToSimplified.toSimplified(sample)).isEqualTo(sample);
  }

  @Test
  void agreesWithTheIcuTransliteratorOnTheTraditionalSeeds() {
    Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
    for (String seed : new String[] {"003_027189717e97a6cf", "004_5e6e1b889cb9728c"}) {
      String text = Corpus.seed(seed);
      String ours = TraditionalToSimplified.toSimplified(text);
      String theirs = icu.transliterate(text);
      // the transliterator may map a few multi-character phrases differently; per character
      // the two must agree on all but a handful
      int differ = 0;
      for (int i = 0; i < Math.min(ours.length(), theirs.length()); i++) {
        if (ours.charAt(i) != theirs.charAt(i)) {
          differ++;
        }
      }
      assertThat(ours.length()).isEqualTo(theirs.length());
      assertThat(differ).as(seed).isLessThanOrEqualTo(ours.length() / 500);
    }
  }
}
