package org.reliefarchive.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the article heading. The page's {@code <title>} and title meta tags usually hold the
 * heading plus a site suffix ("… - 中国甘肃网"); the heading itself is the line of the page that
 * those texts start with (or equal), preferably an h1–h6 near the body, continued by the next
 * lines when the heading is set on two; a line that is only the site or channel part of the
 * {@code <title>} is no heading. Without such a line the meta title, then a heading right above
 * the body, then the {@code <title>} with its site suffix cut, then the first h1 is used.
 */
public final class TitleFinder {
  /** A finder; the extractor owns one. */
  TitleFinder() {}

  private static final Pattern SUFFIX_SEPARATOR =
      Pattern.compile("\\s+[-–—|｜_·]+\\s+|\\s*[_|｜]\\s*|\\s*--\\s*|-(?=[^-]{1,20}$)");
  /** Title meta tags in order of trust: attribute and value (compared ignoring case). */
  private static final String[][] META_TITLES = {
    {"property", "og:title"}, {"name", "og:title"}, {"name", "ArticleTitle"},
    {"name", "title"}, {"name", "twitter:title"}, {"itemprop", "headline"}, {"name", "headline"}
  };

  /**
   * The heading found.
   *
   * @param title the heading text, or null
   * @param blockIndex index of the line holding it, or -1 when it came from metadata
   * @param source which rule found it
   * @param insideTitle true for a line found only inside the {@code <title>}, neither equal to
   *     it nor at its start (a site name: 中国地理学会 of "新闻动态--中国地理学会官网"); once the body
   *     is known, a heading right above it is the better title
   */
  record Match(String title, int blockIndex, String source, boolean insideTitle) {
    Match(String title, int blockIndex, String source) {
      this(title, blockIndex, source, false);
    }

    /**
     * True when the match found once the body is known, {@code later}, is the better title: this
     * line names the site, or no line holds the {@code <title>} and the heading above the body
     * starts with it and says more (the site's name alone, 浙江省淡水水产研究所, over the
     * headline 浙江省淡水水产研究所召开干部职工大会暨党风廉政建设大会).
     */
    boolean givesWayTo(Match later) {
      if (!mayGiveWay() || insideTitle) {
        return insideTitle;
      }
      if (later.title() == null || title == null) {
        return false;
      }
      String mine = key(title);
      String theirs = key(later.title());
      return !mine.isEmpty() && theirs.startsWith(mine)
          && theirs.substring(mine.length()).codePoints().filter(Character::isLetter).count()
              >= MORE_LETTERS;
    }

    /** True when a match found once the body is known may be the better title. */
    boolean mayGiveWay() {
      return insideTitle || DOC_TITLE.equals(source);
    }
  }

  /** Letters a heading must add to a bare {@code <title>} to replace it (not a count: 241). */
  private static final int MORE_LETTERS = 2;
  /** The source of a title taken from {@code <title>} with no line of the page holding it. */
  private static final String DOC_TITLE = "<title> without site suffix";

