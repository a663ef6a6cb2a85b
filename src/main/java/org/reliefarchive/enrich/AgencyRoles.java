package org.reliefarchive.enrich;

import java.util.List;
import org.reliefarchive.config.AgencyConfig;

/**
 * Tells an acting agency from one the report only visits, works with or helps: 来到马放塘社区 is a
 * place, 与成华区民政局配合 and 对接卫健局 name partners, 慰问疾控中心 a recipient. Looks at the
 * clause of the mention (text between ，。；！？ and line breaks); a list of people's posts and a
 * quoted speaker's title are read in the sentence around it.
 */
final class AgencyRoles {
  private static final String CLAUSE_ENDS = "，。；！？,;!?\n：:";

  private final AgencyConfig config;

  AgencyRoles(AgencyConfig config) {
    this.config = config;
  }

  /** True when the mention at {@code [start, end)} of a body of {@code type} is not an actor. */
  boolean notActing(String text, int start, int end, AgencyConfig.AgencyType type) {
    boolean canBePlace = type.canBePlace();
    int clauseStart = start;
    while (clauseStart > 0 && CLAUSE_ENDS.indexOf(text.charAt(clauseStart - 1)) < 0) {
      clauseStart--;
    }
    int clauseEnd = end;
    while (clauseEnd < text.length() && CLAUSE_ENDS.indexOf(text.charAt(clauseEnd)) < 0) {
      clauseEnd++;
    }
    String before = text.substring(clauseStart, start);
    String after = text.substring(end, clauseEnd);
    if (canBePlace && endsWithAny(before, config.placeBefore())) {
      return true;
    }
    if (endsWithAny(before, config.placeBefore())
        && RegionTagger.startsWithAny(text, end, config.serviceAfter())) {
      return true; // 在北京的中国银行办了一张信用卡: where a customer was served, not who acted
    }
    if (endsWithAny(before, config.toolBefore())) {
      return true; // 轻点手机上的微信就可以传递: an app someone uses, not the firm acting
    }
    if (canBePlace && locativeAfter(text, end)) {
      return true; // 减少社区中感染人群的数量: the community is where, not who
    }
    if (dateline(text, end)) {
      return true; // 【证券时报e公司】讯，…: the outlet the report comes from
    }
    if (issuer(text, end)) {
      return true; // 民政部门出具的最低生活保障证明: who issues a paper an applicant shows
    }
    if (inCredit(text, end)) {
      return true; // 户籍人口581184人（公安局提供）: the source of a figure
    }
    if (creditLine(text, clauseStart, start)) {
      return true; // 供稿：校团委: who supplied the text
    }
    if (inShortQuote(text, start, end)) {
      return true; // “绍兴一中教育基金会众筹倡议书”, “做文明社区人 创平安社区”: a title or a slogan
    }
    if (sourceOfFigure(text, before, end)) {
      return true; // Appfigures 的数据显示, 据艾媒咨询统计: who counted, not who acted
    }
    if (containsAny(before, config.passiveBefore())) {
      return true;
    }
    if (containsAny(before, config.orderWith()) && containsAny(after, config.orderAfter())) {
      return true; // 按照简阳市委市政府统一部署: the source of the orders, not an actor
    }
    if (containsAny(before, config.partnerWith()) && containsAny(after, config.partnerAfter())) {
      return true;
    }
    return inRoster(text, start, end) || (type.speakerTitle() && speakersTitle(text, end));
  }

  /** Marks after the 讯 of a dateline (新华社讯，, 本报讯（记者…）). */
  private static final String AFTER_DATELINE = "，,（( 　\n：:";

  /**
   * True when the body ending at {@code end} opens a dateline: 讯 right after it, or after the
   * bracket closing it (【证券时报e公司】讯，), then a comma, a bracket, a space or a line break. The
   * outlet supplied the report; it does not act in it.
   */
  private static boolean dateline(String text, int end) {
    int at = end < text.length() && "】]".indexOf(text.charAt(end)) >= 0 ? end + 1 : end;
    return at + 1 < text.length() && text.charAt(at) == '讯'
        && AFTER_DATELINE.indexOf(text.charAt(at + 1)) >= 0;
  }

