package org.reliefarchive.config;

import java.util.List;

/**
 * {@code config/agencies.yaml}: agency types, the words that name them and the endings of the
 * names of specific bodies (醴陵市民政局, 张掖市聋人协会), plus the context rules that tell an
 * acting agency from a place or a partner.
 *
 * @param types the agency types, in the order they are reported
 * @param ignore phrases that contain an agency word but name no agency (民政部门 as a generic
 *     word); matched and dropped
 * @param boundaries words that end a body name on its left (的, 和, 联合 …): a name never spans
 *     them
 * @param genericPrefixes prefixes that do not make a body specific (省, 市, 各级 …)
 * @param maxPrefixLength most characters of a body name before its ending
 * @param maxQualifierLength most characters between a place name and the ending (张掖市 + 聋人 +
 *     协会)
 * @param placeBefore words before a body of a type that can be a place (a 社区) which make the
 *     mention a place visited, not an actor (来到, 下沉到)
 * @param passiveBefore words before a mention (or a 、 list of mentions) that make the agency a
 *     partner or a recipient, not an actor (对接, 协助, 慰问)
 * @param partnerWith words before a mention that, together with one of {@code partnerAfter}
 *     later in the same clause, make it a partner (与 … 配合)
 * @param partnerAfter see {@code partnerWith}
 * @param foreignFronts places outside the mainland (美国, 加拿大, 纽约, 香港, 台北 …): a body
 *     named after one is not tagged, unless its type counts abroad ({@code abroad}) or, for a
 *     place that is also one of {@code outsideMainland} (Hong Kong, Macao, Taiwan), its type is
 *     none of {@code mainlandTypes}; a front of nothing but generic words after the place (美国公司)
 *     names no body either way; null is empty
 * @param titleAfter words right after a body that make it part of a person's title or honour
 *     (优秀工作者, 会员, 书记), not an actor; null is empty
 * @param orderWith words before a mention that, with one of {@code orderAfter} later in the
 *     clause, make the agency the source of orders others carry out, not an actor in the report
 *     (按照简阳市委市政府统一部署); null is empty
 * @param orderAfter see {@code orderWith}; null is empty
 * @param outsideMainland words that set a report in Hong Kong, Macao or Taiwan (港府, 立法会,
 *     行政院): a report that names two or more of them and no mainland place gets none of the
 *     {@code mainlandTypes}, whose words there name other bodies; those that are also
 *     {@code foreignFronts} are places there, before whose bodies only the mainland types are
 *     ruled out (台南市虱目魚養殖協會 counts, 台北市教育局 does not); null is empty
 * @param mainlandTypes agency types of the mainland's government, party and mass organisations
 *     and its neighbourhood committees (民政, 公安, 街道/社区 …), which Hong Kong, Macao and
 *     Taiwan do not have; null is empty
 * @param weakBoundaries one-character boundaries that also begin common words (经 of 经理, 及 of
 *     及时): a name they cut off must keep three characters or more; null is empty
 * @param longerNameEndings endings of a longer name an agency ending may open (中国银行 of
 *     中国银行保险监督管理委员会): an ending followed, through name characters only, by one of
 *     these is no body of its own; null is empty
 * @param posts posts a person holds in a body (局长, 主席, 常务理事, 创始人): a body followed by a
 *     post, in a list of people's posts (…主席、高瓴资本集团创始人张磊, …部长刘政，县应急管理局局长
 *     赵千峰), is where a person works, not an actor, unless the sentence has one of
 *     {@code rosterActs}; null is empty
 * @param rosterActs verbs that make the people of such a list act for their bodies (带队, 慰问,
 *     走访); null is empty
 * @param industries kinds of business (科技, 保险, 物业): a front that is one of them, alone or
 *     after a generic prefix (国内保险, 辖内保险), names no body, while a name before one makes it
 *     specific (镭测创芯科技有限公司); null is empty
 * @param placeAfter locative words right after a body of a type that can be a place (社区中,
 *     社区内) which make it a place, not an actor, unless the word begins a longer one there
 *     (社区中心); null is empty
 * @param creditAfter words that close a credit in brackets after a body (（公安局提供）,
 *     （县融媒体中心供图）): the body is the source of a figure or a photo, not an actor; null is
 *     empty
 * @param sourceWords words right after a body, or after its 的, that make it the source of a
 *     figure (数据, 统计, 报告) where one of {@code sourceShows} follows (Appfigures 的数据显示) or
 *     one of {@code sourceBefore} opens the clause before it (据艾媒咨询统计): the body supplied
 *     the figure, it does not act in the report; null is empty
 * @param sourceShows see {@code sourceWords} (显示, 表明); null is empty
 * @param sourceBefore see {@code sourceWords} (据, 根据); null is empty
 * @param serviceAfter what a customer does at a body (办了, 开户, 存款) that, right after it,
 *     with one of {@code placeBefore} right before it, makes the body a place where someone is
 *     served (在北京的中国银行办了一张信用卡), of any type; null is empty
 * @param legalEndings legal forms that close a registered company name (有限公司, 股份有限公司):
 *     up to {@code maxLegalNameLength} characters may stand between the name's place and one;
 *     null is empty
 * @param maxLegalNameLength most characters between a place and a legal form (上海 + 寻梦信息技术 +
 *     有限公司); null is {@code maxQualifierLength}
 * @param lineageEndings endings of a description by origin (北大元培系, 阿里系): a front that ends
 *     with one, or with one and a kind of business (北大元培系AI公司), describes firms and names
 *     none; null is empty
 * @param creditBefore labels of a credit line (供稿, 来源, 摄影) that, with a colon, stand right
 *     before a body: the body supplied the text or the photo (供稿：校团委), it does not act in the
 *     report; null is empty
 * @param speechAfter words of speech (表示, 指出, 告诉) that, after a body of a type with
 *     {@code speaker_title}, one of {@code posts} and a person's name (僱傭代理協會主席張結民指),
 *     make the body only the speaker's title: the person speaks, the body does not act, unless
 *     the sentence has one of {@code rosterActs}; null is empty
 * @param issuerAfter words right after a body, or after a bracketed aside that follows it, that
 *     make it the issuer of a paper someone must show (民政部门出具的最低生活保障证明, 派出所（或
 *     教育主管部门）出具的证明): a notice's conditions name it, it does not act; null is empty
 * @param toolBefore words right before a body that make it an app or a site someone uses (轻点手机
 *     上的微信, 打开抖音, 登录淘宝), not the firm acting; null is empty
 */