  /**
   * Finds the heading of a page from its markup and lines; {@code bodyStart} is the index of the
   * first body line, or the number of lines while the body is not yet known.
   */
  Match find(PageMarkup markup, List<TextBlock> blocks, int bodyStart) {
    List<String> refs = new ArrayList<>();
    String metaTitle = null;
    for (String[] sel : META_TITLES) {
      Element m = firstMeta(markup.metas(), sel[0], sel[1]);
      if (m != null && !m.attr("content").isBlank()) {
        refs.add(key(m.attr("content")));
        if (metaTitle == null) {
          metaTitle = m.attr("content");
        }
      }
    }
    String docTitle = markup.title();
    if (!docTitle.isBlank()) {
      refs.add(key(docTitle));
    }
    // short segments after the heading in <title> name the site and channel: a line that is
    // one of them (Ruby China of "Ruby：极致的脚本语言 · Ruby China") is no heading
    List<String> siteParts = siteParts(docTitle);
    int longestRef = 0;
    for (String ref : refs) {
      longestRef = Math.max(longestRef, ref.length());
    }
    BitSet refChars = new BitSet();
    for (String ref : refs) {
      ref.chars().forEach(refChars::set);
    }
    int limit = Math.min(blocks.size(), Math.max(bodyStart, 0) + 5);
    double bestScore = 0;
    TextBlock best = null;
    for (int i = 0; i < limit; i++) {
      TextBlock b = blocks.get(i);
      // two-character headings (夜雨) count only as h1–h6
      int min = b.heading() ? 2 : 4;
      // a line much longer than every reference cannot match one (its key is about as long)
      if (b.chars() < min || b.chars() > 150 || b.chars() > 2 * longestRef + 10
          || !mayOccurIn(refChars, b.text())) {
        continue;
      }
      String k = key(b.text());
      if (k.length() < min || isSitePart(k, siteParts)) {
        continue;
      }
      double s = 0;
      for (String ref : refs) {
        s = Math.max(s, match(ref, k));
      }
      if (s == 0) {
        continue;
      }
      if (b.heading()) {
        s *= 2;
      }
      if (b.linkShare() > 0.5) {
        s *= 0.7;
      }
      // later lines win ties: the site name and navigation come first
      if (s >= bestScore) {
        bestScore = s;
        best = b;
      }
    }
    // a line found only inside the <title> (中国地理学会 of "新闻动态--中国地理学会官网") names the
    // site: a heading right above the body is the article's own
    boolean inside = best != null && onlyInside(refs, key(best.text()));
    if (inside && bodyStart < blocks.size()) {
      Match above = headingAboveBody(blocks, bodyStart, siteParts);
      if (above != null && above.blockIndex() > best.index()) {
        return above;
      }
    }
    if (best != null) {
      String text = TextNormalizer.line(best.text());
      // a heading set on two lines (机构名 / 关于…的决议): the next lines continue the title
      String joined = key(best.text());
      for (int i = best.index() + 1; i < Math.min(blocks.size(), best.index() + 3); i++) {
        String longer = joined + key(blocks.get(i).text());
        if (longer.length() < joined.length() + 2
            || refs.stream().noneMatch(r -> r.startsWith(longer))) {
          break;
        }
        String sep = isLatinEnd(text) ? " " : "";
        text = text + sep + TextNormalizer.line(blocks.get(i).text());
        joined = longer;
      }
      return new Match(text, best.index(),
          best.heading() ? "heading line matching the page title or a title meta tag"
              : "line matching the page title or a title meta tag", inside);
    }
    if (metaTitle != null) {
      return new Match(TextNormalizer.line(stripSuffix(metaTitle)), -1, "title meta tag");
    }
    // no line holds the <title>: a heading right above the body is the article's own
    Match above = headingAboveBody(blocks, bodyStart, siteParts);
    if (above != null) {
      return above;
    }
    if (!docTitle.isBlank()) {
      String t = TextNormalizer.line(stripSuffix(docTitle));
      if (!t.isEmpty()) {
        return new Match(t, -1, DOC_TITLE);
      }
    }
    for (TextBlock b : blocks) {
      if (b.heading() && b.chars() >= 4 && "h1".equals(b.container().normalName())) {
        return new Match(TextNormalizer.line(b.text()), b.index(), "first h1");
      }
    }
    return new Match(null, -1, "none");
  }

  /** True when line key {@code k} is inside references but neither equals nor starts one. */
  private static boolean onlyInside(List<String> refs, String k) {
    for (String ref : refs) {
      if (ref.equals(k) || ref.startsWith(k)) {
        return false;
      }
    }
    return true;
  }

  /** An h1–h6 line of 6 to 150 characters among the six lines above the body, or null. */
  private static Match headingAboveBody(List<TextBlock> blocks, int bodyStart,
      List<String> siteParts) {
    for (int i = Math.min(blocks.size(), Math.max(bodyStart, 0)) - 1;
        i >= Math.max(0, bodyStart - 6); i--) {
      TextBlock b = blocks.get(i);
      if (b.heading() && b.chars() >= 6 && b.chars() <= 150 && b.linkShare() < 0.5
          && !isSitePart(key(b.text()), siteParts)) {
        return new Match(TextNormalizer.line(b.text()), b.index(),
            "heading right above the body (no line matches the page title)");
      }
    }
    return null;
  }

  /**
   * Keys of the segments of {@code title} after its first that are shorter than the first: the
   * site and channel names after a heading ("Heading · Ruby China"). A title that starts with a
   * short site name ("自由電子報 - Heading", "雄安新区 - 维基百科") has none.
   */
  private static List<String> siteParts(String title) {
    List<String> parts = new ArrayList<>();
    if (title == null || title.isBlank()) {
      return parts;
    }
    String[] split = SUFFIX_SEPARATOR.split(title.trim());
    int first = split.length == 0 ? 0 : split[0].trim().length();
    for (int i = 1; i < split.length; i++) {
      String k = key(split[i]);
      if (k.length() >= 2 && split[i].trim().length() < first) {
        parts.add(k);
      }
    }
    return parts;
  }

