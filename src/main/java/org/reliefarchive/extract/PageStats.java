package org.reliefarchive.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Counts over a whole page and its located body that tell an article page from a list, search,
 * home or video page.
 *
 * @param pageChars visible characters of the page
 * @param pageLinkChars of which inside links
 * @param bodyPlain body characters outside links
 * @param bodySentences sentence ends in the body; a code listing ({@code <pre>}) counts as one
 *     at least, since a post of headings and code states things without 。
 * @param bodyLines lines in the body
 * @param bodyLinkLines body lines that are mostly links
 * @param bodyTeasers body lines of 30 characters or more cut off with an ellipsis (摘要…), as
 *     lists of stories show their summaries
 * @param bodyHeadlines body lines that are a link of 8 characters or more followed by a line of
 *     text outside links: a list's headline over its summary
 * @param bodyCards body lines right after a gap in the body whose last lines hold a linked title
 *     of 8 Han characters or more: the summaries of a list's cards joined, their titles left out
 * @param bodyShortLines body lines of fewer than 8 characters that are not mostly links (a
 *     story card's tags and dates)
 * @param bodyCellLines body lines inside a table cell ({@code td}, {@code th})
 */
record PageStats(int pageChars, int pageLinkChars, int bodyPlain, int bodySentences,
    int bodyLines, int bodyLinkLines, int bodyTeasers, int bodyHeadlines, int bodyCards,
    int bodyShortLines, int bodyCellLines) {

  /** Lines a table of records has at least before its lack of sentences makes it one. */
  static final int TABLE_MIN_LINES = 20;

  static PageStats of(List<TextBlock> blocks, List<Integer> body) {
    int chars = 0;
    int links = 0;
    for (TextBlock b : blocks) {
      chars += b.chars();
      links += b.linkChars();
    }
    int plain = 0;
    int ends = 0;
    int linkLines = 0;
    int teasers = 0;
    int headlines = 0;
    int cards = 0;
    int shortLines = 0;
    int cellLines = 0;
    for (int k = 0; k < body.size(); k++) {
      TextBlock b = blocks.get(body.get(k));
      if (b.linkShare() > 0.6 && b.chars() >= 8 && k + 1 < body.size()
          && blocks.get(body.get(k + 1)).linkShare() < 0.3) {
        headlines++;
      }
      if (b.linkShare() < 0.3 && headlineOutside(blocks, body, k)) {
        cards++; // a card's summary joined into the body, its linked title left outside
      }
      plain += b.plainChars();
      ends += b.container().normalName().equals("pre") ? Math.max(1, b.sentenceEnds())
          : b.sentenceEnds();
      if (b.linkShare() > 0.6) {
        linkLines++;
      } else if (b.chars() < 8) {
        shortLines++;
      }
      if (b.chars() >= 30 && isCutOff(b.text())) {
        teasers++;
      }
      if (inCell(b.container())) {
        cellLines++;
      }
    }
    return new PageStats(chars, links, plain, ends, body.size(), linkLines, teasers, headlines,
        cards, shortLines, cellLines);
  }

  /** Lines looked back from a body line for the linked headline of its card. */
  static final int HEADLINE_LOOKBACK = 3;

  /**
   * True when body line {@code k} follows a gap in the body and, within the
   * {@value #HEADLINE_LOOKBACK} lines of that gap right before it, a linked title stands (a line
   * mostly of links with {@value #CARD_TITLE_HAN} Han characters or more): the summary of a
   * card in a list (a forum's thread list, 贴吧's 主题帖 with their first lines) whose title the
   * locator left out while joining the summaries.
   */
  private static boolean headlineOutside(List<TextBlock> blocks, List<Integer> body, int k) {
    int at = body.get(k);
    int previous = k == 0 ? -1 : body.get(k - 1);
    if (previous == at - 1) {
      return false;
    }
    for (int i = at - 1; i > previous && i >= at - HEADLINE_LOOKBACK; i--) {
      TextBlock b = blocks.get(i);
      if (b.linkShare() > 0.6 && hanChars(b.text()) >= CARD_TITLE_HAN) {
        return true;
      }
    }
    return false;
  }

  /**
   * Han characters a card's linked title holds at least: a title says something (青海失联女大学生
   * 抱轻生目的到达可可西里), where a reply's info line is a user name, a floor and a time
   * (gazeldx #1 1 月前).
   */
  static final int CARD_TITLE_HAN = 8;

  private static int hanChars(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
        n++;
      }
    }
    return n;
  }

  /** True when an element is a table cell or lies inside one. */
  private static boolean inCell(Element e) {
    for (Element at = e; at != null; at = at.parent()) {
      String name = at.normalName();
      if (name.equals("td") || name.equals("th")) {
        return true;
      }
      if (name.equals("table") || name.equals("body")) {
        return false;
      }
    }
    return false;
  }

  /**
   * True when a line is a summary cut off: it ends with an ellipsis ("..", "…", "……"), inside a
   * character cut in half (a summary cut at a byte count shows U+FFFD), or with a link to the rest
   * after a space, an ellipsis or a bracket (… 全文, [详细], 阅读全文>>); spaces ignored.
   */
  static boolean isCutOff(String text) {
    String t = text.strip();
    if (t.endsWith("..") || t.endsWith("…") || t.endsWith("．．") || t.endsWith("\uFFFD")) {
      return true;
    }
    int end = t.length();
    while (end > 0 && CLOSERS.indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    for (String more : READ_MORE) {
      int at = end - more.length();
      if (at >= 0 && t.startsWith(more, at)) {
        return at == 0 || OPENERS.indexOf(t.charAt(at - 1)) >= 0;
      }
    }
    return false;
  }

  /** Links to the rest of a story after its summary. */
  private static final List<String> READ_MORE = List.of("阅读全文", "查看全文", "阅读更多", "全文",
      "详细", "详情", "更多");
  /** What may close such a link: brackets and arrows. */
  private static final String CLOSERS = "]】)）>》 ";
  /** What stands right before such a link: a space, an ellipsis or a bracket. */
  private static final String OPENERS = " .…[【(（<《\u3000";

  /** The counts in words, for {@code extract --explain}. */
  String describe() {
    return String.format(Locale.ROOT, "page %d characters, %.0f%% in links; body %d characters"
        + " outside links, %d sentence ends, %d lines (%d mostly links, %d cut off, %d headlines"
        + " over text, %d after a linked title outside, %d in table cells)", pageChars,
        100 * pageLinkShare(), bodyPlain, bodySentences, bodyLines, bodyLinkLines, bodyTeasers,
        bodyHeadlines, bodyCards, bodyCellLines);
  }

  double pageLinkShare() {
    return pageChars == 0 ? 0 : (double) pageLinkChars / pageChars;
  }

  /**
   * Why this is not an article page, or null when it may be one; the posts of a thread
   * ({@code thread}) are not a list however many of their lines are author links.
   */
  String notAnArticle(boolean thread) {
    if (pageChars == 0) {
      return "page has no text";
    }
    if (bodyPlain < ArticleExtractor.MIN_BODY_CHARS && pageLinkShare() > 0.4) {
      return String.format(Locale.ROOT,
          "no text block: best block has %d characters outside links; %.0f%% of the page's text"
              + " is links", bodyPlain, 100 * pageLinkShare());
    }
    if (bodySentences == 0 && bodyPlain < 200 && pageLinkShare() > 0.4) {
      return String.format(Locale.ROOT,
          "%d sentence ends in %d characters of text; %.0f%% of the page's text is links",
          bodySentences, bodyPlain, 100 * pageLinkShare());
    }
    // a table of records (a court's hearing list, a price list, a register) states nothing: not
    // one of its many lines ends a sentence; a poem or a table of contents is not in cells
    if (bodySentences == 0 && bodyLines >= TABLE_MIN_LINES && bodyCellLines * 2 > bodyLines) {
      return String.format(Locale.ROOT, "a table of records: %d lines, %d of them in table cells,"
          + " and not one sentence end", bodyLines, bodyCellLines);
    }
    // the story links between the summaries (headlines, column names) are not counted
    // nor are a story card's short lines (its tags, its date)
    int textLines = bodyLines - bodyLinkLines - bodyShortLines;
    if (bodyTeasers >= 3 && bodyTeasers * 3 >= textLines) {
      return String.format(Locale.ROOT, "a list of story summaries: %d of %d body lines of text"
          + " outside links are cut off", bodyTeasers, textLines);
    }
    if (!thread && bodyHeadlines >= 8 && bodyHeadlines * 3 >= bodyLines) {
      return String.format(Locale.ROOT, "a list of headlines over summaries: %d of %d body lines"
          + " are a linked headline followed by text", bodyHeadlines, bodyLines);
    }
    // a thread's posts follow their authors' names and floors, not titles of 8 Han characters
    if (bodyCards >= 8 && bodyCards * 3 >= bodyLines * 2) {
      return String.format(Locale.ROOT, "a list of cards: %d of %d body lines each follow a linked"
          + " title left out of the body", bodyCards, bodyLines);
    }
    if (!thread && bodyLinkLines >= 10 && bodyLinkLines * 2 > bodyLines) {
      return String.format(Locale.ROOT, "a list: %d of %d body lines are links", bodyLinkLines,
          bodyLines);
    }
    return null;
  }
}
