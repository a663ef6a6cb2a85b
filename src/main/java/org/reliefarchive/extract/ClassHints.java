package org.reliefarchive.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads what class and id names say about an element: clutter (nav, share, related …) or
 * article (content, article, zhengwen …), from the two expressions of {@code boilerplate.yaml}.
 * Verdicts are cached per element and per distinct class/id string. Thread-safe.
 */
final class ClassHints {
  /** Distinct class/id strings whose verdict is remembered; portals reuse a few hundred. */
  private static final int CACHE_SIZE = 50_000;
  private final Map<String, Integer> cache = new ConcurrentHashMap<>();
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
    String id = e.id();
    String names = id.isEmpty() ? e.className() + " " : e.className() + " " + id;
    Integer known = cache.get(names);
    if (known != null) {
      return known;
    }
    int kind = kind(names);
    if (cache.size() < CACHE_SIZE) {
      cache.put(names, kind);
    }
    return kind;
  }

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
