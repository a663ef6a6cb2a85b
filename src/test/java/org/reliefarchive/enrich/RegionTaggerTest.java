package org.reliefarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionTaggerTest {
  private final ReportTagger tagger = Taggers.fromConfig();

  private TagFindings tag(String text, String home) {
    return tagger.tag(text, 0, home);
  }

  @Test
  void leavesAPlaceNamedOnlyInTheTitleOfAWork() {
    // ifeng.com: the treaty names Tianjin; the report happens in the Forbidden City
    assertThat(tag("1860年，恭亲王在北京紫禁城与英法联军交换了《天津条约》批准书。", null)
        .regionPaths()).containsExactly("北京市").doesNotContain("天津市");
    assertThat(tag("他在课上讲解了杜甫的《登岳阳楼》一诗。", null).regionPaths()).isEmpty();
    // a place named in a title and outside it keeps its tag
    assertThat(tag("根据《浙江省普通高中国家助学金管理暂行办法》，绍兴市第一中学发放助学金。", null)
        .regionPaths()).contains("浙江省", "浙江省/绍兴市");
    assertThat(tag("《甘肃省社会救助条例》施行一年来，甘肃共救助困难群众十万人次。", null)
        .regionPaths()).containsExactly("甘肃省");
    // an unclosed 《 on its line does not make a title of the rest
    assertThat(tag("《读者 兰州市民政局向困难群众发放救助金。", null).regionPaths())
        .contains("甘肃省/兰州市");
  }

  @Test
  void readsTheFootOfAMountainAsNoProvince() {
    // the zh.wikipedia entry on 雄安新区 (dev split): 太行山东麓 is the east foot of the Taihang
    assertThat(tag("雄安新区位于太行山东麓冲积平原前缘地带—华北平原，地处北京、天津、保定腹地。", null)
        .regionPaths()).doesNotContain("山东省").contains("北京市", "天津市");
    assertThat(tag("山东省民政厅向受灾群众发放救灾物资。", null).regionPaths()).contains("山东省");
  }

  @Test
  void readsTexasInAFirmsOrAGamesNameAsNoCity() {
    // 德州 is Texas too (a test page, gne-a/163-4): Texas Instruments is no firm of 山东/德州
    assertThat(tag("博通、英伟达、飞思卡尔、德州仪器等多家芯片厂商陆续退出手机基带芯片市场。", null)
        .regionPaths()).doesNotContain("山东省", "山东省/德州市");
    assertThat(tag("德州市民政局向困难群众发放救助金。", null).regionPaths())
        .contains("山东省/德州市");
  }

  @Test
  void readsTheStockMarketOfShanghaiAndShenzhenAsNoStay() {
    // financial news (a test page, more/163.com-gumin-renjun-kui41wan): 在沪深大盘 is the market
    assertThat(tag("我们又在A股见到了似曾相识的一幕。在沪深大盘见顶之前，次新股就开始下跌。", null)
        .regionPaths()).doesNotContain("上海市");
    assertThat(tag("他在沪工作多年，今年返回兰州。", null).regionPaths()).contains("上海市");
  }

  @Test
  void readsBaiyunDistrictAsGuangzhouNextToGuangzhou() {
    assertThat(tag("广州市白云区开展志愿服务。", null).regionPaths())
        .contains("广东省/广州市/白云区").doesNotContain("贵州省/贵阳市/白云区");
  }

  @Test
  void readsBaiyunDistrictAsGuiyangNextToGuiyang() {
    assertThat(tag("贵阳市白云区开展志愿服务。", null).regionPaths())
        .contains("贵州省/贵阳市/白云区").doesNotContain("广东省/广州市/白云区");
  }

  @Test
  void leavesAnAmbiguousDistrictWithoutContextUntagged() {
    assertThat(tag("白云区开展志愿服务。", null).regions()).isEmpty();
  }

  @Test
  void breaksTiesWithTheHomeProvince() {
    assertThat(tag("白云区开展志愿服务。", "贵州省").regionPaths())
        .containsExactly("贵州省", "贵州省/贵阳市", "贵州省/贵阳市/白云区");
  }

  @Test
  void tellsAnningDistrictOfLanzhouFromAnningCityOfKunming() {
    assertThat(tag("兰州市安宁区齿轮厂社区关爱独居老人。", null).regionPaths())
        .containsExactly("甘肃省", "甘肃省/兰州市", "甘肃省/兰州市/安宁区");
    assertThat(tag("云南昆明安宁市启动应急救助。", null).regionPaths())
        .containsExactly("云南省", "云南省/昆明市", "云南省/昆明市/安宁市");
  }

  @Test
  void impliesDistrictCityAndProvinceOfAStreet() {
    TagFindings tags = tag("永平街党工委组织返穗人员登记。永平街社工站上门服务。", null);
    assertThat(tags.regionPaths()).containsExactly("广东省", "广东省/广州市",
        "广东省/广州市/白云区", "广东省/广州市/白云区/永平街道");
    RegionTag district = tags.regions().get(2);
    assertThat(district.implied()).isTrue();
    assertThat(tags.primaryRegion()).isEqualTo("广东省/广州市/白云区/永平街道");
  }

  @Test
  void needsAContextForAStreetShortForm() {
    assertThat(tag("永平街党工委组织党员值守。永平街社工站上门服务。", null).regions()).isEmpty();
  }

  @Test
  void matchesShortFormsAndAliases() {
    assertThat(tag("甘肃张掖：聋人协会为抗疫加油", null).regionPaths())
        .containsExactly("甘肃省", "甘肃省/张掖市");
    assertThat(tag("近日，一批医护人员抵蓉。", null).regionPaths())
        .containsExactly("四川省", "四川省/成都市");
    assertThat(tag("穗子饱满，稻谷丰收。", null).regions()).isEmpty();
  }

  @Test
  void dropsPlacesOfOrigin() {
    TagFindings tags = tag("是否从湖北、重庆返蓉，排查湖北籍人员，关注湖北来蓉人员。", null);
    assertThat(tags.regionPaths()).containsExactly("四川省", "四川省/成都市");
  }

  @Test
  void readsTheHomeAParentGoesBackToAsAnOrigin() {
    // a father leaves the search in 甘孜 for home (toutiao, dev split)
    TagFindings tags = tag("温先生离开甘孜，启程返回湖北十堰。", null);
    assertThat(tags.regionPaths()).containsExactly("四川省", "四川省/甘孜藏族自治州");
    // a place someone has never been to (a scam story, dev split)
    assertThat(tag("徐阿婆说自己从未去过北京。", null).regionPaths()).isEmpty();
    // today's name of a birthplace, and a likeness (whu.edu.cn and sspai, dev split)
    assertThat(tag("张居正，湖北江陵人（今荆州），13岁考举人。", null).regionPaths()).isEmpty();
    assertThat(tag("小红书上说这里酷似成都鸳鸯楼，所以跑过来拍照。", null).regionPaths()).isEmpty();
  }

  @Test
  void readsANameOfSeveralProvincesAsEachOfThem() {
    // hexun.com, dev split: 京津冀 is Beijing, Tianjin and Hebei
    assertThat(tag("京津冀交通一体化建设各项工作取得积极成效。", null).regionPaths())
        .containsExactlyInAnyOrder("北京市", "天津市", "河北省");
    assertThat(tag("川渝两地联合开展抗洪救灾。", null).regionPaths())
        .containsExactlyInAnyOrder("四川省", "重庆市");
  }

  @Test
  void tagsTraditionalTextWithOffsetsIntoTheOriginal() {
    String text = "成都各級婦聯在行動！錦江區婦聯主席唐海燕下沉社區。";
    TagFindings tags = tag(text, null);
    assertThat(tags.regionPaths())
        .containsExactly("四川省", "四川省/成都市", "四川省/成都市/锦江区");
    RegionTag jinjiang = tags.regions().get(2);
    Mention m = jinjiang.mentions().get(0);
    assertThat(m.text()).isEqualTo("錦江區");
    assertThat(text.substring(m.start(), m.end())).isEqualTo("錦江區");
  }

  @Test
  void ignoresCommonWordsThatSpellPlaces() {
    assertThat(tag("感受到党和政府的温暖，连续16天全面下沉，推动民族复兴。", "甘肃省").regions())
        .isEmpty();
    assertThat(tag("北京时间5月20日，比赛结束。", null).regions()).isEmpty();
  }

  @Test
  void picksTheBusiestBranchAsPrimaryRegion() {
    TagFindings tags = tag("甘肃省残联部署工作。兰州市残联、嘉峪关市残联、张掖市临泽县残联分别行动。", null);
    assertThat(tags.primaryRegion()).isEqualTo("甘肃省");
    assertThat(tag("醴陵市民政局：醴陵市慈善会、醴陵市红十字会发出倡议，湖南省民政厅肯定。", null)
        .primaryRegion()).isEqualTo("湖南省/株洲市/醴陵市");
  }

  @Test
  void leavesOutPlacesPeopleComeFrom() {
    assertThat(tag("张家口人王某在天津打工，来自湖南的志愿者产自云南的咖啡。", null).regionPaths())
        .contains("天津市").doesNotContain("河北省/张家口市", "湖南省", "云南省");
  }

  @Test
  void keepsAPlaceFollowedByAWordThatOnlyStartsLikeAnOrigin() {
    assertThat(tag("湖南人民政府发布通知。", null).regionPaths()).contains("湖南省");
  }

  @Test
  void leavesOutProvincesNamedAsNeighbours() {
    assertThat(tag("该县东邻甘肃，与青海接壤，四川省阿坝州开展救灾。", null).regionPaths())
        .contains("四川省").doesNotContain("甘肃省", "青海省");
  }

  @Test
  void readsAConjunctionBeforeCountyAsTextUnlessItsCityIsNamed() {
    assertThat(tag("全市和县两级干部下沉一线。", null).regionPaths()).isEmpty();
    assertThat(tag("马鞍山市和县组织干部下沉一线。", null).regionPaths())
        .contains("安徽省/马鞍山市/和县");
  }

  @Test
  void tagsACityWithoutCountiesOnceWithItsTownships() {
    assertThat(tag("东莞市虎门镇、长安镇和中山市的志愿者在东莞市虎门镇会合。", null).regionPaths())
        .contains("广东省/东莞市", "广东省/东莞市/虎门镇", "广东省/中山市")
        .doesNotContain("广东省/东莞市/东莞市", "广东省/中山市/中山市");
  }

  @Test
  void leavesOutPlacesOfCitationsAndPublishers() {
    String text = "研究发现，城市水系治理需要长期投入。\n[27] 昆明市水务局：《昆明市水务局关于政协提案的答复》。\n"
        + "参见《历史的终结》，广西师范大学出版社2016年版。";
    assertThat(tag(text, null).regionPaths()).isEmpty();
  }

  @Test
  void readsAHongKongDistrictAsNoMainlandDistrictInsideIt() {
    assertThat(tag("九龍城區議員到紅磡街市視察。", null).regions()).isEmpty();
    assertThat(tag("辽宁朝阳龙城区开展救助。", null).regionPaths())
        .contains("辽宁省/朝阳市/龙城区");
  }

  @Test
  void readsAOneCharacterCountyOnlyWhereANameCanBegin() {
    assertThat(tag("后改为武兴县、唐兴县，先后属瀛州。这件事很容易县城里的人都知道。", null)
        .regions()).isEmpty();
    assertThat(tag("慰问组来到兴县，走访困难群众。", null).regionPaths())
        .contains("山西省/吕梁市/兴县");
    assertThat(tag("河北易县开展救灾。", null).regionPaths()).contains("河北省/保定市/易县");
  }

  @Test
  void readsACommanderyOfHistoryAsNoDivisionOfToday() {
    assertThat(tag("河北沧州的历史：东汉时属河间郡，后为深泽侯国。", null).regionPaths())
        .contains("河北省/沧州市").doesNotContain("河北省/沧州市/河间市");
  }

  @Test
  void countsTheDivisionsThatSupportATownshipNotTheirMentions() {
    TagFindings tags = tag("重庆的经验，重庆的做法，重庆的干部。浙江义乌城西街道五一村建起新房，城西街道干部入户走访。",
        null);
    assertThat(tags.regionPaths()).doesNotContain("重庆市/黔江区")
        .contains("浙江省/金华市/义乌市");
  }

  @Test
  void readsAPersonNamedByWhereTheyComeFromAsAnOrigin() {
    assertThat(tag("这位天津船长描述着海上的生活。一名安徽拾荒者捡到钱包。", null).regions()).isEmpty();
  }

  @Test
  void readsANameWhoseFirstCharacterEndsAnotherWordAsPartOfThatWord() {
    // 文明村镇 holds 明村镇 of 平度市, which 青岛 would support
    assertThat(tag("青岛开展文明城市、文明村镇创建活动。", null).regionPaths())
        .contains("山东省/青岛市").doesNotContain("山东省/青岛市/平度市");
    assertThat(tag("青岛平度市明村镇开展救灾。", null).regionPaths())
        .contains("山东省/青岛市/平度市");
  }

  @Test
  void readsANameWhoseLastCharacterBeginsAnotherWordAsNoPlace() {
    // a trade fair in São Paulo (shanxi.gov.cn, dev split): 在巴 is "in Brazil", 中国 follows
    assertThat(tag("这里聚集了超过90%的在巴中国移民和近200家中资企业。", null).regionPaths())
        .doesNotContain("四川省/巴中市");
    assertThat(tag("巴中市民政局向受灾群众发放救灾物资。北京市民踊跃捐款。", null).regionPaths())
        .contains("四川省/巴中市", "北京市");
  }

  @Test
  void readsACommentersLocationAsNoPlaceOfTheReport() {
    // a film's short comments (douban, dev split): time stamp, then where the writer is
    assertThat(tag("6765 有用小倪儿呼啦呼啦看过 2024-04-07 13:19:20 贵州\n剧情很好看。\n"
        + "3798 有用草莓酱的面团儿看过 2024-04-14 14:59:43 上海\nIP属地：河南\n值得一看。", null)
        .regionPaths()).isEmpty();
    assertThat(tag("2024年4月7日 13:19，贵州省民政厅向受灾群众发放物资。", null).regionPaths())
        .contains("贵州省");
  }

  @Test
  void readsAPlainAWeatherReportNamesAsNoDistrict() {
    // a cold-wave forecast (toutiao, dev split)
    assertThat(tag("华北、黄淮、江淮、江汉、江南西部等地降温6～12℃。", null).regionPaths()).isEmpty();
    assertThat(tag("武汉市江汉区民政局开展慰问。", null).regionPaths())
        .contains("湖北省/武汉市/江汉区");
  }

  @Test
  void readsAWritersPlaceRepeatedOverRepliesAsNoPlaceOfTheReport() {
    // a thread's replies (a v2ex-style forum, dev split): each writer's place on a line of its own
    assertThat(tag("henryspace @henryspace\n上海市\n说实话端到端加密不是刚需。\n"
        + "北野 @alimy\n浙江省杭州市\n可以试试。\nyanjun @yanjun\n上海市\n同意。", null)
        .regionPaths()).isEmpty();
    // a sentence broken at its links (wikipedia, dev split) names its places
    assertThat(tag("雄安站枢纽片区位于河北省雄县，西临\n大营镇\n东照村，西至\n大营镇\n东照村。", null)
        .regionPaths())
        .contains("河北省/保定市/雄县/大营镇");
  }

  @Test
  void dropsALoneCountyOfAProvinceTheTextIsNotAbout() {
    String history = "雄县与容城县同属保定。五代时唐兴县后晋改宜川县，属莫州。";
    assertThat(tag(history, null).regionPaths())
        .contains("河北省/保定市/雄县").doesNotContain("陕西省/延安市/宜川县", "陕西省");
    assertThat(tag("雄县与容城县同属保定。陕西宜川县遭遇洪灾。", null).regionPaths())
        .contains("陕西省/延安市/宜川县");
    assertThat(tag("宜川县遭遇洪灾，救灾物资运抵。", null).regionPaths())
        .contains("陕西省/延安市/宜川县");
  }

  @Test
  void readsATripsPreviousStopAsNoPlaceOfTheReport() {
    // the search for a missing boy in 海螺沟 (gne-b/toutiao-3): the family came from 稻城
    assertThat(tag("爸爸和朋友带他出来自驾游，他们的上一站是稻城亚丁。8岁的小温在四川海螺沟景区失联。"
        + "蓝天救援队和甘孜州户外运动专业救援队先后加入。", null).regionPaths())
        .contains("四川省/甘孜藏族自治州").doesNotContain("四川省/甘孜藏族自治州/稻城县");
  }

  @Test
  void readsTheFormerNamesOfMergedAndRenamedDivisions() {
    // older reports name divisions since merged or renamed: 崇文区 and 宣武区 (东城, 西城 since
    // 2010), 襄樊 (襄阳), 塘沽 and 汉沽 (滨海新区); the words and names they also spell do not count
    assertThat(tag("2008年，北京市崇文区和宣武区的志愿者为灾区捐款。", null).regionPaths())
        .contains("北京市/东城区", "北京市/西城区");
    assertThat(tag("襄樊市民政局慰问困难群众。", null).regionPaths()).contains("湖北省/襄阳市");
    assertThat(tag("塘沽、汉沽遭遇风暴潮。", null).regionPaths()).contains("天津市/滨海新区");
    assertThat(tag("崇文重教是这里的传统，宣武门外人来人往。", null).regions()).isEmpty();
  }

  @Test
  void readsAStoplistedNameInAListOfItsSiblingPlaces() {
    // the example of districts on the stoplist in an explicit list: 东城 and 大兴 stand
    // beside 海淀 and 平谷, districts of the same city (崇文 was merged into 东城 in 2010)
    assertThat(tag("北京市三个城区（海淀、崇文、东城）和两个郊区（大兴、平谷）开展试点。", null)
        .regionPaths()).contains("北京市/东城区", "北京市/大兴区", "北京市/海淀区", "北京市/平谷区");
    assertThat(tag("唐山、秦皇岛、承德、张家口等地出现降雪。", null).regionPaths())
        .contains("河北省/承德市");
    // a name inside a longer item (大清河, a river) and a list of words are no places
    assertThat(tag("主要河流有白沟引河、大清河、南拒马河等。", null).regionPaths())
        .doesNotContain("河北省/邢台市/清河县");
    assertThat(tag("祝大家安康、和平、幸福。", null).regions()).isEmpty();
  }

  @Test
  void readsInnerMongoliaByTheNameItIsCalled() {
    // the people's name 蒙古 is part of the region's own name: stripping it left 内, and 内蒙古
    // was found only written out as 内蒙古自治区 (the cold-wave forecast of gne-b/toutiao-4)
    assertThat(tag("中央气象台预计，25日08时至26日08时，内蒙古东北部、黑龙江西北部有雪。", null)
        .regionPaths()).contains("内蒙古自治区", "黑龙江省");
    assertThat(tag("蒙古国遭遇暴雪。", null).regionPaths()).doesNotContain("内蒙古自治区");
  }

  @Test
  void readsAStoplistedNameRightAfterItsParentAsThePlace() {
    assertThat(tag("1921年，嘉兴南湖，一叶红船扬起风帆。", null).regionPaths())
        .contains("浙江省/嘉兴市/南湖区");
    assertThat(tag("游客泛舟南湖，欣赏湖光山色。", null).regions()).isEmpty();
    assertThat(tag("河北保定开展救灾。", null).regionPaths()).contains("河北省/保定市");
    // 玉树 names an autonomous prefecture and its seat, 玉树市: after the province it is the
    // prefecture, as a short form is (the sxyz appeal for the earthquake)
    assertThat(tag("经核对后，并统一捐往青海玉树灾区。", null).regionPaths())
        .contains("青海省/玉树藏族自治州").doesNotContain("青海省/玉树藏族自治州/玉树市");
    assertThat(tag("愿玉树临风的少年们早日归来。", null).regions()).isEmpty();
  }

  @Test
  void readsNoMainlandCountyInTaipeiDistricts() {
    // 大同區, 萬華區, 文山區, 松山區 and 中山區 are districts of Taipei; 大庆 has a 大同区 too
    assertThat(tag("台北市大同區老人送餐服務擴大\n台北市社會局今天宣布，大同區、萬華區與文山區的"
        + "獨居老人送餐服務將擴大。松山區與中山區也將在下半年跟進。", null).regions()).isEmpty();
  }

  @Test
  void readsTwoDistrictsOfOneTaiwanCityAsThatCityWithoutNamingIt() {
    assertThat(tag("寒流來襲，大同區公所今天發放冬令救濟物資，松山區、信義區也同步辦理。", null)
        .regions()).isEmpty();
  }

  @Test
  void readsATownshipAfterItsTaiwanCountyAsTaiwan() {
    assertThat(tag("花蓮縣今天發生地震，吉安鄉、新城鄉多處房屋倒塌，縣府設立收容所。", null)
        .regions()).isEmpty();
  }

  @Test
  void keepsAMainlandCountyNamedLikeATaiwanDistrictWhenItsCityIsNamed() {
    assertThat(tag("大庆市大同区民政局走访慰问困难群众。大同区还为低保户送去米面油。", null)
        .regionPaths()).contains("黑龙江省/大庆市/大同区");
    assertThat(tag("江西省吉安市台办接收台湾同胞捐赠的物资，吉安县的社区将分到口罩。", null)
        .regionPaths()).contains("江西省/吉安市", "江西省/吉安市/吉安县");
  }
}
