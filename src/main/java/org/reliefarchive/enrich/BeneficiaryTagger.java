package org.reliefarchive.enrich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reliefarchive.config.BeneficiaryConfig;

/**
 * The beneficiary step: one automaton over the words of every group; where words overlap the
 * longest wins (困难残疾人 is 残疾人, not also 低保/困难群众), and a word listed under several
 * groups names each of them (残疾儿童). With help words configured, a group word counts only in a
 * clause that also holds one (慰问困难群众, 为留守儿童送去…): 进敬老院是一种悲哀 or 儿童聚会 name
 * people who receive nothing. A group word followed closely by a word for staff (安老院舍员工)
 * names the place they work at, not the group, and one followed right away by the ending of a
 * name (儿童局, 养老服务管理专业) or of a document (孤儿证) is part of that name. A group word
 * followed by a word of giving names the givers (两位老人的爱心捐款, 老人为校庆捐款), not people
 * helped.
 */
final class BeneficiaryTagger implements TagStep {
  private final List<String> groups;
  /** For each pattern, the indexes of its groups; empty for an ignored phrase. */
  private final List<List<Integer>> groupsOf = new ArrayList<>();
  /** For each pattern, whether it names help itself (慰问医护人员). */
  private final List<Boolean> helps = new ArrayList<>();
  private final AhoCorasick automaton;
  /**
   * The help words and after them the phrases that are none, or null when every group word
   * counts.
   */
  private final AhoCorasick help;
  /** How many of the help automaton's patterns are help words. */
  private final int helpCount;
  /** Words for the people who work somewhere (员工, 工作人员). */
  private final List<String> staff;
  /** Endings of the names of offices, societies and courses (局, 协会, 管理专业). */
  private final List<String> nameEndings;
  /** Words of giving (捐款, 捐赠) that make a group word before them the givers. */
  private final List<String> givers;

  /**
   * Most characters between a group word and a staff word that makes it the staff's place
   * (安老院舍三万多名 + 员工).
   */
  private static final int MAX_STAFF_GAP = 8;
  /** Marks before a group word that make it the people a gift is for (为我校困难学生爱心捐款). */
  private static final String RECIPIENT_MARKS = "为给向";
  /** Most characters between such a mark and the group word (为 + 我校 + 困难学生). */
  private static final int MAX_RECIPIENT_GAP = 6;
  /** Most characters between 为 after the givers and their gift (为 + 120周年校庆的爱心 + 捐款). */
  private static final int MAX_GIFT_GAP = 24;
  /** What may stand between the givers and their gift (两位老人的爱心捐款). */
  private static final List<String> GIFT_LINKS = List.of("们", "的", "爱心");
  /** Marks that join the group to the staff as two sets of people (老人和工作人员). */
  private static final String JOINERS = "和与及同跟、";

  /**
   * Characters that end a clause, for the help-word window: help and group share a clause
   * (慰问困难群众、残疾人, 为留守儿童送去…), not only a sentence that may run over several topics.
   */
  private static final String CLAUSE_ENDS = "。！？!?；;\n，,：:";

  BeneficiaryTagger(BeneficiaryConfig config) {
    List<String> helpPatterns = new ArrayList<>(config.helpWords());
    helpPatterns.addAll(config.notHelp());
    this.helpCount = config.helpWords().size();
    this.staff = config.staff();
    this.nameEndings = config.nameEndings();
    this.givers = config.givers();
    this.help = config.helpWords().isEmpty() ? null : new AhoCorasick(helpPatterns);
    this.groups = config.groups().stream().map(BeneficiaryConfig.Group::group).toList();
    Map<String, List<Integer>> byWord = new LinkedHashMap<>();
    for (String s : config.ignore()) {
      byWord.put(s, new ArrayList<>());
    }
    Set<String> phrases = new HashSet<>();
    for (int g = 0; g < config.groups().size(); g++) {
      BeneficiaryConfig.Group group = config.groups().get(g);
      phrases.addAll(group.helpPhrases());
      for (String w : concat(group.words(), group.helpPhrases())) {
        List<Integer> gs = byWord.computeIfAbsent(w, k -> new ArrayList<>());
        if (!gs.contains(g) && !config.ignore().contains(w)) {
          gs.add(g);
        }
      }
    }
    groupsOf.addAll(byWord.values());
    for (String w : byWord.keySet()) {
      helps.add(phrases.contains(w));
    }
    this.automaton = new AhoCorasick(List.copyOf(byWord.keySet()));
  }

