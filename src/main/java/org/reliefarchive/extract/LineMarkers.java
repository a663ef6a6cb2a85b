package org.reliefarchive.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The line markers (分享到, 版权声明 …) and notice patterns (未经授权不得转载 …) of
 * {@code boilerplate.yaml}, looked for in a line with its whitespace removed. Every line of a page
 * is tried, so the markers are found in one pass over the line ({@link WordSet}), and a pattern
 * is run only on lines holding a character of each set it requires ({@link RequiredChars}).
 * Thread-safe.
 */
final class LineMarkers {
  private final WordSet markers;
  private final List<Pattern> patterns;
  /**
   * For each pattern, sets of characters of each of which a line it matches holds one
   * ({@link RequiredChars#allOf}); none for a pattern that is run on every line.
   */
  private final List<List<String>> required = new ArrayList<>();
  /** The sets of {@link #required} in one row, pattern by pattern. */
  private final List<String> sets = new ArrayList<>();
  /** For each pattern, its bits among the first 64 of {@link #sets}. */
  private final long[] setBits;
  /** Every character of {@link #sets}: the others tell nothing about the patterns. */
  private final BitSet requiredChars = new BitSet();

  /** Markers and patterns, each list in the order of precedence. */
  LineMarkers(List<String> markers, List<Pattern> patterns) {
    this.markers = new WordSet(markers);
    this.patterns = List.copyOf(patterns);
    this.setBits = new long[this.patterns.size()];
    for (int k = 0; k < setBits.length; k++) {
      List<String> all = RequiredChars.allOf(this.patterns.get(k));
      required.add(all);
      for (String set : all) {
        setBits[k] |= sets.size() < Long.SIZE ? 1L << sets.size() : 0;
        sets.add(set);
        set.chars().forEach(requiredChars::set);
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
    long held = setsHeld(compact);
    for (int k = 0; k < setBits.length; k++) {
      if (mayMatch(k, compact, held) && patterns.get(k).matcher(compact).find()) {
        return patterns.get(k);
      }
    }
    return null;
  }

  /** True when {@code compact} holds a character of each set pattern {@code k} requires. */
  private boolean mayMatch(int k, String compact, long held) {
    if (sets.size() <= Long.SIZE) {
      return (held & setBits[k]) == setBits[k];
    }
    for (String set : required.get(k)) {
      if (!RequiredChars.holdsAny(compact, set)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Bit i set for each of the first 64 {@link #sets} that {@code compact} holds a character of:
   * one pass over the line for all patterns.
   */
  private long setsHeld(String compact) {
    long held = 0;
    int n = Math.min(sets.size(), Long.SIZE);
    for (int i = 0, length = compact.length(); i < length; i++) {
      char c = compact.charAt(i);
      if (requiredChars.get(c)) {
        for (int j = 0; j < n; j++) {
          if (sets.get(j).indexOf(c) >= 0) {
            held |= 1L << j;
          }
        }
      }
    }
    return held;
  }
}
