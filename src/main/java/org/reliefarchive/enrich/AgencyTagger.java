package org.reliefarchive.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reliefarchive.config.AgencyConfig;

/**
 * The agency step: finds agency words and body endings with one automaton, names the specific
 * bodies ({@link BodyNamer}), drops mentions that are places, partners or recipients rather than
 * actors ({@link AgencyRoles}), and records the types and bodies that remain. A party branch
 * right after another agency (残联党支部, 社区党支部) belongs to it and is not counted apart.
 */
final class AgencyTagger implements TagStep {
  /**
   * What a matched text means: its type, whether it counts alone, whether it ends bodies and
   * whether it is the whole name of a body (华为).
   */
  private record Entry(int type, boolean word, boolean ending, boolean ignore, boolean name,
      boolean listed) {

    Entry(int type, boolean word, boolean ending, boolean ignore) {
      this(type, word, ending, ignore, false, false);
    }
  }

  private final AgencyConfig config;
  /** Per type, the pattern of names in Latin letters with a legal ending, or null. */
  private final List<Pattern> latinNames;
  private final List<Entry> entries = new ArrayList<>();
  private final AhoCorasick automaton;
  private final BodyNamer namer;
  private final AgencyRoles roles;
  /** Per type, the reader of firms named by a framed word in Latin letters. */
  private final List<LatinFirms> latinFirms = new ArrayList<>();

  /** Per type, every whole name it knows: its {@code names} and those of its names file. */
  private final List<Set<String>> namesOf = new ArrayList<>();
  /** The length of the longest whole name. */
  private int longestName;

  AgencyTagger(AgencyConfig config) {
    this(config, Map.of());
  }

  /**
   * A tagger that also knows, per type name, the whole names {@code moreNames} holds (names of
   * listed companies kept by {@link CompanyNames}); they are read like the type's {@code names}.
   */
  AgencyTagger(AgencyConfig config, Map<String, List<String>> moreNames) {
    this.config = config;
    Map<String, Entry> bySurface = new LinkedHashMap<>();
    for (String s : config.ignore()) {
      bySurface.put(s, new Entry(-1, false, false, true));
    }
    List<AgencyConfig.AgencyType> types = config.types();
    for (int t = 0; t < types.size(); t++) {
      AgencyConfig.AgencyType type = types.get(t);
      for (String w : type.words()) {
        bySurface.putIfAbsent(w, new Entry(t, true, type.endings().contains(w), false));
      }
      for (String e : type.endings()) {
        bySurface.putIfAbsent(e, new Entry(t, false, true, false));
      }
    }
    for (int t = 0; t < types.size(); t++) {
      Set<String> names = new HashSet<>(types.get(t).names());
      names.addAll(moreNames.getOrDefault(types.get(t).type(), List.of()));
      for (String n : types.get(t).names()) {
        bySurface.putIfAbsent(n, new Entry(t, false, false, false, true, false));
      }
      for (String n : names) {
        bySurface.putIfAbsent(n, new Entry(t, false, false, false, true, true));
        longestName = Math.max(longestName, n.length());
      }
      namesOf.add(Set.copyOf(names));
    }
    entries.addAll(bySurface.values());
    this.automaton = new AhoCorasick(List.copyOf(bySurface.keySet()));
    this.namer = new BodyNamer(config);
    this.roles = new AgencyRoles(config);
    this.latinNames = latinNamePatterns(config.types());
    config.types().forEach(t -> latinFirms.add(new LatinFirms(t)));
  }

