package org.reliefarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.reliefarchive.enrich.TraditionalToSimplified;

/**
 * Splits the unquoted text of a query into the words a reader sees in it, with SmartCN's
 * dictionary: 甘肃残联救助 → 甘肃 | 残联 | 救助. Each word is then searched as a string of its own,
 * so the words of an unspaced query need not stand side by side in a report. Characters that
 * SmartCN leaves single (防控 → 防|控, a name it does not know) stay together as one word, a
 * single character sticks to the word it touches (省残联, 低保户), and a function character
 * standing alone (残联的工作) is left out.
 *
 * <p>The index holds bigrams, not these words, so a word here finds every text that contains
 * it, also inside longer words (民政 in 民政局).
 */
public final class QueryWords {
  private static final Analyzer SEGMENTER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new HMMChineseTokenizer();
      return new TokenStreamComponents(tokenizer);
    }
  };

  /** Characters that, standing alone in a query, are grammar rather than something searched. */
  private static final String FUNCTION = "的地得和与及或在是了对为把被等从向给让将并而也都就又还很之其";

  /** Characters that, left alone, start the word after them: 省残联, 市民政局, 副主任. */
  private static final String PREFIX = "省市县区镇乡村州盟旗副总老小大新";

  private QueryWords() {}

  /**
   * A word of a query as the user wrote it and in simplified characters (the one 繁→简 mapping
   * the word goes through before the analyzer).
   *
   * @param text the word as written
   * @param simplified the same word in simplified characters, character for character
   */
  record Word(String text, String simplified) {
    /** A word mapped to simplified here: a quoted phrase, taken whole. */
    static Word of(String text) {
      return new Word(text, TraditionalToSimplified.toSimplified(text));
    }
  }

  /**
   * The words of {@code text} in simplified characters, in order, as the parser searches them
   * (for plain baselines that count the same words in a text).
   */
  public static List<String> simplifiedWords(String text) {
    return split(text).stream().map(Word::simplified).toList();
  }

  /** The words of {@code text}, as substrings of it, in order; punctuation is dropped. */
  static List<Word> split(String text) {
    // SmartCN's dictionary is simplified; the mapping is one character for one, so offsets hold
    String simplified = TraditionalToSimplified.toSimplified(text);
    List<int[]> spans = new ArrayList<>();
    try (TokenStream ts = SEGMENTER.tokenStream("q", simplified)) {
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int start = offset.startOffset();
        int end = offset.endOffset();
        if (hasLetterOrDigit(text, start, end)) {
          spans.add(new int[] {start, end});
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // characters SmartCN leaves single side by side are one word (防|控, 和|县, a name it lacks)
    List<int[]> words = new ArrayList<>();
    int i = 0;
    while (i < spans.size()) {
      int j = i + 1;
      if (length(spans.get(i)) == 1) {
        while (j < spans.size() && length(spans.get(j)) == 1
            && spans.get(j)[0] == spans.get(j - 1)[1]) {
          j++;
        }
      }
      words.add(new int[] {spans.get(i)[0], spans.get(j - 1)[1]});
      i = j;
    }
    // a function character left alone (的, 和, 在 …) would match nearly every report
    List<int[]> content = words.stream()
        .filter(w -> length(w) > 1 || FUNCTION.indexOf(simplified.charAt(w[0])) < 0)
        .collect(Collectors.toCollection(ArrayList::new));
    if (!content.isEmpty()) {
      words = content;
    }
    // another character left alone belongs to a word it touches: the next one for a prefix
    // (省|残联, 疫情期间|省|残联), else the one before (低保|户, 2020|年)
    for (int k = 0; k < words.size() && words.size() > 1; k++) {
      int[] w = words.get(k);
      if (length(w) != 1) {
        continue;
      }
      boolean touchesBefore = k > 0 && words.get(k - 1)[1] == w[0];
      boolean touchesAfter = k + 1 < words.size() && words.get(k + 1)[0] == w[1];
      boolean prefix = PREFIX.indexOf(simplified.charAt(w[0])) >= 0;
      if (touchesAfter && (prefix || !touchesBefore)) {
        words.get(k + 1)[0] = w[0];
        words.remove(k--);
      } else if (touchesBefore) {
        words.get(k - 1)[1] = w[1];
        words.remove(k--);
      }
    }
    return words.stream()
        .map(w -> new Word(text.substring(w[0], w[1]), simplified.substring(w[0], w[1])))
        .toList();
  }

  private static int length(int[] span) {
    return span[1] - span[0];
  }

  private static boolean hasLetterOrDigit(String text, int start, int end) {
    return text.substring(start, end).codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
