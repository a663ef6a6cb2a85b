package org.reliefarchive.enrich;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.text.UnicodeSetIterator;

/**
 * Maps traditional Chinese characters to simplified ones, one character for one, with a table
 * built once from ICU's {@code Traditional-Simplified} data. A per-character table is about a
 * thousand times faster than running the transliterator over text, and since it never changes
 * the length of a text, offsets into the mapped text are offsets into the original (which
 * highlighting relies on). Characters whose simplified form is not a single BMP character are
 * left as they are.
 */
public final class TraditionalToSimplified {
  private static final char[] TABLE = buildTable();

  private TraditionalToSimplified() {}

  /** The simplified form of {@code c}, or {@code c} itself. */
  public static char map(char c) {
    return TABLE[c];
  }

  /** Maps every character of {@code text}; the result has the same length. */
  public static String toSimplified(String text) {
    if (text == null) {
      return null;
    }
    char[] out = text.toCharArray();
    boolean changed = false;
    for (int i = 0; i < out.length; i++) {
      char m = TABLE[out[i]];
      if (m != out[i]) {
        out[i] = m;
        changed = true;
      }
    }
    return changed ? new String(out) : text;
  }

  /** Maps {@code len} characters of {@code buf} from {@code off}, in place. */
  public static void mapInPlace(char[] buf, int off, int len) {
    for (int i = off; i < off + len; i++) {
      buf[i] = TABLE[buf[i]];
    }
  }

  /** How many characters of {@code text} change when mapped. */
  public static int countTraditional(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (TABLE[text.charAt(i)] != text.charAt(i)) {
        n++;
      }
    }
    return n;
  }

  private static char[] buildTable() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      table[c] = (char) c;
    }
    Transliterator t = Transliterator.getInstance("Traditional-Simplified");
    // only the characters the transliterator can change need asking: a few thousand, not the
    // whole CJK range, which keeps start-up short
    UnicodeSet source = t.getSourceSet();
    for (UnicodeSetIterator it = new UnicodeSetIterator(source); it.next(); ) {
      int c = it.codepoint;
      if (c == UnicodeSetIterator.IS_STRING || c > Character.MAX_VALUE) {
        continue;
      }
      String s = t.transliterate(String.valueOf((char) c));
      if (s.length() == 1 && s.charAt(0) != c) {
        table[c] = s.charAt(0);
      }
    }
    return table;
  }
}
