package org.reliefarchive.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Picks the lines of the located body: every line below a body root, except those in a box that
 * is not article text although it sits inside the body (a list of links, a clutter-named box with
 * links, a media player's controls, an info box or a table of figures). When tracing, names the
 * rule or the page region that left each other line out.
 */
final class BodyLines {
  /** Chrome tokens that are words (labels and buttons). */
  private static final List<String> CHROME_WORDS = List.of("刚刚", "昨天", "前天", "沙发", "板凳",
      "地板", "楼主", "作者[:：]", "时间[:：]", "发表于", "发布于?", "回复于", "来自", "IP属地[:：]?",
      "点赞", "赞同", "赞", "踩", "顶", "评论", "回复", "举报", "分享", "收藏", "引用", "删除", "编辑",
      "关注", "私信", "展开", "收起", "回复了此帖", "被采纳", "已采纳", "最佳答案");
  /** Chrome tokens that are not words; each holds a digit, or is via and a name. */
  private static final String CHROME_NUMBERS =
      "\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:星期[一二三四五六日天])?"
      + "(?:\\s*\\d{1,2}(?::\\d{2}(?::\\d{2})?|点(?:\\d{1,2}分)?))?(?:\\s*[+-]\\d{2}:?\\d{2})?"
      + "|\\d{1,2}:\\d{2}(?::\\d{2})?"
      + "|(?:\\d+\\s*(?:秒|分钟|分|小时|天|周|个月|月|年)\\s*)+前"
      + "|\\d+\\s*(?:条回复|条评论|次点击|次浏览|人收藏|个赞)|via\\s+\\w+"
      + "|\\d+楼|#\\d+";
  /**
   * The chrome around each post of a thread: its time (2021-01-01 10:34:38, 3天前, 2024年5月16日
   * 星期四 16点12分), its floor (2楼, #3, 沙发), its labels (作者：, 时间：, 楼主：, 发布, IP属地) and
   * its buttons and counts (点赞, 1 点赞 · 0 评论, 举报 | 分享).
   */
  static final Pattern CHROME_TOKEN =
      Pattern.compile(CHROME_NUMBERS + "|" + String.join("|", CHROME_WORDS));
  /** The tokens of {@link #CHROME_TOKEN} that hold a digit or are via and a name. */
  private static final Pattern CHROME_NUMBER = Pattern.compile(CHROME_NUMBERS);
  /** The tokens of {@link #CHROME_TOKEN} that are words. */
  private static final Pattern CHROME_WORD = Pattern.compile(String.join("|", CHROME_WORDS));
  /**
   * The literal beginnings of the chrome words (作者 of 作者[:：], 发布 of 发布于?): a line that
   * holds none of them holds no chrome word, as most lines do, which is told without running
   * {@link #CHROME_WORD}.
   */
  private static final WordSet CHROME_WORD_STARTS =
      new WordSet(CHROME_WORDS.stream().map(BodyLines::literalStart).toList());

  /**
   * The characters {@code fragment} of an expression starts with in every match: those before
   * its first special character, less the last when a quantifier follows it.
   */
  static String literalStart(String fragment) {
    int i = 0;
    while (i < fragment.length() && "\\[](){}?*+.|^$".indexOf(fragment.charAt(i)) < 0) {
      i++;
    }
    if (i < fragment.length() && "?*{".indexOf(fragment.charAt(i)) >= 0) {
      i--;
    }
    if (i <= 0) {
      throw new IllegalArgumentException("no literal start: " + fragment);
    }
    return fragment.substring(0, i);
  }

  /**
   * True when {@code line} holds a {@link #CHROME_TOKEN}, tried as its two halves, each only on
   * lines that may hold it: numbers on lines with a digit or via, words on lines with the
   * beginning of one ({@link #CHROME_WORD_STARTS}).
   */
  static boolean holdsChromeToken(String line) {
    int number = numberStart(line);
    return number >= 0 && CHROME_NUMBER.matcher(line).find(number)
        || CHROME_WORD_STARTS.anyIn(line) && CHROME_WORD.matcher(line).find();
  }

  /**
   * Where a {@link #CHROME_NUMBER} token may start first in a line that holds a digit or via:
   * every token starts with a digit, # or v, so its first match lies at the first of them or
   * later; -1 for a line without a digit or via, which holds no such token.
   */
  private static int numberStart(String line) {
    int first = -1;
    for (int i = 0, n = line.length(); i < n; i++) {
      char c = line.charAt(i);
      if (c >= '0' && c <= '9') {
        return first < 0 ? i : first;
      }
      if (first < 0 && (c == '#' || c == 'v')) {
        first = i;
      }
    }
    return line.contains("via") ? first : -1;
  }

  /** What may be left of a chrome line besides its tokens: a user name, digits, separators. */
  private static final Pattern CHROME_REST = Pattern.compile("[\\d\\s·•|/:：,，()（）@_-]+");
  /** A user's tagline in brackets, which post headers show beside the name. */
  private static final Pattern TAGLINE = Pattern.compile("[(（][^()（）]{1,24}[)）]");
  /** Most characters of a user name left on a chrome line (Han; Latin names may be longer). */
  private static final int CHROME_NAME_CHARS = 12;
  /**
   * A floor number alone on its line, or the time between two posts (9 天 后, 1 个月 后), which
   * some forums show on a line of its own.
   */
  private static final Pattern FLOOR_NUMBER = Pattern.compile(
      "#?\\d{1,3}楼?|(?:\\d+\\s*(?:秒|分钟|小时|天|周|个月|年)\\s*)+后");

  /** True when {@code line} of a thread holds chrome tokens and at most a short user name. */
  static boolean postChrome(String line) {
    if (line.length() > 60) {
      return false;
    }
    if (startsFloorNumber(line) && FLOOR_NUMBER.matcher(line).matches()) {
      return true;
    }
    if (!holdsChromeToken(line)) {
      return false;
    }
    String left = CHROME_TOKEN.matcher(line).replaceAll(" ");
    if (POST_TIME.matcher(line).find()) {
      // a signature beside the user name of a timed post header (玉子 (真话都不好听) 2015-10-27 20:30)
      left = TAGLINE.matcher(left).replaceAll(" ");
    }
    String rest = CHROME_REST.matcher(left).replaceAll("");
    boolean latin = rest.chars().allMatch(c -> c < 0x80);
    return rest.length() <= (latin ? 2 * CHROME_NAME_CHARS : CHROME_NAME_CHARS)
        && rest.chars().noneMatch(c -> "。！？!?，".indexOf(c) >= 0);
  }

  /** True when {@code line} starts as {@link #FLOOR_NUMBER} does: with # or a digit. */
  private static boolean startsFloorNumber(String line) {
    char c = line.charAt(0);
    return c == '#' || (c >= '0' && c <= '9');
  }

  /** Fewest lines of a widget box. */
  private static final int WIDGET_MIN_LINES = 6;
  private final ClassHints hints;
  private final List<String> blockMarkers;

  /** Lines chosen with {@code hints}; {@code blockMarkers} name the headings of dropped regions. */
  BodyLines(ClassHints hints, List<String> blockMarkers) {
    this.hints = hints;
    this.blockMarkers = List.copyOf(blockMarkers);
  }

  /**
   * Indexes of the lines inside the located body, without lines that sit in a link-dense box
   * (a list of links, a ranking), in a clutter-named box with links, or in a widget (player
   * controls, info box, table of figures).
   *
   * @param trace when not null, records every line left out and why
   */
  List<Integer> select(BodyLocator.Located loc, List<TextBlock> blocks, ExtractionTrace trace) {
    Map<Element, Boolean> roots = new IdentityHashMap<>();
    loc.roots().forEach(r -> roots.put(r, Boolean.TRUE));
    Map<Element, Integer> forms = formBoxes(loc.roots());
    Object call = new Object();
    List<Integer> lines = new ArrayList<>();
    int outside = 0;
    for (TextBlock b : blocks) {
      ElementStats s = loc.stats().get(b.container());
      if (s != null && inBody(s, roots, forms, call, loc.thread())) {
        lines.add(b.index());
      } else if (trace != null && s != null) {
        String why = whyOut(s, roots, forms, loc.thread());
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
    return withoutPostChrome(lines, blocks, loc.thread(), trace);
  }

  /**
   * {@code lines} without the chrome lines of posts: in a thread all of them; in any other body
   * that holds {@link #CHROME_IN_BODY} or more chrome lines with a post's time (a topic page whose
   * body took in its replies), those lines only, since a lone number or an 作者： line there is
   * more often the article's own.
   */
  private static List<Integer> withoutPostChrome(List<Integer> lines, List<TextBlock> blocks,
      boolean thread, ExtractionTrace trace) {
    boolean[] chrome = new boolean[lines.size()];
    int timed = 0;
    for (int i = 0; i < chrome.length; i++) {
      String line = TextNormalizer.line(blocks.get(lines.get(i)).text());
      boolean isChrome = postChrome(line);
      boolean hasTime = isChrome && POST_TIME.matcher(line).find();
      chrome[i] = thread ? isChrome : hasTime;
      timed += hasTime ? 1 : 0;
    }
    if (!thread && timed < CHROME_IN_BODY) {
      return lines;
    }
    List<Integer> kept = new ArrayList<>(lines.size());
    for (int i = 0; i < chrome.length; i++) {
      if (!chrome[i]) {
        kept.add(lines.get(i));
      } else if (trace != null) {
        trace.drop(blocks.get(lines.get(i)), "a post's time, floor or buttons in a thread");
      }
    }
    return kept;
  }

  /** A post's time: a date with a time of day, or a time ago (3 小时前). */
  private static final Pattern POST_TIME = Pattern.compile(
      "\\d{1,2}:\\d{2}|(?:\\d+\\s*(?:秒|分钟|分|小时|天|周|个月|月|年)\\s*)+前|刚刚");

  /** Chrome lines that make a body a thread's posts. */
  private static final int CHROME_IN_BODY = 3;

  /**
   * "outside the body, in div.sidebar", naming the largest box around {@code s} that holds no
   * part of the body, and the block marker heading it if any.
   */
  private String outsideRegion(ElementStats s, BodyLocator.Located loc, List<TextBlock> blocks) {
    List<ElementStats> roots = new ArrayList<>();
    for (Element r : loc.roots()) {
      ElementStats rs = loc.stats().get(r);
      if (rs != null) {
        roots.add(rs);
      }
    }
    ElementStats region = s;
    while (region.parent != null && !holdsAny(region.parent, roots)) {
      region = region.parent;
    }
    String marker = BoilerplateFilter.markerHeading(
        TextNormalizer.compact(blocks.get(region.firstBlock).text()), blockMarkers);
    return "outside the body, in " + ExtractionTrace.container(region.element, region, 0).label()
        + (marker == null ? "" : " headed by block marker " + marker);
  }

  private static boolean holdsAny(ElementStats box, List<ElementStats> roots) {
    for (ElementStats r : roots) {
      if (ElementStats.inside(r, box)) {
        return true;
      }
    }
    return false;
  }

  /** The rule that cut a line inside a body root, or null for a line outside every root. */
  private String whyOut(ElementStats s, Map<Element, Boolean> roots,
      Map<Element, Integer> forms, boolean thread) {
    String why = null;
    for (ElementStats p = s; p != null; p = p.parent) {
      if (roots.containsKey(p.element)) {
        return why;
      }
      if (why == null && p.blocks > 1 && p.chars >= 20 && p.linkShare() > 0.5) {
        why = "link-dense box " + ExtractionTrace.container(p.element, p, 0).label() + " ("
            + ExtractionTrace.percent(p.linkShare()) + " links)";
      } else if (why == null && hints.kind(p) < 0 && p.linkShare() > 0.25
          && !(thread && replyBox(p))) {
        why = "clutter-named box " + ExtractionTrace.container(p.element, p, 0).label()
            + " with links";
      } else if (why == null && isForm(p, forms)) {
        why = "form inside the body " + ExtractionTrace.container(p.element, p, 0).label();
      } else if (why == null && isWidget(p)) {
        why = "widget or data table " + ExtractionTrace.container(p.element, p, 0).label()
            + " (" + p.blocks + " short lines without sentences)";
      }
    }
    return null;
  }

  /** How the text before a table of the article announces it (各班捐款数额具体如下。). */
  private static final Pattern TABLE_INTRO = Pattern.compile("(?:如下|下表|见表|附表)[：:。.]?\\s*$");

  /**
   * True when {@code e} is, or lies inside, a table that the text right before it announces:
   * a notice's figures or list (各班捐款数额具体如下。, 现将名单公布如下：) are the article, however
   * short their cells.
   */
  static boolean introducedTable(Element e) {
    Element table = e;
    while (table != null && !table.normalName().equals("table")) {
      table = table.parent();
    }
    if (table == null) {
      return false;
    }
    for (Node n = table.previousSibling(); n != null; n = n.previousSibling()) {
      String text = n instanceof TextNode t ? t.text()
          : n instanceof Element el ? el.text() : "";
      if (!text.isBlank()) {
        return TABLE_INTRO.matcher(text).find();
      }
    }
    return false;
  }

  /**
   * True for a box of many short lines with hardly any sentence that is either a table or
   * definition list, or heavy with markup (several elements per line): a media player's
   * controls, a carousel, an info box, a table of figures. Prose, poems (a line per
   * {@code <br>} or {@code <p>}), plain lists and a table the text announces
   * ({@link #introducedTable}) do not qualify.
   */
  private static boolean isWidget(ElementStats s) {
    return shortLinesInMarkup(s) && !introducedTable(s.element);
  }

  /** The shape of a widget, whatever the text around it says. */
  private static boolean shortLinesInMarkup(ElementStats s) {
    if (s.blocks < WIDGET_MIN_LINES || s.ends * 6 > s.blocks || s.punct > s.blocks
        || s.chars > 15 * s.blocks) {
      return false;
    }
    String tag = s.element.normalName();
    return s.tags >= 3 * s.blocks || tag.equals("table") || tag.equals("tbody")
        || tag.equals("dl");
  }

  /**
   * The boxes inside the body roots that held form fields (marked by {@link DomCleaner}), with
   * the count of field boxes in each.
   */
  private static Map<Element, Integer> formBoxes(List<Element> roots) {
    Map<Element, Integer> boxes = new IdentityHashMap<>();
    for (Element root : roots) {
      if (!root.hasAttr(DomCleaner.FIELD_BELOW) && !root.normalName().equals("body")) {
        continue; // no field below this root: nothing to search for
      }
      for (Element box : root.select("[" + DomCleaner.FIELD_MARK + "]")) {
        for (Element p = box; p != null && p != root; p = p.parent()) {
          boxes.merge(p, 1, Integer::sum);
        }
      }
    }
    return boxes;
  }

  /**
   * True for a form inside the body: a {@code <form>}, or a box with two or more field boxes that
   * make up a third of its lines or more (mail to a friend, a comment box; a thread whose posts
   * each carry a permalink field is no form), never article text. A page whose whole layout sits in
   * one form (ASP.NET) has it above the body, where it is not looked at.
   */
  private static boolean isForm(ElementStats s, Map<Element, Integer> forms) {
    int fields = forms.getOrDefault(s.element, 0);
    return s.element.normalName().equals("form") || (fields >= 2 && fields * 3 >= s.blocks);
  }

  /**
   * Walks up from {@code s} to a root; false when no root or a clutter box comes first. In a
   * thread a box of short lines is a post (a user line, a one-line reply, its buttons), not a
   * widget: its chrome lines go by {@link #postChrome}.
   */
  /** Class and id words of a reply's box: in a thread, the text of a reply with a link. */
  private static final Pattern REPLY_BOX = Pattern.compile("(?i)(comment|reply|replies|answer)");

  /** True for a box named as a reply or comment, which in a thread holds a reply's text. */
  private static boolean replyBox(ElementStats s) {
    return REPLY_BOX.matcher(s.element.className() + " " + s.element.id()).find();
  }

  private boolean inBody(ElementStats s, Map<Element, Boolean> roots,
      Map<Element, Integer> forms, Object call, boolean thread) {
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
          || hints.kind(s) < 0 && s.linkShare() > 0.25 && !(thread && replyBox(s))
          || !thread && isWidget(s)
          || isForm(s, forms);
      result = !clutter && inBody(s.parent, roots, forms, call, thread);
    }
    s.verdictOf = call;
    s.verdict = result;
    return result;
  }
}