  /** Most characters of a bracketed aside between a body and the paper it issues. */
  private static final int MAX_ASIDE = 30;

  /**
   * True when one of issuer_after follows the body ending at {@code end}, right away or after a
   * bracketed aside (派出所（或县级及以上教育行政主管部门）出具的): the body issues a paper a
   * notice asks for.
   */
  private boolean issuer(String text, int end) {
    int at = end;
    if (at < text.length() && "（(".indexOf(text.charAt(at)) >= 0) {
      int close = at + 1;
      while (close < text.length() && close - at <= MAX_ASIDE
          && "）)".indexOf(text.charAt(close)) < 0) {
        close++;
      }
      if (close < text.length() && "）)".indexOf(text.charAt(close)) >= 0) {
        at = close + 1;
      }
    }
    return RegionTagger.startsWithAny(text, at, config.issuerAfter());
  }

  /** Fewest characters of a person's name after a post (会长李四). */
  private static final int MIN_PERSON_NAME = 2;

  /**
   * True when the body ending at {@code end} is only the title of someone who speaks: one of
   * posts follows it, then a person's name and a word of speech (僱傭代理協會主席張結民指,
   * 中国半导体行业协会秘书长张三表示), and nothing in the sentence says the people act for it
   * (roster_acts: 市残联理事长李四带队慰问). A word of speech that begins a longer word there
   * (指导, 说明) is none.
   */
  private boolean speakersTitle(String text, int end) {
    int nameStart = postEnd(text, end);
    if (nameStart < 0) {
      return false;
    }
    for (int name = 1; name <= MAX_PERSON_NAME; name++) {
      int at = nameStart + name;
      if (at > text.length() || !BodyNamer.isHan(text.charAt(at - 1))) {
        return false; // 会长：李四 has no name right after the post
      }
      if (name < MIN_PERSON_NAME) {
        continue;
      }
      for (String w : config.speechAfter()) {
        if (text.startsWith(w, at) && !WordSplit.insideWord(text, at + w.length())) {
          return !containsAny(sentenceOf(text, end, end), config.rosterActs());
        }
      }
    }
    return false;
  }

