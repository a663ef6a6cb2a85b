package org.reliefarchive.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * What the extractor decided on one page and why: the chosen body container with its score, the
 * runners-up, every dropped block with the rule that dropped it, and where the title and date
 * came from. Pass a fresh instance to {@link ArticleExtractor#extract(byte[], String, String,
 * String, ExtractionTrace)} to fill it; the normal path passes null and records nothing. Not
 * thread-safe: one trace per extraction.
 */
public final class ExtractionTrace {
  /** Longest excerpt kept per dropped block. */
  static final int EXCERPT_CHARS = 40;

  private final List<Drop> drops = new ArrayList<>();
  private final List<Container> candidates = new ArrayList<>();
  private final List<Container> joined = new ArrayList<>();
  private Container body;
  private Container promotedFrom;
  private int outsideLines;
  private String titleSource = "";
  private String dateSource = "";
  private String charsetReason = "";
  private String pageCounts = "";

  /**
   * One block (one or more consecutive lines) left out of the article.
   *
   * @param line index of its first line on the page
   * @param lines how many lines it spans
   * @param rule the rule or marker that dropped it, e.g. "block marker 相关新闻"
   * @param excerpt the start of its text
   */
  public record Drop(int line, int lines, String rule, String excerpt) {}

  /**
   * A candidate body container.
   *
   * @param tag element name
   * @param id id attribute, empty when none
   * @param className class attribute, empty when none
   * @param score final score (line scores × (1 − link share) × class/id hint × position)
   * @param firstLine index of its first line
   * @param lastLine index of its last line
   * @param chars visible characters below it
   * @param linkShare share of them inside links
   */
  public record Container(String tag, String id, String className, double score, int firstLine,
      int lastLine, int chars, double linkShare) {

    /** "div#main.article-content" style label. */
    public String label() {
      StringBuilder s = new StringBuilder(tag);
      if (!id.isEmpty()) {
        s.append('#').append(id);
      }
      if (!className.isEmpty()) {
        s.append('.').append(className.trim().replaceAll("\\s+", "."));
      }
      return s.toString();
    }
  }

  /**
   * The dropped blocks in page order: those outside the body containers (by region), those cut
   * inside them (link-dense, clutter-named, widget boxes) and the lines the boilerplate filter
   * dropped (by marker or rule).
   */
  public List<Drop> drops() {
    List<Drop> sorted = new ArrayList<>(drops);
    sorted.sort(Comparator.comparingInt(Drop::line));
    return List.copyOf(sorted);
  }

  /** The winning container, or null when no body was found. */
  public Container body() {
    return body;
  }

  /**
   * The best-scoring element when the body was promoted to an ancestor holding its sibling
   * sections, else null.
   */
  public Container promotedFrom() {
    return promotedFrom;
  }

  /** Siblings that joined the winning container, in page order. */
  public List<Container> joined() {
    return List.copyOf(joined);
  }

  /** The best-scoring containers that lost, best first (at most five, none inside the winner). */
  public List<Container> candidates() {
    return List.copyOf(candidates);
  }

  /** Lines of the page outside the body containers (navigation, sidebars, footers …). */
  public int outsideLines() {
    return outsideLines;
  }

  /** Where the title came from, e.g. "line 14 (h1) matching og:title". */
  public String titleSource() {
    return titleSource;
  }

  /** Where the date came from, e.g. "meta article:published_time" or "info line 16". */
  public String dateSource() {
    return dateSource;
  }

  /** How the charset was chosen. */
  public String charsetReason() {
    return charsetReason;
  }

  /**
   * The counts that tell an article page from a list, search or shop page: the page's
   * characters and share in links, the body's characters outside links, sentence ends and lines.
   */
  public String pageCounts() {
    return pageCounts;
  }

  void pageCounts(String s) {
    pageCounts = s;
  }

  void drop(TextBlock b, String rule) {
    Drop last = drops.isEmpty() ? null : drops.get(drops.size() - 1);
    if (last != null && last.rule().equals(rule) && last.line() + last.lines() == b.index()) {
      drops.set(drops.size() - 1, new Drop(last.line(), last.lines() + 1, rule, last.excerpt()));
      return;
    }
    drops.add(new Drop(b.index(), 1, rule, excerpt(b.text())));
  }

  void outside(int lines) {
    outsideLines = lines;
  }

  void body(Container c) {
    body = c;
  }

  void promoted(Container c) {
    promotedFrom = c;
  }

  void joined(Container c) {
    joined.add(c);
  }

  void candidate(Container c) {
    candidates.add(c);
  }

  void titleSource(String s) {
    titleSource = s;
  }

  void dateSource(String s) {
    dateSource = s;
  }

  void charsetReason(String s) {
    charsetReason = s;
  }

  static Container container(Element e, ElementStats s, double score) {
    return new Container(e.normalName(), e.id(), e.className(), score, s.firstBlock, s.lastBlock,
        s.chars, Math.round(s.linkShare() * 1000) / 1000.0);
  }

  static String excerpt(String text) {
    String t = TextNormalizer.line(text);
    return t.length() <= EXCERPT_CHARS ? t : t.substring(0, EXCERPT_CHARS) + "…";
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }
}
