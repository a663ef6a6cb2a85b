package org.reliefarchive.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reliefarchive.config.AgencyConfig;

/**
 * Finds the name in front of an agency ending: a place name, possibly with a short qualifier
 * (张掖市 + 聋人 + 协会), or an organisation name that starts right after punctuation or a
 * boundary word (；蓝天 + 救援队, 联合白云恒福 + 党支部). Generic fronts (省, 市, 各级, 机关) make no
 * body.
 */
final class BodyNamer {
  /** Where the name starts and where its place part ends (-1 without a place). */
  record Front(int start, int placeEnd) {}

  private final AgencyConfig config;
  private final Set<String> generic;
  private final List<String> industries;
  private final List<String> boundaries;
  private final Set<String> weakBoundaries = new HashSet<>();
  private final Set<String> oneCharBoundaries = new HashSet<>();

  BodyNamer(AgencyConfig config) {
    this.config = config;
    this.generic = new HashSet<>(config.genericPrefixes());
    this.industries = List.copyOf(config.industries());
    // a word that makes a body passive (声称, 增设, 协助) is never part of its name either
    List<String> all = new ArrayList<>(config.boundaries());
    all.addAll(config.passiveBefore());
    this.boundaries = List.copyOf(all);
    for (String b : all) {
      if (b.length() == 1) {
        oneCharBoundaries.add(b);
      }
    }
    weakBoundaries.addAll(config.weakBoundaries());
  }