  /**
   * The sentence holding {@code [start, end)}, between two of {@link #SENTENCE_ENDS} (or the
   * ends of the text).
   */
  private static String sentenceOf(String text, int start, int end) {
    int from = Math.min(start, text.length());
    while (from > 0 && SENTENCE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    int to = Math.min(end, text.length());
    while (to < text.length() && SENTENCE_ENDS.indexOf(text.charAt(to)) < 0) {
      to++;
    }
    return text.substring(from, to);
  }

  /** True when a locative word (中, 内) follows {@code end} and begins no longer word there. */
  private boolean locativeAfter(String text, int end) {
    for (String w : config.placeAfter()) {
      if (text.startsWith(w, end) && !WordSplit.insideWord(text, end + w.length())) {
        return true;
      }
    }
    return false;
  }

  /** Words that may stand between a body and the figure it supplied (Appfigures 的最新数据). */
  private static final List<String> SOURCE_FILLERS = List.of("的", "最新", " ");

  /**
   * True when the body ending at {@code end} is named as the source of a figure: one of
   * {@code source_words} follows it (after 的, 最新 or a space) and is followed by one of
   * {@code source_shows} (应用数据分析公司 Appfigures 的数据显示, 艾媒咨询统计数据表明), or the
   * clause before the body ends with one of {@code source_before} (据艾媒咨询统计, 根据 IDC 数据).
   */
  private boolean sourceOfFigure(String text, String before, int end) {
    int at = end;
    for (boolean moved = true; moved; ) {
      moved = false;
      for (String f : SOURCE_FILLERS) {
        if (text.startsWith(f, at)) {
          at += f.length();
          moved = true;
        }
      }
    }
    String word = null;
    for (String w : config.sourceWords()) {
      if (text.startsWith(w, at) && (word == null || w.length() > word.length())) {
        word = w;
      }
    }
    if (word == null) {
      return false;
    }
    if (endsWithAny(before.strip(), config.sourceBefore())) {
      return true;
    }
    int after = at + word.length();
    for (String w : config.sourceWords()) {
      if (text.startsWith(w, after)) {
        after += w.length(); // 统计数据显示
        break;
      }
    }
    return RegionTagger.startsWithAny(text, after, config.sourceShows());
  }

  /** Most characters between a body and the word that closes its credit (县融媒体中心 记者 供图）). */
  private static final int MAX_CREDIT_GAP = 6;

  /**
   * True when the body ending at {@code end} stands in a credit in brackets: one of
   * {@code credit_after} follows within a few characters and closes the bracket (（公安局提供）).
   */
  private boolean inCredit(String text, int end) {
    int close = end;
    int last = Math.min(text.length(), end + MAX_CREDIT_GAP + 4);
    while (close < last && text.charAt(close) != '）' && text.charAt(close) != ')') {
      if (CLAUSE_ENDS.indexOf(text.charAt(close)) >= 0 || text.charAt(close) == '（'
          || text.charAt(close) == '(') {
        return false;
      }
      close++;
    }
    if (close >= last) {
      return false;
    }
    String tail = text.substring(end, close).strip();
    return config.creditAfter().stream()
        .anyMatch(w -> tail.endsWith(w) && tail.length() - w.length() <= MAX_CREDIT_GAP);
  }

  /**
   * True when the clause of a mention at {@code start} opens right after a colon that closes one
   * of {@code credit_before} (供稿：校团委, 来源：新华社), with at most one character (a level: 校,
   * 市) between the colon and the mention.
   */
  private boolean creditLine(String text, int clauseStart, int start) {
    if (clauseStart == 0 || "：:".indexOf(text.charAt(clauseStart - 1)) < 0
        || text.substring(clauseStart, start).strip().length() > 1) {
      return false;
    }
    String label = text.substring(Math.max(0, clauseStart - 1 - MAX_LABEL), clauseStart - 1)
        .strip();
    return endsWithAny(label, config.creditBefore());
  }

  /** Most characters of a credit line's label (责任编辑). */
  private static final int MAX_LABEL = 6;

  /** Most characters of a quotation read as a title, a slogan or a theme. */
  private static final int MAX_TITLE = 20;
  private static final String QUOTE_OPENS = "“「";
  private static final String QUOTE_CLOSES = "”」";
  /** Marks that a title or a slogan does not hold, while a quoted sentence does. */
  private static final String SENTENCE_MARKS = "，。；！？,;!?：:";

  /**
   * True when the mention at {@code [start, end)} stands inside a short quotation that holds
   * more than it: a document's title (“绍兴一中教育基金会众筹倡议书”发布以来), a slogan or a theme
   * (以“做文明社区人 创平安社区”为主题), which the body is a word of and does not act in. A
   * quotation of a sentence (“县民政局已经发放了…，”他说) has a clause mark and is read as text;
   * a quotation of the name alone (“齿轮厂社区”) is the body.
   */
  private static boolean inShortQuote(String text, int start, int end) {
    int open = start - 1;
    while (open >= 0 && start - open <= MAX_TITLE && QUOTE_OPENS.indexOf(text.charAt(open)) < 0) {
      if (SENTENCE_MARKS.indexOf(text.charAt(open)) >= 0
          || QUOTE_CLOSES.indexOf(text.charAt(open)) >= 0 || text.charAt(open) == '\n') {
        return false;
      }
      open--;
    }
    if (open < 0 || QUOTE_OPENS.indexOf(text.charAt(open)) < 0) {
      return false;
    }
    int close = end;
    while (close < text.length() && close - open <= MAX_TITLE + 1
        && QUOTE_CLOSES.indexOf(text.charAt(close)) < 0) {
      if (SENTENCE_MARKS.indexOf(text.charAt(close)) >= 0 || text.charAt(close) == '\n'
          || QUOTE_OPENS.indexOf(text.charAt(close)) >= 0) {
        return false;
      }
      close++;
    }
    if (close >= text.length() || QUOTE_CLOSES.indexOf(text.charAt(close)) < 0) {
      return false;
    }
    return open + 1 < start || close > end;
  }

  /** Separators between the entries of a list of people's posts. */
  private static final String ROSTER_SEPARATORS = "、，,";
  /** Words joining the last entry of such a list. */
  private static final List<String> ROSTER_JOINERS = List.of("以及", "及", "和", "与");
  /** One-character levels that may stand before a body named by its type word alone. */
  private static final String LEVEL_PREFIXES = "省市县区州镇乡";
  /** Most characters of a person's name after a post (部长刘政). */
  private static final int MAX_PERSON_NAME = 3;
  /** Characters that end the sentence a roster is read in. */
  private static final String SENTENCE_ENDS = "。！？!?\n";

  /**
   * True when the mention at {@code [start, end)} is one entry of a list of people's posts
   * (…轮值主席、高瓴资本集团创始人兼首席执行官张磊; …人武部部长刘政，县应急管理局党组书记、局长赵千峰):
   * a post follows it, the entry before it ends with a post or a post and a name, and nothing in
   * the sentence says the people act (带队, 慰问 …). Such a body is where someone works, named
   * for who attended, spoke or holds a seat.
   */
  boolean inRoster(String text, int start, int end) {
    if (start > 0 && LEVEL_PREFIXES.indexOf(text.charAt(start - 1)) >= 0) {
      start--; // 县应急管理局 named by its type word after the level
    }
    if (start < 2 || !postAt(text, end)) {
      return false;
    }
    int separator = start;
    for (String joiner : ROSTER_JOINERS) {
      if (text.startsWith(joiner, separator - joiner.length())) {
        separator -= joiner.length(); // …行政总监黄伟强，以及壹传媒动画公司总经理吴达光
        break;
      }
    }
    if (separator > 0 && ROSTER_SEPARATORS.indexOf(text.charAt(separator - 1)) >= 0) {
      separator--;
    } else if (separator == start) {
      return false;
    }
    boolean postBefore = false;
    for (int name = 0; name <= MAX_PERSON_NAME && !postBefore; name++) {
      int at = separator - name;
      if (at <= 0 || (name > 0 && !BodyNamer.isHan(text.charAt(at)))) {
        break;
      }
      postBefore = endsWithAny(text.substring(Math.max(0, at - 8), at), config.posts());
    }
    if (!postBefore) {
      return false;
    }
    return !containsAny(sentenceOf(text, start, end), config.rosterActs());
  }

  /** True when a post, or a deputy's (副 + 秘书长, 副 + 部长), starts at {@code at}. */
  private boolean postAt(String text, int at) {
    return postEnd(text, at) >= 0;
  }

  /**
   * Where the longest post starting at {@code at} ends, a deputy's included (副 + 秘书长), or -1
   * when none starts there.
   */
  private int postEnd(String text, int at) {
    int post = at < text.length() && text.charAt(at) == DEPUTY ? at + 1 : at;
    int longest = -1;
    for (String p : config.posts()) {
      if (p.length() > longest && text.startsWith(p, post)) {
        longest = p.length();
      }
    }
    return longest < 0 ? -1 : post + longest;
  }

  /** The mark of a deputy before a post (副秘书长): posts lists the common ones whole. */
  private static final char DEPUTY = '副';

  private static boolean endsWithAny(String s, List<String> words) {
    return words.stream().anyMatch(s::endsWith);
  }

  private static boolean containsAny(String s, List<String> words) {
    return words.stream().anyMatch(s::contains);
  }
}