public record AgencyConfig(
    List<AgencyType> types,
    List<String> ignore,
    List<String> boundaries,
    List<String> genericPrefixes,
    int maxPrefixLength,
    int maxQualifierLength,
    List<String> placeBefore,
    List<String> passiveBefore,
    List<String> partnerWith,
    List<String> partnerAfter,
    List<String> foreignFronts,
    List<String> titleAfter,
    List<String> orderWith,
    List<String> orderAfter,
    List<String> outsideMainland,
    List<String> mainlandTypes,
    List<String> weakBoundaries,
    List<String> longerNameEndings,
    List<String> posts,
    List<String> rosterActs,
    List<String> industries,
    List<String> placeAfter,
    List<String> creditAfter,
    List<String> sourceWords,
    List<String> sourceShows,
    List<String> sourceBefore,
    List<String> serviceAfter,
    List<String> legalEndings,
    Integer maxLegalNameLength,
    List<String> lineageEndings,
    List<String> creditBefore,
    List<String> speechAfter,
    List<String> issuerAfter,
    List<String> toolBefore) {

  /** Checks every key and copies the lists. */
  public AgencyConfig {
    types = Check.list(types);
    if (types.isEmpty()) {
      throw new IllegalArgumentException("types is empty; list at least one agency type");
    }
    ignore = RegionConfig.words("ignore", ignore);
    boundaries = RegionConfig.words("boundaries", boundaries);
    genericPrefixes = RegionConfig.words("generic_prefixes", genericPrefixes);
    industries = RegionConfig.words("industries", industries);
    Check.inRange("max_prefix_length", maxPrefixLength, 1, 30);
    Check.inRange("max_qualifier_length", maxQualifierLength, 0, 20);
    placeBefore = RegionConfig.words("place_before", placeBefore);
    passiveBefore = RegionConfig.words("passive_before", passiveBefore);
    partnerWith = RegionConfig.words("partner_with", partnerWith);
    partnerAfter = RegionConfig.words("partner_after", partnerAfter);
    foreignFronts = RegionConfig.words("foreign_fronts", foreignFronts);
    titleAfter = RegionConfig.words("title_after", titleAfter);
    orderWith = RegionConfig.words("order_with", orderWith);
    orderAfter = RegionConfig.words("order_after", orderAfter);
    outsideMainland = RegionConfig.words("outside_mainland", outsideMainland);
    mainlandTypes = RegionConfig.words("mainland_types", mainlandTypes);
    weakBoundaries = RegionConfig.words("weak_boundaries", weakBoundaries);
    longerNameEndings = RegionConfig.words("longer_name_endings", longerNameEndings);
    posts = RegionConfig.words("posts", posts);
    rosterActs = RegionConfig.words("roster_acts", rosterActs);
    placeAfter = RegionConfig.words("place_after", placeAfter);
    creditAfter = RegionConfig.words("credit_after", creditAfter);
    sourceWords = RegionConfig.words("source_words", sourceWords);
    sourceShows = RegionConfig.words("source_shows", sourceShows);
    sourceBefore = RegionConfig.words("source_before", sourceBefore);
    serviceAfter = RegionConfig.words("service_after", serviceAfter);
    legalEndings = RegionConfig.words("legal_endings", legalEndings);
    maxLegalNameLength = maxLegalNameLength == null ? maxQualifierLength : maxLegalNameLength;
    Check.inRange("max_legal_name_length", maxLegalNameLength, maxQualifierLength, 20);
    lineageEndings = RegionConfig.words("lineage_endings", lineageEndings);
    creditBefore = RegionConfig.words("credit_before", creditBefore);
    speechAfter = RegionConfig.words("speech_after", speechAfter);
    issuerAfter = RegionConfig.words("issuer_after", issuerAfter);
    toolBefore = RegionConfig.words("tool_before", toolBefore);
  }

  /**
   * One agency type.
   *
   * @param type its name, the facet value (残联, 民政 …)
   * @param words words that name an agency of the type even without a name before them (残联,
   *     妇联, 民政局)
   * @param endings endings of specific body names of the type; a named place or organisation
   *     before one makes a body (醴陵市 + 民政局)
   * @param needsBody true when the type counts only through a specific body (a named 社区 or 党委,
   *     not the word 社区 alone)
   * @param canBePlace true when a body of the type can be a place the report visits (a 社区), so
   *     {@code place_before} applies
   * @param dropPlacePrefix true when body names of the type are written without their place
   *     (齿轮厂社区, not 安宁区齿轮厂社区)
   * @param brandBeforePlace true when a brand may stand before the place in a body name of the
   *     type (中车太原机车车辆有限公司); false when absent
   * @param names whole names of well-known bodies of the type with no ending (华为, 顺丰): each
   *     names a body only where it stands as a word of its own and one of {@code nameActs}
   *     follows it; optional
   * @param nameActs words right after such a name that make it act (捐赠, 宣布, 向); optional
   * @param abroad true when a body of the type abroad counts too (苹果公司, 法国航空公司: a
   *     company is one wherever it is registered), so {@code foreign_fronts} do not drop it;
   *     false when absent (a type that is none of {@code mainland_types} still counts in Hong
   *     Kong, Macao and Taiwan)
   * @param nameSuffixes words a well-known name may carry before its act, kept in the body's
   *     name (携程旅行网发布, 顺丰企业复工); optional
   * @param latinEndings legal endings of names in Latin letters (Prenetics Limited, Acme Inc.)
   *     that name a body of the type; optional
   * @param placeEndings endings of the type that are also common verbs (学会: 逐步学会) and so
   *     name a body only with a place in front (重庆地理学学会); optional
   * @param latinApposition true when a kind of body of the type with no name in front, followed
   *     by a name in Latin letters, is that body (AI初创公司 Letta 和…); false when absent
   * @param latinActs words that, right after a single capitalised word in Latin letters, make it
   *     a body of the type announcing or doing something (Anthropic近日首次公开披露, Ainos.宣布);
   *     optional
   * @param nameChannels a well-known name's own channels (官方微博, 官网), through which it acts:
   *     a name followed by one, after at most two characters of its product line (真我手机官方微博
   *     宣布), acts where one of {@code nameActs} follows the channel; the body is the name alone;
   *     optional
   * @param firmFrames words that, right after a word in Latin letters (after an optional 的),
   *     show it to be a body of the type (Hater 的创始人, GIC旗下, Knowunity 总部位于); such a word then
   *     counts where one of {@code nameActs} follows it, like a well-known name; optional
   * @param namesFile a file beside {@code agencies.yaml} listing more whole names of bodies of
   *     the type, one a line ({@code #} starts a comment), read like {@code names} after the
   *     names that read otherwise are dropped; null when absent
   * @param namesFileActs words right after a name of {@code namesFile}, or after one word of
   *     {@code nameActs} after it, that make it act (宣布, 发布, 捐赠, 旗下): stronger than
   *     {@code nameActs}, as a listed name is more often also a phrase; optional
   * @param speakerTitle true when a body of the type followed by one of {@code posts}, a
   *     person's name and a word of {@code speech_after} is only the speaker's title, not the
   *     body acting (an association's chairman quoted: 僱傭代理協會主席張結民指); false when absent,
   *     so an office whose head speaks speaks for it (成都市民政局局长李四表示), and so does a
   *     company's chairman telling of its business (春盈漁業公司董事長李珠清表示)
   */
  public record AgencyType(
      String type,
      List<String> words,
      List<String> endings,
      boolean needsBody,
      boolean canBePlace,
      boolean dropPlacePrefix,
      Boolean brandBeforePlace,
      List<String> names,
      List<String> nameActs,
      Boolean abroad,
      List<String> nameSuffixes,
      List<String> latinEndings,
      List<String> placeEndings,
      Boolean latinApposition,
      List<String> latinActs,
      List<String> nameChannels,
      List<String> firmFrames,
      String namesFile,
      List<String> namesFileActs,
      Boolean speakerTitle) {

    /** Checks the type and copies the lists. */
    public AgencyType {
      Check.notBlank("types.type", type);
      words = RegionConfig.words("types.words", words);
      endings = RegionConfig.words("types.endings", endings);
      brandBeforePlace = brandBeforePlace != null && brandBeforePlace;
      abroad = abroad != null && abroad;
      speakerTitle = speakerTitle != null && speakerTitle;
      names = RegionConfig.words("types.names", names);
      nameActs = RegionConfig.words("types.name_acts", nameActs);
      nameSuffixes = RegionConfig.words("types.name_suffixes", nameSuffixes);
      latinEndings = RegionConfig.words("types.latin_endings", latinEndings);
      placeEndings = RegionConfig.words("types.place_endings", placeEndings);
      latinApposition = latinApposition != null && latinApposition;
      latinActs = RegionConfig.words("types.latin_acts", latinActs);
      nameChannels = RegionConfig.words("types.name_channels", nameChannels);
      firmFrames = RegionConfig.words("types.firm_frames", firmFrames);
      if (namesFile != null) {
        namesFile = Check.notBlank("types.names_file", namesFile).strip();
      }
      namesFileActs = RegionConfig.words("types.names_file_acts", namesFileActs);
      if (words.isEmpty() && endings.isEmpty()) {
        throw new IllegalArgumentException("types entry '" + type + "' has neither words nor"
            + " endings");
      }
    }
  }
}