  /**
   * The front of a body whose ending starts at {@code at}, or null.
   *
   * @param floor the front never reaches left of this offset (the end of the previous agency
   *     word)
   */
  Front front(TagContext ctx, int at, int floor) {
    String text = ctx.text;
    // a legal form (有限公司) closes a registered name, whose words after its place may be many
    // (上海 + 寻梦信息技术 + 有限公司); other endings close short ones
    boolean legal = RegionTagger.startsWithAny(text, at, config.legalEndings());
    int maxQualifier = legal ? config.maxLegalNameLength() : config.maxQualifierLength();
    int[] place = nearestPlace(ctx.placeSpans, at);
    if (place != null && place[0] >= floor && at - place[1] <= maxQualifier
        && allHan(text, place[1], at) && boundaryInQualifier(text, place[1], at) < 0) {
      String qualifier = text.substring(place[1], at);
      // 江油一社区, 北京一公司: "a community of 江油", as headlines write it, names none
      if (!qualifier.isEmpty() && qualifier.chars().allMatch(c -> NUMERALS.indexOf(c) >= 0)) {
        return null;
      }
      if (generic.contains(qualifier) || kindOfBusiness(qualifier, true)) {
        // 张家砭镇各社区 names every community of the town, not one; 宜春辖内保险公司 the insurers
        // of the city (北京公交集团 is one group)
        return null;
      }
      // a branch named by its place (泰康之家上海分公司, 中国海油深圳分公司) belongs to the
      // organisation named right before the place
      if (BRANCH.indexOf(text.charAt(place[1])) >= 0 || BRANCH.indexOf(text.charAt(at)) >= 0) {
        int q = place[0];
        int limit = Math.max(floor, place[0] - config.maxPrefixLength());
        while (q > limit && isNameChar(text.charAt(q - 1)) && !endsWithBoundary(text, q)) {
          q--;
        }
        q = afterCategory(text, q, place[0]);
        if (q < place[0] - 1 && !isGeneric(text.substring(q, place[0]))) {
          return new Front(q, -1);
        }
      }
      // a place written after its province (河北保定 + 交通运输集团有限公司): the name starts there
      int start = place[0];
      for (int[] earlier = spanEndingAt(ctx.placeSpans, start); earlier != null && earlier[0] >= floor;
          earlier = spanEndingAt(ctx.placeSpans, start)) {
        start = earlier[0];
      }
      // a country name opens the names of national groups (中国 + 雄安 + 集团交通有限公司)
      int country = start - COUNTRY.length();
      if (country >= floor && text.startsWith(COUNTRY, country) && (country == 0
          || !isNameChar(text.charAt(country - 1)) || endsWithBoundary(text, country))) {
        start = country;
      }
      return new Front(start, place[1]);
    }
    int p = at;
    int limit = Math.max(floor, at - config.maxPrefixLength());
    while (p > limit && isNameChar(text.charAt(p - 1)) && !endsWithBoundary(text, p)) {
      p--;
    }
    if (legal) {
      p = beforeBracket(text, p, floor);
    }
    boolean bounded = p == floor || p == 0 || !isNameChar(text.charAt(p - 1))
        || endsWithBoundary(text, p);
    if (p > 1 && CLASSIFIERS.indexOf(text.charAt(p - 1)) >= 0
        && NUMERALS.indexOf(text.charAt(p - 2)) >= 0) {
      return null; // 最后一家传呼机公司, 一家物流公司: a body described after a count, not named
    }
    p = afterCategory(text, p, at);
    // a count before the name is no part of it (三张银行卡, 一家公司): cut it; what follows a
    // count describes a body rather than names it (最后一家传呼机公司, 一家物流公司)
    boolean counted = false;
    while (p + 1 < at && NUMERALS.indexOf(text.charAt(p)) >= 0) {
      int q = p + 1;
      while (q < at && NUMERALS.indexOf(text.charAt(q)) >= 0) {
        q++;
      }
      if (q < at && CLASSIFIERS.indexOf(text.charAt(q)) >= 0) {
        p = q + 1;
        counted = true;
      } else {
        break;
      }
    }
    if (counted) {
      return null;
    }
    // an adverb or conjunction opening a clause is no part of a name (而皓月集团, 又和公司)
    while (p + 1 < at && bounded && CLAUSE_OPENERS.indexOf(text.charAt(p)) >= 0) {
      p++;
    }
    // the end of a date is no part of a name (2017年云南省委)
    if (p > 0 && p + 1 < at && DATE_UNITS.indexOf(text.charAt(p)) >= 0
        && NUMERALS.indexOf(text.charAt(p - 1)) >= 0) {
      p++;
    }
    // a conjunction joins two names and begins neither: cut at one opening the front, at one
    // followed by a Latin name (他和TCL集团公司), or at one that is a word of its own after a
    // word (学校和中信银行); 颐和山庄 and 共和 keep theirs
    for (int i = at - 2; i >= p; i--) {
      if (CONJUNCTIONS.indexOf(text.charAt(i)) >= 0
          && (i == p || isLatin(text.charAt(i + 1)) || (i >= p + 2
              && !WordSplit.insideWord(text, i) && !WordSplit.insideWord(text, i + 1)))) {
        p = i + 1;
        break;
      }
    }
    String front = text.substring(p, at);
    // a word that describes the body right before its ending (贵公司, 新公司, 另一子公司) makes
    // it one described, not named
    if (at > p && DESCRIBERS.indexOf(text.charAt(at - 1)) >= 0
        && !WordSplit.insideWord(text, at - 1)) {
      return null;
    }
    // two kinds joined (养老基金和保险公司) name no company
    int joined = lastConjunction(front);
    if (joined >= 0 && isGeneric(front.substring(joined + 1))) {
      return null;
    }
    // a weak boundary may also begin a word (经 of 经理人, 及 of 及时): a name cut by one is
    // trusted only when what is left is a name of some length
    boolean cutByOneChar = p > 0 && p != floor && isHan(text.charAt(p - 1))
        && weakBoundaries.contains(text.substring(p - 1, p));
    // any one-character boundary that makes one word with the name's first character was no
    // boundary there (了 of 了解所面公司, 对 of 对外贸易公司): what is left names nothing
    // (the dictionary may read a longer run otherwise, 有/轨/交通 in 浦东有轨交通公司, so the two
    // characters are also asked on their own: 有轨 is a word)
    if (p > 0 && p != floor && isHan(text.charAt(p - 1))
        && oneCharBoundaries.contains(text.substring(p - 1, p))
        && (WordSplit.insideWord(text, p) || WordSplit.pairIsWord(text, p))) {
      return null;
    }
    // …and never when that character and the name's first make one word (有轨 of 浦东有轨交通公司)
    if (!bounded || front.length() < 2 || (cutByOneChar && (front.length() < 3
        || WordSplit.insideWord(text, p) || WordSplit.pairIsWord(text, p))) || isGeneric(front)) {
      return null;
    }
    return new Front(p, -1);
  }