  @Override
  public void tag(TagContext ctx) {
    List<AgencyConfig.AgencyType> types = config.types();
    boolean outsideMainland = ctx.regions.isEmpty() && outsideMainland(ctx.text);
    Map<Integer, List<Mention>> typeMentions = new LinkedHashMap<>();
    Map<String, AgencyBody> bodies = new LinkedHashMap<>();
    int previousEnd = 0;
    int previousStart = 0;
    int previousFloor = 0;
    boolean previousActing = true;
    AgencyBody previousBody = null;
    int previousBodyStart = -1;
    int unnamedEnd = -1; // end of the last body ending that named no body, and its type
    int unnamedType = -1;
    int abroadEnd = -1; // end of the last body abroad, or of a list continuing it
    boolean abroadOutside = false; // whether that body was in Hong Kong, Macao or Taiwan
    for (AhoCorasick.Match m : automaton.findLongest(ctx.text)) {
      Entry e = entries.get(m.pattern());
      if (e.name()) {
        if (!(outsideMainland && config.mainlandTypes().contains(types.get(e.type()).type()))) {
          nameOnItsOwn(ctx, m, types.get(e.type()), e.type(), e.listed(), bodies,
              typeMentions);
        }
        continue; // no floor: 华为技术有限公司 is named by its ending
      }
      int floor = previousEnd;
      if (inBrackets(ctx.text, previousStart, previousEnd, m.start())) {
        floor = previousFloor; // 北京公共交通控股（集团）有限公司: the bracketed 集团 is part of the name
      }
      boolean chained = m.start() == previousEnd && previousEnd > 0;
      int gap = m.start() - previousEnd;
      previousFloor = floor;
      previousStart = m.start();
      previousEnd = m.end();
      if (e.ignore() || RegionTagger.inCitation(ctx.text, m.start())) {
        continue; // [6] 《公安部：…》 cites a source; the body does nothing in the report
      }
      if (headsBody(ctx.text, m.end())) {
        continue; // 雄安新区首任公安局长到位: the title of the office's head, not the office acting
      }
      if (e.ending() && opensLongerName(ctx.text, m.end())) {
        continue; // 中国银行 of 中国银行保险监督管理委员会 is no bank
      }
      // a body named right after another of the same type continues its name: a legal form
      // (苏豪控股集团有限公司), a branch or a subsidiary (TCL集团西安分公司, 雄安集团交通有限公司)
      if (previousBody != null && e.ending()
          && types.get(e.type()).type().equals(previousBody.type())
          && gap >= 0 && gap <= MAX_UNIT_GAP && namer.joinsNames(ctx.text, m.start() - gap,
              m.start())) {
        bodies.remove(previousBody.name());
        previousBody = add(bodies, ctx.text.substring(previousBodyStart, m.end()),
            previousBody.type(), ctx.mention(previousBodyStart, m.end()));
        continue;
      }
      if (previousBody != null && e.ending() && gap > 1
          && types.get(e.type()).type().equals(previousBody.type())
          && branchInBrackets(ctx.text, m.start() - gap, m.start(), m.end())) {
        // 中信银行（绍兴分公司）: the branch in brackets is the body's own, named without them
        bodies.remove(previousBody.name());
        previousBody = add(bodies, previousBody.name()
            + ctx.text.substring(m.start() - gap + 1, m.end()), previousBody.type(),
            ctx.mention(previousBodyStart, m.end() + 1));
        continue;
      }
      if (chained) {
        continue;
      }
      previousBody = null;
      previousBodyStart = -1;
      AgencyConfig.AgencyType type = types.get(e.type());
      if (outsideMainland && config.mainlandTypes().contains(type.type())) {
        continue; // 教育局 in a Hong Kong report is the Education Bureau there
      }
      if (e.ending() && e.type() == unnamedType
          && BodyNamer.BRANCH.indexOf(ctx.text.charAt(m.start())) >= 0
          && m.start() - unnamedEnd <= MAX_UNIT_GAP
          && namer.joinsNames(ctx.text, unnamedEnd, m.start())) {
        continue; // a branch of what names no body (中国人民银行 + 常德市中心 + 支行) names none
      }
      BodyNamer.Front front = e.ending() ? namer.front(ctx, m.start(), floor) : null;
      if (front != null && front.placeEnd() < 0
          && type.placeEndings().contains(ctx.text.substring(m.start(), m.end()))
          && !nationalSociety(ctx.text, front.start(), m.start(), m.end())) {
        front = null; // 逐步学会 is a verb: 学会 names a body only after a place
      }
      if (e.ending() && front == null) {
        unnamedEnd = m.end();
        unnamedType = e.type();
        if (type.latinApposition()) {
          latinAfterKind(ctx, m.end(), e.type(), bodies, typeMentions);
        }
      }
      if (front != null && front.start() > 0 && latinOrDigit(ctx.text.charAt(front.start() - 1))
          && latinOrDigit(ctx.text.charAt(front.start()))) {
        continue; // p2p借贷公司 read from its second p: a word in Latin letters cut in two
      }
      if (front != null && type.canBePlace()
          && BodyNamer.hasLatin(ctx.text, front.start(), m.start())) {
        continue; // Flarum社区, an online community, is no neighbourhood committee
      }
      int start = front == null ? m.start() : front.start();
      // a body right after another agency word (街道办事处岳府街社区) shares its role
      boolean acting = floor > 0 && start == floor ? previousActing
          : !roles.notActing(ctx.text, start, m.end(), type);
      previousActing = acting;
      if (!acting) {
        continue;
      }
      String place = front == null ? null : foreignFront(ctx.text, front.start(), m.start());
      if (place != null && abroad(ctx.text, place, front.start(), m.start(), type)) {
        abroadEnd = m.end(); // a body abroad (加拿大记者协会)
        abroadOutside = config.outsideMainland().contains(place);
        continue;
      }
      if (front != null && !countsThere(abroadOutside, type) && front.placeEnd() < 0
          && abroadEnd > 0
          && front.start() == abroadEnd + 1
          && LIST_MARKS.indexOf(ctx.text.charAt(abroadEnd)) >= 0) {
        abroadEnd = m.end(); // listed right after one abroad, with no place of its own
        continue;
      }
      if (RegionTagger.startsWithAny(ctx.text, m.end(), config.titleAfter())
          || awardFollows(ctx.text, m.end())) {
        // inside a person's title (农机协会优秀工作者) or the giver of an award (获得中国唱片公司
        // “金唱片奖”)
        continue;
      }
      if (countFollows(ctx.text, m.end()) || inCountedList(ctx.text, m.start())) {
        // 主板公司51家, 疾病预防控制中心142个, 卫生健康单位6个（人民医院、疾病预防控制中心…）: bodies
        // counted, not acting
        continue;
      }
      if (front != null) {
        int nameStart = type.dropPlacePrefix() && front.placeEnd() >= 0
            && front.placeEnd() < m.start() ? front.placeEnd() : front.start();
        if (type.brandBeforePlace() && front.placeEnd() >= 0) {
          nameStart = namer.brandBefore(ctx.text, nameStart, floor);
        }
        String name = ctx.text.substring(nameStart, m.end());
        Mention mention = ctx.mention(nameStart, m.end());
        previousBody = add(bodies, name, type.type(), mention);
        previousBodyStart = nameStart;
        typeMentions.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(mention);
      } else if (e.word() && !type.needsBody()) {
        typeMentions.computeIfAbsent(e.type(), k -> new ArrayList<>())
            .add(ctx.mention(m.start(), m.end()));
      }
    }
    latinNames(ctx, bodies, typeMentions);
    latinSubjects(ctx, bodies, typeMentions);
    framedLatinFirms(ctx, bodies, typeMentions);
    List<AgencyTag> tags = new ArrayList<>();
    for (int t = 0; t < types.size(); t++) {
      List<Mention> ms = typeMentions.get(t);
      if (ms != null) {
        tags.add(new AgencyTag(types.get(t).type(), ms));
      }
    }
    ctx.agencies = tags;
    ctx.bodies = List.copyOf(mergeShortNames(bodies).values());
  }

