package org.reliefarchive.extract;

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

  /** Markers and patterns, each list in the order of precedence. */
  LineMarkers(List<String> markers, List<Pattern> patterns) {
    this.markers = new WordSet(markers);
    this.patterns = List.copyOf(patterns);
    this.required = new String[this.patterns.size()];
    for (int k = 0; k < required.length; k++) {
      required[k] = RequiredChars.of(this.patterns.get(k));
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
    for (int k = 0; k < required.length; k++) {
      if ((required[k] == null || RequiredChars.holdsAny(compact, required[k]))
          && patterns.get(k).matcher(compact).find()) {
        return patterns.get(k);
      }
    }
    return null;
  }
}
