package org.reliefarchive.extract;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The line markers (分享到, 版权声明 …) and notice patterns (未经授权不得转载 …) of
 * {@code boilerplate.yaml}, looked for in a line with its whitespace removed. Every line of a page
 * is tried, so the markers are found in one pass over the line ({@link WordSet}), and a pattern
 * is run only on lines holding a character it requires ({@link RequiredChars}). Thread-safe.
 */
final class LineMarkers {
  private final WordSet markers;
  private final List<Pattern> patterns;
  /** For each pattern, characters one of which a line it matches holds, or null. */
  private final String[] required;
  /** Every character of {@link #required}: the others tell nothing about the patterns. */
  private final BitSet requiredChars = new BitSet();
  /** Bit k set when pattern k (of the first 64) is run on every line. */
  private long alwaysRun;

  /** Markers and patterns, each list in the order of precedence. */
  LineMarkers(List<String> markers, List<Pattern> patterns) {
    this.markers = new WordSet(markers);
    this.patterns = List.copyOf(patterns);
    this.required = new String[this.patterns.size()];
    for (int k = 0; k < required.length; k++) {
      required[k] = RequiredChars.of(this.patterns.get(k));
      if (required[k] == null) {
        alwaysRun |= k < Long.SIZE ? 1L << k : 0;
      } else {
        required[k].chars().forEach(requiredChars::set);
      }
    }
  }

  /** True when {@code compact} holds a marker. */
  boolean holdsMarker(String compact) {
    return markers.anyIn(compact);
  }

  /** The first marker in order of precedence that {@code compact} holds, or null. */
  String markerIn(String compact) {
    return markers.firstIn(compact);
  }

  /** The first pattern in order of precedence found in {@code compact}, or null. */
  Pattern patternIn(String compact) {
    long mayMatch = mayMatch(compact);
    for (int k = 0; k < required.length; k++) {
      boolean possible = k < Long.SIZE ? (mayMatch & 1L << k) != 0
          : required[k] == null || RequiredChars.holdsAny(compact, required[k]);
      if (possible && patterns.get(k).matcher(compact).find()) {
        return patterns.get(k);
      }
    }
    return null;
  }

  /**
   * Bit k set for each of the first 64 patterns that {@code compact} may match: it holds one of
   * the pattern's required characters, or the pattern has none. One pass over the line for all
   * patterns.
   */
  private long mayMatch(String compact) {
    long mask = alwaysRun;
    for (int i = 0, n = compact.length(); i < n; i++) {
      char c = compact.charAt(i);
      if (requiredChars.get(c)) {
        for (int k = 0; k < Math.min(required.length, Long.SIZE); k++) {
          if (required[k] != null && required[k].indexOf(c) >= 0) {
            mask |= 1L << k;
          }
        }
      }
    }
    return mask;
  }
}
