package org.reliefarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class AhoCorasickTest {

  @Test
  void findsOverlappingPatternsInOnePass() {
    AhoCorasick ac = new AhoCorasick(List.of("兰州", "兰州市", "州市", "安宁区"));
    List<AhoCorasick.Match> all = ac.findAll("兰州市安宁区");
    assertThat(all).extracting(AhoCorasick.Match::pattern).containsExactly(1, 0, 2, 3);
    assertThat(all.get(0)).isEqualTo(new AhoCorasick.Match(0, 3, 1));
  }

  @Test
  void keepsTheLeftmostLongestWithoutOverlaps() {
    AhoCorasick ac = new AhoCorasick(List.of("兰州", "兰州市", "州市", "安宁区"));
    assertThat(ac.findLongest("在兰州市安宁区")).extracting(AhoCorasick.Match::pattern)
        .containsExactly(1, 3);
  }

  @Test
  void followsFailureLinksIntoSuffixPatterns() {
    AhoCorasick ac = new AhoCorasick(List.of("abcd", "bc", "c"));
    assertThat(ac.findAll("xabcx")).extracting(AhoCorasick.Match::pattern)
        .containsExactlyInAnyOrder(1, 2);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS,
      threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void scalesLinearlyWithTheText() {
    // a long pattern that almost matches everywhere: a matcher that tries each pattern at each
    // position (or backtracks) compares 1,400,000 x 600,000 characters, minutes even with
    // vectorised comparison; the automaton reads each character once, in a fraction of a second.
    // The timeout bounds the complexity with a margin of a hundred times, not a speed figure.
    String almost = "a".repeat(600_000) + "b";
    AhoCorasick ac = new AhoCorasick(List.of(almost, "b"));
    String text = "a".repeat(2_000_000);
    assertThat(ac.findAll(text)).isEmpty();
  }
}