  /** Names that open the names of national societies (中国地理学会, 中华医学会). */
  private static final List<String> NATIONAL_FRONTS = List.of("中国", "中华");
  /** Characters after a verb that show 学会 to be one (中国人学会了, 学会过). */
  private static final String ASPECT_MARKS = "了过着";
  /** A chamber of commerce: not read as national (see nationalSociety). */
  private static final String CHAMBER = "商会";

  /**
   * True when {@code [start, at)}, the front of an ending that names a body only after a place
   * ({@code [at, end)}: 学会, 研究会), opens with the country's name and holds a field after it
   * (中国 + 地理 + 学会, 中华 + 医 + 学会): a national society, as a place opens a local one. A verb
   * after it (中国人学会了) is no society, and a chamber of commerce named after the country is
   * most often a foreign one there (中国欧盟商会).
   */
  private static boolean nationalSociety(String text, int start, int at, int end) {
    if (text.startsWith(CHAMBER, at)) {
      return false;
    }
    for (String national : NATIONAL_FRONTS) {
      if (text.startsWith(national, start) && at - start > national.length()
          && (end >= text.length() || ASPECT_MARKS.indexOf(text.charAt(end)) < 0)
          && text.charAt(at - 1) != '人' && text.charAt(at - 1) != '们') {
        return true;
      }
    }
    return false;
  }

  /**
   * The bodies with those named short merged into the longer name of the same type that opens
   * or closes with theirs (中信银行 and 绍兴分公司 of 中信银行绍兴分公司): a report that names a
   * branch in full names the same body by its parent's name or by its own place.
   */
  private static Map<String, AgencyBody> mergeShortNames(Map<String, AgencyBody> bodies) {
    Map<String, AgencyBody> merged = new LinkedHashMap<>(bodies);
    for (AgencyBody body : bodies.values()) {
      AgencyBody longer = null;
      for (AgencyBody other : bodies.values()) {
        if (other != body && other.type().equals(body.type())
            && other.name().length() > body.name().length()
            && (other.name().startsWith(body.name()) || other.name().endsWith(body.name()))
            && (longer == null || other.name().length() > longer.name().length())) {
          longer = other;
        }
      }
      if (longer != null && merged.containsKey(longer.name())) {
        merged.remove(body.name());
        AgencyBody into = merged.get(longer.name());
        List<Mention> ms = new ArrayList<>(into.mentions());
        ms.addAll(body.mentions());
        merged.put(into.name(), new AgencyBody(into.name(), into.type(), ms));
      }
    }
    return merged;
  }

  /**
   * True when a branch of the body ending at {@code open} stands in brackets right after it
   * (中信银行（绍兴分公司）): an opening bracket at {@code open}, name characters up to the ending
   * at {@code [start, end)} and a closing bracket right after the ending.
   */
  private boolean branchInBrackets(String text, int open, int start, int end) {
    return "（(".indexOf(text.charAt(open)) >= 0 && end < text.length()
        && "）)".indexOf(text.charAt(end)) >= 0 && start > open + 1
        && namer.joinsNames(text, open + 1, start);
  }

