package org.reliefarchive.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads what class and id names say about an element: clutter (nav, share, related …) or
 * article (content, article, zhengwen …), from the two expressions of {@code boilerplate.yaml}.
 * Verdicts are cached per element and per distinct pair of class and id. Thread-safe.
 */
final class ClassHints {
  /** Distinct class/id strings whose verdict is remembered; portals reuse a few hundred. */
  private static final int CACHE_SIZE = 50_000;
  private final Map<Names, Integer> cache = new ConcurrentHashMap<>();
  private final Pattern negative;
  private final Pattern positive;

  /** Hints from the two expressions, each may be null. */
  ClassHints(Pattern negative, Pattern positive) {
    this.negative = negative;
    this.positive = positive;
  }

  /** A score factor: 0.6 for clutter names, 1.25 for article names, else 1. */
  double factor(ElementStats s) {
    int kind = kind(s);
    return kind < 0 ? 0.6 : kind > 0 ? 1.25 : 1;
  }

  /** -1 for clutter class/id names, 1 for article names, 0 otherwise; cached in the stats. */
  int kind(ElementStats s) {
    if (s.hintKind == 2) {
      s.hintKind = kind(s.element);
    }
    return s.hintKind;
  }

  private int kind(Element e) {
    if (!e.hasAttr("class") && !e.hasAttr("id")) {
      return 0;
    }
    Names key = new Names(e.className(), e.id());
    Integer known = cache.get(key);
    if (known != null) {
      return known;
    }
    String id = key.id();
    int kind = kind(id.isEmpty() ? key.classes() + " " : key.classes() + " " + id);
    if (cache.size() < CACHE_SIZE) {
      cache.put(key, kind);
    }
    return kind;
  }

  /** The class and id of an element: the key of a cached verdict, joined only when not known. */
  private record Names(String classes, String id) {}

  private int kind(String names) {
    if (negative != null && negative.matcher(names).find()) {
      return -1;
    }
    if (positive != null && positive.matcher(names).find()) {
      return 1;
    }
    return 0;
  }
}
