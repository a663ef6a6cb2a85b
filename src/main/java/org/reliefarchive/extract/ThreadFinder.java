package org.reliefarchive.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the posts of a discussion around the element {@link BodyLocator} chose: a run of
 * records (a forum thread's posts, a question's answers), replies laid out apart from the first
 * post, posts with numbered ids, and the replies under a short post or on a forum page. Each
 * finder returns nothing when the page shows no such structure, and the body stays as located.
 */
final class ThreadFinder {
  /** How much a box's text counts where it sits: the locator's damping of clutter and teasers. */
  @FunctionalInterface
  interface Damping {
    /** The factor on what flows up from {@code s} (1 for ordinary boxes). */
    double of(ElementStats s, List<TextBlock> blocks, int titleIndex);
  }

  private final ClassHints hints;
  private final Damping damping;
  private final List<String> blockMarkers;

  /** A finder with {@code blockMarkers}, the headings of boxes of other stories and topics. */
  ThreadFinder(ClassHints hints, Damping damping, List<String> blockMarkers) {
    this.hints = hints;
    this.damping = damping;
    this.blockMarkers = List.copyOf(blockMarkers);
  }

  /**
   * The posts of a thread when the best element lies in one record of a run of records: an
   * ancestor of {@code best} (up to {@link #POST_LEVELS} up) that has at least one sibling of
   * the same tag and class words, where two or more of those records hold prose (a forum thread's
   * posts, a question's answers, a blog's entries on one page). Empty when there is no such run,
   * when the records are link-heavy, clutter-named or teaser items, or when they sit above the
   * article heading. The highest such run wins, so a post's paragraphs give way to the posts.
   */
  List<ElementStats> posts(ElementStats best, Map<Element, ElementStats> stats,
      List<TextBlock> blocks, int titleIndex) {
    List<ElementStats> found = List.of();
    ElementStats a = best;
    int pagePlain = -1;
    for (int level = 0; level < POST_LEVELS && a != null && a.parent != null; level++,
        a = a.parent) {
      Element e = a.element;
      String sig = signature(e);
      if (sig == null) {
        continue;
      }
      List<ElementStats> run = new ArrayList<>();
      int prose = 0;
      int plain = 0;
      boolean clean = true;
      boolean clutter = hints.kind(a) < 0;
      for (Element sib : e.parent().children()) {
        ElementStats st = stats.get(sib);
        // an element without class attribute has no signature
        if (st == null || !sib.hasAttr("class") || !sig.equals(signature(sib))) {
          continue;
        }
        if (st.linkShare() > 0.5) {
          clean = false;
          break;
        }
        clutter |= hints.kind(st) < 0 || damping.of(st, blocks, titleIndex) < 1;
        run.add(st);
        plain += st.chars - st.linkChars;
        if (st.ends > 0 || st.chars - st.linkChars >= 30) {
          prose++;
        }
      }
      if (clean && clutter) {
        // records named as clutter (comment-item) are the page's text only when the best
        // block is one of many and they hold most of the page's plain text: a page of
        // comments; a news page's comments lose to its article, which is the best block
        if (pagePlain < 0) {
          pagePlain = 0;
          for (TextBlock b : blocks) {
            pagePlain += b.plainChars();
          }
        }
        clean = prose >= MIN_COMMENT_RECORDS && 2 * plain >= pagePlain;
      }
      ElementStats box = a.parent;
      if (clean && run.size() >= 2 && prose >= 2 && plain >= MIN_THREAD_CHARS
          && box.linkShare() <= 0.5 && (titleIndex < 0 || run.get(0).lastBlock >= titleIndex)) {
        found = run;
      }
    }
    return found;
  }

  /** Records with prose a run named as clutter (comments) needs to be the page's text. */
  private static final int MIN_COMMENT_RECORDS = 5;