  /**
   * Where a registered company name starts when a short part of it stands in brackets right
   * before {@code p} (保时捷 + （中国） + 汽车销售有限公司, 北京公共交通控股 + （集团） + 有限公司): the
   * start of the run of name characters before the opening bracket, when the bracket holds one to
   * {@value #MAX_BRACKETED} Han characters and two or more name characters precede it; else
   * {@code p}. Only a legal form's name is read so: other bodies are not registered with brackets
   * (28个镇(街道)妇联 is a count of federations).
   */
  private int beforeBracket(String text, int p, int floor) {
    if (p < 2 || (text.charAt(p - 1) != '）' && text.charAt(p - 1) != ')')) {
      return p;
    }
    int open = p - 2;
    while (open >= Math.max(floor, p - MAX_BRACKETED - 2) && isHan(text.charAt(open))) {
      open--;
    }
    if (open < floor || open == p - 2 || (text.charAt(open) != '（' && text.charAt(open) != '(')) {
      return p;
    }
    int q = open;
    int limit = Math.max(floor, open - config.maxPrefixLength());
    while (q > limit && isNameChar(text.charAt(q - 1)) && !endsWithBoundary(text, q)) {
      q--;
    }
    return open - q >= 2 ? q : p;
  }

  /** Most characters inside the brackets of a name (（中国）, （集团）, （上海）). */
  private static final int MAX_BRACKETED = 4;

  /**
   * Where a name starts after a category noun set before it in apposition (养老机构 + 泰康之家,
   * 爱心企业 + 华润集团): right after the last such noun in {@code [from, to)} that leaves two or
   * more characters, else {@code from}.
   */
  private static int afterCategory(String text, int from, int to) {
    int start = from;
    for (String noun : CATEGORY_NOUNS) {
      int i = text.lastIndexOf(noun, to - 2 - noun.length());
      // …unless the noun begins a longer word there (企业家精英协会)
      if (i >= from && i + noun.length() > start
          && !WordSplit.insideWord(text, i + noun.length())) {
        start = i + noun.length();
      }
    }
    return start;
  }

  /** Nouns that name a kind of organisation and stand before a name in apposition. */
  private static final List<String> CATEGORY_NOUNS = List.of("机构", "企业", "单位", "平台", "品牌");

  /**
   * Where a company name starts when a brand stands before its place (中车 + 太原机车车辆有限公司,
   * 中国南方航空 + 雄安航空有限公司): the start of the run of name characters right before
   * {@code start}, when it has two to {@value #MAX_BRAND} characters, punctuation or
   * {@code floor} is right before it (a clause such as 初期同样采用 is longer, or follows a word)
   * and it is no generic word; else {@code start}.
   */
  int brandBefore(String text, int start, int floor) {
    int p = start;
    int limit = Math.max(floor, start - MAX_BRAND - 1);
    while (p > limit && isNameChar(text.charAt(p - 1)) && !endsWithBoundary(text, p)) {
      p--;
    }
    boolean afterPunctuation = p == floor || p == 0 || !isNameChar(text.charAt(p - 1));
    if (!afterPunctuation || start - p < 2 || start - p > MAX_BRAND
        || isGeneric(text.substring(p, start))) {
      return start;
    }
    return p;
  }

  /** Most characters of a brand before a company's place (中车, 中铁). */
  private static final int MAX_BRAND = 4;