  /**
   * True when the agency word at {@code [start, end)} stands alone in brackets right before
   * {@code next}, where the next ending starts (（集团）有限公司): the bracketed word is part of the
   * name that ending closes.
   */
  private static boolean inBrackets(String text, int start, int end, int next) {
    return start > 0 && next == end + 1 && "（(".indexOf(text.charAt(start - 1)) >= 0
        && "）)".indexOf(text.charAt(end)) >= 0;
  }

  /**
   * True when the agency word ending at {@code end} and the character after it make the post of
   * its head (公安局 + 长: 局长, 派出所长, 教育部长): the person's title, not the body acting. 长
   * opening a word of its own (公安局长期坚持, 长效) does not count.
   */
  private boolean headsBody(String text, int end) {
    return end > 0 && end < text.length() && text.charAt(end) == '长'
        && config.posts().contains(text.substring(end - 1, end + 1))
        && (end + 1 == text.length() || NOT_HEAD.indexOf(text.charAt(end + 1)) < 0);
  }

  /** Characters after 长 that make it a word of its own (长期, 长效, 长远, 长足, 长久, 长达). */
  private static final String NOT_HEAD = "期效远足久达时年";

  /** Most characters between an ending and the ending of a longer name it opens. */
  private static final int LONGER_NAME_GAP = 10;

