package org.reliefarchive.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the element holding the article body, in the spirit of readability and GNE but counting
 * characters and Chinese punctuation instead of words. Every line scores by its punctuation and
 * its text outside links; the score flows to the line's container and, decaying, to its ancestors.
 * An element's final score is its sum times (1 − link density), raised or cut by class/id hints.
 * The best element wins; when other prose sections score close to it in nearby boxes, the body
 * moves up to their common ancestor, otherwise siblings that look like more of the same text join
 * it; on a discussion, {@link ThreadFinder} adds the other posts. {@link BodyLines} then picks the
 * lines of the body. Linear in the size of the page.
 */
final class BodyLocator {
  private static final LocatorWeights W = LocatorWeights.DEFAULT;
  private static final int MAX_LEVELS = 6;
  /** How far above the best element the body may be promoted to take in sibling sections. */
  private static final int PROMOTE_LEVELS = 3;
  /** Share of the best score a sibling section needs to pull the body up to their ancestor. */
  private static final double PROMOTE_SHARE = 0.4;
  /** A teaser item (headline link plus summary) is small. */
  private static final int TEASER_MAX_LINES = 5;
  private static final int TEASER_MAX_CHARS = 1500;
  private static final Set<String> TEASER_TAGS =
      Set.of("li", "dd", "dl", "div", "article", "section", "tr");
  /** Lines after the heading within which the body usually starts. */
  private static final int TITLE_REACH = 12;
  private final ClassHints hints;
  private final BodyLines lines;
  private final ThreadFinder threads;
  private final List<String> blockMarkers;
  private final LineMarkers lineMarkers;

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
    this(negative, positive, blockMarkers, lineMarkers, List.of());
  }

  /**
   * A locator as {@link #BodyLocator(Pattern, Pattern, List, List)}; a line that holds a line
   * marker or matches one of {@code notices} (a disclaimer, a reprint ban) scores nothing, so a
   * footer of long legal sentences never outweighs the article.
   */
  BodyLocator(Pattern negative, Pattern positive, List<String> blockMarkers,
      List<String> lineMarkers, List<Pattern> notices) {
    this.lineMarkers = new LineMarkers(lineMarkers, notices);
    this.hints = new ClassHints(negative, positive);
    this.blockMarkers = List.copyOf(blockMarkers);
    this.lines = new BodyLines(hints, this.blockMarkers);
    this.threads = new ThreadFinder(hints, this::damping, this.blockMarkers);
  }

  /**
   * The located body.
   *
   * @param roots the winning element and the siblings that joined it, in document order; empty
   *     when the page has no text
   * @param stats sums for every element above some line
   * @param best the winning element, or null
   * @param bestScore its final score
   * @param thread true when the body is the posts of a thread (a topic and its replies), whose
   *     author links make many of its lines link lines without making it a list
   */
  record Located(List<Element> roots, Map<Element, ElementStats> stats, Element best,
      double bestScore, boolean thread) {

    /** A body that is no thread. */
    Located(List<Element> roots, Map<Element, ElementStats> stats, Element best,
        double bestScore) {
      this(roots, stats, best, bestScore, false);
    }

    /** Stats of {@code e}, or empty stats. */
    ElementStats of(Element e) {
      ElementStats s = stats.get(e);
      return s == null ? new ElementStats(e) : s;
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
    // jsoup elements are equal only to themselves; in the order the stats are made in (line by
    // line, each container before its ancestors) the first of two boxes that score the same wins,
    // on every run alike (an identity map's order changes with the identity hash codes)
    Map<Element, ElementStats> stats = new LinkedHashMap<>();
    List<ElementStats> containers = new ArrayList<>(blocks.size());
    for (TextBlock b : blocks) {
      ElementStats first = ElementStats.of(b.container(), stats);
      containers.add(first);
      for (ElementStats st = first; st != null; st = st.parent) {
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
      if (s == 0 || notice(b)) {
        continue;
      }
      int level = 0;
      for (ElementStats st = containers.get(b.index()); st != null && level < MAX_LEVELS;
          st = st.parent) {
        // Text inside a clutter-named box or a teaser item counts little for the box and above.
        s *= damping(st, blocks, titleIndex);
        st.score += s / divider(level);
        level++;
      }
    }
    ElementStats best = null;
    double bestScore = 0;
    for (ElementStats st : stats.values()) {
      if (st.score <= 0) {
        continue;
      }
      double f = finalScore(st) * nearTitle(st, titleIndex)
          * clutterAbove(st, blocks, titleIndex);
      st.rank = f;
      if (f > bestScore) {
        bestScore = f;
        best = st;
      }
    }
    if (best == null) {
      return new Located(List.of(), stats, null, 0);
    }
    ElementStats top = promote(best, bestScore, stats, blocks);
    if (trace != null && top != best) {
      trace.promoted(ExtractionTrace.container(best.element, best, bestScore));
    }
    // a promoted body already holds its sections; its own siblings are other page parts
    List<Element> roots = top != best ? List.of(top.element) : null;
    boolean thread = false;
    if (roots == null) {
      List<ElementStats> posts = threads.posts(best, stats, blocks, titleIndex);
      if (!posts.isEmpty()) {
        thread = true;
        roots = posts.stream().map(st -> st.element).toList();
        if (trace != null) {
          trace.promoted(ExtractionTrace.container(best.element, best, bestScore));
        }
        top = posts.get(0).parent;
      }
    }
    if (roots == null) {
      roots = withAdjacentFigures(withSiblings(best, bestScore, stats, blocks), stats, blocks,
          titleIndex);
      List<Element> twins = threads.twins(best, roots, stats, blocks, titleIndex);
      if (!twins.isEmpty()) {
        thread = true;
        List<Element> all = new ArrayList<>(roots);
        all.addAll(twins);
        roots = all;
      }
    }
    if (!thread) {
      List<Element> numbered = threads.numberedPosts(best, roots, stats);
      if (!numbered.isEmpty()) {
        thread = true;
        List<Element> all = new ArrayList<>(roots);
        all.addAll(numbered);
        roots = all;
      }
    }
    if (!thread) {
      List<Element> replies = threads.replies(best, roots, stats, blocks);
      if (!replies.isEmpty()) {
        thread = true;
        List<Element> all = new ArrayList<>(roots);
        all.addAll(replies);
        roots = all;
      }
    }
    best = top;
    if (trace != null) {
      record(trace, best, bestScore, roots, stats, blocks, titleIndex);
    }
    return new Located(roots, stats, best.element, bestScore, thread);
  }

  private void record(ExtractionTrace trace, ElementStats best, double bestScore,
      List<Element> roots, Map<Element, ElementStats> stats, List<TextBlock> blocks,
      int titleIndex) {
    trace.body(ExtractionTrace.container(best.element, best, bestScore));
    for (Element r : roots) {
      if (r != best.element) {
        ElementStats s = stats.get(r);
        trace.joined(ExtractionTrace.container(r, s, finalScore(s)));
      }
    }
    List<ElementStats> others = new ArrayList<>();
    for (ElementStats st : stats.values()) {
      if (st.score > 0 && !ElementStats.inside(st, best) && !ElementStats.inside(best, st)) {
        others.add(st);
      }
    }
    ToDoubleFunction<ElementStats> f = st -> finalScore(st)
        * nearTitle(st, titleIndex) * clutterAbove(st, blocks, titleIndex);
    others.sort((a, b) -> Double.compare(f.applyAsDouble(b), f.applyAsDouble(a)));
    List<ElementStats> listed = new ArrayList<>();
    for (ElementStats st : others) {
      if (listed.size() == 5) {
        break;
      }
      if (listed.stream()
          .noneMatch(l -> ElementStats.inside(st, l) || ElementStats.inside(l, st))) {
        listed.add(st);
        trace.candidate(ExtractionTrace.container(st.element, st, f.applyAsDouble(st)));
      }
    }
  }

  /**
   * The closest ancestor of {@code best}, at most {@link #PROMOTE_LEVELS} up, that also holds the
   * other prose candidates scoring at least {@link #PROMOTE_SHARE} of the best: an article cut
   * into sections (poem, translation, notes, appreciation) or into loose paragraphs has its parts
   * in sibling boxes. The ancestor must not be link-heavy nor clutter-named. {@code best} itself
   * when no such candidate exists.
   */
  private ElementStats promote(ElementStats best, double bestScore,
      Map<Element, ElementStats> stats, List<TextBlock> blocks) {
    ElementStats[] up = new ElementStats[PROMOTE_LEVELS];
    ElementStats p = best.parent;
    for (int i = 0; i < PROMOTE_LEVELS && p != null; i++, p = p.parent) {
      up[i] = p;
    }
    int reach = codeHome(best, up);
    for (ElementStats st : stats.values()) {
      if (st.score <= 0 || st.rank < PROMOTE_SHARE * bestScore || st == best
          || (st.ends == 0 && st.punct < 3)
          || ElementStats.inside(st, best) || ElementStats.inside(best, st)
          || startsWithLineMarker(st, blocks)) {
        continue;
      }
      int level = commonLevel(up, st);
      if (level > reach && acceptable(up[level])) {
        reach = level;
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
    if (dateLines(up[reach], blocks) - dateLines(best, blocks) >= 2) {
      return best; // what the ancestor adds are teasers of other stories, each with its date
    }
    return up[reach];
  }

  /**
   * When {@code best} is a code block, the level in {@code up} of its closest ancestor with an
   * article class/id name (markdown-body, article-content) that holds more lines than the code
   * block: a post of headings and code, with little prose, is that whole box, not its longest
   * listing. -1 when {@code best} is no code block or no such ancestor exists.
   */
  private int codeHome(ElementStats best, ElementStats[] up) {
    String tag = best.element.normalName();
    if (!tag.equals("pre") && !tag.equals("code")) {
      return -1;
    }
    for (int i = 0; i < up.length && up[i] != null; i++) {
      if (up[i].blocks > best.blocks && hints.kind(up[i]) > 0) {
        return acceptable(up[i]) ? i : -1;
      }
    }
    return -1;
  }

  /** Characters outside links from which a line marker or notice line scores nothing. */
  private static final int NOTICE_MIN_CHARS = 40;

  /** True when line {@code b} holds a line marker or is a notice (免责声明, 不得转载 …). */
  private boolean notice(TextBlock b) {
    if (b.plainChars() < NOTICE_MIN_CHARS) {
      return false; // a short credit (图片来源：… 请勿转载) belongs to its caption
    }
    String compact = TextNormalizer.compact(b.text());
    return lineMarkers.holdsMarker(compact) || lineMarkers.patternIn(compact) != null;
  }

  private boolean startsWithLineMarker(ElementStats s, List<TextBlock> blocks) {
    return lineMarkers.holdsMarker(TextNormalizer.compact(blocks.get(s.firstBlock).text()));
  }

  private boolean acceptable(ElementStats s) {
    String tag = s.element.normalName();
    return s.parent != null && !tag.equals("body") && !tag.equals("html")
        && s.linkShare() <= W.promoteMaxLinkShare() && hints.kind(s) >= 0;
  }

  /** Index in {@code up} of the first ancestor of {@code s} found there, or -1. */
  private static int commonLevel(ElementStats[] up, ElementStats s) {
    int steps = 0;
    for (ElementStats p = s.parent; p != null && steps < 2 * PROMOTE_LEVELS + 2;
        p = p.parent, steps++) {
      for (int i = 0; i < up.length && up[i] != null; i++) {
        if (up[i] == p) {
          return i;
        }
      }
    }
    return -1;
  }

  /** True when one of the first three lines of the element is a link of six characters or more. */
  private static boolean headlineLink(List<TextBlock> blocks, ElementStats s) {
    for (int i = s.firstBlock; i <= Math.min(s.lastBlock, s.firstBlock + 2); i++) {
      TextBlock b = blocks.get(i);
      if (b.linkShare() > 0.6 && b.linkChars() >= 6) {
        return true;
      }
    }
    return false;
  }

  /** The damping of the closest damped element among {@code s} and its ancestors, else 1. */
  private double clutterAbove(ElementStats s, List<TextBlock> blocks, int titleIndex) {
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

  private double damping(ElementStats s, List<TextBlock> blocks, int titleIndex) {
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
  private double computeDamping(ElementStats s, List<TextBlock> blocks, int titleIndex) {
    if (hints.kind(s) < 0) {
      return W.clutterDamping();
    }
    Element e = s.element;
    TextBlock first = blocks.get(s.firstBlock);
    if (s.blocks > 1 && first.chars() <= 20 && BoilerplateFilter.isMarkerHeading(
        TextNormalizer.compact(first.text()), blockMarkers)) {
      return W.clutterDamping();
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
    return same >= 3 ? W.clutterDamping() : 1;
  }

  /** How much one line says "article text here". */
  static double lineScore(TextBlock b) {
    int plain = b.plainChars();
    if (plain < W.minLineChars() && b.punct() == 0) {
      return 0;
    }
    return 1 + b.punct() + Math.min(plain / W.charsPerPoint(), W.maxLengthPoints());
  }

  private static double divider(int level) {
    return level == 0 ? 1 : level == 1 ? 2 : level * 3;
  }

  /** 1.5 for text starting just after the heading, 0.5 for text ending before it. */
  private static double nearTitle(ElementStats s, int titleIndex) {
    if (titleIndex < 0) {
      return 1;
    }
    if (s.firstBlock > titleIndex && s.firstBlock <= titleIndex + TITLE_REACH) {
      return W.nearTitleBoost();
    }
    return s.lastBlock < titleIndex ? W.beforeTitleCut() : 1;
  }

  private double finalScore(ElementStats s) {
    return s.score * (1 - s.linkShare()) * hints.factor(s);
  }

  private List<Element> withSiblings(ElementStats bestStats, double bestScore,
      Map<Element, ElementStats> stats, List<TextBlock> blocks) {
    Element best = bestStats.element;
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    double threshold = Math.max(W.siblingMinScore(), bestScore * W.siblingShare());
    List<Element> roots = new ArrayList<>();
    for (Element sib : parent.children()) {
      if (sib == best) {
        roots.add(sib);
        continue;
      }
      ElementStats s = stats.get(sib);
      if (s == null || startsWithLineMarker(s, blocks) || holdsFormFields(sib)) {
        continue;
      }
      double f = finalScore(s);
      boolean sameClass = !best.className().isEmpty() && best.className().equals(sib.className());
      if (f + (sameClass ? bestScore * W.siblingShare() : 0) >= threshold) {
        roots.add(sib);
        continue;
      }
      int plain = s.chars - s.linkChars;
      if (sib.normalName().equals("p") || !sib.children().isEmpty() || s.blocks == 1) {
        if (plain >= W.siblingMinChars() && s.linkShare() < W.siblingMaxLinkShare()
            && s.punct >= 3 && dateLines(s, blocks) < 2) {
          roots.add(sib);
        }
      }
    }
    return roots;
  }

  /**
   * {@code roots} with the boxes right before and after them that belong to the article although
   * they score little: a photo with its caption, a lead paragraph set apart, a short block of text
   * between two photos. A neighbour joins when it holds a picture or a sentence, has few links,
   * no clutter name, no block-marker heading and not the heading line; at most
   * {@link #ADJACENT_STEPS} boxes on each side, stopping at the first that does not qualify.
   */
  private List<Element> withAdjacentFigures(List<Element> roots, Map<Element, ElementStats> stats,
      List<TextBlock> blocks, int titleIndex) {
    Element first = roots.get(0);
    Element last = roots.get(roots.size() - 1);
    Element parent = first.parent();
    if (parent == null || last.parent() != parent) {
      return roots;
    }
    List<Element> kids = parent.children();
    int from = kids.indexOf(first);
    int to = kids.indexOf(last);
    List<Element> before = new ArrayList<>();
    for (int i = from - 1, steps = 0; i >= 0 && steps < ADJACENT_STEPS; i--) {
      Element sib = kids.get(i);
      ElementStats st = stats.get(sib);
      if (st == null) {
        continue; // no text: an empty spacer or a bare image
      }
      if (!belongsNearBody(sib, st, blocks, titleIndex)) {
        break;
      }
      before.add(0, sib);
      steps++;
    }
    List<Element> after = new ArrayList<>();
    for (int i = to + 1, steps = 0; i < kids.size() && steps < ADJACENT_STEPS; i++) {
      Element sib = kids.get(i);
      ElementStats st = stats.get(sib);
      if (st == null) {
        continue;
      }
      if (roots.contains(sib)) {
        continue;
      }
      if (!belongsNearBody(sib, st, blocks, titleIndex)) {
        break;
      }
      after.add(sib);
      steps++;
    }
    if (before.isEmpty() && after.isEmpty()) {
      return roots;
    }
    List<Element> all = new ArrayList<>(before);
    all.addAll(roots);
    all.addAll(after);
    return all;
  }

  /** True for a box with form fields (mail to a friend, a comment box): never article text. */
  private static boolean holdsFormFields(Element e) {
    return e.hasAttr(DomCleaner.FIELD_BELOW);
  }

  /** Boxes on each side of the body that may join it as figures, captions or a lead. */
  private static final int ADJACENT_STEPS = 2;

  private boolean belongsNearBody(Element e, ElementStats st, List<TextBlock> blocks,
      int titleIndex) {
    int plain = st.chars - st.linkChars;
    if (titleIndex >= st.firstBlock && titleIndex <= st.lastBlock) {
      return false;
    }
    if (plain < 8 || plain > 600 || st.linkShare() > 0.3 || hints.kind(st) < 0
        || damping(st, blocks, titleIndex) < 1 || startsWithLineMarker(st, blocks)
        || holdsFormFields(e)) {
      return false;
    }
    if (dateLines(st, blocks) >= 2) {
      return false; // teasers of other stories, each with its date (标题 大参考 / 2019-09-08)
    }
    boolean picture = e.selectFirst(PICTURE) != null;
    return picture || (st.ends > 0 && plain >= 30);
  }

  /** A picture or its caption; parsed once (a query string is parsed on every call). */
  private static final Evaluator PICTURE = QueryParser.parse("img, figure, picture, figcaption");

  /** A line that is only a date, with or without a time. */
  private static final Pattern DATE_LINE = Pattern.compile(
      "\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?");

  /** How many lines of {@code st} are only a date. */
  private static int dateLines(ElementStats st, List<TextBlock> blocks) {
    int n = 0;
    for (int i = st.firstBlock; i <= st.lastBlock && i < blocks.size(); i++) {
      if (DATE_LINE.matcher(TextNormalizer.line(blocks.get(i).text())).matches()) {
        n++;
      }
    }
    return n;
  }

  /**
   * Indexes of the lines inside the located body, without lines that sit in a link-dense box
   * (a list of links, a ranking), a clutter-named box with links or a widget inside the body.
   */
  List<Integer> bodyLines(Located loc, List<TextBlock> blocks) {
    return lines.select(loc, blocks, null);
  }

  /** As {@link #bodyLines(Located, List)}, recording every line left out in {@code trace}. */
  List<Integer> bodyLines(Located loc, List<TextBlock> blocks, ExtractionTrace trace) {
    return lines.select(loc, blocks, trace);
  }
}
