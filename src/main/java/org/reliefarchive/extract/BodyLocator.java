package org.reliefarchive.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the element holding the article body, in the spirit of readability and GNE but counting
 * characters and Chinese punctuation instead of words. Every line scores by its punctuation and
 * its text outside links; the score flows to the line's container and, decaying, to its ancestors.
 * An element's final score is its sum times (1 − link density), raised or cut by class/id hints.
 * The best element wins; siblings that look like more of the same text join it. Linear in the size
 * of the page.
 */
final class BodyLocator {
  private static final int MAX_LEVELS = 6;
  /** Fewest lines of a widget box. */
  private static final int WIDGET_MIN_LINES = 6;
  /** How far above the best element the body may be promoted to take in sibling sections. */
  private static final int PROMOTE_LEVELS = 3;
  /** Share of the best score a sibling section needs to pull the body up to their ancestor. */
  private static final double PROMOTE_SHARE = 0.4;
  /** A teaser item (headline link plus summary) is small. */
  private static final int TEASER_MAX_LINES = 5;
  private static final int TEASER_MAX_CHARS = 1500;
  private static final java.util.Set<String> TEASER_TAGS =
      java.util.Set.of("li", "dd", "dl", "div", "article", "section", "tr");
  /** Lines after the heading within which the body usually starts. */
  private static final int TITLE_REACH = 12;
  /** Distinct class/id strings whose hint is remembered; portals reuse a few hundred. */
  private static final int HINT_CACHE_SIZE = 50_000;
  private final Map<String, Integer> hintCache = new ConcurrentHashMap<>();
  private final Pattern negative;
  private final Pattern positive;
  private final List<String> blockMarkers;
  private final List<String> lineMarkers;

  /**
   * A locator using the given class/id hints (each may be null) and block markers: a box whose
   * first line is a block-marker heading (相关新闻 …) is clutter.
   */
  BodyLocator(Pattern negative, Pattern positive, List<String> blockMarkers) {
    this(negative, positive, blockMarkers, List.of());
  }

  /**
   * A locator as {@link #BodyLocator(Pattern, Pattern, List)}; a section whose first line holds
   * one of {@code lineMarkers} (版权声明, 免责声明 …) never pulls the body up to its ancestor.
   */
  BodyLocator(Pattern negative, Pattern positive, List<String> blockMarkers,
      List<String> lineMarkers) {
    this.lineMarkers = List.copyOf(lineMarkers);
    this.negative = negative;
    this.positive = positive;
    this.blockMarkers = List.copyOf(blockMarkers);
  }

  /** Per-element sums over the lines below it, and the element's cached verdicts. */
  static final class Stats {
    final Element element;
    /** Stats of the parent element; null at the root. */
    Stats parent;
    double score;
    int chars;
    int linkChars;
    int punct;
    int blocks;
    int firstBlock = -1;
    int lastBlock;
    int tags;
    int ends;
    /** Final score, set when the element is scored as a candidate. */
    double fin;
    /** Class/id hint: -1 clutter name, 1 article name, 0 neither; 2 when not yet computed. */
    int hintKind = 2;
    double damping = Double.NaN;
    double clutterAbove = Double.NaN;
    Object verdictOf;
    boolean verdict;

    Stats(Element element) {
      this.element = element;
    }

    double linkShare() {
      return chars == 0 ? 0 : (double) linkChars / chars;
    }
  }

  /**
   * The located body.
   *
   * @param roots the winning element and the siblings that joined it, in document order; empty
   *     when the page has no text
   * @param stats sums for every element above some line
   * @param best the winning element, or null
   * @param bestScore its final score
   */
  record Located(List<Element> roots, Map<Element, Stats> stats, Element best, double bestScore) {
    /** Stats of {@code e}, or empty stats. */
    Stats of(Element e) {
      Stats s = stats.get(e);
      return s == null ? new Stats(e) : s;
    }
  }

  /**
   * Locates the body among {@code blocks}.
   *
   * @param titleIndex the line holding the article heading, or -1: the body usually starts
   *     within a few lines after it, and rarely lies before it
   */
  Located locate(List<TextBlock> blocks, int titleIndex) {
    return locate(blocks, titleIndex, null);
  }

