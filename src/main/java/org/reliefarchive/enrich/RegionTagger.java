package org.reliefarchive.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.reliefarchive.config.RegionConfig;

/**
 * The region step: finds place names with one automaton over every name and alias, drops names
 * that are part of another word or name a place of origin (从湖北返蓉, 湖北籍), resolves the rest
 * by context ({@link RegionResolver}) and turns them into tags ({@link RegionTagBuilder}).
 */
final class RegionTagger implements TagStep {
  /** Characters that join a list of places (湖北、重庆, 苏州或上海). */
  private static final String LIST_JOINERS = "、和及与或";
  /** Most characters between 《 and 》 read as the title of a work. */
  private static final int MAX_WORK_TITLE = 80;
  /**
   * Characters after which a one-character county stem (兴县, 易县) may begin a name: prepositions,
   * verbs of going and joiners. After any other Han character the two characters are more likely
   * the end of a longer name (唐兴县, 武兴县) or of a word (容易县城).
   */
  private static final String STEM_OPENERS = "在于到至赴往去从向和与及、的是了将对经为";

  private final Gazetteer gazetteer;
  private final RegionConfig config;
  private final RegionNames names;
  private final AhoCorasick automaton;
  private final RegionResolver resolver = new RegionResolver();
  private final RegionTagBuilder builder;
  private final OutsidePlaces outside;

  RegionTagger(Gazetteer gazetteer, RegionConfig config, RegionNames names,
      OutsidePlaces outside) {
    this.outside = outside;
    this.gazetteer = gazetteer;
    this.config = config;
    this.names = names;
    this.automaton = new AhoCorasick(names.surfaces());
    this.builder = new RegionTagBuilder(config.minStreetMentions());
  }

