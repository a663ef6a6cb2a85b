package org.reliefarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words found in one pass over a text answer as a search for each word in turn does. */
class WordSetTest {

  /** The first of {@code words} in list order that {@code text} holds, searched one by one. */
  private static String firstByContains(List<String> words, String text) {
    for (String w : words) {
      if (text.contains(w)) {
        return w;
      }
    }
    return null;
  }

  @Test
  void findsTheFirstWordInOrderOfPrecedenceNotOfPlace() {
    WordSet words = new WordSet(List.of("责任编辑", "分享到", "编辑"));
    assertThat(words.firstIn("分享到微信 责任编辑：张三")).isEqualTo("责任编辑");
    assertThat(words.firstIn("编辑：李四")).isEqualTo("编辑");
    assertThat(words.firstIn("本报讯")).isNull();
    assertThat(words.anyIn("本报讯 分享到")).isTrue();
    assertThat(words.anyIn("本报讯")).isFalse();
    assertThat(new WordSet(List.of("x", "")).firstIn("本报讯")).isEqualTo("");
  }

  @Test
  void answersAsContainsOnEveryLineOfTheCorpus() {
    List<String> markers = Fixtures.boilerplate().lineMarkers();
    WordSet words = new WordSet(markers);
    int held = 0;
    for (String line : Fixtures.corpusLines()) {
      String compact = TextNormalizer.compact(line);
      String expected = firstByContains(markers, compact);
      assertThat(words.firstIn(compact)).as(compact).isEqualTo(expected);
      assertThat(words.anyIn(compact)).as(compact).isEqualTo(expected != null);
      held += expected == null ? 0 : 1;
    }
    assertThat(held).isPositive();
  }
}