  /**
   * Replies of a thread laid out apart from its first post: elements after the body, or between
   * the heading and the body, that carry the same tag and class words as the body's content
   * element (the element itself or one of its two closest ancestors with class words), hold
   * prose, few links and no clutter name. A topic and its replies share the class of their text
   * box (div.markdown, div.post-content, a question's answers in span.RichText) even when they sit
   * in different columns or cards, and the best of them need not be the first (the answer the
   * page opens with is short, the next one long); a news article's class is rarely repeated
   * outside it.
   */
  List<Element> twins(ElementStats best, List<Element> roots,
      Map<Element, ElementStats> stats, List<TextBlock> blocks, int titleIndex) {
    String sig = null;
    ElementStats content = best;
    for (int level = 0; level < 3 && content != null; level++, content = content.parent) {
      sig = signature(content.element);
      if (sig != null) {
        break;
      }
    }
    if (sig == null || content == null) {
      return List.of();
    }
    String tag = content.element.normalName();
    List<String> words = contentWords(content.element);
    if (words.isEmpty()) {
      return List.of();
    }
    List<Element> out = new ArrayList<>();
    int plain = 0;
    int prose = 0;
    for (ElementStats st : stats.values()) {
      // after the body, or between the heading and the body: the answer above the best one
      boolean placed = st.firstBlock > content.lastBlock
          || (titleIndex >= 0 && st.firstBlock > titleIndex && st.lastBlock < content.firstBlock);
      if (st == content || !placed || st.score <= 0
          || !st.element.normalName().equals(tag)
          || words.stream().noneMatch(st.element::hasClass) || st.linkShare() > 0.3
          || clutterNamedAbove(st)
          || roots.stream().anyMatch(r -> stats.get(r) != null
              && ElementStats.inside(st, stats.get(r)))) {
        continue;
      }
      out.add(st.element);
      plain += st.chars - st.linkChars;
      prose += st.ends > 0 ? 1 : 0;
    }
    if (out.size() < 2 || prose < 2 || plain < MIN_THREAD_CHARS) {
      return List.of();
    }
    out.sort(Comparator.comparingInt(e -> stats.get(e).firstBlock));
    // a twin inside another twin is already taken
    List<Element> outer = new ArrayList<>();
    for (Element e : out) {
      if (outer.stream().noneMatch(o -> ElementStats.inside(stats.get(e), stats.get(o)))) {
        outer.add(e);
      }
    }
    return outer;
  }

  /**
   * The other posts of a thread whose posts carry numbered ids (Discuz!'s
   * {@code td#postmessage_53961}, {@code div#post_123}, {@code li#reply-456}): the elements, before
   * or after the body, with the tag and id stem (the id without its digits) of the body or one of
   * its three closest ancestors, holding text, few links and no clutter name but a reply name. A
   * body that is the second post of such a thread gets the first one back, and the replies after.
   */
  List<Element> numberedPosts(ElementStats best, List<Element> roots,
      Map<Element, ElementStats> stats) {
    ElementStats post = best;
    String stem = null;
    for (int level = 0; level < 4 && post != null; level++, post = post.parent) {
      stem = idStem(post.element);
      if (stem != null) {
        break;
      }
    }
    if (stem == null || post == null) {
      return List.of();
    }
    String tag = post.element.normalName();
    List<ElementStats> inRoots = new ArrayList<>();
    for (Element r : roots) {
      ElementStats rs = stats.get(r);
      if (rs != null) {
        inRoots.add(rs);
      }
    }
    List<ElementStats> found = new ArrayList<>();
    for (ElementStats st : stats.values()) {
      if (st == post || !st.element.normalName().equals(tag) || !stem.equals(idStem(st.element))
          || st.chars - st.linkChars == 0 || st.linkShare() > 0.5
          || inRoots.stream().anyMatch(r -> ElementStats.inside(st, r) || ElementStats.inside(r, st))
          || !replyRun(List.of(st, st))) {
        continue;
      }
      found.add(st);
    }
    found.sort(Comparator.comparingInt(st -> st.firstBlock));
    List<Element> out = new ArrayList<>();
    for (ElementStats st : found) {
      if (out.stream().noneMatch(o -> ElementStats.inside(st, stats.get(o)))) {
        out.add(st.element);
      }
    }
    return out;
  }

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  /** The id of {@code e} without its digits when it has both (post_123 → post_), else null. */
  private static String idStem(Element e) {
    String id = e.id();
    if (id.isEmpty() || id.chars().noneMatch(Character::isDigit)) {
      return null;
    }
    String stem = DIGITS.matcher(id).replaceAll("#");
    return stem.replace("#", "").length() >= 4 ? stem : null;
  }