  /** As {@link #locate(List, int)}, recording the winner and runners-up in {@code trace}. */
  Located locate(List<TextBlock> blocks, int titleIndex, ExtractionTrace trace) {
    Map<Element, Stats> stats = new IdentityHashMap<>();
    List<Stats> containers = new ArrayList<>(blocks.size());
    for (TextBlock b : blocks) {
      Stats first = statsOf(b.container(), stats);
      containers.add(first);
      for (Stats st = first; st != null; st = st.parent) {
        if (st.firstBlock < 0) {
          st.firstBlock = b.index();
        }
        st.lastBlock = b.index();
        st.chars += b.chars();
        st.linkChars += b.linkChars();
        st.punct += b.punct();
        st.tags += b.tags();
        st.ends += b.sentenceEnds();
        st.blocks++;
      }
    }
    for (TextBlock b : blocks) {
      double s = lineScore(b);
      if (s == 0) {
        continue;
      }
      int level = 0;
      for (Stats st = containers.get(b.index()); st != null && level < MAX_LEVELS;
          st = st.parent) {
        // Text inside a clutter-named box or a teaser item counts little for the box and above.
        s *= damping(st, blocks, titleIndex);
        st.score += s / divider(level);
        level++;
      }
    }
    Stats best = null;
    double bestScore = 0;
    for (Stats st : stats.values()) {
      if (st.score <= 0) {
        continue;
      }
      double f = finalScore(st) * nearTitle(st, titleIndex)
          * clutterAbove(st, blocks, titleIndex);
      st.fin = f;
      if (f > bestScore) {
        bestScore = f;
        best = st;
      }
    }
    if (best == null) {
      return new Located(List.of(), stats, null, 0);
    }
    Stats top = promote(best, bestScore, stats, blocks);
    if (trace != null && top != best) {
      trace.promoted(ExtractionTrace.container(best.element, best, bestScore));
    }
    // a promoted body already holds its sections; its own siblings are other page parts
    List<Element> roots = top != best ? List.of(top.element)
        : withSiblings(best, bestScore, stats, blocks);
    best = top;
    if (trace != null) {
      record(trace, best, bestScore, roots, stats, blocks, titleIndex);
    }
    return new Located(roots, stats, best.element, bestScore);
  }

  private void record(ExtractionTrace trace, Stats best, double bestScore, List<Element> roots,
      Map<Element, Stats> stats, List<TextBlock> blocks, int titleIndex) {
    trace.body(ExtractionTrace.container(best.element, best, bestScore));
    for (Element r : roots) {
      if (r != best.element) {
        Stats s = stats.get(r);
        trace.joined(ExtractionTrace.container(r, s, finalScore(s)));
      }
    }
    List<Stats> others = new ArrayList<>();
    for (Stats st : stats.values()) {
      if (st.score > 0 && !inside(st, best) && !inside(best, st)) {
        others.add(st);
      }
    }
    java.util.function.ToDoubleFunction<Stats> f = st -> finalScore(st)
        * nearTitle(st, titleIndex) * clutterAbove(st, blocks, titleIndex);
    others.sort((a, b) -> Double.compare(f.applyAsDouble(b), f.applyAsDouble(a)));
    List<Stats> listed = new ArrayList<>();
    for (Stats st : others) {
      if (listed.size() == 5) {
        break;
      }
      if (listed.stream().noneMatch(l -> inside(st, l) || inside(l, st))) {
        listed.add(st);
        trace.candidate(ExtractionTrace.container(st.element, st, f.applyAsDouble(st)));
      }
    }
  }

