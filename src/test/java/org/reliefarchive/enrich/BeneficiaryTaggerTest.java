package org.reliefarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BeneficiaryTaggerTest {
  private final ReportTagger tagger = Taggers.fromConfig();

  @Test
  void mapsWordsToGroups() {
    TagFindings tags = tagger.tag("为独居长者、困境儿童家庭和低保户送去物资，慰问医护人员家属。", 0, null);
    assertThat(tags.beneficiaryGroups())
        .containsExactly("老年人", "儿童", "低保/困难群众", "医护人员及家属");
  }

  @Test
  void readsTaiwansAndHongKongsWordsForTheGroups() {
    assertThat(tagger.tag("縣府今天發放慰問金給低收入戶與中低收入戶，並關懷身心障礙者。", 0, null)
        .beneficiaryGroups()).containsExactlyInAnyOrder("低保/困难群众", "残疾人");
    assertThat(tagger.tag("綜援戶可獲額外發放半個月綜援金；銀髮族可免費接種疫苗。", 0, null)
        .beneficiaryGroups()).containsExactlyInAnyOrder("低保/困难群众", "老年人");
    assertThat(tagger.tag("基金會為清寒學生與弱勢家庭提供獎學金，並資助傷殘人士與身障者就業。", 0,
        null).beneficiaryGroups()).containsExactlyInAnyOrder("低保/困难群众", "残疾人");
    // a word for the group still needs help in its clause
    assertThat(tagger.tag("身障者楊大明今天在公園散步。", 0, null).beneficiaries()).isEmpty();
  }

  @Test
  void letsTheLongestWordDecide() {
    TagFindings tags = tagger.tag("走访困难残疾人家庭，关注残疾儿童康复。", 0, null);
    assertThat(tags.beneficiaryGroups()).containsExactly("残疾人", "儿童");
  }

  @Test
  void ignoresAgenciesNamedAfterAGroup() {
    assertThat(tagger.tag("市妇女联合会召开会议。", 0, null).beneficiaries()).isEmpty();
  }

  @Test
  void ignoresGroupWordsInsideNamesOfPlacesAndBodies() {
    assertThat(tagger.tag("新建一批幼儿园和儿童医院，县妇女儿童工作委员会召开会议。", 0, null)
        .beneficiaries()).isEmpty();
  }

  @Test
  void readsADisasterAreaThatHelpIsSentToAsItsPeople() {
    // the school's donation notice for the 玉树 earthquake (relief/sxyz-1752)
    assertThat(tagger.tag("捐款将汇入绍兴市红十字会的中心账号，并统一捐往青海玉树灾区。", 0, null)
        .beneficiaryGroups()).containsExactly("受灾群众");
    assertThat(tagger.tag("专家前往灾区考察地质情况。", 0, null).beneficiaries()).isEmpty();
  }

  @Test
  void countsAGroupOnlyWhereTheReportHelpsIt() {
    assertThat(tagger.tag("茉莉花还参加了许多儿童聚会。只能进敬老院，确实是一种悲哀。", 0, null)
        .beneficiaries()).isEmpty();
    assertThat(tagger.tag("志愿者为留守儿童送去学习用品。", 0, null).beneficiaryGroups())
        .containsExactly("儿童");
  }

  @Test
  void looksForTheHelpInTheGroupsOwnClause() {
    assertThat(tagger.tag("他们排队做了核酸检测，老人们则在公园里下棋。", 0, null).beneficiaries())
        .isEmpty();
    assertThat(tagger.tag("老人的工作台被设备占去了大半，他还跟一帮年轻人学习制作CD。", 0, null)
        .beneficiaries()).isEmpty();
    // a courier driving Wuhan's doctors home (toutiao, dev split); doctors at work are no group
    assertThat(tagger.tag("汪勇决定接下这个单子，到了医院去送医护人员回家。", 0, null)
        .beneficiaryGroups()).containsExactly("医护人员及家属");
    assertThat(tagger.tag("医护人员全力救治患者，为他们提供帮助。", 0, null).beneficiaries())
        .isEmpty();
    assertThat(tagger.tag("社区干部走访慰问困难群众、残疾人和孤寡老人，送去米面油。", 0, null)
        .beneficiaryGroups()).containsExactlyInAnyOrder("低保/困难群众", "残疾人", "老年人");
  }

  @Test
  void readsTheNamesOfWelfareProgrammesAsHelpForTheirGroups() {
    // a bulletin's figures name the benefit itself, with no help verb (统计公报, dev split)
    assertThat(tagger.tag("年末共有提供住宿的社会服务机构1964个，其中养老床位18.7万张。", 0, null)
        .beneficiaryGroups()).containsExactly("老年人");
    assertThat(tagger.tag("全县城乡最低生活保障对象5210人。", 0, null)
        .beneficiaryGroups()).containsExactly("低保/困难群众");
    // a care home alone is a place, not a service given
    assertThat(tagger.tag("只能进敬老院，确实是一种悲哀。", 0, null).beneficiaries()).isEmpty();
  }

  @Test
  void countsNoGroupInABulletinsEnrolmentFigures() {
    // a city's statistical bulletin (yichun.gov.cn, dev split)
    assertThat(tagger.tag("九年义务教育巩固率达96.92%，小学、初中适龄儿童入学率均达100%。"
        + "学前教育在园幼儿150.9万人。", 0, null).beneficiaries()).isEmpty();
  }

  @Test
  void readsAHongKongCareHomeEvacuatedAsHelpForTheElderly() {
    // a care-home outbreak (on.cc, dev split)
    assertThat(tagger.tag("九龍灣耆康會啟業護理安老院再多2人確診，或屬全院爆發，會安排撤離院友。", 0, null)
        .beneficiaryGroups()).containsExactly("老年人");
  }

  @Test
  void staysFastOnOneEndlessSentenceFullOfGroupAndHelpWords() {
    String text = "志愿者为老人送去慰问品，".repeat(20_000); // 240,000 characters, no sentence end
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThat(
        tagger.tag(text, 0, null).beneficiaryGroups()).containsExactly("老年人"));
    // a clause without end where every group word is followed by 为, the start of a gift
    String gifts = "老人为".repeat(100_000) + "捐款";
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> tagger.tag(gifts, 0, null));
  }

  @Test
  void countsNoGroupForTheStaffOfItsHomesNorForAStageOfLifeOrABook() {
    // a Hong Kong testing plan (stheadline.com, dev split): care-home staff are tested
    assertThat(tagger.tag("政府亦會擴大特定群組檢測；希望短時間內對安老院舍三萬多名員工作第二輪檢測。", 0, null)
        .beneficiaries()).isEmpty();
    // a student's opinion piece (youth.cn, dev split): a book and a stage of life
    assertThat(tagger.tag("而在微博的熱搜榜上，一本兒童性教育讀物引起了極大的爭議。"
        + "所以我希望能有人大代表提議在國民兒童階段完善我國的性教育。", 0, null).beneficiaries()).isEmpty();
    // the old people of a care home helped are still beneficiaries
    assertThat(tagger.tag("志愿者为敬老院老人和工作人员送去慰问品。", 0, null).beneficiaryGroups())
        .containsExactly("老年人");
  }

  @Test
  void countsNoGroupNamedInsideTheNameOfAnOfficeOrACourse() {
    // a Taiwanese news page (appledaily.com.tw) and a graduates' story (magic-html), dev split
    assertThat(tagger.tag("內政部兒童局上午舉辦歡送茶會，內政部長表示會把跨部會整合做好。", 0, null)
        .beneficiaries()).isEmpty();
    assertThat(tagger.tag("5月9日，山东女子学院养老服务管理专业毕业生就业双选会现场。", 0, null)
        .beneficiaries()).isEmpty();
    assertThat(tagger.tag("教育部等7部门联合发文，鼓励引导普通本科高校设置家政学、老年医学等养老相关专业。"
        + "陈姝君介绍，山东女子学院在2015年就开始办老年服务与管理专科专业，每年招生规模在150人左右。",
        0, null).beneficiaries()).isEmpty();
    // the group helped right before another word is still the group
    assertThat(tagger.tag("社区为老年人服务的志愿者上门送菜。", 0, null).beneficiaryGroups())
        .containsExactly("老年人");
  }

  @Test
  void readsTaiwansWordForChildrenButNotInsideAnotherWord() {
    // the same Taiwanese page (appledaily.com.tw, dev split): the office's policies for children
    assertThat(tagger.tag("兒童局近14年來歷任4位局長，陸續推動兒少醫療補助、父母未就業家庭育兒津貼等多項政策。",
        0, null).beneficiaryGroups()).containsExactly("儿童");
    // 女儿少 holds 儿少 across two words
    assertThat(tagger.tag("她搬走以后，女儿少了人照顾。", 0, null).beneficiaries()).isEmpty();
  }

  @Test
  void readsGroupsDescribedByTheirHardshipOrTheirParentsWork() {
    // relief reports of a school's portal (sxyz.net, dev split)
    assertThat(tagger.tag("邓行长表示此次爱心捐助活动旨在帮助我校家庭经济困难而又品学兼优的学生。", 0, null)
        .beneficiaryGroups()).containsExactly("低保/困难群众");
    assertThat(tagger.tag("一件冬衣，一份爱心，让我们一起行动，为山区贫困孩子送上温暖的棉袄。", 0, null)
        .beneficiaryGroups()).containsExactly("儿童", "低保/困难群众");
    assertThat(tagger.tag("还与民工子女一起开展英语角活动，切实体现了一中团员青年对农民工子女的关爱。", 0, null)
        .beneficiaryGroups()).containsExactly("儿童");
    assertThat(tagger.tag("倡导同学们伸出援助之手，为灾区民众献出自己的一份爱心。", 0, null)
        .beneficiaryGroups()).containsExactly("受灾群众");
    // a poor student of a forum story (tianya.cn, dev split) who is helped by nobody
    assertThat(tagger.tag("在公司塑造一个能吃苦耐劳的贫困大学生的形象！", 0, null).beneficiaries())
        .isEmpty();
  }

  @Test
  void countsNoGroupThatGivesTheGift() {
    // a school's portal (sxyz.net, dev split): two old donors, and pupils given to
    assertThat(tagger.tag("近日，学校收到两位耄耋老人为120周年校庆的爱心捐款共计近二万元人民币。", 0, null)
        .beneficiaries()).isEmpty();
    assertThat(tagger.tag("耄耋老人，赤子情怀。学校深深感谢这两位老人的爱心捐款，也向他们表示最崇高的敬意！", 0,
        null).beneficiaries()).isEmpty();
    assertThat(tagger.tag("12月26日下午，绍兴一中国际班师生为我校困难学生爱心捐款的颁证仪式在国际班教室举行。",
        0, null).beneficiaryGroups()).containsExactly("低保/困难群众");
  }

  @Test
  void countsNoGroupNamedInACertificate() {
    // a school's notice of grants (sxyz.net, dev split): the papers a pupil hands in
    assertThat(tagger.tag("2010年绍兴市区贫困家庭子女大学助学工作已经开始。每个欲受助的学生，均必须按照要求"
        + "提交身份证复印件及相应困难家庭证明（低保证、低保边缘户证、孤儿证、烈士子女证等）；", 0, null)
        .beneficiaryGroups()).containsExactly("低保/困难群众");
  }
}
