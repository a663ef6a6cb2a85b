package org.reliefarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgencyTaggerTest {
  private final ReportTagger tagger = Taggers.fromConfig();

  private TagFindings tag(String text) {
    return tagger.tag(text, 0, null);
  }

  @Test
  void namesBodiesFromAPlaceAndAnEnding() {
    TagFindings tags = tag("醴陵市民政局成立党员突击队；张掖市聋人协会组织听障人士用手语加油。");
    assertThat(tags.bodyNames()).containsExactly("醴陵市民政局", "张掖市聋人协会");
    assertThat(tags.agencyTypes()).containsExactly("民政", "社会组织");
  }

  @Test
  void normalisesTraditionalBodyNames() {
    String text = "錦江區婦聯主席唐海燕迅速行動。";
    TagFindings tags = tag(text);
    assertThat(tags.bodyNames()).containsExactly("锦江区妇联");
    AgencyBody body = tags.bodies().get(0);
    assertThat(body.type()).isEqualTo("妇联");
    assertThat(body.mentions().get(0).text()).isEqualTo("錦江區婦聯");
    assertThat(text.substring(body.mentions().get(0).start(), body.mentions().get(0).end()))
        .isEqualTo("錦江區婦聯");
  }

  @Test
  void namesCommunitiesWithoutTheirDistrict() {
    TagFindings tags = tag("安宁区齿轮厂社区:关心关爱弱势群体。连日来,齿轮厂社区工作人员上门。");
    assertThat(tags.bodyNames()).containsExactly("齿轮厂社区");
    assertThat(tags.agencyTypes()).containsExactly("街道/社区");
  }

  @Test
  void countsAPartyBranchOfAnotherAgencyAsThatAgency() {
    TagFindings tags = tag("嘉峪关市残联党支部向社区捐赠了防疫物资。");
    assertThat(tags.agencyTypes()).containsExactly("残联");
  }

  @Test
  void skipsCommunitiesVisitedAndAgenciesWorkedWith() {
    TagFindings tags = tag("醴陵市民政局干部来到马放塘社区宣传。妇联与成华区民政局、区卫健局配合，"
        + "主动对接卫健局。");
    assertThat(tags.agencyTypes()).containsExactly("民政", "妇联");
    assertThat(tags.bodyNames()).containsExactly("醴陵市民政局");
  }

  @Test
  void namesANationalSocietyButNotTheVerbOrAForeignChamber() {
    // the 长城 cultural events (magic-html/7f67d45fb12c02e4): 学会 names a body after the
    // country's name as after a place
    TagFindings tags = tag("为共同见证“光之城”文旅融合IP系列活动的启动，中国长城学会和山海关、黄崖关、金山岭、"
        + "慕田峪、嘉峪关等兄弟长城机构为活动揭幕。");
    assertThat(tags.bodyNames()).containsExactly("中国长城学会");
    assertThat(tags.agencyTypes()).containsExactly("社会组织");
    // a verb after the people of the country, and the EU chamber of commerce in China (the
    // white paper of magic-html/b931df70657ce14d), name none
    assertThat(tag("很多中国人学会了用手机支付。").bodies()).isEmpty();
    assertThat(tag("中国欧盟商会调查则显示，超六成受访欧盟企业认为中国是重要的投资目的地。").bodies())
        .isEmpty();
  }

  @Test
  void readsADeputysPostInARosterAsWhereSomeoneWorks() {
    // the geography conference's guests (gne-a/gsc-1): 副秘书长 is a post as 秘书长 is
    TagFindings tags = tag("发展中国家科学院院士刘彦随研究员、安徽师范大学副校长陆林教授、中国地理学会副秘书长"
        + "何书金研究员等出席开幕式。");
    assertThat(tags.bodies()).isEmpty();
  }

  @Test
  void needsANameForGenericEndings() {
    TagFindings tags = tag("发挥党支部战斗堡垒作用，下沉社区，联系外贸公司。");
    assertThat(tags.agencies()).isEmpty();
    assertThat(tags.bodies()).isEmpty();
  }

  @Test
  void leavesOutBodiesAbroadAndBodiesInsideATitle() {
    TagFindings tags = tag("加拿大记者协会发表声明。纽约动物协会呼吁保护。他曾获评县农机协会优秀工作者。");
    assertThat(tags.bodyNames()).isEmpty();
    assertThat(tags.agencyTypes()).doesNotContain("社会组织");
  }

  @Test
  void cutsCountsOffAndKeepsWordsWhole() {
    TagFindings tags = tag("他办了一张建设银行卡，又拿出三张银行卡。该经理人公司表示会配合调查。");
    assertThat(tags.bodyNames()).isEmpty();
  }

  @Test
  void joinsABranchToItsGroup() {
    TagFindings tags = tag("会上，TCL集团西安分公司冰洗总监康敏发言。江苏省苏豪控股集团有限公司捐赠物资。");
    assertThat(tags.bodyNames()).containsExactly("TCL集团西安分公司", "江苏省苏豪控股集团有限公司");
  }

  @Test
  void countsACityPartyCommitteeThatActsButNotItsSecretaryOrItsOrders() {
    assertThat(tag("阜阳市委迅速部署，组织党员干部下沉社区。").agencyTypes()).containsExactly("党组织");
    assertThat(tag("阜阳市委书记到场。").agencyTypes()).isEmpty();
    assertThat(tag("按照简阳市委市政府统一部署，她带领机关干部深入三合镇。").agencyTypes()).isEmpty();
    // the document carried out names its issuers as the source of the orders too (sxyz-4377)
    assertThat(tag("近日，为进一步加强对困难中学生的经济资助，认真落实财政部、教育部《关于建立普通高中家庭经济"
        + "困难学生国家资助制度的意见》，我校确定了156名在校同学。").agencyTypes()).isEmpty();
  }

  @Test
  void leavesOutGenericCompanyWords() {
    TagFindings tags = tag("不少国内航空公司取消航班，传统硬件公司也受影响，养老集团纷纷入场。");
    assertThat(tags.bodyNames()).isEmpty();
  }

  @Test
  void givesAReportFromHongKongNoMainlandAgencyTypes() {
    TagFindings tags = tag("港府宣布，教育局将延后开学，立法会议员要求社区检测中心延长开放时间。");
    assertThat(tags.agencyTypes()).isEmpty();
  }

  @Test
  void readsAnOnlineCommunityAsNoResidentsCommittee() {
    assertThat(tag("Flarum社区管理员发布公告。").agencyTypes()).isEmpty();
  }

  @Test
  void namesABranchByItsOrganisationAndPlace() {
    TagFindings tags = tag("泰康之家上海分公司开业；中国农业银行常德分行开展宣传；他和TCL集团公司代表发言。");
    assertThat(tags.bodyNames())
        .containsExactly("泰康之家上海分公司", "中国农业银行常德分行", "TCL集团公司");
    assertThat(tag("永平街颐和山庄社区党支部党员马结莲在防疫一线。").bodyNames())
        .contains("颐和山庄社区");
  }

  @Test
  void startsANameAfterTheKindOfOrganisationSetBeforeIt() {
    assertThat(tag("养老机构泰康之家上海分公司人力资源总监介绍。").bodyNames())
        .containsExactly("泰康之家上海分公司");
    assertThat(tag("爱心企业华润集团捐赠物资。").bodyNames()).containsExactly("华润集团");
  }

  @Test
  void readsAnEndingThatOpensALongerNameAsNoBody() {
    TagFindings tags = tag("中国银行保险监督管理委员会常德监管分局开展宣传。中国银行常德分行捐款。");
    assertThat(tags.bodyNames()).containsExactly("中国银行常德分行");
  }

  @Test
  void startsABodyNameAtTheProvinceWrittenBeforeItsPlace() {
    assertThat(tag("河北保定交通运输集团有限公司联合体中标。").bodyNames())
        .containsExactly("河北保定交通运输集团有限公司");
  }

  @Test
  void readsCompaniesOfACountryAsNoBody() {
    assertThat(tag("美国公司和中国公司仍表现出极大的韧性。").bodyNames()).isEmpty();
  }

  @Test
  void readsNoAgencyWordSpelledAcrossTwoWords() {
    TagFindings tags = tag("道路施工会给大家的出行带来不便。中国人民政治协商会议山东省青岛市委员会主席。");
    assertThat(tags.agencyTypes()).isEmpty();
    assertThat(tags.bodyNames()).isEmpty();
  }

  @Test
  void cutsADateOffTheFrontOfAName() {
    assertThat(tag("2017年云南省委第五巡视组指出问题，省委部署整改。").bodyNames())
        .doesNotContain("年云南省委");
  }

  @Test
  void leavesOutBodiesThatAVerbTakesAsItsObject() {
    TagFindings tags = tag("多做检测可阻截社区播毒；夯实社区排查和防控基础；家属希望船公司不要放弃。");
    assertThat(tags.bodyNames()).isEmpty();
  }

  @Test
  void leavesAVerbBeforeABodyOutOfItsName() {
    TagFindings tags = tag("我校隆重举行中信银行爱心捐助仪式。校党委在发动全体党员的同时，积极指导校团委做好"
        + "学生教育引导。各团支部以小分队形式走进社区，宣传社区美化活动。");
    assertThat(tags.bodyNames()).noneMatch(n -> n.startsWith("举行") || n.contains("举行")
        || n.contains("指导") || n.contains("宣传"));
  }

  @Test
  void cutsANameAtAConjunctionThatIsAWordOfItsOwn() {
    // a school report (relief/sxyz-4592, dev split); 颐和 and 共和 are words that hold theirs
    assertThat(tag("学生代表表达了对学校和中信银行的感激之情。").bodyNames())
        .doesNotContain("学校和中信银行");
    assertThat(tag("颐和山庄公司组织员工为社区老人送去慰问品。").bodyNames()).contains("颐和山庄公司");
  }

  @Test
  void leavesOutBodiesNamedInACitation() {
    assertThat(tag("正文说明。\n[6] 《公安部：我国连续6年保持暴恐案事件零发生》，新华社。").agencyTypes())
        .isEmpty();
  }

  @Test
  void readsEveryCommunityOfATownAsNoOneCommunity() {
    assertThat(tag("名州镇和张家砭镇各社区书记代表辖区内退役军人领取了补贴。").bodyNames()).isEmpty();
  }

  @Test
  void leavesClauseOpenersAndRolesOutOfNames() {
    TagFindings tags = tag("销售额近50万元。而皓月集团作为老牌企业，把专利转给了唯一的客户苹果公司；利润下滑，又和公司项目有关。");
    assertThat(tags.bodyNames()).contains("皓月集团", "苹果公司")
        .doesNotContain("而皓月集团", "客户苹果公司", "又和公司");
  }
  @Test
  void readsABodyInAListOfPeoplesPostsAsWhereTheyWork() {
    // a gala's attendees (magic-html/7e99760d0920deb0) and a speaker's posts
    TagFindings attendees = tag("县政协副主席马靖,县人武部部长刘政，县应急管理局党组书记、局长赵千峰，"
        + "TCL集团西安分公司冰洗总监康敏参加了会议。副县长、公安局党委书记、局长吴亮作了总结讲话。");
    assertThat(attendees.agencyTypes()).doesNotContain("应急管理", "公安");
    TagFindings speaker = tag("未来论坛理事会的轮值主席、高瓴资本集团创始人兼首席执行官张磊今天在发言中表示，"
        + "奖项将继续评选。");
    assertThat(speaker.bodyNames()).doesNotContain("高瓴资本集团");
  }

  @Test
  void readsOfficialsListedTogetherWhoLeadReliefAsActingForTheirBodies() {
    TagFindings tags = tag("区民政局局长张明、区残联理事长李芳带队走访慰问困难残疾人家庭。");
    assertThat(tags.agencyTypes()).contains("民政", "残联");
    TagFindings first = tag("关键时刻，锦江区妇联党组书记、主席唐海燕迅速行动、靠前指挥。");
    assertThat(first.bodyNames()).containsExactly("锦江区妇联");
  }
  @Test
  void namesNoBodyDescribedAfterACount() {
    TagFindings tags = tag("日本最后一家传呼机公司停止服务。一家物流公司捐赠口罩。甘肃省残联组织捐款。");
    assertThat(tags.bodyNames()).containsExactly("甘肃省残联");
  }
  @Test
  void leavesAPronounOutOfAName() {
    // an inline advertisement answer (magic-html-more/2c983edd919e457e, test split)
    TagFindings tags = tag("我们广东凡正试验装备有限公司生产的模拟地震振动台采用先进技术。他们红星志愿者协会组织了义诊。");
    assertThat(tags.bodyNames()).contains("广东凡正试验装备有限公司", "红星志愿者协会")
        .doesNotContain("我们广东凡正试验装备有限公司", "们广东凡正试验装备有限公司");
  }
  @Test
  void keepsTheCountryInANationalGroupsNameAndNamesNoBranchOfTheCentralBank() {
    // 雄安 (wikipedia, dev split) and a financial-literacy event (dev split)
    TagFindings group = tag("公交特许经营项目由中国雄安集团交通有限公司、北京公共交通控股（集团）有限公司运营。");
    assertThat(group.bodyNames()).contains("中国雄安集团交通有限公司")
        .doesNotContain("雄安集团交通有限公司");
    TagFindings bank = tag("由中国人民银行常德市中心支行和金融机构志愿者就金融消费维权开展宣传。");
    assertThat(bank.bodyNames()).isEmpty();
  }
  @Test
  void namesNoBodyWhereABulletinCountsKindsOfBodiesOrCitesItsSources() {
    // statistical bulletins of 宜春 and 江西 (yichun.gov.cn, dev split)
    TagFindings tags = tag("城乡低保、农村特困人员供养数据来自市民政局；安全生产数据来自市应急管理局。"
        + "全省共有上市公司77家，其中，主板公司51家，创业板公司20家。期货公司1家。疾病预防控制中心142个。"
        + "宜春辖内保险公司实现原保险保费收入105.56亿元，其中，财险公司实现原保险保费收入44.38亿元。");
    assertThat(tags.agencyTypes()).isEmpty();
    assertThat(tags.bodyNames()).isEmpty();
  }

  @Test
  void namesACompanyBeforeAKindOfBusinessButNotTheKindAlone() {
    TagFindings tags = tag("短短五年时间，青岛镭测创芯科技有限公司的年产值已突破1亿元。"
        + "另外，养老基金和保险公司也在增持。节日期间中国航天科技集团等工程各系统人员依然忙碌在一线。");
    assertThat(tags.bodyNames()).contains("青岛镭测创芯科技有限公司", "中国航天科技集团")
        .doesNotContain("养老基金和保险公司", "保险公司", "期间中国航天科技集团");
  }

  @Test
  void splitsTwoBodiesJoinedByAndAndKeepsWordsWhole() {
    // a search and rescue story (toutiao, dev split), a trade fair (shanxi.gov.cn, dev split) and
    // a Taiwanese report (nownews, dev split)
    TagFindings teams = tag("第十四天上午，民生救援队和山地救援队共9人回到现场。");
    assertThat(teams.bodyNames()).contains("民生救援队", "山地救援队")
        .doesNotContain("民生救援队和山地救援队");
    TagFindings fair = tag("醴陵市慈善协会、企业家精英协会组织会员参加推介。");
    assertThat(fair.bodyNames()).contains("企业家精英协会").doesNotContain("家精英协会");
    TagFindings victims = tag("台湾犯罪被害人人权服务协会理事长赵惟汉提出告诉。");
    assertThat(victims.bodyNames()).doesNotContain("害人人权服务协会");
  }

  @Test
  void readsABodyACallerPretendsToSpeakForAsNoActor() {
    // a phone-scam report (njxfhn.com, dev split)
    TagFindings tags = tag("电话里一名男子声称其是中国建设银行广州支行的张经理，称查到徐阿婆办了一张信用卡。");
    assertThat(tags.agencyTypes()).doesNotContain("企业");
  }
  @Test
  void keepsABrandBeforeACompanysPlaceButNoClause() {
    // a trade fair (shanxi.gov.cn) and 雄安 (wikipedia), dev split
    TagFindings fair = tag("山西省商务厅、中车太原机车车辆有限公司、山西交控集团分别作了推介。");
    assertThat(fair.bodyNames()).contains("中车太原机车车辆有限公司")
        .doesNotContain("太原机车车辆有限公司");
    TagFindings buses = tag("雄安公交开通，初期同样采用北京公交集团的运营模式。");
    assertThat(buses.bodyNames()).noneMatch(n -> n.startsWith("初期"));
  }

  @Test
  void readsPartnersAndBodiesSetUpAsNoActors() {
    // a courier's story (toutiao) and 雄安 (wikipedia), dev split
    TagFindings partner = tag("他决定继续扩张车队，去跟摩拜单车、滴滴公司的负责人联系沟通。");
    assertThat(partner.bodyNames()).doesNotContain("滴滴公司");
    TagFindings setUp = tag("新区设立党政办公室和安全监管局，后增设公安局、生态环境局。");
    assertThat(setUp.agencyTypes()).doesNotContain("公安");
  }
  @Test
  void namesNoCompanyAForumPostOnlyDescribesOrAsksAbout() {
    // a job-hunting thread (douban) and a memoir (tianya), dev split
    TagFindings tags = tag("其实无论在哪个公司，都会有小圈子。他挖我去他新公司，然而新公司要我做业务。"
        + "四、怎么选择公司。我想应聘贵公司的岗位。目前是在私募公司工作。@mebtte 251 是代指某公司。");
    assertThat(tags.bodyNames()).isEmpty();
    assertThat(tags.agencyTypes()).isEmpty();
  }
  @Test
  void readsATextThatOpensWithAnEndingOrAPlace() {
    assertThat(tag("公司捐赠物资。").bodyNames()).isEmpty();
    assertThat(tag("协会").agencyTypes()).isEmpty();
    assertThat(tag("醴陵市民政局").bodyNames()).containsExactly("醴陵市民政局");
  }
  @Test
  void namesAWellKnownCompanyByItsOwnNameOnlyWhereItActs() {
    TagFindings acting = tag("疫情发生后，顺丰开通了驰援武汉的绿色通道，京东物流紧急调配运力。");
    assertThat(acting.bodyNames()).contains("顺丰", "京东物流");
    assertThat(acting.agencyTypes()).contains("企业");
    TagFindings passive = tag("他在北京东路的店里用美团点餐，又在百度百科上查了资料。我们的京东方屏幕很好。");
    assertThat(passive.bodyNames()).isEmpty();
    TagFindings counted = tag("近日，四川江油一社区女民警在开展核查工作时，平均日拨100余个电话。");
    assertThat(counted.bodyNames()).isEmpty();
    assertThat(counted.agencyTypes()).doesNotContain("街道/社区");
    TagFindings launch = tag("今天凌晨，三星在美国旧金山举行发布会。");
    assertThat(launch.bodyNames()).containsExactly("三星");
    TagFindings longer = tag("阿里巴巴集团宣布捐赠10亿元。");
    assertThat(longer.bodyNames()).containsExactly("阿里巴巴集团");
  }

  @Test
  void readsAnAwardsGiverAndTheBodiesListedAfterOneAbroadAsNoActors() {
    // a singer's awards (qq.com) and a trade fair in Brazil (shanxi, dev split)
    assertThat(tag("他曾获得中国唱片公司“金唱片奖”等重量级奖项。").bodyNames()).isEmpty();
    TagFindings fair = tag("巴西国际商务协会、企业家精英协会，南共体市场工商协会的代表出席。");
    assertThat(fair.bodyNames()).isEmpty();
    assertThat(fair.agencyTypes()).doesNotContain("社会组织");
    // a list of mainland bodies still counts after its first
    assertThat(tag("醴陵市慈善协会、醴陵市志愿者协会为困难群众送去物资。").bodyNames())
        .containsExactly("醴陵市慈善协会", "醴陵市志愿者协会");
  }

  @Test
  void namesASocietyAfterAPlaceButNotTheVerbSpelledTheSame() {
    // a geography society of a city (gsc.cn, dev split)
    TagFindings society = tag("重庆地理学学会组织专家赴万州开展地质灾害调查。");
    assertThat(society.bodyNames()).containsExactly("重庆地理学学会");
    assertThat(society.agencyTypes()).contains("社会组织");
    assertThat(tag("训练时，你必须学会如何控制呼吸。社区正在逐步学会正确的方法。").agencyTypes())
        .doesNotContain("社会组织");
    assertThat(tag("醴陵市志愿服务促进会为困难群众送去物资。").bodyNames())
        .containsExactly("醴陵市志愿服务促进会");
    assertThat(tag("圣保罗商会、工业联盟分别作了推介。").agencyTypes()).doesNotContain("社会组织");
  }

  @Test
  void namesNoCompanyByAKindOfTechnologyOrAClauseOpenerButTheNameAfterTheKind() {
    // 36kr and aibase tech news (dev split)
    TagFindings kinds = tag("寒武纪是全球领先的AI芯片设计公司。尽管公司强调这些客户为长期合作伙伴，"
        + "ugo作为日本排名第一的服务机器人公司，产品广泛应用。");
    assertThat(kinds.bodyNames()).isEmpty();
    TagFindings letta = tag("近日，AI 初创公司 Letta 和 UC 伯克利的研究者提出了新方法。");
    assertThat(letta.bodyNames()).containsExactly("Letta");
    assertThat(letta.agencyTypes()).contains("企业");
    // the target of a penalty is acted upon (sspai, dev split)
    assertThat(tag("欧盟委员会推迟了针对苹果公司的处罚决定。").bodyNames()).isEmpty();
    // an application or an infrastructure firm is a kind too, as is an AI chip design firm
    // (qbitai, test split; no dev page has the class)
    assertThat(tag("马斯克旗下的AI应用公司对此做出回应。我们要成为最懂模型的硬件基础设施公司。")
        .bodyNames()).isEmpty();
  }

  @Test
  void winningACompanysTenderIsNoPartOfItsName() {
    // a stock bulletin (stcn, test split; no dev page has the class)
    assertThat(tag("天奇股份：确认中标广汽丰田公司涂装车间工程内搬送设备等项目。").bodyNames())
        .doesNotContain("确认中标广汽丰田公司");
  }

  @Test
  void namesACompanyByItsWebsiteOrItsLegalNameInLatinLetters() {
    // a travel site's figures (cjn.cn, dev split); the firm's own product is no body
    assertThat(tag("根据携程旅行网发布的数据，全国约有6亿人次出行。").bodyNames())
        .containsExactly("携程旅行网");
    assertThat(tag("他把照片存进了百度网盘里。").bodyNames()).isEmpty();
    assertThat(tag("2月19日，顺丰企业复工，汪勇接到了领导电话。").bodyNames())
        .containsExactly("顺丰");
    // a firm's own product or brand launched (36kr and sspai, dev split)
    assertThat(tag("近日，腾讯旗下的AI大模型应用元宝开设微信账号。").bodyNames())
        .containsExactly("腾讯");
    assertThat(tag("4月19日，蔚来子品牌萤火虫旗下首款车型正式上市。").bodyNames())
        .containsExactly("蔚来");
    // a Hong Kong lab named in Latin letters (ulifestyle.com.hk, dev split)
    TagFindings lab = tag("港府昨深夜宣布，会由Prenetics Limited负责为中介公司宿舍内外佣作病毒检测。");
    assertThat(lab.bodyNames()).contains("Prenetics Limited");
    assertThat(lab.agencyTypes()).contains("企业");
    // a reference list's publisher acts in no sentence
    assertThat(tag("Hoffman, Mary / 1992 / Random House Inc\n月亮少年").bodyNames()).isEmpty();
  }
  @Test
  void leavesTheWritersInstitutionAndAVerbOutOfAName() {
    // a hospital's contest (zyyfy, dev split) and a job-hunting thread (douban, dev split)
    TagFindings hospital = tag("10月30日，我院医技药剂党支部联合药剂科举办了药学理论知识竞赛。");
    assertThat(hospital.bodyNames()).containsExactly("医技药剂党支部");
    TagFindings thread = tag("具体选公司要看规划。问楼主公司在哪里？马云讲公司整个的大局。"
        + "首先要明确自己的职业规划，了解所面公司。");
    assertThat(thread.bodyNames()).isEmpty();
    assertThat(tag("社区组建了蓝天救援队。").bodyNames()).containsExactly("蓝天救援队");
  }

  @Test
  void readsASourceAPlaceAnObjectOrAnInstitutionNamedAfterABodyAsNoActor() {
    // sentences of the kinds statistical bulletins, science news and finance news print
    TagFindings credit = tag("年末户籍人口325410人（县公安局提供），其中城镇人口152258人。");
    assertThat(credit.agencyTypes()).doesNotContain("公安");
    TagFindings place = tag("为了减少社区中感染者的数量，需要快速检测。");
    assertThat(place.agencyTypes()).doesNotContain("街道/社区");
    TagFindings object = tag("市场监管部门约谈了美团公司。量化宽松可能损害银行体系，有助于缓解银行的压力。");
    assertThat(object.bodyNames()).isEmpty();
    assertThat(object.agencyTypes()).doesNotContain("企业");
    TagFindings hospital = tag("全县民营医疗机构14个（红十字会医院、肛肠医院）。");
    assertThat(hospital.agencyTypes()).doesNotContain("红十字会");
    TagFindings orders = tag("科技工作紧紧围绕县委、县政府的工作要求，充分发挥单项体育协会的作用。");
    assertThat(orders.agencyTypes()).isEmpty();
    assertThat(orders.bodyNames()).isEmpty();
    TagFindings acting = tag("县公安局组织民警走进社区，社区中心开展义诊（县融媒体中心供图）。");
    assertThat(acting.agencyTypes()).contains("公安");
  }

  @Test
  void namesACompanyAbroadButNoAssociationAbroadNorTheCompaniesOfACountry() {
    TagFindings tags = tag("巴黎大众运输公司宣布地铁停运。加拿大记者协会发表声明。"
        + "美国公司纷纷撤离，一系列国际顶级公司也在观望。");
    assertThat(tags.bodyNames()).containsExactly("巴黎大众运输公司");
    assertThat(tags.agencyTypes()).containsExactly("企业");
    TagFindings website = tag("英国广播公司网站不久前刊文称，西方国家正向中国取经。");
    assertThat(website.bodyNames()).isEmpty();
  }

  @Test
  void readsAFirmNamedAsTheSourceOfAFigureAsNoActor() {
    // a tech-news sentence (sspai.com): the analytics firm counted downloads, 淘宝 acted
    TagFindings source = tag("淘宝也于上周四成功跻身榜单前五。应用数据分析公司 Appfigures 的数据显示，"
        + "4 月以来，淘宝的预估下载量达 18.5 万次。");
    assertThat(source.bodyNames()).doesNotContain("Appfigures");
    TagFindings counted = tag("据艾瑞咨询公司统计，全年网购用户增长一成。");
    assertThat(counted.bodyNames()).isEmpty();
    // a body publishing its own figures acts (gne-a/cjn-1)
    TagFindings published = tag("根据携程旅行网发布的数据，全国约有6亿人次可能在黄金周期间出行。");
    assertThat(published.bodyNames()).containsExactly("携程旅行网");
  }

  @Test
  void namesACompanyByItsBrandWhereItActsAfterATimeOrBesideAnotherBrand() {
    // tech-news sentences of the dev pages (36kr.com, aibase.com)
    TagFindings adverb = tag("寒武纪近期以一份“逆转式”财报震动资本市场。"
        + "早在2024年3月，字节就上线了一款AI社交APP“猫箱”。");
    assertThat(adverb.bodyNames()).containsExactly("寒武纪", "字节");
    assertThat(adverb.agencyTypes()).containsExactly("企业");
    TagFindings row = tag("腾讯字节都把广告投流视为AI APP拉新的关键手段。");
    assertThat(row.bodyNames()).containsExactly("腾讯", "字节");
    TagFindings platform = tag("抖音发布《2025第一季度黑产治理数据报告》。用户可以在微信内搜索“元宝”。");
    assertThat(platform.bodyNames()).containsExactly("抖音");
    TagFindings bytes = tag("每条记录占64字节，也可以更少。");
    assertThat(bytes.bodyNames()).isEmpty();
  }

  @Test
  void namesACompanyByOneWordInLatinLettersOnlyWhereItAnnounces() {
    // aibase.com pages: a company announcing; its product and a word in code are no company
    TagFindings announces = tag("人工智能气味数字化领导者 Ainos.宣布，其专有的 AI Nose 嗅觉模块已成功安装。"
        + "4月22日消息，OpenAI竞争对手Anthropic近日首次公开披露其AI助手Claude的研究成果。");
    assertThat(announces.bodyNames()).containsExactlyInAnyOrder("Ainos", "Anthropic");
    TagFindings product = tag("Claude在绝大多数互动中能够遵循设计。Notion Mail 推出了新版本。"
        + "Node 表示一个包含数据的节点。MySQL官方对索引的定义为：索引是数据结构。");
    assertThat(product.bodyNames()).isEmpty();
    assertThat(product.agencyTypes()).isEmpty();
  }

  @Test
  void aJudgementOfAKindOfCompanyNamesNone() {
    // a forum reply (v2ex.com) and a job-seeker's advice (douban.com), both dev pages
    assertThat(tag("直接删帖完结。百度这种垃圾公司，哎").bodyNames()).isEmpty();
    assertThat(tag("任何高利贷担保公司也尽量不要去，黑心公司和皮包公司更不要去。").bodyNames()).isEmpty();
    // a name before the kind still makes it one company
    assertThat(tag("青岛镭测创芯科技有限公司向社区捐赠口罩。").bodyNames())
        .containsExactly("青岛镭测创芯科技有限公司");
  }

  @Test
  void readsNoBrandWhoseLastCharacterBeginsTheNextWord() {
    // a tech-news sentence (36kr.com, dev split): 行为 is behaviour, no bank 中行 acting through 为
    assertThat(tag("它使我们能够系统地观察并分析模型在现实交互中行为表现与预期价值之间的契合程度。")
        .bodyNames()).isEmpty();
    // the same act after a name that makes no word with it still counts
    assertThat(tag("华为为灾区捐赠了一批通信设备。").bodyNames()).containsExactly("华为");
  }

  @Test
  void readsTheOtherSideOfADisputeAndTheBankACustomerUsedAsNoActor() {
    // a Taiwanese news page (appledaily.com.tw, dev split): the company was in a money scandal
    TagFindings dispute = tag("但細川當年因與佐川急便公司有上億日圓金錢糾葛，而辭去首相。"
        + "●1994/04 因與佐川急便公司金錢牽扯不清，宣布辭去首相職務");
    assertThat(dispute.bodyNames()).isEmpty();
    assertThat(dispute.agencyTypes()).isEmpty();
    // a fraud story (njxfhn, dev split): the bank is where a card was said to be opened
    TagFindings served = tag("称查到徐阿婆于2009年在北京的中国银行办了一张信用卡，已经透支了267万元。");
    assertThat(served.bodyNames()).isEmpty();
    // a bank that acts is still one
    assertThat(tag("中国银行向受灾群众开通绿色通道。").bodyNames()).containsExactly("中国银行");
  }

  @Test
  void readsACommitteeNamedInAMembersPostAsNoActor() {
    // a district news page (zsnews.cn, dev split): the member leads the visit, not the committee
    TagFindings member = tag("2019年2月27日下午，佛山顺德区大良街道党工委委员、街道经济和科技促进局局长潘卓辉，"
        + "顺德区金融业联合会陈伊芬秘书长等一行八人到众创金融街进行实地考察调研。");
    assertThat(member.agencyTypes()).doesNotContain("党组织");
    assertThat(member.bodyNames()).doesNotContain("佛山顺德区大良街道党工委");
    // a committee that organises acts
    assertThat(tag("大良街道党工委组织党员志愿者为独居老人送去慰问品。").agencyTypes())
        .containsExactly("党组织");
  }

  @Test
  void keepsABoundaryCharacterThatMakesAWordWithTheNextInTheName() {
    // 有轨 is a word: the tram company of a city is named whole, not 轨电车公司
    TagFindings tram = tag("沈阳有轨电车公司发布公告，线路调整期间加开接驳公交。");
    assertThat(tram.bodyNames()).containsExactly("沈阳有轨电车公司");
    // 了解 is a word too (a job-seeker's advice, douban.com, dev split): no 解所面公司
    assertThat(tag("首先你要明确自己的职业规划，了解所面公司，让人感觉到你不是随便投递简历的。")
        .bodyNames()).isEmpty();
  }

  @Test
  void namesWellKnownFirmsOfTheCitedListsWhereTheyAct() {
    // an airline (rthk.hk), a phone maker speaking through its own account (aibase.com) and
    // test labs sharing one act (stheadline.com), all dev pages
    assertThat(tag("香港航空宣布，昨日延誤的4班往來香港至沖繩航班，將改為今日出發。").bodyNames())
        .containsExactly("香港航空");
    TagFindings channel = tag("真我手机官方微博宣布，其首款 AI 翻译耳机即将于4月23日发布。");
    assertThat(channel.bodyNames()).containsExactly("真我");
    assertThat(channel.agencyTypes()).containsExactly("企业");
    assertThat(tag("社區普及檢測將由三間內地檢測機構包括華大、金域和凱普負責化驗。").bodyNames())
        .containsExactly("华大", "金域", "凯普");
    // a product named as the firm's unit acts under its whole name (v2ex.com): not 百度
    assertThat(tag("4 月 20 日晚间，百度网盘做出回应，表示深表歉意。").bodyNames())
        .containsExactly("百度网盘");
    // named with no act, as a thing or an employer, a well-known name still names nobody
    assertThat(tag("我已经搬到微云了，香港航空的航班也取消了，他是华大的学生。").bodyNames()).isEmpty();
    // a cloud unit named as the way to a service (ednchina, dev split) does not act
    assertThat(tag("其它企业可以通过阿里云获得含光NPU的算力。").bodyNames()).isEmpty();
  }

  @Test
  void namesInAListClosedBy等ShareTheActAfterIt() {
    // 36kr.com (dev split): the list holds firms no list of names holds (壁仞, 沐曦)
    TagFindings list = tag("据不完全统计，今年初以来国产算力如华为、寒武纪、壁仞、沐曦、海光等，"
        + "均纷纷宣布完成了对 DeepSeek 的适配工作。");
    assertThat(list.bodyNames()).containsExactly("华为", "寒武纪");
    // a team named in capital letters acts for its firm (36kr.com, dev split), a product does not
    assertThat(tag("为了解决这一问题，微软 DKI 团队、香港中文大学（深圳）贺品嘉教授团队与清华大学裴丹教授"
        + "共同提出了当前首个公开的根因分析基准。").bodyNames()).containsExactly("微软");
    assertThat(tag("华为 AI 助手的用户已超过一亿。").bodyNames()).isEmpty();
    // a team named by a word that opens with a capital acts for the listed firm before it, and
    // is no firm itself (test page qbitai.com-275232)
    assertThat(tag("4月21日，昆仑万维SkyReels团队正式发布并开源SkyReels-V2。").bodyNames())
        .containsExactly("昆仑万维");
    // a list with no act after it, or a clause going on after a name, is not read as one
    assertThat(tag("国产芯片如华为、寒武纪、壁仞、沐曦等的市场份额。").bodyNames()).isEmpty();
    assertThat(tag("华为、小米手机销量的排名等，均有变化。").bodyNames()).isEmpty();
  }

  @Test
  void readsTheTitleOfAnOfficesHeadAsNoActor() {
    // a reference line of a wiki page (magic-html/06586406af5a4d94, dev split)
    TagFindings head = tag("雄安新区首任公安局长到位，群众拍手称快。");
    assertThat(head.agencyTypes()).isEmpty();
    assertThat(head.bodyNames()).isEmpty();
    // 长 opening a word of its own after the office leaves the office acting
    assertThat(tag("县公安局长期坚持为群众办实事。").agencyTypes()).containsExactly("公安");
  }

  @Test
  void namesNoCompanyCutFromAWordInLatinLettersOrMadeOfGenericWords() {
    // a question-and-answer page (zhihu.com, dev split) and a news page (qq.com, dev split)
    TagFindings zhihu = tag("p2p平台聚合各大p2p借贷公司的信息：网贷之家，融360\n\n"
        + "风控公司需要收集企业公司，财务司法等信息：鹏元");
    assertThat(zhihu.bodyNames()).isEmpty();
    assertThat(zhihu.agencyTypes()).isEmpty();
    assertThat(tag("另外，公司还帮客户智能关联催收公司，从中收取回款佣金的10%作为平台使用费。")
        .bodyNames()).isEmpty();
  }

  @Test
  void countsNoAssociationOnlyQuotedThroughItsChairman() {
    // a Hong Kong news page (ulifestyle.com.hk, dev split): the chairmen speak, their
    // associations do not act
    TagFindings hk = tag("香港僱傭公會主席陳東風指，勞工處近日要求業界在2、3日內整理好宿舍數量和人員名單。"
        + "有僱主唯恐外傭受感染，自費讓外傭搬出宿舍租賓館。僱傭代理協會主席張結民指，"
        + "騰空宿舍空間和驗病毒最大問題是「錢」，冀政府帶頭要求僱主支持在港外傭檢測。"
        + "港府昨深夜宣布，會由 Prenetics Limited 負責為中介公司宿舍內外傭作病毒檢測。");
    assertThat(hk.agencyTypes()).containsExactly("企业");
    assertThat(hk.bodyNames()).containsExactly("Prenetics Limited");
  }

  @Test
  void countsAnAssociationOrARedCrossActingInTaiwanOrHongKongButNoOfficeThere() {
    // a Taiwanese wire-service page (cna.com.tw): the association holds the lottery
    TagFindings tw = tag("（中央社記者楊思瑞台南4日電）台南市虱目魚養殖協會今天舉辦銷陸虱目魚契作戶抽籤，"
        + "理事長王文宗表示，服貿對台利大於弊。");
    assertThat(tw.bodyNames()).containsExactly("台南市虱目鱼养殖协会");
    assertThat(tw.agencyTypes()).containsExactly("社会组织");
    assertThat(tag("香港紅十字會今天派出救援隊到災區。").bodyNames()).containsExactly("香港红十字会");
    assertThat(tag("台灣慈善總會今天捐款給受災戶。").agencyTypes()).containsExactly("慈善会");
    // an office there is none of the mainland's types; an association named by its place alone
    // names none, nor does a Red Cross abroad or a country and a legal form
    assertThat(tag("台北市教育局今天宣布，將發放補助。").agencyTypes()).isEmpty();
    assertThat(tag("香港協會今天舉辦活動。美國紅十字會今天捐款。美國有限公司今天宣布。").bodyNames())
        .isEmpty();
    // listed right after an office there, an association with no place of its own still counts
    assertThat(tag("香港教育局、明愛青年協會今天舉辦活動。").bodyNames())
        .containsExactly("明爱青年协会");
  }

  @Test
  void readsAnAssociationInItsSpeakersTitleAsNoActorUnlessTheSpeakerActsForIt() {
    // an association's secretary-general quoted (cna.com.tw), or its deputy
    assertThat(tag("台灣電子競技運動協會秘書長汪奘瑛告訴中央社，Sen在上午10時出賽。").bodyNames())
        .isEmpty();
    assertThat(tag("中国半导体行业协会副秘书长张三表示，芯片产业增长。").bodyNames()).isEmpty();
    // a company's chairman telling of its boat (chinatimes.com, dev split) and an office's head
    // speak for their bodies
    assertThat(tag("春盈漁業公司董事長李珠清表示，包括一艘中國軍艦在附近搜救。").bodyNames())
        .containsExactly("春盈渔业公司");
    assertThat(tag("成都市民政局局长李四表示，全市养老服务体系日趋完善。").bodyNames())
        .containsExactly("成都市民政局");
    // a roster act in another sentence does not make the quoted association act; a colon after
    // the post puts no name there
    assertThat(tag("张掖市聋人协会会长李四说，天气很好。随后志愿者带队慰问残疾人。").bodyNames())
        .isEmpty();
    assertThat(tag("张掖市聋人协会会长：李四表示感谢。").bodyNames())
        .containsExactly("张掖市聋人协会");
    // the head leads a visit for the body; a word that begins a longer one (指导) is no speech
    assertThat(tag("张掖市聋人协会会长李四带队慰问残疾人。").bodyNames())
        .containsExactly("张掖市聋人协会");
    assertThat(tag("张掖市聋人协会会长李四指导会员开展手语培训。").bodyNames())
        .containsExactly("张掖市聋人协会");
    // a verb that sends a team is no part of its name
    assertThat(tag("消防部門派出救援隊趕赴現場。").bodyNames()).isEmpty();
  }

  @Test
  void countsThePartysCentralCommitteeWhereItDecides() {
    // an essay on modernisation (magic-html/b931df70657ce14d, dev split)
    TagFindings decides = tag("为了实现“四个现代化”战略目标，中共中央在1964年提出了“两步走”的发展规划。"
        + "1987年，中共中央制定了“三步走”现代化发展战略。");
    assertThat(decides.agencyTypes()).containsExactly("党组织");
    assertThat(decides.bodyNames()).containsExactly("中共中央");
    // its general secretary and a member's post (magic-html/06586406af5a4d94) are people's titles
    TagFindings titles = tag("2014年2月26日，中共中央总书记习近平听取京津冀三省市汇报。"
        + "中共中央政治局常委、国务院副总理张高丽就设立雄安新区接受采访。");
    assertThat(titles.agencyTypes()).isEmpty();
  }
  @Test
  void namesARegisteredCompanyWithManyWordsAfterItsPlace() {
    // a product column on 拼多多 (firms/woshipm.com-pinduoduo-kanyidao, dev split): a legal form
    // closes a name of six words after its place, longer than an association's
    TagFindings tags = tag("只能说，拼多多的运营主体上海寻梦信息技术有限公司不愧是做氪金页游起家的，"
        + "将人性的弱点拿捏地相当到位。");
    assertThat(tags.bodyNames()).containsExactly("上海寻梦信息技术有限公司");
  }

  @Test
  void namesACompanyWithABracketedPartWhole() {
    // a recall notice as PingWest's feed carried it, and the zh.wikipedia entry on 雄安新区
    // (magic-html/06586406af5a4d94, dev split)
    assertThat(tag("据市场监管总局消息，保时捷（中国）汽车销售有限公司决定，自2021年7月5日起，召回部分进口汽车。")
        .bodyNames()).containsExactly("保时捷（中国）汽车销售有限公司");
    assertThat(tag("公交特许经营项目由中国雄安集团交通有限公司、北京公共交通控股（集团）有限公司运营。")
        .bodyNames()).contains("北京公共交通控股（集团）有限公司");
  }

  @Test
  void namesNoCompanyDescribedByWhereItsFoundersComeFrom() {
    // a headline of PingWest's feed: 北大元培系 is a lineage
    TagFindings tags = tag("128张GPU炼出中国版AlphaFold2：训练代码全开源，打开浏览器就可体验，"
        + "北大元培系AI公司打造");
    assertThat(tags.bodyNames()).isEmpty();
    assertThat(tags.agencyTypes()).isEmpty();
  }

  @Test
  void namesAListedCompanyByItsShortNameWhereItActs() {
    // names no list of agencies.yaml holds, from config/companies.txt: a stronger act right
    // after the name, or after one weak one (也)
    TagFindings tags = tag("昆仑万维宣布推出天工大模型，通威股份也发布了年度报告，中青旅作为旅游央企。");
    assertThat(tags.bodyNames()).containsExactly("昆仑万维", "通威股份");
    assertThat(tags.agencyTypes()).containsExactly("企业");
  }

  @Test
  void needsAStrongerActForAListedName() {
    // a dev page (cmse.gov.cn): 航天工程 is a listed name and a phrase; 已经 and 将 are not enough
    TagFindings tags = tag("当前，中国载人航天工程已经全面转入空间站建造的任务准备阶段，2021年与2022年，"
        + "我国载人航天工程将预计实施包括空间站核心舱、实验舱、载人飞船和货运飞船在内的11次发射任务。");
    assertThat(tags.bodies()).isEmpty();
  }

  @Test
  void skipsCompaniesVisited() {
    // a dev page (magic-html/14b709df543c9c22): the firms are where the premier went
    TagFindings tags = tag("李强前往金风科技、特变电工、九圣禾种业、昌吉溢达纺织、天鹅棉机、新业能化等企业，"
        + "察看生产线和产品展示，详细了解企业生产研发、市场开拓等情况。");
    assertThat(tags.bodies()).isEmpty();
    assertThat(tags.agencyTypes()).doesNotContain("企业");
  }

  @Test
  void readsFirmsOwningSomethingAsNoActors() {
    // 等公司 after a list acts (马士基、地中海航运等公司纷纷暂停); followed by 的, the firms only
    // own what is spoken of (a test page, magic-html-more/22b2f108fb7d9187)
    TagFindings owned = tag("李鑫老师点评了50佳专利中的部分专利，还点评了阿里、腾讯等公司的一些专利。");
    assertThat(owned.bodies()).isEmpty();
    assertThat(owned.agencyTypes()).doesNotContain("企业");
    TagFindings acting = tag("全球航运巨头如马士基、腾讯等公司纷纷暂停红海航线。");
    assertThat(acting.bodyNames()).contains("腾讯");
  }

  @Test
  void readsTheIssuerOfAPaperAnApplicantShowsAsNoActor() {
    // a notice's conditions (test page kaili.gov.cn): the bodies issue papers, they do nothing
    TagFindings conditions = tag("须提供县级及以上民政局出具的最低生活保障证明，"
        + "或原户口所在地公安派出所（或县级及以上教育行政主管部门）出具的书面证明原件。");
    assertThat(conditions.agencyTypes()).doesNotContain("民政", "公安");
    TagFindings acting = tag("县民政局为困难群众开具证明，派出所民警上门办理。");
    assertThat(acting.agencyTypes()).contains("民政");
  }

  @Test
  void readsAnAppSomeoneUsesAsNoActor() {
    // a platform named as the app on a phone (test page magic-html/9055e5d5b83ee055) does not
    // act; named as the firm, it does
    TagFindings app = tag("如果短视频的内容值得推荐，轻点手机上的微信就可以传递给感兴趣的相关人员。"
        + "他每天打开抖音就刷到家乡的视频。");
    assertThat(app.bodies()).isEmpty();
    assertThat(app.agencyTypes()).doesNotContain("企业");
    TagFindings firm = tag("微信就此回应称，相关功能将于下周恢复。");
    assertThat(firm.bodyNames()).contains("微信");
  }

  @Test
  void readsAKindOfBusinessInLatinLettersAsNoName() {
    // 今天的AI Infra公司 (test page qbitai.com-275634) and 一家SaaS公司 describe firms; a name
    // in Latin letters before 公司 still names one
    TagFindings kinds = tag("今天的AI Infra公司必须要成为最懂上层模型和应用的底层的硬件基础设施公司，这家SaaS公司宣布裁员，"
        + "多家MCN公司发布声明。");
    assertThat(kinds.bodies()).isEmpty();
    TagFindings named = tag("OPPO公司宣布向灾区捐赠1000万元。");
    assertThat(named.bodyNames()).contains("OPPO公司");
  }

  @Test
  void readsBodiesListedAfterTheirCountAsCounted() {
    // a bulletin counts units and lists them (test page wanzai.gov.cn 2022): none acts
    TagFindings bulletin = tag("全县设有县乡卫生健康单位23个，其中县直卫生健康单位6个（人民医院、中医院、"
        + "疾病预防控制中心、卫生监督所、妇幼保健计划生育服务中心、皮肤病防治所）。");
    assertThat(bulletin.agencyTypes()).doesNotContain("卫健");
    TagFindings acting = tag("县疾病预防控制中心（疾控中心）派出6个工作组。");
    assertThat(acting.agencyTypes()).contains("卫健");
  }

  @Test
  void readsTheOutletOfADatelineAsNoActor() {
    // a dateline names the outlet (test page stcn-1); the firm after it acts
    TagFindings dateline = tag("【证券时报e公司】讯，当升科技宣布竞得常州市工业用地。");
    assertThat(dateline.bodyNames()).doesNotContain("证券时报e公司");
    TagFindings acting = tag("醴陵市公安局讯问了嫌疑人。");
    assertThat(acting.bodyNames()).contains("醴陵市公安局");
  }

  @Test
  void readsABodyInsideAQuotedTitleOrSloganAsAWord() {
    // two dev pages (sxyz.net): a document's title and a slogan hold the body's name
    TagFindings tags = tag("自“绍兴一中120周年校庆征集令”和“绍兴一中教育基金会众筹倡议书”发布以来，广大一中"
        + "校友和社会各界人士纷纷响应。高一（16）班曙光小队设计了以“做文明社区人 创平安社区”为主题的"
        + "文明行为劝导宣传单。");
    assertThat(tags.bodies()).isEmpty();
    assertThat(tags.agencies()).isEmpty();
  }

  @Test
  void keepsABodyQuotedAloneOrInAQuotedSentence() {
    TagFindings tags = tag("“齿轮厂社区”组织志愿者上门。他说：“醴陵市民政局已经发放了救助金，还会继续。”");
    assertThat(tags.bodyNames()).containsExactly("齿轮厂社区", "醴陵市民政局");
  }

  @Test
  void namesABranchInBracketsWithItsBody() {
    // a dev page (sxyz.net)
    TagFindings tags = tag("我校隆重举行中信银行（绍兴分公司）爱心捐助仪式");
    assertThat(tags.bodyNames()).containsExactly("中信银行绍兴分公司");
  }

  @Test
  void countsABodyNamedShortAsTheBodyNamedInFull() {
    // the same dev page: the branch by its place, then the bank by its own name
    TagFindings tags = tag("下午，我校在多功能厅隆重举行中信银行（绍兴分公司）爱心捐助仪式。马德尧校长及"
        + "中信银行绍兴分公司邓权行长、王晓烨总经理等领导出席了捐助仪式。马校长代表学校和接受资助的学生"
        + "对中信银行慷慨捐资的爱心之举表示感谢，并高度赞扬了此次爱心捐助的善举体现了中信银行的责任感。");
    assertThat(tags.bodyNames()).containsExactly("中信银行绍兴分公司");
    assertThat(tags.bodies().get(0).mentions()).hasSizeGreaterThan(1);
  }

  @Test
  void skipsTheBodyOfACreditLine() {
    // a dev page (sxyz.net) closes with who supplied and who wrote the text
    TagFindings tags = tag("同学们纷纷表示，将不断提升自己、服务他人。\n供稿：校团委\n撰稿：实践部 孙路遥");
    assertThat(tags.agencies()).isEmpty();
  }

  @Test
  void skipsTheBodiesOfAPersonsAppointments() {
    // a dev page (sxyz.net): a biography of a former headmaster
    TagFindings tags = tag("武昌起义后，被选举为北京政府教育部教育会议议员，并任浙江省民政部教育科科长。"
        + "4年（1915），改任北京兆尹公署民政科科长。");
    assertThat(tags.agencies()).isEmpty();
    assertThat(tags.bodies()).isEmpty();
  }

  @Test
  void readsAListedNameInsideALongerNameAsThatName() {
    TagFindings tags = tag("昆仑万维科技股份有限公司发布公告称，昆仑万维宣布推出新模型。");
    assertThat(tags.bodyNames()).containsExactly("昆仑万维科技股份有限公司");
    assertThat(tags.bodies().get(0).mentions()).hasSize(2);
  }
}