  private static boolean inside(Stats s, Stats ancestor) {
    for (Stats p = s; p != null; p = p.parent) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * The closest ancestor of {@code best}, at most {@link #PROMOTE_LEVELS} up, that also holds the
   * other prose candidates scoring at least {@link #PROMOTE_SHARE} of the best: an article cut
   * into sections (poem, translation, notes, appreciation) or into loose paragraphs has its parts
   * in sibling boxes. The ancestor must not be link-heavy nor clutter-named. {@code best} itself
   * when no such candidate exists.
   */
  private Stats promote(Stats best, double bestScore, Map<Element, Stats> stats,
      List<TextBlock> blocks) {
    Stats[] up = new Stats[PROMOTE_LEVELS];
    Stats p = best.parent;
    for (int i = 0; i < PROMOTE_LEVELS && p != null; i++, p = p.parent) {
      up[i] = p;
    }
    int reach = -1;
    for (Stats st : stats.values()) {
      if (st.score <= 0 || st.fin < PROMOTE_SHARE * bestScore || st == best
          || (st.ends == 0 && st.punct < 3)
          || inside(st, best) || inside(best, st) || startsWithLineMarker(st, blocks)) {
        continue;
      }
      int level = commonLevel(up, st);
      if (level > reach && acceptable(up[level])) {
        reach = level;
      } else if (level < 0 || !acceptable(up[level])) {
        continue;
      }
    }
    if (reach < 0) {
      return best;
    }
    // every level between best and the chosen ancestor must be acceptable too
    for (int i = 0; i <= reach; i++) {
      if (!acceptable(up[i])) {
        return best;
      }
    }
    return up[reach];
  }

  private boolean startsWithLineMarker(Stats s, List<TextBlock> blocks) {
    String first = TextNormalizer.compact(blocks.get(s.firstBlock).text());
    for (String m : lineMarkers) {
      if (first.contains(m)) {
        return true;
      }
    }
    return false;
  }

  private boolean acceptable(Stats s) {
    String tag = s.element.normalName();
    return s.parent != null && !tag.equals("body") && !tag.equals("html")
        && s.linkShare() <= 0.3 && hintKind(s) >= 0;
  }

  /** Index in {@code up} of the first ancestor of {@code s} found there, or -1. */
  private static int commonLevel(Stats[] up, Stats s) {
    int steps = 0;
    for (Stats p = s.parent; p != null && steps < 2 * PROMOTE_LEVELS + 2; p = p.parent, steps++) {
      for (int i = 0; i < up.length && up[i] != null; i++) {
        if (up[i] == p) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The stats of {@code e}, created with those of its ancestors when missing. */
  private static Stats statsOf(Element e, Map<Element, Stats> stats) {
    Stats s = stats.get(e);
    if (s != null) {
      return s;
    }
    s = new Stats(e);
    stats.put(e, s);
    Stats child = s;
    for (Element p = e.parent(); p != null; p = p.parent()) {
      Stats ps = stats.get(p);
      if (ps != null) {
        child.parent = ps;
        break;
      }
      ps = new Stats(p);
      stats.put(p, ps);
      child.parent = ps;
      child = ps;
    }
    return s;
  }

  /** True when one of the first three lines of the element is a link of six characters or more. */
  private static boolean headlineLink(List<TextBlock> blocks, Stats s) {
    for (int i = s.firstBlock; i <= Math.min(s.lastBlock, s.firstBlock + 2); i++) {
      TextBlock b = blocks.get(i);
      if (b.linkShare() > 0.6 && b.linkChars() >= 6) {
        return true;
      }
    }
    return false;
  }

  /** The damping of the closest damped element among {@code s} and its ancestors, else 1. */
  private double clutterAbove(Stats s, List<TextBlock> blocks, int titleIndex) {
    if (!Double.isNaN(s.clutterAbove)) {
      return s.clutterAbove;
    }
    double d = damping(s, blocks, titleIndex);
    if (d == 1 && s.parent != null) {
      d = clutterAbove(s.parent, blocks, titleIndex);
    }
    s.clutterAbove = d;
    return d;
  }

  private double damping(Stats s, List<TextBlock> blocks, int titleIndex) {
    if (Double.isNaN(s.damping)) {
      s.damping = computeDamping(s, blocks, titleIndex);
    }
    return s.damping;
  }

  /**
   * 0.2 for an element whose class/id names clutter, whose first line is a block-marker heading,
   * or for a teaser item: one of three or more
   * same-tag siblings, small, with a link (headline) among its first lines and more text, as in
   * lists of recommended stories (but never the box holding the article heading); 1 otherwise.
   */
  private double computeDamping(Stats s, List<TextBlock> blocks, int titleIndex) {
    if (hintKind(s) < 0) {
      return 0.2;
    }
    Element e = s.element;
    TextBlock first = blocks.get(s.firstBlock);
    if (s.blocks > 1 && first.chars() <= 20 && BoilerplateFilter.isMarkerHeading(
        TextNormalizer.compact(first.text()), blockMarkers)) {
      return 0.2;
    }
    String tag = e.normalName();
    boolean holdsTitle = titleIndex >= s.firstBlock && titleIndex <= s.lastBlock;
    if (!TEASER_TAGS.contains(tag) || e.parent() == null || holdsTitle) {
      return 1;
    }
    if (s.blocks < 2 || s.blocks > TEASER_MAX_LINES || s.chars - s.linkChars > TEASER_MAX_CHARS
        || !headlineLink(blocks, s)) {
      return 1;
    }
    int same = 0;
    for (Element sib : e.parent().children()) {
      if (sib.normalName().equals(tag)) {
        same++;
      }
    }
    return same >= 3 ? 0.2 : 1;
  }

  /** How much one line says "article text here". */
  static double lineScore(TextBlock b) {
    int plain = b.plainChars();
    if (plain < 10 && b.punct() == 0) {
      return 0;
    }
    return 1 + b.punct() + Math.min(plain / 40.0, 6);
  }

  private static double divider(int level) {
    return level == 0 ? 1 : level == 1 ? 2 : level * 3;
  }

  /** 1.5 for text starting just after the heading, 0.5 for text ending before it. */
  private static double nearTitle(Stats s, int titleIndex) {
    if (titleIndex < 0) {
      return 1;
    }
    if (s.firstBlock > titleIndex && s.firstBlock <= titleIndex + TITLE_REACH) {
      return 1.5;
    }
    return s.lastBlock < titleIndex ? 0.5 : 1;
  }

  private double finalScore(Stats s) {
    return s.score * (1 - s.linkShare()) * hint(s);
  }

  /** A factor from the class and id names: 0.6 for clutter names, 1.25 for article names. */
  double hint(Stats s) {
    int kind = hintKind(s);
    return kind < 0 ? 0.6 : kind > 0 ? 1.25 : 1;
  }

  /** -1 for clutter class/id names, 1 for article names, 0 otherwise; cached in the stats. */
  private int hintKind(Stats s) {
    if (s.hintKind == 2) {
      s.hintKind = hintKind(s.element);
    }
    return s.hintKind;
  }

  private int hintKind(Element e) {
    if (!e.hasAttr("class") && !e.hasAttr("id")) {
      return 0;
    }
    String id = e.id();
    String names = id.isEmpty() ? e.className() + " " : e.className() + " " + id;
    Integer known = hintCache.get(names);
    if (known != null) {
      return known;
    }
    int kind = hintKind(names);
    if (hintCache.size() < HINT_CACHE_SIZE) {
      hintCache.put(names, kind);
    }
    return kind;
  }

  private int hintKind(String names) {
    if (negative != null && negative.matcher(names).find()) {
      return -1;
    }
    if (positive != null && positive.matcher(names).find()) {
      return 1;
    }
    return 0;
  }

  private List<Element> withSiblings(Stats bestStats, double bestScore,
      Map<Element, Stats> stats, List<TextBlock> blocks) {
    Element best = bestStats.element;
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    double threshold = Math.max(10, bestScore * 0.2);
    List<Element> roots = new ArrayList<>();
    for (Element sib : parent.children()) {
      if (sib == best) {
        roots.add(sib);
        continue;
      }
      Stats s = stats.get(sib);
      if (s == null || startsWithLineMarker(s, blocks)) {
        continue;
      }
      double f = finalScore(s);
      boolean sameClass = !best.className().isEmpty() && best.className().equals(sib.className());
      if (f + (sameClass ? bestScore * 0.2 : 0) >= threshold) {
        roots.add(sib);
        continue;
      }
      int plain = s.chars - s.linkChars;
      if (sib.normalName().equals("p") || !sib.children().isEmpty() || s.blocks == 1) {
        if (plain >= 80 && s.linkShare() < 0.25 && s.punct >= 3) {
          roots.add(sib);
        }
      }
    }
    return roots;
  }

  /**
   * Indexes of the lines inside the located body, without lines that sit in a link-dense box
   * (a list of links, a ranking) or in a clutter-named box with links inside the body.
   */
  List<Integer> bodyLines(Located loc, List<TextBlock> blocks) {
    return bodyLines(loc, blocks, null);
  }

  /**
   * As {@link #bodyLines(Located, List)}, recording in {@code trace} the lines left out inside
   * the body containers and how many lie outside them.
   */
  List<Integer> bodyLines(Located loc, List<TextBlock> blocks, ExtractionTrace trace) {
    Map<Element, Boolean> roots = new IdentityHashMap<>();
    loc.roots().forEach(r -> roots.put(r, Boolean.TRUE));
    Object call = new Object();
    List<Integer> lines = new ArrayList<>();
    int outside = 0;
    for (TextBlock b : blocks) {
      Stats s = loc.stats().get(b.container());
      if (s != null && inBody(s, roots, call)) {
        lines.add(b.index());
      } else if (trace != null && s != null) {
        String why = whyOut(s, roots);
        if (why == null) {
          outside++;
          why = outsideRegion(s, loc, blocks);
        }
        trace.drop(b, why);
      }
    }
    if (trace != null) {
      trace.outside(outside);
    }
    return lines;
  }

  /**
   * "outside the body, in div.sidebar", naming the largest box around {@code s} that holds no
   * part of the body, and the block marker heading it if any.
   */
  private String outsideRegion(Stats s, Located loc, List<TextBlock> blocks) {
    List<Stats> roots = new ArrayList<>();
    for (Element r : loc.roots()) {
      Stats rs = loc.stats().get(r);
      if (rs != null) {
        roots.add(rs);
      }
    }
    Stats region = s;
    while (region.parent != null && !holdsAny(region.parent, roots)) {
      region = region.parent;
    }
    String marker = BoilerplateFilter.markerHeading(
        TextNormalizer.compact(blocks.get(region.firstBlock).text()), blockMarkers);
    return "outside the body, in " + ExtractionTrace.container(region.element, region, 0).label()
        + (marker == null ? "" : " headed by block marker " + marker);
  }

  private static boolean holdsAny(Stats box, List<Stats> roots) {
    for (Stats r : roots) {
      if (inside(r, box)) {
        return true;
      }
    }
    return false;
  }

  /** The rule that cut a line inside a body root, or null for a line outside every root. */
  private String whyOut(Stats s, Map<Element, Boolean> roots) {
    String why = null;
    for (Stats p = s; p != null; p = p.parent) {
      if (roots.containsKey(p.element)) {
        return why;
      }
      if (why == null && p.blocks > 1 && p.chars >= 20 && p.linkShare() > 0.5) {
        why = "link-dense box " + ExtractionTrace.container(p.element, p, 0).label() + " ("
            + ExtractionTrace.percent(p.linkShare()) + " links)";
      } else if (why == null && hintKind(p) < 0 && p.linkShare() > 0.25) {
        why = "clutter-named box " + ExtractionTrace.container(p.element, p, 0).label()
            + " with links";
      } else if (why == null && isWidget(p)) {
        why = "widget or data table " + ExtractionTrace.container(p.element, p, 0).label()
            + " (" + p.blocks + " short lines without sentences)";
      }
    }
    return null;
  }

  /**
   * True for a box of many short lines with hardly any sentence that is either a table or
   * heavy with markup (several elements per line): a media player's controls, a carousel, an
   * info box, a table or definition list of figures. Prose, poems (a line per {@code <br>} or {@code <p>}) and
   * plain lists do not qualify.
   */
  private static boolean isWidget(Stats s) {
    if (s.blocks < WIDGET_MIN_LINES || s.ends * 6 > s.blocks || s.punct > s.blocks
        || s.chars > 15 * s.blocks) {
      return false;
    }
    String tag = s.element.normalName();
    return s.tags >= 3 * s.blocks || tag.equals("table") || tag.equals("tbody")
        || tag.equals("dl");
  }

  /** Walks up from {@code s} to a root; false when no root or a clutter box comes first. */
  private boolean inBody(Stats s, Map<Element, Boolean> roots, Object call) {
    if (s.verdictOf == call) {
      return s.verdict;
    }
    boolean result;
    if (roots.containsKey(s.element)) {
      result = true;
    } else if (s.parent == null) {
      result = false;
    } else {
      boolean clutter = s.blocks > 1 && s.chars >= 20 && s.linkShare() > 0.5
          || hintKind(s) < 0 && s.linkShare() > 0.25 || isWidget(s);
      result = !clutter && inBody(s.parent, roots, call);
    }
    s.verdictOf = call;
    s.verdict = result;
    return result;
  }
}
