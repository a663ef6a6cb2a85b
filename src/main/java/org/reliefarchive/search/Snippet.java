package org.reliefarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A passage of a report's text with the places a query matched: plain text, never HTML. Each
 * presenter marks and escapes it its own way (the web page and the JSON API with
 * {@code <mark>}, the terminal with 【】).
 *
 * @param text the passage as crawled (unescaped), passages joined with "…"
 * @param marks the matched ranges, in order, not overlapping, within {@code text}
 */
public record Snippet(String text, List<Mark> marks) {

  /**
   * One matched range.
   *
   * @param start offset of its first character in the text
   * @param end offset after its last character
   */
  public record Mark(int start, int end) {
    /** Checks the range. */
    public Mark {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("mark [" + start + ", " + end + ") is not a range");
      }
    }
  }

  /** Copies the marks and checks they lie in the text, in order. */
  public Snippet {
    text = text == null ? "" : text;
    marks = marks == null ? List.of() : List.copyOf(marks);
    int last = 0;
    for (Mark m : marks) {
      if (m.start() < last || m.end() > text.length()) {
        throw new IllegalArgumentException("mark [" + m.start() + ", " + m.end()
            + ") is out of order or outside a text of " + text.length() + " characters");
      }
      last = m.end();
    }
  }

  /**
   * This snippet cut to at most {@code max} characters: a window around its first mark (or its
   * start), with "…" where text was cut and the marks inside the window kept. A passage of a
   * text with no sentence break can be the whole text; a page of hits must stay small.
   */
  public Snippet capped(int max) {
    if (text.length() <= max) {
      return this;
    }
    int centre = marks.isEmpty() ? 0 : marks.get(0).start();
    int from = Math.max(0, Math.min(centre - max / 3, text.length() - max));
    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
      from++;
    }
    int to = Math.min(text.length(), from + max);
    if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
      to--;
    }
    String head = from > 0 ? "…" : "";
    List<Mark> kept = new ArrayList<>();
    for (Mark m : marks) {
      if (m.start() >= from && m.end() <= to) {
        kept.add(new Mark(m.start() - from + head.length(), m.end() - from + head.length()));
      }
    }
    return new Snippet(head + text.substring(from, to) + (to < text.length() ? "…" : ""), kept);
  }

  /** A snippet without marks. */
  public static Snippet plain(String text) {
    return new Snippet(text, List.of());
  }

  /**
   * The text with each mark wrapped in {@code open} and {@code close} and every piece of text
   * passed through {@code escape} (identity for a terminal, an HTML escaper for a page).
   */
  public String render(String open, String close, UnaryOperator<String> escape) {
    StringBuilder sb = new StringBuilder(text.length() + marks.size() * 13);
    int at = 0;
    for (Mark m : marks) {
      sb.append(escape.apply(text.substring(at, m.start()))).append(open)
          .append(escape.apply(text.substring(m.start(), m.end()))).append(close);
      at = m.end();
    }
    return sb.append(escape.apply(text.substring(at))).toString();
  }
}
