package org.reliefarchive.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Word boundaries of Chinese text by SmartCN's dictionary, asked around one position at a time:
 * does a word of the text run across it? A place name whose first character ends another word
 * (文明村镇 holds 明村镇, 南京路 … ) is then part of that word, not a name. Only a few
 * characters around the position are segmented, so a long text costs no more than a short one.
 */
final class WordSplit {
  /** Characters segmented on each side of the position. */
  private static final int WINDOW = 4;

  private static final Analyzer SEGMENTER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new HMMChineseTokenizer();
      return new TokenStreamComponents(tokenizer);
    }
  };

  private WordSplit() {}

  /**
   * True when a word of two or more characters starts before {@code at} and ends after it, in
   * {@code text} segmented from the start of the Han run holding {@code at} (at most a few
   * characters back) to a few characters after it.
   */
  static boolean insideWord(String text, int at) {
    return wordAcross(text, at, -1);
  }

  /**
   * True when a word of two or more characters starts after {@code start} and before {@code at}
   * and ends after {@code at}: the end of a name at {@code at} begins another word (在巴中国移民:
   * 巴中 ends inside 中国), while a word starting at {@code start} itself (北京市) is the name.
   */
  static boolean wordRunsOut(String text, int start, int at) {
    return wordAcross(text, at, start);
  }

  /**
   * True when the two characters around {@code at} make one word on their own (行为 in
   * 交互中行为): the character after a name then belongs to a word with the name's last one, so it
   * cannot be a word of its own there, even where the dictionary reads the name as a word
   * (中行/为). Two characters no word joins (讯向 of 腾讯向, 为发 of 华为发布) are two words.
   */
  static boolean pairIsWord(String text, int at) {
    if (at <= 0 || at >= text.length() || !BodyNamer.isHan(text.charAt(at - 1))
        || !BodyNamer.isHan(text.charAt(at))) {
      return false;
    }
    try (TokenStream tokens = SEGMENTER.tokenStream("", text.substring(at - 1, at + 1))) {
      OffsetAttribute offsets = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      boolean one = false;
      while (tokens.incrementToken()) {
        one |= offsets.endOffset() - offsets.startOffset() == 2;
      }
      tokens.end();
      return one;
    } catch (IOException e) {
      throw new UncheckedIOException("segmenting a text in memory failed", e);
    }
  }

  /** The words of {@code text} as SmartCN's dictionary cuts it (中国医药 → 中国, 医药). */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    try (TokenStream tokens = SEGMENTER.tokenStream("", text)) {
      OffsetAttribute offsets = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        words.add(text.substring(offsets.startOffset(), offsets.endOffset()));
      }
      tokens.end();
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException("segmenting a text in memory failed", e);
    }
  }

  /**
   * A word across {@code at}; with {@code after} ≥ 0, only a word that starts after it counts.
   */
  private static boolean wordAcross(String text, int at, int after) {
    if (at <= 0 || at >= text.length() || !BodyNamer.isHan(text.charAt(at - 1))) {
      return false;
    }
    int from = at - 1;
    while (from > 0 && at - from < WINDOW && BodyNamer.isHan(text.charAt(from - 1))) {
      from--;
    }
    int to = Math.min(text.length(), at + WINDOW);
    String window = text.substring(from, to);
    try (TokenStream tokens = SEGMENTER.tokenStream("", window)) {
      OffsetAttribute offsets = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      int split = at - from;
      boolean across = false;
      while (tokens.incrementToken()) {
        if (offsets.startOffset() < split && offsets.endOffset() > split
            && (after < 0 || from + offsets.startOffset() > after)) {
          across = true;
        }
      }
      tokens.end();
      return across;
    } catch (IOException e) {
      throw new UncheckedIOException("segmenting a text in memory failed", e);
    }
  }
}