  /** True when line key {@code k} is a site or channel segment of the title, or inside one. */
  private static boolean isSitePart(String k, List<String> siteParts) {
    for (String p : siteParts) {
      if (p.contains(k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLatinEnd(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(s.length() - 1);
    return c < 0x80 && Character.isLetterOrDigit(c);
  }

  private static Element firstMeta(List<Element> metas, String attr, String value) {
    for (Element m : metas) {
      if (m.attr(attr).equalsIgnoreCase(value)) {
        return m;
      }
    }
    return null;
  }

  /**
   * False when the first character of {@code text} (an ASCII or common CJK one, which the key
   * keeps as it is, lower-cased) is in no reference title: then no reference holds its key.
   */
  private static boolean mayOccurIn(BitSet refChars, String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (TextNormalizer.isSpace(c)) {
        continue;
      }
      if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF)) {
        return refChars.get(Character.toLowerCase(c));
      }
      return true;
    }
    return true;
  }

  /** How well line key {@code k} matches reference title {@code ref}: 0 for no match. */
  private static double match(String ref, String k) {
    if (ref.equals(k)) {
      return 3.0 * k.length();
    }
    if (ref.startsWith(k)) {
      return 2.0 * k.length() + 10;
    }
    if (k.length() >= 6 && ref.contains(k)) {
      return 1.0 * k.length();
    }
    return 0;
  }

  /** Comparison key: NFKC, lower case, no whitespace. */
  static String key(String text) {
    String plain = plainKey(text);
    return plain != null ? plain : normalizedKey(text);
  }

  /** {@link #key} of any text, step by step (glosses, NFKC, whitespace, case, quotes). */
  static String normalizedKey(String text) {
    String t = TextNormalizer.removeGlosses(text);
    if (needsNfkc(t)) {
      t = Normalizer.normalize(t, Normalizer.Form.NFKC);
    }
    String k = TextNormalizer.compact(t).toLowerCase(Locale.ROOT);
    // quotation marks differ between a <title> and its heading ("原生1bit" / “原生1bit”)
    StringBuilder b = null;
    for (int i = 0; i < k.length(); i++) {
      if (QUOTES.indexOf(k.charAt(i)) >= 0) {
        if (b == null) {
          b = new StringBuilder(k.length()).append(k, 0, i);
        }
      } else if (b != null) {
        b.append(k.charAt(i));
      }
    }
    return b == null ? k : b.toString();
  }

  /**
   * The key of a text of ASCII, full-width ASCII (U+FF01–U+FF5E), Han (U+3400–U+9FFF) and the
   * CJK punctuation NFKC leaves alone, in one pass: such a text holds no gloss (no tone mark) and
   * nothing lower-casing beyond ASCII changes; NFKC, when a full-width form asks for it, turns
   * those forms into ASCII and changes nothing else, unless the text also holds general
   * punctuation (U+2010–U+2027, where NFKC turns … into ...). So its key is its characters,
   * full-width ones as ASCII, less ASCII white space and quotation marks, ASCII letters
   * lower-cased. Null for any other text.
   */
  private static String plainKey(String text) {
    int n = text.length();
    char[] out = new char[n];
    int len = 0;
    boolean wide = false;
    boolean general = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0xFF01 && c <= 0xFF5E) {
        wide = true;
        c -= 0xFF01 - '!';
      }
      if (c < 0x80) {
        if (c == ' ' || (c >= '\t' && c <= '\r') || c == '"' || c == '\'') {
          continue;
        }
        out[len++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else if ((c >= 0x3400 && c <= 0x9FFF) || c == 0x3001 || c == 0x3002
          || (c >= 0x300A && c <= 0x3011)) {
        if (QUOTES.indexOf(c) < 0) {
          out[len++] = c;
        }
      } else if (c >= 0x2010 && c <= 0x2027) {
        general = true;
        if (QUOTES.indexOf(c) < 0) {
          out[len++] = c;
        }
      } else {
        return null;
      }
    }
    return wide && general ? null : new String(out, 0, len);
  }

  /** Quotation marks of every style, left out of line keys. */
  private static final String QUOTES = "\"'“”‘’„‟「」『』〝〞＂＇";

  /** NFKC changes only full-width forms, compatibility ideographs and similar: skip it otherwise. */
  private static boolean needsNfkc(String t) {
    for (int i = 0, n = t.length(); i < n; i++) {
      char c = t.charAt(i);
      if (c >= 0xFF00 || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2000 && c <= 0x33FF && c != 0x3001
          && c != 0x3002 && (c < 0x300A || c > 0x3011) && (c < 0x2010 || c > 0x2027))
          || (c >= 0x80 && c <= 0xFF)) {
        return true;
      }
    }
    return false;
  }

  /** "Heading - Site_Channel" → "Heading": cuts trailing segments after site separators. */
  public static String stripSuffix(String title) {
    String t = title.trim();
    String[] parts = SUFFIX_SEPARATOR.split(t);
    if (parts.length <= 1) {
      return t;
    }
    String first = parts[0].trim();
    if (first.isEmpty()) {
      return "";
    }
    if (first.length() >= 2) {
      return first;
    }
    String longest = "";
    for (String p : parts) {
      if (p.trim().length() > longest.length()) {
        longest = p.trim();
      }
    }
    return longest;
  }
}