  @Override
  public void tag(TagContext ctx) {
    List<RegionCandidate> found = new ArrayList<>();
    // stoplisted names standing as an item of a list (海淀、崇文、东城): kept if another item is
    // a place beside them
    List<RegionCandidate> listed = new ArrayList<>();
    int previousEnd = -1;
    for (AhoCorasick.Match m : select(automaton.findAll(ctx.text))) {
      if (inCitation(ctx.text, m.start())) {
        continue; // [27] 昆明市水务局：《…》 cites a source, it is not where the report happens
      }
      boolean afterName = m.start() == previousEnd;
      boolean openStart = afterName || opensName(ctx.text, m.start());
      previousEnd = m.end();
      if (!afterName && WordSplit.insideWord(ctx.text, m.start())) {
        continue; // 文明村镇 holds 明村镇: the name's first character ends another word
      }
      if (m.length() == 2 && WordSplit.wordRunsOut(ctx.text, m.start(), m.end())) {
        continue; // 在巴中国移民 holds 巴中: the name's last character begins another word
      }
      List<RegionNames.Reading> readings = new ArrayList<>();
      List<RegionNames.Reading> stopped = new ArrayList<>();
      RegionCandidate before = afterName && !found.isEmpty()
          && found.get(found.size() - 1).end == m.start() ? found.get(found.size() - 1) : null;
      for (RegionNames.Reading r : names.readings(m.pattern())) {
        if (r.kind() == RegionNames.Kind.STOPPED && !namesParent(before, r.division())) {
          // 大理石, 南湖 of any city: a stoplisted name counts after its parent only, or as an
          // item of a list of its sibling places (below)
          stopped.add(r);
          continue;
        }
        boolean stem = r.kind() == RegionNames.Kind.FULL && m.length() == 2
            && r.division().level() == RegionLevel.COUNTY;
        if (((r.kind() != RegionNames.Kind.SHORT && r.kind() != RegionNames.Kind.ALIAS)
                || !blocked(ctx.text, m.end()))
            && (!stem || openStart)) {
          readings.add(r);
        }
      }
      if (readings.isEmpty() && !stopped.isEmpty() && listItem(ctx.text, m.start(), m.end())) {
        listed.add(new RegionCandidate(m.start(), m.end(), stopped, m.start() < ctx.titleEnd));
      }
      if (!readings.isEmpty()) {
        ctx.placeSpans.add(new int[] {m.start(), m.end()});
        if (readings.get(0).kind() == RegionNames.Kind.EACH) {
          for (RegionNames.Reading r : readings) { // 京津冀 names all three
            found.add(new RegionCandidate(m.start(), m.end(), List.of(r),
                m.start() < ctx.titleEnd));
          }
        } else {
          found.add(new RegionCandidate(m.start(), m.end(), readings, m.start() < ctx.titleEnd));
        }
      }
    }
    List<RegionCandidate> inLists = listedAmongSiblings(ctx.text, listed, found);
    if (!inLists.isEmpty()) {
      for (RegionCandidate c : inLists) {
        ctx.placeSpans.add(new int[] {c.start, c.end});
        found.add(c);
      }
      found.sort(Comparator.comparingInt(c -> c.start));
    }
    boolean[] origin = origins(ctx.text, found);
    List<RegionCandidate> kept = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      if (!origin[i]) {
        kept.add(found.get(i));
      }
    }
    dropWorkTitlesOnly(ctx.text, kept);
    outside.dropHomonyms(ctx.text, kept);
    Division home = ctx.homeProvince == null ? null : gazetteer.byPath(ctx.homeProvince);
    resolver.resolve(kept, home);
    builder.build(ctx, kept);
  }

  /**
   * Picks non-overlapping names: longer first, then a name that stands alone before one that
   * needs support, then the leftmost; so 科学院上海 keeps 上海 rather than a short form spelled
   * across the two words.
   */
  private List<AhoCorasick.Match> select(List<AhoCorasick.Match> all) {
    List<AhoCorasick.Match> ranked = new ArrayList<>(all);
    ranked.sort(Comparator.comparingInt(AhoCorasick.Match::length).reversed()
        .thenComparing(m -> names.stoppedOnly(m.pattern()))
        .thenComparing(m -> names.needsSupport(m.pattern()))
        .thenComparingInt(AhoCorasick.Match::start));
    boolean[] taken = new boolean[all.isEmpty() ? 0 : all.get(all.size() - 1).end() + 64];
    List<AhoCorasick.Match> kept = new ArrayList<>();
    for (AhoCorasick.Match m : ranked) {
      if (m.end() > taken.length) {
        taken = Arrays.copyOf(taken, m.end() * 2);
      }
      boolean free = true;
      for (int i = m.start(); i < m.end() && free; i++) {
        free = !taken[i];
      }
      if (free) {
        for (int i = m.start(); i < m.end(); i++) {
          taken[i] = true;
        }
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(AhoCorasick.Match::start));
    return kept;
  }

  /** The mark between the items of a list of places (海淀、崇文、东城). */
  private static final char LIST_MARK = '、';
  /** Most characters of an item of such a list. */
  private static final int MAX_LIST_ITEM = 5;

  /** Words that close a list of places right after its last item (承德、张家口等地). */
  private static final String LIST_CLOSERS = "等";

  /**
   * True when {@code [start, end)} is a whole item of a list: 、 right before or right after it,
   * and nothing of a longer word on either side (大清河 is a river, not 清河).
   */
  private static boolean listItem(String text, int start, int end) {
    boolean markBefore = start > 0 && text.charAt(start - 1) == LIST_MARK;
    boolean markAfter = end < text.length() && text.charAt(end) == LIST_MARK;
    boolean openBefore = markBefore || start == 0 || !BodyNamer.isHan(text.charAt(start - 1));
    boolean closedAfter = markAfter || end == text.length()
        || !BodyNamer.isHan(text.charAt(end)) || LIST_CLOSERS.indexOf(text.charAt(end)) >= 0;
    return (markBefore || markAfter) && openBefore && closedAfter;
  }

  /**
   * The start ({@code step} -1) or end ({@code step} 1) of the 、 list an item edge {@code at}
   * belongs to: over each 、 and the run of at most {@link #MAX_LIST_ITEM} Han characters after
   * it, until no 、 follows.
   */
  private static int listEdge(String text, int at, int step) {
    int edge = at;
    while (true) {
      int mark = step < 0 ? edge - 1 : edge;
      if (mark < 0 || mark >= text.length() || text.charAt(mark) != LIST_MARK) {
        return edge;
      }
      int item = mark;
      int length = 0;
      while (length < MAX_LIST_ITEM) {
        int next = item + step;
        if (next < 0 || next >= text.length() || !BodyNamer.isHan(text.charAt(next))) {
          break;
        }
        item = next;
        length++;
      }
      if (length == 0) {
        return edge;
      }
      edge = step < 0 ? item : item + 1;
    }
  }

  /**
   * The stoplisted names of {@code listed} that stand in one list with a place of {@code found}
   * sharing their parent division (唐山、秦皇岛、承德、张家口: 承德 beside 河北's other cities; 大兴、
   * 平谷: two districts of 北京), each with the readings such a sibling supports; a list item is a
   * run of at most {@link #MAX_LIST_ITEM} Han characters between 、 marks.
   */
  private static List<RegionCandidate> listedAmongSiblings(String text,
      List<RegionCandidate> listed, List<RegionCandidate> found) {
    List<RegionCandidate> kept = new ArrayList<>();
    for (RegionCandidate c : listed) {
      int from = listEdge(text, c.start, -1);
      int to = listEdge(text, c.end, 1);
      List<RegionNames.Reading> supported = new ArrayList<>();
      for (RegionNames.Reading r : c.readings) {
        Division parent = r.division().parent();
        if (parent == null) {
          continue; // a province has no siblings to stand with
        }
        for (RegionCandidate other : found) {
          if (other.start >= from && other.end <= to
              && other.readings.stream().anyMatch(o -> o.division().parent() == parent)) {
            supported.add(r);
            break;
          }
        }
      }
      if (!supported.isEmpty()) {
        RegionCandidate item = new RegionCandidate(c.start, c.end, supported, c.inTitle);
        if (supported.size() == 1) {
          // a sibling is no support the resolver counts (it looks above and below): the list
          // itself settles the reading
          item.resolved = supported.get(0).division();
        }
        kept.add(item);
      }
    }
    return kept;
  }

  /** True when {@code before} may name a division above {@code d} (云南 before 大理). */
  private static boolean namesParent(RegionCandidate before, Division d) {
    if (before == null) {
      return false;
    }
    for (RegionNames.Reading r : before.readings) {
      if (r.division() != d && d.isWithin(r.division())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops the places read only inside the title of a work (《天津条约》, 《登岳阳楼》): a treaty, a
   * poem, a book or a newspaper named after a place says nothing of where the report happens. A
   * place also read outside such titles keeps its mentions in them (《浙江省…办法》 in a report
   * on 浙江).
   */
  static void dropWorkTitlesOnly(String text, List<RegionCandidate> kept) {
    List<RegionCandidate> titled = kept.stream().filter(c -> inWorkTitle(text, c.start)).toList();
    if (titled.isEmpty()) {
      return;
    }
    Set<Division> outside = new HashSet<>();
    kept.stream().filter(c -> !titled.contains(c))
        .forEach(c -> c.readings.forEach(r -> outside.add(r.division())));
    kept.removeIf(c -> titled.contains(c)
        && c.readings.stream().noneMatch(r -> outside.contains(r.division())));
  }

  /**
   * Whether {@code at} lies between 《 and 》 on one line: inside the title of a work. A title
   * runs at most {@link #MAX_WORK_TITLE} characters, so an unclosed 《 does not swallow the text.
   * Titles inside titles are not followed: in 《关于《天津条约》在北京的研究》 the scan back from 北京
   * stops at the inner 》, and 北京 reads as outside.
   */
  static boolean inWorkTitle(String text, int at) {
    for (int i = at - 1; i >= 0 && at - i <= MAX_WORK_TITLE; i--) {
      char c = text.charAt(i);
      if (c == '《') {
        for (int j = at; j < text.length() && j - i <= MAX_WORK_TITLE; j++) {
          char d = text.charAt(j);
          if (d == '》') {
            return true;
          }
          if (d == '《' || d == '\n') {
            return false;
          }
        }
        return false;
      }
      if (c == '》' || c == '\n') {
        return false;
      }
    }
    return false;
  }

  /** True when the line holding {@code at} is a numbered reference: "[27] …", "［3］…". */
  static boolean inCitation(String text, int at) {
    int line = text.lastIndexOf('\n', at - 1) + 1;
    int i = line;
    while (i < at && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) {
      i++;
    }
    if (i >= at || (text.charAt(i) != '[' && text.charAt(i) != '［')) {
      return false;
    }
    int j = i + 1;
    while (j < at && Character.isDigit(text.charAt(j))) {
      j++;
    }
    return j > i + 1 && j < at && (text.charAt(j) == ']' || text.charAt(j) == '］');
  }

  /** True when a name may begin at {@code at}: not right after a Han character of a word. */
  private static boolean opensName(String text, int at) {
    if (at == 0) {
      return true;
    }
    char before = text.charAt(at - 1);
    return Character.UnicodeScript.of(before) != Character.UnicodeScript.HAN
        || STEM_OPENERS.indexOf(before) >= 0;
  }

  private boolean blocked(String text, int end) {
    for (String next : config.blockingNext()) {
      if (text.startsWith(next, end)) {
        return true;
      }
    }
    return false;
  }

  /** A clock time at the end of what precedes a place on its line (13:19, 13:19:20). */
  private static final Pattern CLOCK_BEFORE = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2})?\\s*$");

  /**
   * True when {@code found[i]} and the places chained to it end their line right after a clock
   * time: a comment's or post's time stamp, then where its writer is (2024-04-07 13:19:20 贵州);
   * or, when {@code labels} is set, make up a whole line that does not continue a sentence.
   */
  private static boolean posterLocation(String text, List<RegionCandidate> found, int i,
      boolean labels) {
    int first = i;
    while (first > 0 && found.get(first - 1).end == found.get(first).start) {
      first--;
    }
    int last = i;
    while (last + 1 < found.size() && found.get(last + 1).start == found.get(last).end) {
      last++;
    }
    int end = found.get(last).end;
    if (end < text.length() && text.charAt(end) != '\n') {
      return false;
    }
    int start = found.get(first).start;
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    String before = text.substring(lineStart, start);
    return CLOCK_BEFORE.matcher(before).find()
        || (labels && before.isBlank() && !wrapped(text, lineStart));
  }

  /**
   * True when two or more lines of the text are place names alone and continue no sentence: the
   * places of a thread's writers over their replies (上海市, 浙江省杭州市 each on a line of its
   * own), not places the report is about.
   */
  private static boolean placeLabels(String text, List<RegionCandidate> found) {
    int lines = 0;
    int lastLine = -1;
    for (int i = 0; i < found.size() && lines < 2; i++) {
      int lineStart = text.lastIndexOf('\n', found.get(i).start - 1) + 1;
      if (lineStart != lastLine && posterLocation(text, found, i, true)) {
        lines++;
        lastLine = lineStart;
      }
    }
    return lines >= 2;
  }

  /**
   * True when the line before {@code lineStart} ends in a Han character: a sentence broken at a
   * link (西临⏎大营镇⏎东照村), whose place is a mention like any other.
   */
  private static boolean wrapped(String text, int lineStart) {
    int i = lineStart - 2;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) {
      i--;
    }
    return i >= 0 && text.charAt(i) != '\n' && BodyNamer.isHan(text.charAt(i));
  }

  /** Marks the names of places of origin, following 、 lists both ways. */
  private boolean[] origins(String text, List<RegionCandidate> found) {
    int n = found.size();
    boolean[] origin = new boolean[n];
    boolean labels = placeLabels(text, found);
    for (int i = 0; i < n; i++) {
      RegionCandidate c = found.get(i);
      boolean arrivalNext = i + 1 < n && found.get(i + 1).start == c.end
          && found.get(i + 1).readings.stream().anyMatch(RegionNames.Reading::arrival);
      origin[i] = arrivalNext || (startsWithAny(text, c.end, config.originAfter())
          && !startsWithAny(text, c.end, config.notOriginAfter()))
          || posterLocation(text, found, i, labels);
      if (!origin[i]) {
        // walk back over a list of places, or the province written before a city, to the word
        // before them: 从湖北、重庆, 返回湖北十堰
        int pos = c.start;
        int j = i - 1;
        while (true) {
          if (endsWithAny(text, pos, config.originBefore())) {
            origin[i] = true;
            break;
          }
          if (j >= 0 && found.get(j).end == pos) {
            pos = found.get(j).start;
            j--;
          } else if (j >= 0 && pos >= 1 && LIST_JOINERS.indexOf(text.charAt(pos - 1)) >= 0
              && found.get(j).end == pos - 1) {
            pos = found.get(j).start;
            j--;
          } else {
            break;
          }
        }
      }
    }
    // 湖北江陵人（今荆州）: today's name of an origin, in brackets right after it, is that origin
    for (int i = 1; i < n; i++) {
      RegionCandidate c = found.get(i);
      if (!origin[i] && origin[i - 1] && c.start - found.get(i - 1).end <= 4
          && (text.startsWith("（今", c.start - 2) || text.startsWith("(今", c.start - 2))) {
        origin[i] = true;
      }
    }
    // 湖北、重庆来蓉: an origin makes the places listed right before it origins too
    for (int i = n - 2; i >= 0; i--) {
      RegionCandidate c = found.get(i);
      RegionCandidate next = found.get(i + 1);
      if (origin[i + 1] && next.start == c.end + 1
          && LIST_JOINERS.indexOf(text.charAt(c.end)) >= 0) {
        origin[i] = true;
      }
    }
    return origin;
  }

  /** True when one of {@code words} starts at {@code at} in {@code text}. */
  static boolean startsWithAny(String text, int at, List<String> words) {
    for (String w : words) {
      if (text.startsWith(w, at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithAny(String text, int at, List<String> words) {
    for (String w : words) {
      if (at >= w.length() && text.startsWith(w, at - w.length())) {
        return true;
      }
    }
    return false;
  }
}
