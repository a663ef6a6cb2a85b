package org.reliefarchive.extract;

import org.jsoup.nodes.Element;

/**
 * One line of a page as a reader sees it: the inline text between two block boundaries, with the
 * counts the body detector needs.
 *
 * @param index position in document order
 * @param text the text, whitespace collapsed, pinyin glosses still in
 * @param container the nearest block-level element holding the text
 * @param chars visible (non-whitespace) characters
 * @param linkChars visible characters inside links, 0 for a sentence whose words are links
 *     (a review that links every name and title): prose, not a list of links
 * @param punct clause punctuation outside links (，。、；：“” …)
 * @param sentenceEnds sentence-ending punctuation outside links (。！？)
 * @param heading true when inside h1–h6
 * @param tags elements opened since the previous line ended (markup per line: high in widgets)
 */
record TextBlock(
    int index,
    String text,
    Element container,
    int chars,
    int linkChars,
    int punct,
    int sentenceEnds,
    boolean heading,
    int tags) {

  /** Clause punctuation outside links that makes a line with links a sentence. */
  static final int PROSE_PUNCT = 3;

  /**
   * Counts links inside a sentence as text: a line with {@link #PROSE_PUNCT} or more clause
   * marks and a sentence end outside its links is prose whose words happen to be links, which
   * a list of links, a menu or a breadcrumb never is.
   */
  TextBlock {
    if (linkChars > 0 && punct >= PROSE_PUNCT && sentenceEnds >= 1) {
      linkChars = 0;
    }
  }

  /** Visible characters outside links. */
  int plainChars() {
    return chars - linkChars;
  }

  /** Share of visible characters inside links. */
  double linkShare() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }
}
