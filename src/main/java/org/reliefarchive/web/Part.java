package org.reliefarchive.web;

import java.util.ArrayList;
import java.util.List;
import org.reliefarchive.search.Snippet;

/**
 * A piece of text a template shows, plain or marked: the pieces of a snippet, or of a report's
 * paragraph with its tag mentions. Templates write each piece escaped and wrap marked ones in
 * {@code <mark>}, so marked text never travels as HTML.
 *
 * @param text the text as crawled
 * @param kind null for plain text; the kind of mark otherwise ("" for a search match, the tag
 *     dimension for a tag mention)
 * @param title the mark's tooltip, or null
 */
record Part(String text, String kind, String title) {
  /** Whether the piece is marked. */
  boolean marked() {
    return kind != null;
  }

  /** A snippet cut at its matched ranges. */
  static List<Part> of(Snippet s) {
    List<Part> parts = new ArrayList<>();
    if (s == null) {
      return parts;
    }
    int at = 0;
    for (Snippet.Mark mark : s.marks()) {
      plain(parts, s.text().substring(at, mark.start()));
      parts.add(new Part(s.text().substring(mark.start(), mark.end()), "", null));
      at = mark.end();
    }
    plain(parts, s.text().substring(at));
    return parts;
  }

  /** Adds {@code text} as a plain piece unless it is empty. */
  static void plain(List<Part> parts, String text) {
    if (!text.isEmpty()) {
      parts.add(new Part(text, null, null));
    }
  }
}