  /**
   * The replies under a short post: a topic of a few lines followed by a run of records (the same
   * tag and class words under one parent) that hold text, few links and no clutter name other
   * than a comment or reply name. A page whose own text is that short is a discussion, and its
   * replies are what a reader reads (放假了，元旦要来啦 and eight answers); so is a page that speaks
   * a forum's words (只看楼主, {@link #forumPage}) whatever the length of its first post. Under a
   * news article of some length the comment box stays out.
   */
  List<Element> replies(ElementStats best, List<Element> roots,
      Map<Element, ElementStats> stats, List<TextBlock> blocks) {
    int bodyPlain = 0;
    int bodyEnd = best.lastBlock;
    for (Element r : roots) {
      ElementStats st = stats.get(r);
      if (st != null) {
        bodyPlain += st.chars - st.linkChars;
        bodyEnd = Math.max(bodyEnd, st.lastBlock);
      }
    }
    if (bodyPlain >= SHORT_POST_CHARS && !forumPage(blocks)) {
      return List.of();
    }
    // in the order of the stats, so that ties go the same way on every run
    Map<Element, Map<String, List<ElementStats>>> byParent = new LinkedHashMap<>();
    // records of one kind in one tree of comments, whatever their parents
    Map<Element, Map<String, List<ElementStats>>> byTree = new LinkedHashMap<>();
    for (ElementStats st : stats.values()) {
      if (st.firstBlock <= bodyEnd || st.parent == null) {
        continue;
      }
      String sig = signature(st.element);
      if (sig == null) {
        continue;
      }
      byParent.computeIfAbsent(st.parent.element, k -> new HashMap<>())
          .computeIfAbsent(sig, k -> new ArrayList<>()).add(st);
      ElementStats tree = commentTree(st, bodyEnd);
      if (tree != null && tree != st.parent) {
        byTree.computeIfAbsent(tree.element, k -> new HashMap<>())
            .computeIfAbsent(sig, k -> new ArrayList<>()).add(st);
      }
    }
    List<ElementStats> bestRun = List.of();
    int bestPlain = 0;
    int bestChars = 0;
    List<Map<String, List<ElementStats>>> groups = new ArrayList<>(byParent.values());
    groups.addAll(byTree.values());
    for (int g = 0; g < groups.size(); g++) {
      boolean tree = g >= byParent.size();
      for (List<ElementStats> all : groups.get(g).values()) {
        List<ElementStats> run = innermost(all);
        if (run.size() < 2 || !replyRun(run) || underMarkerHeading(run.get(0), blocks)
            || (tree && !punctuated(run))) {
          continue;
        }
        int plain = run.stream().mapToInt(st -> st.chars - st.linkChars).sum();
        // of runs with the same text, the records holding least else (author links, buttons):
        // the texts themselves rather than the boxes around them; then the first
        int chars = run.stream().mapToInt(st -> st.chars).sum();
        if (plain > bestPlain || (plain == bestPlain && !bestRun.isEmpty()
            && (chars < bestChars || (chars == bestChars
                && run.get(0).firstBlock < bestRun.get(0).firstBlock)))) {
          bestRun = run;
          bestPlain = plain;
          bestChars = chars;
        }
      }
    }
    if (bestPlain < MIN_REPLY_CHARS) {
      return List.of();
    }
    List<Element> out = new ArrayList<>();
    bestRun.stream().sorted(Comparator.comparingInt(st -> st.firstBlock))
        .forEach(st -> out.add(st.element));
    return out;
  }

