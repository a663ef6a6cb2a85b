package org.reliefarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

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
  void scalesLinearlyWithTheText() {
    AhoCorasick ac = new AhoCorasick(List.of("aaaa", "aaab", "b"));
    String text = "a".repeat(200_000);
    assertThat(ac.findAll(text)).hasSize(200_000 - 3);
  }
}
