package org.reliefarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
 * SmartCN leaves single (防控 → 防|控, a name it does not know) stay together as one word.
 *
 * <p>The index holds bigrams, not these words, so a word here finds every text that contains
 * it, also inside longer words (民政 in 民政局).
 */
final class QueryWords {
  private static final Analyzer SEGMENTER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new HMMChineseTokenizer();
      return new TokenStreamComponents(tokenizer);
    }
  };

  private QueryWords() {}

  /** The words of {@code text}, as substrings of it, in order; punctuation is dropped. */
  static List<String> split(String text) {
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
    List<String> words = new ArrayList<>();
    int i = 0;
    while (i < spans.size()) {
      int j = i + 1;
      if (length(spans.get(i)) == 1) {
        while (j < spans.size() && length(spans.get(j)) == 1
            && spans.get(j)[0] == spans.get(j - 1)[1]) {
          j++;
        }
      }
      words.add(text.substring(spans.get(i)[0], spans.get(j - 1)[1]));
      i = j;
    }
    return words;
  }

  private static int length(int[] span) {
    return span[1] - span[0];
  }

  private static boolean hasLetterOrDigit(String text, int start, int end) {
    return text.substring(start, end).codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