  /**
   * {@code records} in page order without those that hold another of them: in a tree of
   * comments a record may hold the answers to it, whose text then counts once. Boxes nest, so
   * in order of first line (the outer first on a tie) a record holds another exactly when the
   * next one starts within its lines.
   */
  private static List<ElementStats> innermost(List<ElementStats> records) {
    List<ElementStats> sorted = new ArrayList<>(records);
    sorted.sort(Comparator.<ElementStats>comparingInt(st -> st.firstBlock)
        .thenComparing(Comparator.<ElementStats>comparingInt(st -> st.lastBlock).reversed()));
    List<ElementStats> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      ElementStats st = sorted.get(i);
      if (i + 1 == sorted.size() || sorted.get(i + 1).firstBlock > st.lastBlock) {
        out.add(st);
      }
    }
    return out;
  }

  /**
   * The outermost box above {@code st} named as comments or replies ({@link #REPLY_NAMES}) that
   * lies wholly after the body, or null: a tree of comments, where the answers to a comment sit
   * inside it, so that records of one kind have different parents (ant-comment's nested lists).
   */
  private static ElementStats commentTree(ElementStats st, int bodyEnd) {
    ElementStats tree = null;
    for (ElementStats p = st.parent; p != null && p.firstBlock > bodyEnd; p = p.parent) {
      if (REPLY_NAMES.matcher(p.element.className() + " " + p.element.id()).find()) {
        tree = p;
      }
    }
    return tree;
  }

  /**
   * True when half the records of {@code run} or more hold punctuation: what people write to one
   * another, where a tree's repeated author and time lines (小海的鲲 12-3) hold none. A run drawn
   * from a whole tree of comments, rather than from one list, has to show it.
   */
  private static boolean punctuated(List<ElementStats> run) {
    long marked = run.stream().filter(st -> st.punct > 0 || st.ends > 0).count();
    return 2 * marked >= run.size();
  }

  /** Boxes above a record that may carry the heading of the list it is in. */
  private static final int HEADING_LEVELS = 6;

  /**
   * True when a box holding {@code st} (up to {@link #HEADING_LEVELS} up) opens with a
   * block-marker heading above it (随机话题, 热门帖子): its records are other topics of the
   * site, however much they look like replies with their likes and comment counts.
   */
  private boolean underMarkerHeading(ElementStats st, List<TextBlock> blocks) {
    ElementStats p = st.parent;
    for (int level = 0; p != null && level < HEADING_LEVELS; level++, p = p.parent) {
      if (p.firstBlock < st.firstBlock && p.firstBlock < blocks.size()) {
        TextBlock first = blocks.get(p.firstBlock);
        if (first.chars() <= 20 && BoilerplateFilter.isMarkerHeading(
            TextNormalizer.compact(first.text()), blockMarkers)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when every record of {@code run} holds text, few links and no clutter name. */
  private boolean replyRun(List<ElementStats> run) {
    int prose = 0;
    for (ElementStats st : run) {
      if (st.linkShare() > 0.5) {
        return false;
      }
      for (ElementStats p = st; p != null; p = p.parent) {
        if (hints.kind(p) < 0 && !REPLY_NAMES.matcher(p.element.className() + " "
            + p.element.id()).find()) {
          return false;
        }
      }
      if (st.ends > 0 || st.chars - st.linkChars >= 10) {
        prose++;
      }
    }
    return prose >= 2;
  }

  /**
   * True when a label of the page speaks a forum's words (只看楼主, 回帖, 楼主 发表于 …): there a
   * post of any length is followed by replies that are part of the thread, unlike the comments
   * under news. A label holds little besides the word: no sentence marks and a few letters (a
   * name, 发表于); a comment that speaks to the author (楼主文采和逻辑很有水平, 加油楼主，…) under
   * a blog post makes no forum.
   */
  static boolean forumPage(List<TextBlock> blocks) {
    for (TextBlock b : blocks) {
      if (forumLabel(b.text())) {
        return true;
      }
    }
    return false;
  }

  /** True for a button or label of a forum: see {@link #forumPage}. */
  static boolean forumLabel(String t) {
    if (t.length() > 40 || !RequiredChars.holdsAny(t, FORUM_WORD_CHARS)
        || RequiredChars.holdsAny(t, SENTENCE_MARKS)) {
      return false;
    }
    String rest = FORUM_WORDS.matcher(t).replaceAll("");
    if (rest.length() == t.length()) {
      return false; // no forum word
    }
    // a Latin user name (Qbian | java & go | 2024-01-06 被采纳) counts half: its letters are
    // narrower than Han characters
    int halves = 0;
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (Character.isLetter(c)) {
        halves += c < 0x80 ? 1 : 2;
      }
    }
    return halves <= 2 * LABEL_LETTERS;
  }

  /** Han letters a forum label holds besides its forum word (a user name, 发表于). */
  private static final int LABEL_LETTERS = 8;
  /** Marks of a sentence, which a button or label does not hold. */
  private static final String SENTENCE_MARKS = "，。！？；,!?";

  /** Words of a forum's own buttons and labels. */
  private static final Pattern FORUM_WORDS = Pattern.compile(
      "只看楼主|只看该作者|回帖|发帖|楼主|跟帖回复|被采纳|已采纳|采纳答案|最佳答案|\\d+\\s*个回答");
  /**
   * Characters one of which every word of {@link #FORUM_WORDS} holds: a line without any holds
   * no forum word, and most lines are told so without running the expression.
   */
  private static final String FORUM_WORD_CHARS = RequiredChars.of(FORUM_WORDS);

  /** Class and id words of a box of comments or replies, which hold a discussion's text. */
  private static final Pattern REPLY_NAMES =
      Pattern.compile("(?i)(comment|reply|replies|answer|floor|discuss|post)");
  /** A body with less text outside links than this, followed by replies, is a discussion. */
  private static final int SHORT_POST_CHARS = 120;
  /** Text outside links the replies of a discussion hold at least. */
  private static final int MIN_REPLY_CHARS = 20;

  /** Class words of page layout, which say nothing about what a box holds. */
  private static final Set<String> LAYOUT_WORDS = Set.of("clearfix",
      "clear", "row", "col", "container", "card", "box", "item", "wrap", "wrapper", "inner",
      "left", "right", "main", "cont", "block", "panel", "body", "card-body", "fl", "fr",
      "hidden", "show", "active", "first", "last");

  /**
   * The class words of a content box that a reply's box shares with it (div.markdown and
   * div.card-body.markdown): four letters or more, no digits, not a layout word.
   */
  private static List<String> contentWords(Element content) {
    List<String> words = new ArrayList<>();
    for (String c : content.classNames()) {
      if (c.length() >= 4 && !LAYOUT_WORDS.contains(c)
          && c.chars().noneMatch(Character::isDigit)) {
        words.add(c);
      }
    }
    return words;
  }

  /**
   * True when {@code s} or an ancestor has a clutter class/id name (a reply looks like a teaser
   * item, user link first, so the teaser damping does not count here).
   */
  private boolean clutterNamedAbove(ElementStats s) {
    for (ElementStats p = s; p != null; p = p.parent) {
      if (hints.kind(p) < 0) {
        return true;
      }
    }
    return false;
  }

  /** How far above the best element a run of posts is looked for. */
  private static final int POST_LEVELS = 6;
  /** Text outside links a run of posts holds at least. */
  private static final int MIN_THREAD_CHARS = 60;

  /**
   * Tag and class words of a record, class words with digits left out (post-1234); null for
   * elements without class, which repeat everywhere (p, li, div) and say nothing.
   */
  private static String signature(Element e) {
    StringBuilder sb = new StringBuilder(e.normalName());
    int words = 0;
    for (String c : new TreeSet<>(e.classNames())) {
      if (!c.isEmpty() && !hasDigit(c)) {
        sb.append('.').append(c);
        words++;
      }
    }
    return words == 0 ? null : sb.toString();
  }

  /** True when {@code s} holds a character {@link Character#isDigit(char)} accepts. */
  private static boolean hasDigit(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