  /** True when the name goes on from {@code end} to one of {@code longer_name_endings}. */
  private boolean opensLongerName(String text, int end) {
    int last = Math.min(text.length(), end + LONGER_NAME_GAP);
    for (int at = end; at <= last; at++) {
      for (String longer : config.longerNameEndings()) {
        if (text.startsWith(longer, at) && namer.joinsNames(text, end, at + longer.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when the front {@code [start, end)}, which opens with {@code place}, one of
   * foreign_fronts, names no body of {@code type}: any such body of a type that counts only in
   * China (加拿大记者协会), and for a type that counts abroad (法国航空公司) only a front with
   * nothing but generic words after the place (美国公司, 国际顶级公司: companies of a country, not
   * one). A place of Hong Kong, Macao or Taiwan (a foreign front that is also one of
   * {@code outside_mainland}) rules out only the mainland's types there (台北市社会局 is no 民政):
   * an association, a Red Cross or a company there counts (台南市虱目鱼养殖协会举办抽签), as one
   * abroad does; so does a place there followed by a word that names a body of its own
   * (香港红十字会).
   */
  private boolean abroad(String text, String place, int start, int end,
      AgencyConfig.AgencyType type) {
    boolean outside = config.outsideMainland().contains(place);
    if (!countsThere(outside, type)) {
      return true;
    }
    String rest = text.substring(start + place.length(), end);
    // a place of Hong Kong, Macao or Taiwan and a word naming a body of its own (香港 + 红十字会)
    // name that body; a country and a company's legal form (美国 + 有限公司) name none
    return namer.isGeneric(rest) && !(outside && rest.isEmpty() && namesOnItsOwn(text, end, type));
  }

  /** The longest of foreign_fronts at {@code start} that ends by {@code end}, or null. */
  private String foreignFront(String text, int start, int end) {
    String longest = null;
    for (String f : config.foreignFronts()) {
      if ((longest == null || f.length() > longest.length()) && text.startsWith(f, start)
          && start + f.length() <= end) {
        longest = f;
      }
    }
    return longest;
  }

  /**
   * True when a body of {@code type} counts outside the mainland: in Hong Kong, Macao or Taiwan
   * ({@code outside}) when it is none of the mainland types, abroad when its type says so.
   */
  private boolean countsThere(boolean outside, AgencyConfig.AgencyType type) {
    return outside ? !config.mainlandTypes().contains(type.type()) : type.abroad();
  }

  /** True when one of {@code type}'s words starts at {@code at} (红十字会). */
  private static boolean namesOnItsOwn(String text, int at, AgencyConfig.AgencyType type) {
    return RegionTagger.startsWithAny(text, at, type.words());
  }

  /** True when the text names two or more words of Hong Kong, Macao or Taiwan. */
  private boolean outsideMainland(String text) {
    int n = 0;
    for (String w : config.outsideMainland()) {
      for (int i = text.indexOf(w); i >= 0 && n < 2; i = text.indexOf(w, i + w.length())) {
        n++;
      }
    }
    return n >= 2;
  }

  /**
   * Records the well-known body named by {@code m} (华为) when it stands as a word of its own, is
   * not the start of a longer name its type's ending closes (华为技术有限公司) and acts: one of
   * the type's {@code name_acts} follows it (华为捐赠, 顺丰开通). A product (华为手机), a platform
   * (在淘宝上) or an employer (来自腾讯的) is followed by none.
   */
  private void nameOnItsOwn(TagContext ctx, AhoCorasick.Match m, AgencyConfig.AgencyType type,
      int t, boolean listed, Map<String, AgencyBody> bodies,
      Map<Integer, List<Mention>> typeMentions) {
    String text = ctx.text;
    if (!standsAlone(text, m.start(), m.end())) {
      return;
    }
    int end = m.end();
    String suffix = longestAt(text, end, type.nameSuffixes());
    if (suffix != null && !WordSplit.insideWord(text, end + suffix.length())) {
      end += suffix.length(); // 携程旅行网发布: the site is the company
    }
    int channel = channelEnd(text, end, type);
    if (!(actsAt(text, end, type, MAX_NAMES_IN_A_ROW, listed)
            || (channel > end && actsAt(text, channel, type, 0, listed))
            || teamFollows(text, end))
        || roles.notActing(text, m.start(), end, type)) {
      return;
    }
    Mention mention = ctx.mention(m.start(), end);
    add(bodies, text.substring(m.start(), end), type.type(), mention);
    typeMentions.computeIfAbsent(t, k -> new ArrayList<>()).add(mention);
  }

  /** Most characters of a product line between a name and its channel (真我 + 手机 + 官方微博). */
  private static final int MAX_LINE_BEFORE_CHANNEL = 2;

  /**
   * The end of one of the type's {@code name_channels} right after {@code at}, or after at most
   * {@value #MAX_LINE_BEFORE_CHANNEL} characters of a product line (真我手机官方微博), or -1: the
   * firm speaks through its own account or site.
   */
  private static int channelEnd(String text, int at, AgencyConfig.AgencyType type) {
    for (int skip = 0; skip <= MAX_LINE_BEFORE_CHANNEL && at + skip < text.length(); skip++) {
      if (skip > 0 && !BodyNamer.isHan(text.charAt(at + skip - 1))) {
        return -1;
      }
      String channel = longestAt(text, at + skip, type.nameChannels());
      if (channel != null) {
        return at + skip + channel.length();
      }
    }
    return -1;
  }

  /**
   * True when a team or lab of the firm named in Latin letters follows {@code at} (微软 DKI 团队,
   * 昆仑万维SkyReels团队): the firm's own people act for it, as 微软团队 does. A product in capitals
   * (华为 AI 在…) is followed by no word for a team.
   */
  private static boolean teamFollows(String text, int at) {
    Matcher m = LATIN_UNIT.matcher(text).region(at, text.length());
    return m.lookingAt() && RegionTagger.startsWithAny(text, m.end(), TEAM_WORDS);
  }

  /**
   * A name in Latin letters, opening with a capital, between spaces or right after a name (DKI,
   * AI, SkyReels).
   */
  private static final Pattern LATIN_UNIT = Pattern.compile(" ?[A-Z][A-Za-z0-9]{1,15} ?");

  /** Words for the people of a firm's unit (团队, 实验室). */
  private static final List<String> TEAM_WORDS = List.of("团队", "实验室", "研究院", "研究团队");

  /** Most other firms a list of names may hold between a well-known name and its act. */
  private static final int MAX_LIST_ITEMS = 6;

  /** Fewest and most characters of one firm of a list that is not a well-known name. */
  private static final int MIN_ITEM = 2;
  private static final int MAX_ITEM = 6;

  /**
   * The position right after a list that goes on from {@code at} and closes with 等 (、壁仞、沐曦、
   * 海光等，), its items being firms no list holds, or -1. Only a list set off by 、 and closed by
   * 等 is read, so the items are names in a row and not a clause that goes on.
   */
  private static int listEnd(String text, int at) {
    int i = at;
    for (int items = 0; items < MAX_LIST_ITEMS && i < text.length(); items++) {
      if (text.charAt(i) == '等') {
        break;
      }
      if (text.charAt(i) != '、') {
        return -1;
      }
      int from = ++i;
      while (i < text.length() && i - from <= MAX_ITEM && text.charAt(i) != '、'
          && text.charAt(i) != '等' && (BodyNamer.isHan(text.charAt(i))
              || latinOrDigit(text.charAt(i)))) {
        i++;
      }
      if (i - from < MIN_ITEM || i - from > MAX_ITEM || i == text.length()
          || (text.charAt(i) != '、' && text.charAt(i) != '等')) {
        return -1;
      }
    }
    if (i >= text.length() || text.charAt(i) != '等') {
      return -1;
    }
    i++;
    if (i < text.length() && (text.charAt(i) == '，' || text.charAt(i) == ',')) {
      i++;
    }
    return i;
  }

  /** Most well-known names in a row that share the act after the last (腾讯字节都把…). */
  private static final int MAX_NAMES_IN_A_ROW = 4;

  /** Marks that join two names sharing one act (腾讯、字节都…, 华为和寒武纪宣布). */
  private static final List<String> NAME_JOINERS = List.of("、", "和", "与", "及", "");

  /**
   * True when the well-known name {@code [start, end)} is a word of its own: not inside a
   * longer Chinese word (华为手机 is one) nor inside a longer word in Latin letters (Metadata).
   */
  private static boolean standsAlone(String text, int start, int end) {
    return !WordSplit.insideWord(text, start) && !WordSplit.insideWord(text, end)
        && !(start > 0 && latinOrDigit(text.charAt(start - 1)))
        && !(end < text.length() && BodyNamer.isLatin(text.charAt(end - 1))
            && BodyNamer.isLatin(text.charAt(end)));
  }

  /**
   * True when one of the type's {@code name_acts} follows {@code at}, after a space, or follows
   * another well-known name of the type right after {@code at} (腾讯字节都, 腾讯、字节也): names
   * written in a row share the act after the last.
   */
  private boolean actsAt(String text, int at, AgencyConfig.AgencyType type, int namesLeft,
      boolean listed) {
    int i = at;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    // the act's first character makes one word with the name's last (交互中行为表现: 行为, no
    // 中行 acting through 为)
    if (!(i == at && WordSplit.pairIsWord(text, at)) && actAt(text, i, type, listed)) {
      return true;
    }
    if (namesLeft == 0) {
      return false;
    }
    // a list closed by 等 shares the act after it, its other firms known or not (华为、寒武纪、壁仞、
    // 沐曦、海光等，均纷纷宣布)
    int list = listEnd(text, i);
    if (list > i && actAt(text, list, type, listed)) {
      return true;
    }
    for (String joiner : NAME_JOINERS) {
      if (!text.startsWith(joiner, i)) {
        continue;
      }
      String next = longestName(text, i + joiner.length(), type);
      int nextEnd = next == null ? -1 : i + joiner.length() + next.length();
      if (next != null && standsAlone(text, i + joiner.length(), nextEnd)
          && actsAt(text, nextEnd, type, namesLeft - 1, listed)) {
        return true;
      }
    }
    return false;
  }

  /** True when an act of a {@code listed} name, or of a well-known one, starts at {@code at}. */
  private static boolean actAt(String text, int at, AgencyConfig.AgencyType type,
      boolean listed) {
    if (listed) {
      return strongActAt(text, at, type);
    }
    String act = longestAt(text, at, type.nameActs());
    return act != null && !possessive(text, at + act.length(), act);
  }

  /** Words for firms that stand as an act after names (阿里、腾讯等公司纷纷…, 华为企业…). */
  private static final List<String> FIRM_NOUNS = List.of("公司", "企业");

  /**
   * True when {@code act}, ending at {@code end}, is a word for firms followed by 的: the names
   * before it own what follows (点评了阿里、腾讯等公司的一些专利), they do nothing.
   */
  private static boolean possessive(String text, int end, String act) {
    return end < text.length() && text.charAt(end) == '的'
        && FIRM_NOUNS.stream().anyMatch(act::endsWith);
  }

  /**
   * True when one of the type's {@code names_file_acts} follows {@code at}, right away or after
   * one other word of its {@code name_acts} (昆仑万维近日宣布, 通威股份也发布): a listed name
   * needs a stronger act than a well-known one, as more of them are also phrases (航天工程已经,
   * 航天工程将 in 载人航天工程将实施).
   */
  private static boolean strongActAt(String text, int at, AgencyConfig.AgencyType type) {
    if (RegionTagger.startsWithAny(text, at, type.namesFileActs())) {
      return true;
    }
    String weak = longestAt(text, at, type.nameActs());
    if (weak == null) {
      return false;
    }
    int next = at + weak.length();
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    return RegionTagger.startsWithAny(text, next, type.namesFileActs());
  }

  /** The longest whole name of {@code type} that starts at {@code at} in {@code text}, or null. */
  private String longestName(String text, int at, AgencyConfig.AgencyType type) {
    Set<String> names = namesOf.get(config.types().indexOf(type));
    for (int n = Math.min(longestName, text.length() - at); n > 0; n--) {
      String candidate = text.substring(at, at + n);
      if (names.contains(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** The longest of {@code words} that starts at {@code at} in {@code text}, or null. */
  private static String longestAt(String text, int at, List<String> words) {
    String longest = null;
    for (String w : words) {
      if (text.startsWith(w, at) && (longest == null || w.length() > longest.length())) {
        longest = w;
      }
    }
    return longest;
  }

  /**
   * Records the bodies named in Latin letters with a legal ending of a type (Prenetics Limited
   * 负责为…检测): capitalised words right before the ending are the name, where a Chinese
   * sentence goes on after it.
   */
  private void latinNames(TagContext ctx, Map<String, AgencyBody> bodies,
      Map<Integer, List<Mention>> typeMentions) {
    for (int t = 0; t < latinNames.size(); t++) {
      Pattern p = latinNames.get(t);
      if (p == null) {
        continue;
      }
      AgencyConfig.AgencyType type = config.types().get(t);
      Matcher m = p.matcher(ctx.text);
      while (m.find()) {
        latinBody(ctx, m.start(), m.end(), t, bodies, typeMentions);
      }
    }
  }

  /**
   * Records the body named in Latin letters at {@code [start, end)} of a type, where a Chinese
   * sentence goes on after it and the body acts there: a reference list's publisher (1992 /
   * Random House Inc) acts in no sentence.
   */
  private void latinBody(TagContext ctx, int start, int end, int t,
      Map<String, AgencyBody> bodies, Map<Integer, List<Mention>> typeMentions) {
    String text = ctx.text;
    int next = end;
    while (next < text.length() && text.charAt(next) == ' ') {
      next++;
    }
    AgencyConfig.AgencyType type = config.types().get(t);
    if (next == text.length() || !BodyNamer.isHan(text.charAt(next))
        || roles.notActing(text, start, end, type)) {
      return;
    }
    Mention mention = ctx.mention(start, end);
    add(bodies, text.substring(start, end), type.type(), mention);
    typeMentions.computeIfAbsent(t, k -> new ArrayList<>()).add(mention);
  }

  /**
   * Records the bodies named by a single capitalised word in Latin letters that one of the
   * type's {@code latin_acts} follows (Anthropic近日首次公开披露, Ainos.宣布, Notion 推出): a
   * company announcing or doing something, named by its brand. A word after another Latin word
   * (Notion Mail 推出) is a product's name, and an acronym (AI, CEO) names no one.
   */
  private void latinSubjects(TagContext ctx, Map<String, AgencyBody> bodies,
      Map<Integer, List<Mention>> typeMentions) {
    String text = ctx.text;
    for (int t = 0; t < config.types().size(); t++) {
      List<String> acts = config.types().get(t).latinActs();
      if (acts.isEmpty()) {
        continue;
      }
      Matcher m = LATIN_SUBJECT.matcher(text);
      while (m.find()) {
        int before = m.start() - 1;
        if (before >= 0 && text.charAt(before) == ' ') {
          before--;
        }
        if (before >= 0 && latinOrDigit(text.charAt(before))) {
          continue;
        }
        int at = m.end();
        if (at < text.length() && text.charAt(at) == '.') {
          at++; // Ainos.宣布
        }
        if (at < text.length() && text.charAt(at) == ' ') {
          at++;
        }
        AgencyConfig.AgencyType type = config.types().get(t);
        if (!(RegionTagger.startsWithAny(text, at, acts) || pairActs(text, at, acts))
            || namesOf.get(t).contains(m.group())
            || nameEndsAt(text, before + 1, t) // 昆仑万维SkyReels团队: a unit of the firm
            || roles.notActing(text, m.start(), m.end(), type)) {
          continue; // a well-known name was read with the other names
        }
        Mention mention = ctx.mention(m.start(), m.end());
        add(bodies, m.group(), type.type(), mention);
        typeMentions.computeIfAbsent(t, k -> new ArrayList<>()).add(mention);
      }
    }
  }

  /** True when a whole name of the type {@code t} ends right before {@code at}. */
  private boolean nameEndsAt(String text, int at, int t) {
    Set<String> names = namesOf.get(t);
    for (int n = Math.min(longestName, at); n > 1; n--) {
      if (names.contains(text.substring(at - n, at))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when another capitalised word joined by 和, 与 or 、 follows {@code at} and one of
   * {@code acts} follows that word: two firms sharing an act (Redalpine 和 Stride 共同领投).
   */
  private static boolean pairActs(String text, int at, List<String> acts) {
    for (String joiner : LATIN_JOINERS) {
      if (text.startsWith(joiner, at)) {
        Matcher next = LATIN_SUBJECT.matcher(text).region(at + joiner.length(), text.length());
        if (next.lookingAt()) {
          int after = next.end() < text.length() && text.charAt(next.end()) == ' '
              ? next.end() + 1 : next.end();
          return RegionTagger.startsWithAny(text, after, acts);
        }
      }
    }
    return false;
  }

  /** Joiners between two names in Latin letters, with their spaces. */
  private static final List<String> LATIN_JOINERS = List.of("和 ", "与 ", "、", "和", "与");

  /**
   * Records the firms named by a word in Latin letters that a frame shows to be a company
   * ({@link LatinFirms}: Hater 的创始人 …, Hater 将为你匹配) where they act; a well-known name was
   * read with the other names.
   */
  private void framedLatinFirms(TagContext ctx, Map<String, AgencyBody> bodies,
      Map<Integer, List<Mention>> typeMentions) {
    for (int t = 0; t < latinFirms.size(); t++) {
      AgencyConfig.AgencyType type = config.types().get(t);
      for (int[] span : latinFirms.get(t).acting(ctx.text)) {
        String name = ctx.text.substring(span[0], span[1]);
        if (namesOf.get(t).contains(name)
            || roles.notActing(ctx.text, span[0], span[1], type)) {
          continue;
        }
        Mention mention = ctx.mention(span[0], span[1]);
        add(bodies, name, type.type(), mention);
        typeMentions.computeIfAbsent(t, k -> new ArrayList<>()).add(mention);
      }
    }
  }

  /**
   * A capitalised word of Latin letters only, with a small letter second (Anthropic, OpenAI; not
   * AI, not a handle with digits).
   */
  private static final Pattern LATIN_SUBJECT =
      Pattern.compile("(?<![A-Za-z0-9&'.-])[A-Z][a-z][A-Za-z]*[A-Za-z](?![A-Za-z0-9&'-])");

  /**
   * For each type, a pattern of one to five capitalised Latin words before one of its
   * {@code latin_endings}, not inside a longer Latin word; null for a type with none.
   */
  private static List<Pattern> latinNamePatterns(List<AgencyConfig.AgencyType> types) {
    List<Pattern> patterns = new ArrayList<>();
    for (AgencyConfig.AgencyType type : types) {
      if (type.latinEndings().isEmpty()) {
        patterns.add(null);
        continue;
      }
      String endings = type.latinEndings().stream().map(Pattern::quote)
          .reduce((a, b) -> a + "|" + b).orElseThrow();
      patterns.add(Pattern.compile("(?<![A-Za-z0-9&'.-])[A-Z][A-Za-z0-9&'-]*"
          + "(?:[ .][A-Z][A-Za-z0-9&'-]*){0,4},? (?:" + endings + ")(?![A-Za-z])"));
    }
    return patterns;
  }

  /**
   * Records the body named in Latin letters right after a kind of body with no name of its own
   * (AI 初创公司 Letta 和 UC 伯克利的研究者): one to three capitalised words, then Chinese text.
   */
  private void latinAfterKind(TagContext ctx, int end, int t, Map<String, AgencyBody> bodies,
      Map<Integer, List<Mention>> typeMentions) {
    Matcher m = LATIN_NAME.matcher(ctx.text).region(end, ctx.text.length());
    if (m.lookingAt()) {
      latinBody(ctx, m.start(1), m.end(), t, bodies, typeMentions);
    }
  }

  /** A name in Latin letters after optional spaces: one to three capitalised words. */
  private static final Pattern LATIN_NAME = Pattern.compile(
      " ?([A-Z][A-Za-z0-9&'.-]*(?: [A-Z][A-Za-z0-9&'.-]*){0,2})(?![A-Za-z0-9])");

  private static boolean latinOrDigit(char c) {
    return BodyNamer.isLatin(c) || (c >= '0' && c <= '9');
  }

  /** Marks between the bodies of a list. */
  private static final String LIST_MARKS = "、，,和及与";

  /**
   * True when an award or honour in quotation marks follows {@code end} right away (中国唱片公司
   * “金唱片奖”, 市民政局“优秀社工”称号): the body gave it to someone who is the report's actor.
   */
  private static boolean awardFollows(String text, int end) {
    if (end >= text.length() || AWARD_OPEN.indexOf(text.charAt(end)) < 0) {
      return false;
    }
    for (int i = end + 1; i < Math.min(text.length(), end + 24); i++) {
      if (AWARD_CLOSE.indexOf(text.charAt(i)) >= 0) {
        return text.charAt(i - 1) == '奖' || text.startsWith("称号", i + 1)
            || text.startsWith("奖", i + 1);
      }
    }
    return false;
  }

  private static final String AWARD_OPEN = "“「《\"";
  private static final String AWARD_CLOSE = "”」》\"";

  /** True when a count of bodies (51家, 三个) follows {@code end}. */
  private static boolean countFollows(String text, int end) {
    int i = end;
    while (i < text.length() && BodyNamer.NUMERALS.indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i > end && i < text.length() && COUNTED.indexOf(text.charAt(i)) >= 0;
  }

  /** Most characters between the bracket opening a list of counted bodies and one of them. */
  private static final int MAX_COUNTED_LIST = 80;

  /**
   * True when {@code start} is inside brackets opened right after a count of bodies (单位6个（人民
   * 医院、中医院、疾病预防控制中心）): a bulletin lists what it counted.
   */
  private static boolean inCountedList(String text, int start) {
    for (int i = start - 1; i >= 0 && start - i <= MAX_COUNTED_LIST; i--) {
      char c = text.charAt(i);
      if ("）)。；！？\n".indexOf(c) >= 0) {
        return false;
      }
      if (c == '（' || c == '(') {
        return i >= 2 && COUNTED.indexOf(text.charAt(i - 1)) >= 0
            && BodyNamer.NUMERALS.indexOf(text.charAt(i - 2)) >= 0;
      }
    }
    return false;
  }

  /** Measure words of counted bodies. */
  private static final String COUNTED = "家个所";

  /** Most characters between two body names that make one name (集团 + 西安分 + 公司). */
  private static final int MAX_UNIT_GAP = 6;

  /** Adds a mention of the body {@code name} and returns the body with all its mentions. */
  private static AgencyBody add(Map<String, AgencyBody> bodies, String name, String type,
      Mention mention) {
    AgencyBody old = bodies.get(name);
    List<Mention> ms = new ArrayList<>(old == null ? List.of() : old.mentions());
    ms.add(mention);
    AgencyBody body = new AgencyBody(name, type, ms);
    bodies.put(name, body);
    return body;
  }

}
