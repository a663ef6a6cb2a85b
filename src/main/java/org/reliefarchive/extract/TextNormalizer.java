package org.reliefarchive.extract;

import java.util.regex.Pattern;

/**
 * Text clean-up shared by the extraction steps: pinyin glosses out, whitespace normalised, and
 * the character classes the body detector counts (Chinese and Western punctuation).
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
  /**
   * A parenthesised lowercase pinyin syllable with at least one tone mark right after a CJK
   * character: 捐贈(zèng), 醫(yī)院, 萬(wàn). Syllables without tone marks are left alone, so
   * list markers such as (a) or units such as (m) survive.
   */
  private static final Pattern GLOSS =
      Pattern.compile("(?<=[\\p{IsHan}])[(（]\\s?(?=[a-zü" + TONED + "]{0,6}[" + TONED + "])[a-zü"
          + TONED + "]{1,7}\\s?[)）]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000\\u2002-\\u200B\\uFEFF]+");
  private static final Pattern CJK_GAP =
      Pattern.compile("(?<=[\\p{IsHan}，。！？；：、“”‘’（）《》])\\s+(?=[\\p{IsHan}，。！？；：、“”‘’（）《》])");

  /** Removes pinyin glosses inserted after characters: 醫(yī)院 → 醫院. */
  public static String removeGlosses(String text) {
    if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
      return text;
    }
    return GLOSS.matcher(text).replaceAll("");
  }

  /**
   * One line of text: glosses removed, runs of whitespace (including U+00A0, U+3000 and zero-width
   * spaces) turned into one plain space, ends trimmed.
   */
  public static String line(String text) {
    return SPACES.matcher(removeGlosses(text)).replaceAll(" ").trim();
  }

  /** Text with all whitespace removed, for comparing lines. */
  public static String compact(String text) {
    return SPACES.matcher(text).replaceAll("");
  }

  /** Removes spaces between two CJK characters or punctuation (layout spaces, not words). */
  public static String closeCjkGaps(String text) {
    return CJK_GAP.matcher(text).replaceAll("");
  }

  /** True for punctuation that separates clauses or ends sentences, Chinese or Western. */
  public static boolean isClausePunct(char c) {
    switch (c) {
      case '，', '。', '！', '？', '；', '：', '、', '“', '”', '‘', '’', '《', '》', '…',
          ',', ';', '!', '?':
        return true;
      default:
        return false;
    }
  }

  /** True for sentence-ending punctuation. */
  public static boolean isSentenceEnd(char c) {
    return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '…';
  }

  /** True for characters that are not whitespace. */
  public static boolean isVisible(char c) {
    return !(Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B'
        || c == '\uFEFF');
  }
}
