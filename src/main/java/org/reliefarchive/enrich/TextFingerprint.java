package org.reliefarchive.enrich;

/**
 * A 64-bit SimHash of a report's text, for finding reprints of one article on other portals:
 * near-identical texts differ in a few bits only. Computed over overlapping four-character
 * shingles of the text normalised to simplified characters, with punctuation and white space
 * dropped, so a reprint in traditional script or with other line breaks still matches.
 */
public final class TextFingerprint {
  /** Two texts whose fingerprints differ in at most this many bits count as reprints. */
  public static final int REPRINT_DISTANCE = 4;
  private static final int SHINGLE = 4;

  private TextFingerprint() {}

  /** The SimHash of {@code text}; 0 for texts too short to fingerprint. */
  public static long simhash(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = TraditionalToSimplified.map(text.charAt(i));
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    if (sb.length() < SHINGLE * 4) {
      return 0L;
    }
    int[] weights = new int[64];
    for (int i = 0; i + SHINGLE <= sb.length(); i++) {
      long h = hash(sb, i, i + SHINGLE);
      for (int b = 0; b < 64; b++) {
        weights[b] += ((h >>> b) & 1L) == 1L ? 1 : -1;
      }
    }
    long fingerprint = 0L;
    for (int b = 0; b < 64; b++) {
      if (weights[b] > 0) {
        fingerprint |= 1L << b;
      }
    }
    return fingerprint;
  }

  /** Bits in which two fingerprints differ. */
  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  private static long hash(CharSequence s, int from, int to) {
    long h = 0x9E3779B97F4A7C15L;
    for (int i = from; i < to; i++) {
      h = (h ^ s.charAt(i)) * 0xBF58476D1CE4E5B9L;
    }
    // splitmix64 finaliser spreads the bits evenly
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    return h ^ (h >>> 31);
  }
}
