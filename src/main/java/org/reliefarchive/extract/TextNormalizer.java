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
  private static final Pattern CJK_GAP =
      Pattern.compile("(?<=[\\p{IsHan}，。！？；：、“”‘’（）《》])\\s+(?=[\\p{IsHan}，。！？；：、“”‘’（）《》])");

  /** Removes pinyin glosses inserted after characters: 醫(yī)院 → 醫院. */
  public static String removeGlosses(String text) {
    if ((text.indexOf('(') < 0 && text.indexOf('（') < 0) || !hasToneMark(text)) {
      return text;
    }
    return GLOSS.matcher(text).replaceAll("");
  }

  private static boolean hasToneMark(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0xE0 && c <= 0x1E3F && TONED.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * One line of text: glosses removed, runs of whitespace (including U+00A0, U+3000 and zero-width
   * spaces) turned into one plain space, ends trimmed.
   */
  public static String line(String text) {
    String t = removeGlosses(text);
    int n = t.length();
    boolean clean = n == 0 || (!isSpace(t.charAt(0)) && !isSpace(t.charAt(n - 1)));
    for (int i = 0; clean && i < n; i++) {
      char c = t.charAt(i);
      if (isSpace(c) && (c != ' ' || (i + 1 < n && isSpace(t.charAt(i + 1))))) {
        clean = false;
      }
    }
    if (clean) {
      return t;
    }
    StringBuilder out = new StringBuilder(n);
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (isSpace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Text with all whitespace removed, for comparing lines. */
  public static String compact(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && !isSpace(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n);
    out.append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * True for the whitespace {@link #line} and {@link #compact} remove: ASCII white space,
   * U+00A0, U+3000, U+2002–U+200B and U+FEFF.
   */
  static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || (c >= '\t' && c <= '\r');
    }
    return c >= 0xA0 && (c == 0xA0 || (c >= 0x2002 && c <= 0x200B) || c == 0x3000
        || c == 0xFEFF);
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
    // every character Character.isWhitespace knows lies at or below ' ' or in U+1680–U+3000;
    // most of a page's characters (ASCII letters, Han) are told without asking it
    if (c > ' ' && c < 0x1680) {
      return c != '\u00A0';
    }
    if (c > '\u3000') {
      return c != '\uFEFF';
    }
    return !(Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B'
        || c == '\uFEFF');
  }
}
