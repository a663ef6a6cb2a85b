package org.reliefarchive.extract;

import java.util.List;
import java.util.Locale;

/**
 * Counts over a whole page and its located body that tell an article page from a list, search,
 * home or video page.
 *
 * @param pageChars visible characters of the page
 * @param pageLinkChars of which inside links
 * @param bodyPlain body characters outside links
 * @param bodySentences sentence ends in the body
 * @param bodyLines lines in the body
 * @param bodyLinkLines body lines that are mostly links
 */
record PageStats(int pageChars, int pageLinkChars, int bodyPlain, int bodySentences,
    int bodyLines, int bodyLinkLines) {

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
    for (int i : body) {
      TextBlock b = blocks.get(i);
      plain += b.plainChars();
      ends += b.sentenceEnds();
      if (b.linkShare() > 0.6) {
        linkLines++;
      }
    }
    return new PageStats(chars, links, plain, ends, body.size(), linkLines);
  }

  double pageLinkShare() {
    return pageChars == 0 ? 0 : (double) pageLinkChars / pageChars;
  }

  /** Why this is not an article page, or null when it may be one. */
  String notAnArticle() {
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
    if (bodyLinkLines >= 10 && bodyLinkLines * 2 > bodyLines) {
      return String.format(Locale.ROOT, "a list: %d of %d body lines are links", bodyLinkLines,
          bodyLines);
    }
    return null;
  }
}
