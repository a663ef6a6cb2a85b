package org.reliefarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import org.reliefarchive.extract.Article;

/**
 * The short fields of an article (title, source, editor, author, correspondent) made safe on the
 * way into the index: control characters (C0 and C1, except newline and tab) and the bidi
 * controls U+202A–U+202E and U+2066–U+2069 are removed, because they reach terminals and pages
 * (an ESC sequence recolours a terminal, U+202E turns text around); a field longer than its cap
 * is cut there, because a page can put 100,000 characters in its title and every search answer
 * would carry them. What was cut is said in {@link #note()}, which ingest keeps in the capture
 * record.
 */
final class FieldCaps {
  /** The longest title kept, in characters. */
  static final int MAX_TITLE = 300;
  /** The longest source (来源) and byline name kept, in characters. */
  static final int MAX_NAME = 100;
  /**
   * The most characters of body text kept (a long government report has some tens of
   * thousands): a page of megabytes of text made every search that listed it slow, since each
   * hit reads and highlights its body.
   */
  static final int MAX_BODY = 100_000;

  private final Article article;
  private final String note;

  private FieldCaps(Article article, String note) {
    this.article = article;
    this.note = note;
  }

  /** Cleans and caps the short fields of {@code article}. */
  static FieldCaps apply(Article article) {
    List<String> cut = new ArrayList<>();
    String title = field("title", article.title(), MAX_TITLE, cut);
    String source = field("source", article.source(), MAX_NAME, cut);
    String editor = field("editor", article.editor(), MAX_NAME, cut);
    String author = field("author", article.author(), MAX_NAME, cut);
    String correspondent = field("correspondent", article.correspondent(), MAX_NAME, cut);
    List<String> paragraphs = body(article.paragraphs(), cut);
    Article capped = new Article(article.url(), title, article.publishedAt(), source, editor,
        author, correspondent, paragraphs, article.charset(), article.dateSource(),
        article.decodingNote());
    return new FieldCaps(capped, cut.isEmpty() ? null : String.join("; ", cut));
  }

  /** The article with its short fields cleaned and capped. */
  Article article() {
    return article;
  }

  /** What was cut ("title cut from 100000 to 300 characters"), or null when nothing was. */
  String note() {
    return note;
  }

  /** The paragraphs up to {@link #MAX_BODY} characters in all; the rest is cut and noted. */
  private static List<String> body(List<String> paragraphs, List<String> cut) {
    long total = 0;
    for (String p : paragraphs) {
      total += p.length();
    }
    if (total <= MAX_BODY) {
      return paragraphs;
    }
    List<String> kept = new ArrayList<>();
    int left = MAX_BODY;
    for (String p : paragraphs) {
      if (left <= 0) {
        break;
      }
      if (p.length() <= left) {
        kept.add(p);
        left -= p.length();
      } else {
        int end = Character.isHighSurrogate(p.charAt(left - 1)) ? left - 1 : left;
        kept.add(p.substring(0, end));
        left = 0;
      }
    }
    cut.add("body cut from " + total + " to " + MAX_BODY + " characters");
    return kept;
  }

  private static String field(String name, String value, int max, List<String> cut) {
    if (value == null) {
      return null;
    }
    String clean = strip(value);
    int length = clean.codePointCount(0, clean.length());
    if (length <= max) {
      return clean;
    }
    cut.add(name + " cut from " + length + " to " + max + " characters");
    return clean.substring(0, clean.offsetByCodePoints(0, max));
  }

  /** {@code s} without control characters (but newline and tab) and bidi controls. */
  static String strip(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (unsafe(c)) {
        if (out == null) {
          out = new StringBuilder(s.length()).append(s, 0, i);
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  private static boolean unsafe(char c) {
    if (c == '\n' || c == '\t') {
      return false;
    }
    return c < 0x20 || c >= 0x7f && c <= 0x9f
        || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
  }
}
