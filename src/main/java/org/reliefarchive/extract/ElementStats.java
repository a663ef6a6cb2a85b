package org.reliefarchive.extract;

import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Sums over the lines below one element (characters, links, punctuation, markup, line range) and
 * the verdicts the body detector caches on it. Linked to the stats of the parent element, so
 * walking up the page needs no map lookups.
 */
final class ElementStats {
  final Element element;
  /** Stats of the parent element; null at the root. */
  ElementStats parent;
  double score;
  int chars;
  int linkChars;
  int punct;
  int blocks;
  int firstBlock = -1;
  int lastBlock;
  int tags;
  int ends;
  /** Final score (with link share, hints, place by the title), set when ranked as a candidate. */
  double rank;
  /** Class/id hint: -1 clutter name, 1 article name, 0 neither; 2 when not yet computed. */
  int hintKind = 2;
  double damping = Double.NaN;
  double clutterAbove = Double.NaN;
  Object verdictOf;
  boolean verdict;

  ElementStats(Element element) {
    this.element = element;
  }

  double linkShare() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }

  /** The stats of {@code e} in {@code stats}, created with those of its ancestors when missing. */
  static ElementStats of(Element e, Map<Element, ElementStats> stats) {
    ElementStats s = stats.get(e);
    if (s != null) {
      return s;
    }
    s = new ElementStats(e);
    stats.put(e, s);
    ElementStats child = s;
    for (Element p = e.parent(); p != null; p = p.parent()) {
      ElementStats ps = stats.get(p);
      if (ps != null) {
        child.parent = ps;
        break;
      }
      ps = new ElementStats(p);
      stats.put(p, ps);
      child.parent = ps;
      child = ps;
    }
    return s;
  }

  /** True when {@code s} is {@code ancestor} or lies below it. */
  static boolean inside(ElementStats s, ElementStats ancestor) {
    for (ElementStats p = s; p != null; p = p.parent) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }
}
