package org.reliefarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TitleKeyTest {
  /** Characters on both sides of every bound of the one-pass key, and some that NFKC changes. */
  private static final String ALPHABET = "aZ09 \t\n\r\"'()（）.-_|"
      + "\u007F\u0080\u00A0\u00E0ǎ\u0130\u03A3\u2007\u200B\u200F\u2010\u2011\u2018\u201C\u201D"
      + "\u2024\u2026\u2027\u2028\u3000\u3001\u3002\u3009\u300A\u300C\u300F\u3011\u3012\u301D"
      + "\u33FF\u3400\u4E00\u9FFF\uA000\uF900\uFF00\uFF01\uFF02\uFF07\uFF0C\uFF1A\uFF21"
      + "\uFF41\uFF5E\uFF5F\uFEFF甘肃残联捐赠";

  @Test
  void keyOfRandomTextMatchesTheStepByStepKey() {
    Random random = new Random(42);
    for (int n = 0; n < 50_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String t = text.toString();
      assertThat(TitleFinder.key(t)).as("key of \"%s\"", t).isEqualTo(TitleFinder.normalizedKey(t));
    }
  }

  @Test
  void keysOfHeadingsLeaveOutSpacesQuotesAndCase() {
    assertThat(TitleFinder.key("“原生1bit” DAC 评测")).isEqualTo("原生1bitdac评测");
    assertThat(TitleFinder.key("甘肃省残联 召开会议")).isEqualTo("甘肃省残联召开会议");
    assertThat(TitleFinder.key("ＡＢＣ新闻")).isEqualTo("abc新闻");
    assertThat(TitleFinder.key("甘肃：残联（“助残日”）")).isEqualTo("甘肃:残联(助残日)");
    assertThat(TitleFinder.key("甘肃：残联…")).isEqualTo("甘肃:残联...");
  }
}