  /** Index of the last conjunction (和与及或) in {@code s}, or -1. */
  private static int lastConjunction(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (CONJUNCTIONS.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** One-character words that describe a body (贵 your, 新 new, 子 subsidiary, 某 some). */
  private static final String DESCRIBERS = "贵新子某该此本其";

  /** The country name that opens national group names. */
  private static final String COUNTRY = "中国";

  /** Conjunctions that may open a run of characters before an ending. */
  private static final String CONJUNCTIONS = "和与及或";
  /** First characters of a branch after its place (上海 + 分公司, 常德 + 支行). */
  static final String BRANCH = "分支";

  /** Characters that count (一二三 … 几多两 and digits). */
  static final String NUMERALS = "一二三四五六七八九十百千万两几多数0123456789";
  /** Adverbs and conjunctions that open a clause and never a name. */
  private static final String CLAUSE_OPENERS = "而但又却并且也还即便就才都则";
  /** Units that end a date or a time (2017年, 3月, 5日). */
  private static final String DATE_UNITS = "年月日号时";
  /** Measure words after a count. */
  private static final String CLASSIFIERS = "张个家所名位条份件种类座间只批支";

  /**
   * True when {@code front} makes no body specific: empty, a generic prefix or a kind of
   * business.
   */
  boolean isGeneric(String front) {
    if (front.isEmpty() || generic.contains(front) || lineage(front)) {
      return true;
    }
    for (String g : generic) {
      if (g.length() > 1 && (front.endsWith(g) || front.startsWith(g))) {
        return true;
      }
    }
    return kindOfBusiness(front, false);
  }

  /**
   * True when {@code front} is a kind of business alone or after generic words (保险, 辖内保险,
   * 国内科技), which names no one company; a name before it makes it one (镭测创芯 + 科技).
   *
   * @param afterGeneric true when the kind alone does not count, only after generic words (after
   *     a place, 北京 + 公交 names one group, 宜春 + 辖内保险 none)
   */
  private boolean kindOfBusiness(String front, boolean afterGeneric) {
    for (String kind : industries) {
      if (front.endsWith(kind)) {
        String rest = front.substring(0, front.length() - kind.length());
        if (rest.isEmpty() ? !afterGeneric : isGeneric(rest) || lineage(rest)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when {@code words} end with a lineage (北大元培系, 阿里系): firms described by where
   * their founders come from (北大元培系AI公司), not named. 系 that ends a word of its own (体系,
   * 关系) is no lineage.
   */
  private boolean lineage(String words) {
    for (String e : config.lineageEndings()) {
      if (words.length() > e.length() && words.endsWith(e)
          && !WordSplit.pairIsWord(words, words.length() - e.length())) {
        return true;
      }
    }
    return false;
  }

  private boolean endsWithBoundary(String text, int p) {
    for (String b : boundaries) {
      if (p >= b.length() && text.startsWith(b, p - b.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Like {@link #boundaryIn}, but a one-character boundary that makes one word with the
   * character after it (有 of 有轨 in 浦东 + 有轨交通 + 公司) is no boundary of a qualifier.
   */
  private int boundaryInQualifier(String text, int from, int to) {
    for (int p = from + 1; p <= to; p++) {
      if (endsWithBoundary(text, p) && !(p < to && oneCharBoundaries.contains(
          text.substring(p - 1, p)) && WordSplit.pairIsWord(text, p))) {
        return p;
      }
    }
    return -1;
  }

  private int boundaryIn(String text, int from, int to) {
    for (int p = from + 1; p <= to; p++) {
      if (endsWithBoundary(text, p)) {
        return p;
      }
    }
    return -1;
  }

  private static int[] spanEndingAt(List<int[]> spans, int end) {
    for (int[] s : spans) {
      if (s[1] == end) {
        return s;
      }
    }
    return null;
  }

  private static int[] nearestPlace(List<int[]> spans, int at) {
    int[] best = null;
    for (int[] s : spans) {
      if (s[1] <= at && (best == null || s[1] > best[1])) {
        best = s;
      }
    }
    return best;
  }

  private static boolean allHan(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isHan(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when the text between two body names, {@code [from, to)}, joins them into one name:
   * name characters only, and no boundary word among them (集团 + 西安分 + 公司).
   */
  boolean joinsNames(String text, int from, int to) {
    if (from < to && CONJUNCTIONS.indexOf(text.charAt(from)) >= 0) {
      return false; // 民生救援队 + 和山地 + 救援队: two bodies
    }
    for (int i = from; i < to; i++) {
      if (!isNameChar(text.charAt(i))) {
        return false;
      }
    }
    return boundaryIn(text, from, to) < 0;
  }

  /** True when {@code [from, to)} holds a Latin letter (Flarum社区). */
  static boolean hasLatin(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isLatin(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isLatin(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /** Han characters and Latin letters (TCL集团, OPPO公司) make up the names before an ending. */
  private static boolean isNameChar(char c) {
    return isHan(c) || isLatin(c);
  }

  static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
