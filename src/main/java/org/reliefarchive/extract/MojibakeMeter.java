package org.reliefarchive.extract;

/**
 * Measures how implausible decoded text is for a Chinese page: the share, among non-ASCII
 * characters, of characters that a wrong charset typically produces and real pages rarely hold
 * (replacement characters, C1 controls, private-use characters, kana, Hangul, box drawing, Greek
 * and Cyrillic letters, rare CJK extensions).
 */
final class MojibakeMeter {
  private MojibakeMeter() {}

  /** Suspicious share in [0, 1]; 0 for text without non-ASCII characters. */
  static double badShare(String text) {
    double bad = 0;
    int nonAscii = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      nonAscii++;
      bad += weight(c);
    }
    return nonAscii == 0 ? 0 : bad / nonAscii;
  }

  private static double weight(char c) {
    if (c == '\uFFFD' || (c >= 0x80 && c <= 0x9F) || (c >= 0xE000 && c <= 0xF8FF)) {
      return 1;
    }
    if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0xFF61 && c <= 0xFF9F)
        || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF)) {
      return 1;
    }
    if ((c >= 0x2500 && c <= 0x257F) || (c >= 0x0370 && c <= 0x04FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
        || Character.isSurrogate(c)) {
      return 0.5;
    }
    return 0;
  }

  /** Share of CJK ideographs and CJK punctuation among non-ASCII characters. */
  static double cjkShare(String text) {
    int cjk = 0;
    int nonAscii = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      nonAscii++;
      if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F)
          || (c >= 0xFF00 && c <= 0xFF5E)) {
        cjk++;
      }
    }
    return nonAscii == 0 ? 0 : (double) cjk / nonAscii;
  }
}