  @Override
  public void tag(TagContext ctx) {
    Map<Integer, List<Mention>> found = new LinkedHashMap<>();
    List<AhoCorasick.Match> helpWords = null;
    int[] ends = null;
    if (help != null) {
      helpWords = new ArrayList<>();
      for (AhoCorasick.Match h : help.findLongest(ctx.text)) {
        if (h.pattern() < helpCount) {
          helpWords.add(h);
        }
      }
      helpWords.sort(Comparator.comparingInt(AhoCorasick.Match::start));
      ends = clauseEnds(ctx.text);
    }
    for (AhoCorasick.Match m : automaton.findLongest(ctx.text)) {
      if (helpWords != null && !groupsOf.get(m.pattern()).isEmpty() && !helps.get(m.pattern())
          && !helpInClause(m, ends, ctx.text.length(), helpWords)) {
        continue;
      }
      if (!groupsOf.get(m.pattern()).isEmpty() && !helps.get(m.pattern())
          && staffAfter(ctx.text, m.end())) {
        continue; // 对安老院舍三万多名员工作第二轮检测: the staff are tested, not the old
      }
      if (!groupsOf.get(m.pattern()).isEmpty() && WordSplit.insideWord(ctx.text, m.start())) {
        continue; // 女儿少了: the word starts inside another word
      }
      if (!groupsOf.get(m.pattern()).isEmpty()
          && RegionTagger.startsWithAny(ctx.text, m.end(), nameEndings)) {
        continue; // 内政部儿童局, 养老服务管理专业: the name of an office or a course
      }
      if (!groupsOf.get(m.pattern()).isEmpty() && !helps.get(m.pattern())
          && givesAfter(ctx.text, m.start(), m.end())) {
        continue; // 两位耄耋老人为120周年校庆的爱心捐款: the old people give
      }
      for (int g : groupsOf.get(m.pattern())) {
        found.computeIfAbsent(g, k -> new ArrayList<>()).add(ctx.mention(m.start(), m.end()));
      }
    }
    List<BeneficiaryTag> tags = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      if (found.containsKey(g)) {
        tags.add(new BeneficiaryTag(groups.get(g), found.get(g)));
      }
    }
    ctx.beneficiaries = tags;
  }

  /**
   * True when a help word lies in the clause holding {@code m} (and outside the match).
   * {@code ends} holds the offsets of the text's clause ends and {@code help} the help words,
   * both in order, so each lookup is a binary search: a body of one endless sentence with
   * thousands of group and help words stays linear.
   */
  private static boolean helpInClause(AhoCorasick.Match m, int[] ends, int length,
      List<AhoCorasick.Match> help) {
    int k = Arrays.binarySearch(ends, m.start());
    int clause = k >= 0 ? k : -k - 1; // index of the first end at or after the match
    int from = clause == 0 ? 0 : ends[clause - 1] + 1;
    int to = clause < ends.length ? ends[clause] : length;
    int lo = 0;
    int hi = help.size();
    while (lo < hi) { // first help word starting at or after the clause start
      int mid = (lo + hi) >>> 1;
      if (help.get(mid).start() < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < help.size() && help.get(i).start() < to; i++) {
      AhoCorasick.Match h = help.get(i);
      if (h.end() <= to && (h.end() <= m.start() || h.start() >= m.end())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a staff word (员工, 工作人员) follows {@code end} within {@value #MAX_STAFF_GAP}
   * characters of the same clause, with no mark joining two sets of people between them: the
   * group word then names the place those people work at.
   */
  private boolean staffAfter(String text, int end) {
    int last = Math.min(text.length(), end + MAX_STAFF_GAP);
    for (int i = end; i <= last && i < text.length(); i++) {
      if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0 || JOINERS.indexOf(text.charAt(i)) >= 0) {
        return false; // 为敬老院老人和工作人员送去: the old people and the staff, both
      }
      for (String w : staff) {
        if (text.startsWith(w, i)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when the group word ending at {@code end} names givers: a word of giving follows right
   * away or after 们, 的 and 爱心 (这两位老人的爱心捐款), or 为 follows and a word of giving comes
   * later in the same clause, at most {@value #MAX_GIFT_GAP} characters on, so that a clause
   * without end costs no more per word (老人为120周年校庆的爱心捐款). 为, 给 or 向 a few characters before
   * the group word in its clause makes it the people the gift is for (为我校困难学生爱心捐款).
   */
  private boolean givesAfter(String text, int start, int end) {
    for (int k = start - 1; k >= Math.max(0, start - MAX_RECIPIENT_GAP); k--) {
      char c = text.charAt(k);
      if (CLAUSE_ENDS.indexOf(c) >= 0) {
        break;
      }
      if (RECIPIENT_MARKS.indexOf(c) >= 0) {
        return false;
      }
    }
    int i = end;
    boolean linked = true;
    while (linked) {
      linked = false;
      for (String link : GIFT_LINKS) {
        if (text.startsWith(link, i)) {
          i += link.length();
          linked = true;
        }
      }
    }
    if (RegionTagger.startsWithAny(text, i, givers)) {
      return true;
    }
    if (i >= text.length() || text.charAt(i) != '为') {
      return false;
    }
    int last = Math.min(text.length(), i + 1 + MAX_GIFT_GAP);
    for (int j = i + 1; j < last && CLAUSE_ENDS.indexOf(text.charAt(j)) < 0; j++) {
      if (RegionTagger.startsWithAny(text, j, givers)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Offsets of the clause ends of {@code text}, in order. */
  private static int[] clauseEnds(String text) {
    int n = 0;
    int[] ends = new int[16];
    for (int i = 0; i < text.length(); i++) {
      if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
        if (n == ends.length) {
          ends = Arrays.copyOf(ends, n * 2);
        }
        ends[n++] = i;
      }
    }
    return Arrays.copyOf(ends, n);
  }

}
