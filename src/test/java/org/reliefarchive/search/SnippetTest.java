package org.reliefarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A snippet stays small whatever the passage the highlighter found. */
class SnippetTest {

  @Test
  void cutsALongPassageAroundItsFirstMarkAndKeepsTheMarksInside() {
    String text = "标".repeat(100_000) + "残联" + "标".repeat(100_000);
    Snippet s = new Snippet(text, List.of(new Snippet.Mark(100_000, 100_002))).capped(440);
    assertThat(s.text().length()).isLessThanOrEqualTo(442);
    assertThat(s.text()).startsWith("…").endsWith("…");
    assertThat(s.render("[", "]", t -> t)).contains("[残联]");
  }

  @Test
  void leavesAShortSnippetAlone() {
    Snippet s = new Snippet("甘肃省残联慰问困难群众", List.of(new Snippet.Mark(3, 5)));
    assertThat(s.capped(440)).isSameAs(s);
  }
}
