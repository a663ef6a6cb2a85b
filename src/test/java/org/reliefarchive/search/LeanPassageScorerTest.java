package org.reliefarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The lean passage score is Lucene's, without Lucene's hash table per passage. */
class LeanPassageScorerTest {
  private static final String TEXT = "甘肃省残联慰问困难残疾人家庭。残联工作人员为困难群众送去米面油，"
      + "并了解残疾人的康复需求。县残联表示将持续做好帮扶工作。";

  @Test
  void scoresEveryPassageAsLucenesScorerDoes() {
    PassageScorer lucene = new PassageScorer();
    PassageScorer lean = new Snippets.LeanPassageScorer();
    List<Passage> passages = passages(List.of("残联", "困难", "残疾人", "残疾"));
    assertThat(passages).hasSizeGreaterThan(2);
    for (Passage p : passages) {
      assertThat(p.getNumMatches()).isPositive();
      assertThat(lean.score(p, TEXT.length())).isEqualTo(lucene.score(p, TEXT.length()));
    }
  }

  @Test
  void aTermRepeatedInAPassageScoresHigherThanOnce() {
    PassageScorer lean = new Snippets.LeanPassageScorer();
    Passage once = new Passage();
    once.setStartOffset(0);
    once.setEndOffset(20);
    once.addMatch(3, 5, new BytesRef("残联"), 3);
    Passage twice = new Passage();
    twice.setStartOffset(0);
    twice.setEndOffset(20);
    twice.addMatch(3, 5, new BytesRef("残联"), 3);
    twice.addMatch(15, 17, new BytesRef("残联"), 3);
    assertThat(lean.score(twice, 100)).isGreaterThan(lean.score(once, 100));
  }

  /** One passage per sentence of TEXT, with a match at every occurrence of each word. */
  private static List<Passage> passages(List<String> words) {
    List<Passage> out = new ArrayList<>();
    int start = 0;
    for (String sentence : TEXT.split("(?<=[。，])")) {
      Passage p = new Passage();
      p.setStartOffset(start);
      p.setEndOffset(start + sentence.length());
      List<int[]> matches = new ArrayList<>();
      for (int w = 0; w < words.size(); w++) {
        for (int i = sentence.indexOf(words.get(w)); i >= 0;
            i = sentence.indexOf(words.get(w), i + 1)) {
          matches.add(new int[] {start + i, w});
        }
      }
      // the highlighter adds matches in offset order
      matches.sort((a, b) -> Integer.compare(a[0], b[0]));
      for (int[] m : matches) {
        String word = words.get(m[1]);
        p.addMatch(m[0], m[0] + word.length(), new BytesRef(word), count(word));
      }
      if (p.getNumMatches() > 0) {
        out.add(p);
      }
      start += sentence.length();
    }
    return out;
  }

  private static int count(String word) {
    return TEXT.split(word, -1).length - 1;
  }
}
