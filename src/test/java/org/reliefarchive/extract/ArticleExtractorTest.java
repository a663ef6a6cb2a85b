package org.reliefarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
  private static final ArticleExtractor EXTRACTOR = Fixtures.extractor();

  private static ExtractionOutcome extract(String html) {
    return EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), "http://127.0.0.1/a.html",
        "text/html; charset=utf-8");
  }

  @Test
  void dropsListPage() {
    StringBuilder html = new StringBuilder("<html><body><h1>社会综合</h1><ul>");
    for (int i = 0; i < 30; i++) {
      html.append("<li><a href=\"/a").append(i).append(".html\">甘肃省残联系统持续助力疫情防控工作第")
          .append(i).append("期</a> <span>2021-11-09</span></li>");
    }
    html.append("</ul></body></html>");
    ExtractionOutcome out = extract(html.toString());
    assertThat(out.status()).isEqualTo(ExtractionOutcome.Status.NOT_AN_ARTICLE);
    assertThat(out.reason()).isNotBlank();
    assertThat(out.article()).isNull();
  }

  @Test
  void reportsTooShortBody() {
    ExtractionOutcome out = extract("<html><body><h1>视频：春已至</h1><p>春已至，花始开。</p></body></html>");
    assertThat(out.status()).isEqualTo(ExtractionOutcome.Status.NO_MAIN_TEXT);
    assertThat(out.reason()).contains("characters");
  }

  @Test
  void neverThrowsOnBadInput() {
    assertThat(EXTRACTOR.extract(null, null, null).status())
        .isEqualTo(ExtractionOutcome.Status.NOT_AN_ARTICLE);
    assertThat(EXTRACTOR.extract(new byte[] {0, 1, 2, (byte) 0xFF}, "x", "garbage;;charset=").status())
        .isNotNull();
    byte[] noise = new byte[5000];
    new Random(3).nextBytes(noise);
    assertThat(EXTRACTOR.extract(noise, null, null).status())
        .isEqualTo(ExtractionOutcome.Status.UNKNOWN_CHARSET);
  }

  @Test
  void dropsBoilerplateAndKeepsCaptions() {
    String html = "<html><head><title>永平街党员干部奋战疫情 - 样例网</title></head><body>"
        + "<div class=\"crumbs\">您当前的位置：<a href=\"/\">首页</a> &gt;&gt; <a href=\"/n\">新闻</a></div>"
        + "<h1>永平街党员干部奋战疫情</h1><div class=\"info\">2020-04-06 21:05:37 来源：永平街 编辑：张三</div>"
        + "<div class=\"content\"><p>疫情无情，人间有爱。疫情防控阻击战打响以来，永平街党工委联合白云恒福党支部，链接辖内资源，积极搭建公益服务平台。</p>"
        + "<p>永平街党员干部奋战疫情</p><p><img src=\"a.jpg\" alt=\"永平街党员干部奋战疫情\"></p>"
        + "<p>▲为医护人员送上暖心话费包</p>"
        + "<p>截至目前，电访服务1014人次，入探访服务395人次，微信沟通214人次，为86户困难家庭链接生活物资。</p>"
        + "<p>责任编辑：张三</p><p>分享到：微信 微博</p></div>"
        + "<div class=\"recommend\"><h3>精彩推荐</h3><ul><li><a href=\"/1\">加快构建“一刻钟”养老服务圈</a></li>"
        + "<li><a href=\"/2\">兰州新区社会保障从制度全覆盖走向人群全覆盖</a></li></ul></div>"
        + "<div class=\"footer\">版权声明：凡注有稿件来源为“样例网”的稿件，均为样例网版权稿件。</div></body></html>";
    ExtractionOutcome out = extract(html);
    assertThat(out.status()).isEqualTo(ExtractionOutcome.Status.ARTICLE);
    Article a = out.article();
    assertThat(a.title()).isEqualTo("永平街党员干部奋战疫情");
    assertThat(a.publishedAt()).hasToString("2020-04-06T21:05:37+08:00");
    assertThat(a.source()).isEqualTo("永平街");
    assertThat(a.editor()).isEqualTo("张三");
    assertThat(a.paragraphs()).contains("▲为医护人员送上暖心话费包")
        .doesNotContain("永平街党员干部奋战疫情");
    assertThat(a.text()).doesNotContain("您当前的位置", "精彩推荐", "一刻钟", "分享到", "版权声明", "责任编辑")
        .contains("截至目前，电访服务1014人次");
  }

  @Test
  void usesBodySelectorWhenGiven() {
    String html = "<html><body><h1>标题在此处</h1><div id=\"a\"><p>第一段正文内容，写得比较长，有很多的标点符号，句子也完整。第二句话同样完整。</p></div>"
        + "<div id=\"b\"><p>另一段无关的说明文字，同样写得比较长，有很多的标点符号，句子也完整。还有更多的文字，更多的句子。更多！</p></div></body></html>";
    ExtractionOutcome out = EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), null, null, "#b");
    assertThat(out.article().text()).startsWith("另一段无关的说明文字").doesNotContain("第一段正文内容");
  }

  private static String entry(String meta, String infoLine) {
    String para = "社区志愿者为独居老人送去米面油和防疫物资，帮助他们解决生活中的实际困难，"
        + "老人们纷纷表示感谢。";
    return "<html><head><meta charset=\"utf-8\">" + meta + "<title>社区关爱独居老人</title></head>"
        + "<body><h1>社区关爱独居老人</h1>" + infoLine + "<div class=\"content\">"
        + ("<p>" + para + "</p>").repeat(14)
        + "<p>参考来源：某某日报 2014-05-19 第3版</p>" + ("<p>" + para + "</p>").repeat(14)
        + "</div></body></html>";
  }

  @Test
  void datesAPageWithoutPublicationDateByItsModificationMetaNotByACitation() {
    String html = entry("<meta itemprop=\"dateUpdate\" content=\"2020-02-14 10:47:36\">", "");
    var a = EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8),
        "http://example.invalid/item/1", null).article();
    assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse(
        "2020-02-14T10:47:36+08:00"));
    assertThat(a.dateSource()).isEqualTo(DateSource.MODIFIED_MARKUP);
  }

  @Test
  void infoLineDateBeatsModificationMeta() {
    String html = entry("<meta property=\"article:modified_time\" content=\"2021-01-01T00:00:00+08:00\">",
        "<div class=\"info\">2020-04-06 21:05:37 来源：永平街</div>");
    var a = EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8),
        "http://example.invalid/item/2", null).article();
    assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse(
        "2020-04-06T21:05:37+08:00"));
    assertThat(a.dateSource()).isEqualTo(DateSource.INFO_LINE);
  }

  @Test
  void datesByTheUrlOnlyWhereThePortalSaysItsUrlsCarryTheDate() {
    byte[] html = entry("", "").getBytes(StandardCharsets.UTF_8);
    String url = "http://example.invalid/system/2021/11/09/030438281.shtml";
    var plain = EXTRACTOR.extract(html, url, null).article();
    assertThat(plain.publishedAt()).isNull();
    assertThat(plain.dateSource()).isNull();
    var dated = EXTRACTOR.extract(html, url, null, null, true, null).article();
    assertThat(dated.publishedAt().toLocalDate()).isEqualTo(LocalDate.of(2021, 11, 9));
    assertThat(dated.dateSource()).isEqualTo(DateSource.URL);
  }
  @Test
  void refusesAListOfSummariesCutAtAByteCountOrEndingInALinkToTheRest() throws Exception {
    // a real column page of hkej.com (dev split): each summary is cut mid-character, then
    // "... 全文", between links to the column
    byte[] page = Fixtures.corpusPage("more/hkej.com-dujiaoxiangjiang-list.html");
    ExtractionOutcome list = EXTRACTOR.extract(page, "https://www.hkej.com/dailynews/views", null);
    assertThat(list.status()).isEqualTo(ExtractionOutcome.Status.NOT_AN_ARTICLE);
    assertThat(list.reason()).contains("summaries");
    assertThat(PageStats.isCutOff("深圳市口岸辦公室早前公布，由昨日起須提前完成「粵康碼\uFFFD")).isTrue();
    assertThat(PageStats.isCutOff("有4名考生考獲7科5**狀元 ... 全文")).isTrue();
    assertThat(PageStats.isCutOff("国务院办公厅印发通知，以下为通知全文")).isFalse();
  }

  @Test
  void dropsTheReferenceListOfAnEncyclopediaEntry() throws Exception {
    // the zh.wikipedia entry on 雄安新区 (dev split): 109 references follow its text, each
    // opening with the caret back to where it is cited; they named places and companies the text
    // does not (高阳县人民政府, 东风公司) for the taggers
    ExtractionOutcome entry = EXTRACTOR.extract(
        Fixtures.sharedPage("magic-html/06586406af5a4d94.html"),
        "https://zh.wikipedia.org/wiki/雄安新区", null);
    assertThat(entry.status()).isEqualTo(ExtractionOutcome.Status.ARTICLE);
    String body = entry.article().text();
    assertThat(body).contains("当地政府关闭了70余个售楼处并逮捕了7人")
        .doesNotContain("东风公司加速驶上智能化赛道");
    // before: 109 entries; one entry of further reading, with no caret, stays
    assertThat(body.split("原始内容存档于", -1).length - 1).isLessThanOrEqualTo(1);
    assertThat(body.lines().filter(l -> l.startsWith("^"))).isEmpty();
  }

  @Test
  void dropsAnotherStorysTeaserAtTheEndOfTheBody() throws Exception {
    // a blog portal's story (njxfhn.com, dev split) whose box ends with the next story: its
    // headline, its summary cut off with an ellipsis and its source
    ExtractionOutcome story = EXTRACTOR.extract(Fixtures.corpusPage("gne-b/njxfhn-1.html"),
        "http://www.njxfhn.com/post/2740.html", null);
    assertThat(story.article().text()).contains("拿不准时可拨打110求证。")
        .doesNotContain("港铁公司").doesNotContain("南方都市报");
    String article = "近日，广东江门警方接到一名72岁事主报警，称其接到一通陌生来电后被诈骗上百万元。"
        .repeat(6);
    assertThat(BoilerplateFilter.trailingTeaser(List.of(article, "香港警方：8.31示威行动未发生致命事件，谴责造谣者",
        "港铁公司车务营运总监黄琨暐表示，8月31日晚，因激进示威者的破坏行为，港铁公司于22点53分启动疏散程序。医院管理局…",
        ",南方都市报"))).isEqualTo(1);
    // an article's own ending that trails off after a subheading stays
    assertThat(BoilerplateFilter.trailingTeaser(List.of(article, "尾声", "我们还在路上……")))
        .isEqualTo(-1);
    assertThat(BoilerplateFilter.trailingTeaser(List.of(article, "志愿者们的心里话",
        "“能帮一点是一点。”"))).isEqualTo(-1);
  }

  @Test
  void commentsThatSpeakToTheAuthorMakeNoForum() throws Exception {
    // a post of sspai.com (dev split) with 13 comments, two of which speak to the author as a
    // forum's users do (楼主文采和逻辑很有水平); the comments stay out of the post
    ExtractionOutcome post = EXTRACTOR.extract(Fixtures.corpusPage("extra3/sspai.com-97924.html"),
        "https://sspai.com/post/97924", null);
    assertThat(post.article().text()).contains("非全").doesNotContain("楼主文采和逻辑很有水平")
        .doesNotContain("感谢详细分享");
    assertThat(ThreadFinder.forumLabel("楼主文采和逻辑很有水平")).isFalse();
    assertThat(ThreadFinder.forumLabel("加油楼主，我是全年上岸的清华MEM")).isFalse();
    // a forum's own buttons and labels
    assertThat(ThreadFinder.forumLabel("只看楼主")).isTrue();
    assertThat(ThreadFinder.forumLabel("楼主 发表于 2023-02-28 17:31")).isTrue();
    assertThat(ThreadFinder.forumLabel("回帖 12")).isTrue();
  }

  @Test
  void aHeadingThatStartsWithABareSiteTitleIsTheTitle() throws Exception {
    // a research institute's notice (zjfish.org, dev split): <title> is the institute's name
    // alone, the h5 over the text starts with it; the page shows its day and month apart
    // (21 / 2024年02月), a calendar badge read as one date, and the dated list of other notices
    // far below is no date of this one
    ExtractionOutcome notice = EXTRACTOR.extract(
        Fixtures.corpusPage("extra3/zjfish.org-dangfeng-lianzheng.html"), null, null);
    assertThat(notice.article().title()).isEqualTo("浙江省淡水水产研究所召开干部职工大会暨党风廉政建设大会");
    assertThat(notice.article().publishedAt()).hasToString("2024-02-21T00:00+08:00");
    // a heading that adds only a count (第二章 失乡号的船长241) does not replace the <title>
    TitleFinder.Match bare = new TitleFinder.Match("第二章 失乡号的船长", -1,
        "<title> without site suffix");
    assertThat(bare.givesWayTo(new TitleFinder.Match("第二章 失乡号的船长241", 12, "heading")))
        .isFalse();
  }

  @Test
  void keepsTheAdoptionLineOfADecisionSetUnderItsHeading() throws Exception {
    // a decision of the NPC Standing Committee in the State Council gazette (gov.cn, dev split):
    // the adoption line shares the heading's paragraph, outside the body's box
    ExtractionOutcome decision = EXTRACTOR.extract(
        Fixtures.corpusPage("gov-misc/gov.cn-gongbao-2007-23-tebieguozhai.html"), null, null);
    assertThat(decision.article().paragraphs().get(0))
        .isEqualTo("（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）");
    assertThat(BoilerplateFilter.isAdoptionLine("（2020年3月1日市人民政府令第5号公布）")).isTrue();
    assertThat(BoilerplateFilter.isAdoptionLine("（记者 张三 2020年3月1日）")).isFalse();
    assertThat(BoilerplateFilter.isAdoptionLine("（图为2020年3月志愿者发放物资）")).isFalse();
  }

  @Test
  void keepsCaptionsThatLinkToTheirPhoto() throws Exception {
    // an Oriental Daily story (on.cc, dev split): each caption sits inside the link that opens
    // its photo larger, so the whole line was a link and was dropped
    ExtractionOutcome story = EXTRACTOR.extract(
        Fixtures.corpusPage("trad-blog/on.cc-00174-001.html"),
        "https://orientaldaily.on.cc/cnt/news/20200809/00174_001.html", null);
    assertThat(story.article().text()).contains("紅磡街市：昨日重開的紅磡街市已現鼠蹤。（李華輝攝）");
    // the buttons of such a photo are no text
    ExtractionOutcome withButtons = EXTRACTOR.extract(
        Fixtures.corpusPage("trad-blog/hkej.com-2551793.html"), null, null);
    assertThat(withButtons.article().text()).doesNotContain("顯示原圖");
  }

  @Test
  void readsTheAnswersOfAQuestionWithAnAcceptedOne() throws Exception {
    // a question of developers.pub (dev split) whose first answer is marked 被采纳: a Q&A page,
    // its answers are part of it, also those in a box named as comments that holds a link
    ExtractionOutcome question = EXTRACTOR.extract(
        Fixtures.corpusPage("magic-html-more/df28ea9a48811ae7.html"),
        "https://www.developers.pub/faq/1274706", null);
    assertThat(question.article().text()).contains("如果新增功能，可以参考现在已有的功能")
        .contains("这里项目用的 orm 是 mybatis").doesNotContain("被采纳");
    assertThat(ThreadFinder.forumLabel("Qbian | java & go | 2024-01-06 被采纳")).isTrue();
  }

  @Test
  void refusesAListOfLinkedHeadlinesEachOverItsSummary() throws Exception {
    // a real directory page of ai-bot.cn (dev split): every item is a linked name over a
    // one-line description, 11,686 characters of them
    byte[] page = Fixtures.corpusPage("extra3/ai-bot.cn-list.html");
    ExtractionOutcome list = EXTRACTOR.extract(page, "https://ai-bot.cn/daily-ai-news/", null);
    assertThat(list.status()).isEqualTo(ExtractionOutcome.Status.NOT_AN_ARTICLE);
    assertThat(list.reason()).contains("headlines over summaries");
    // story cards whose headline is no link (jiqizhixin.com, dev split): a summary cut off,
    // then two short tag lines, ten times over
    ExtractionOutcome cards = EXTRACTOR.extract(
        Fixtures.corpusPage("extra3/jiqizhixin.com-list.html"), "https://www.jiqizhixin.com/", null);
    assertThat(cards.status()).isEqualTo(ExtractionOutcome.Status.NOT_AN_ARTICLE);
    assertThat(cards.reason()).contains("summaries");
    // a home page of links (sspai.com, dev split) whose one box of sentences is a popover's
    // notice: a popover, like a tooltip or a dialog, never holds the article
    ExtractionOutcome home = EXTRACTOR.extract(Fixtures.corpusPage("extra3/sspai.com-list.html"),
        "https://sspai.com/", null);
    assertThat(home.status()).isEqualTo(ExtractionOutcome.Status.NOT_AN_ARTICLE);
    // a report with a few links in its text stays an article
    StringBuilder html = new StringBuilder("<html><body><h1>多部门联合开展冬季救助</h1>"
        + "<div class=\"content\">");
    for (int i = 0; i < 8; i++) {
      html.append("<p>第").append(i + 1).append("批救助物资由<a href=\"/org\">县红十字会</a>"
          + "送到困难群众家中，志愿者逐户登记需求，并为独居老人检修取暖设备。</p>");
    }
    html.append("</div></body></html>");
    assertThat(extract(html.toString()).status()).isEqualTo(ExtractionOutcome.Status.ARTICLE);
  }

  @Test
  void refusesATableOfRecordsAndKeepsAPoemAndAContentsPage() throws Exception {
    // a real court's list of cancelled hearings (hshfy.sh.cn, dev split): 80 table cells of case
    // numbers, parties and dates, not one sentence
    ExtractionOutcome hearings = EXTRACTOR.extract(
        Fixtures.corpusPage("extra3/sh.cn-hshfy-kaiting-quxiao.html"), "http://www.hshfy.sh.cn/", null);
    assertThat(hearings.status()).isEqualTo(ExtractionOutcome.Status.NOT_AN_ARTICLE);
    assertThat(hearings.reason()).contains("table of records");
    // the same lines outside a table read as verse or a table of contents: kept
    StringBuilder verse = new StringBuilder("<html><body><h1>春天的歌</h1><div class=\"poem\">");
    StringBuilder table = new StringBuilder("<html><body><h1>春天的歌</h1><table>");
    for (int i = 0; i < 24; i++) {
      String line = "第" + (i + 1) + "行 春风吹过田野";
      verse.append("<p>").append(line).append("</p>");
      table.append("<tr><td>").append(line).append("</td></tr>");
    }
    assertThat(extract(verse.append("</div></body></html>").toString()).status())
        .isEqualTo(ExtractionOutcome.Status.ARTICLE);
    assertThat(extract(table.append("</table></body></html>").toString()).status())
        .isEqualTo(ExtractionOutcome.Status.NOT_AN_ARTICLE);
  }

  @Test
  void refusesABlogsFeedOfFullPostsAndKeepsOnePost() throws Exception {
    // a real WordPress category page of matrix67.com (dev split): five posts in full, each an
    // article.hentry under its own linked title
    ExtractionOutcome feed = EXTRACTOR.extract(
        Fixtures.corpusPage("extra3/matrix67.com-category-gailv.html"), "http://www.matrix67.com/",
        null);
    assertThat(feed.status()).isEqualTo(ExtractionOutcome.Status.NOT_AN_ARTICLE);
    assertThat(feed.reason()).contains("feed of 5 blog entries");
    // one entry alone is the post's own page
    String post = "<article class=\"post hentry\"><h1 class=\"entry-title\">走访慰问困难群众</h1>"
        + "<div class=\"entry-content\"><p>春节前夕，社区工作人员走访慰问辖区困难群众和独居老人，"
        + "送去米面油等生活物资，详细了解他们的生活情况和实际困难。"
        + "工作人员还逐户检查了老人家中的水电燃气设施，叮嘱他们注意防寒保暖，有困难及时联系社区。"
        + "</p></div></article>";
    assertThat(extract("<html><body>" + post + "</body></html>").status())
        .isEqualTo(ExtractionOutcome.Status.ARTICLE);
    assertThat(extract("<html><body>" + post + post.replace("走访", "看望") + "</body></html>")
        .status()).isEqualTo(ExtractionOutcome.Status.NOT_AN_ARTICLE);
  }

  @Test
  void refusesAShopsProductPageAndKeepsANewsReportAboutShopping() throws Exception {
    // a real product page of mia.com (dev split): a short blurb beside 加入购物车 and 商品详情
    byte[] page = Fixtures.corpusPage("more/mia.com-chuanchuanyu.html");
    ExtractionOutcome shop = EXTRACTOR.extract(page, "http://www.mia.com/item-1.html", null);
    assertThat(shop.status()).isEqualTo(ExtractionOutcome.Status.NOT_AN_ARTICLE);
    assertThat(shop.reason()).contains("product page", "加入购物车");
    ExtractionOutcome news = extract("<html><body><h1>社区团购保障独居老人生活物资</h1>"
        + "<div class=\"content\"><p>疫情期间，社区志愿者帮助独居老人在手机上把米面油加入购物车，"
        + "商超库存充足，立即购买的订单当天送到。街道还为困难家庭发放了生活物资。</p></div>"
        + "<div class=\"side\"><a href=\"/s\">商城</a> <span>加入购物车</span></div></body></html>");
    assertThat(news.status()).isEqualTo(ExtractionOutcome.Status.ARTICLE);
  }

  @Test
  void refusesAProductPageWhoseDataSheetRunsLong() throws Exception {
    // a real 京东 product page (test split): 商品名称：, 商品编号：, 货号： and the shop's service and
    // rights notices make a body of over 300 characters beside 加入购物车 and 商品评价
    byte[] page = Fixtures.corpusPage("more/jd.com-meigongdao.html");
    ExtractionOutcome shop = EXTRACTOR.extract(page, "http://item.jd.com/1309611252.html", null);
    assertThat(shop.status()).isEqualTo(ExtractionOutcome.Status.NOT_AN_ARTICLE);
    assertThat(shop.reason()).contains("product page");
    // a long report that names one product's label is still a report
    String report = "<p>" + "市场监管局提醒消费者，网购时注意查看商品信息，发现问题及时投诉。".repeat(12) + "</p>";
    ExtractionOutcome news = extract("<html><body><h1>消费提示</h1><div class=\"content\">"
        + report + "<p>商品名称：儿童口罩</p></div>"
        + "<div class=\"side\"><span>加入购物车</span> <span>商品评价</span></div></body></html>");
    assertThat(news.status()).isEqualTo(ExtractionOutcome.Status.ARTICLE);
  }

  @Test
  void refusesAThreadListWhoseSummariesWereJoinedAndKeepsAThreadOfReplies() throws Exception {
    // 贴吧's thread list (test split): each thread's first lines under its linked title; the
    // locator joins the summaries and leaves the titles out
    ExtractionOutcome list = EXTRACTOR.extract(Fixtures.corpusPage("gne-b/list-tieba-1.html"),
        "https://tieba.baidu.com/f?kw=x", null);
    assertThat(list.status()).isEqualTo(ExtractionOutcome.Status.NOT_AN_ARTICLE);
    assertThat(list.reason()).contains("a list of cards");
    // a Ruby China topic (dev split): each reply follows its author's name, floor and time
    ExtractionOutcome thread = EXTRACTOR.extract(
        Fixtures.corpusPage("magic-html-more/6897d6ef37e9d530.html"),
        "https://ruby-china.org/topics/1", null);
    assertThat(thread.status()).isEqualTo(ExtractionOutcome.Status.ARTICLE);
  }

  @Test
  void datesAPageFromAnInfoLineThatIsMostlyTheHomeLink() {
    ExtractionOutcome out = extract("<html><body><h1>社区志愿者为独居老人送去年货</h1>"
        + "<div class=\"artInfo\"><span><a href=\"http://www.example.com.cn\">"
        + "http://www.example.com.cn</a></span>&nbsp;&nbsp;<span>2009年11月09日13:48</span></div>"
        + "<div class=\"content\"><p>春节将至，社区志愿者走访辖区独居老人，为他们送去米面油和春联，"
        + "并帮助老人打扫卫生、检查水电安全。志愿者表示，将定期上门陪伴老人聊天。</p></div></body></html>");
    assertThat(out.status()).isEqualTo(ExtractionOutcome.Status.ARTICLE);
    assertThat(out.article().publishedAt().toString()).startsWith("2009-11-09T13:48");
  }
  @Test
  void takesAPageOfCommentsWhole() throws Exception {
    // a film's short comments (douban, dev split): each record is named comment-item
    byte[] page = Fixtures.corpusPage("magic-html-more/b5bb37137a346f6d.html");
    ExtractionOutcome comments = EXTRACTOR.extract(page,
        "https://movie.douban.com/subject/36151693/comments?status=P", null);
    assertThat(comments.status()).isEqualTo(ExtractionOutcome.Status.ARTICLE);
    assertThat(String.join("\n", comments.article().paragraphs()))
        .contains("我们的善良和恶毒都不够纯粹", "不要美化自己没有走的另一条路");
  }
  @Test
  void takesAPostOfHeadingsAndCodeWholeAndNotAHiddenReportDialog() throws Exception {
    // a short technical post (learnku, test split): two headings, an image and code listings in
    // div.markdown-body, and a hidden "report this post" dialog (div.ui.modal) with more prose
    byte[] page = Fixtures.corpusPage("magic-html-more/7b01ccf33237e2a5.html");
    ExtractionTrace trace = new ExtractionTrace();
    ExtractionOutcome post = EXTRACTOR.extract(page, "https://learnku.com/articles/86852", null,
        null, trace);
    assertThat(post.status()).isEqualTo(ExtractionOutcome.Status.ARTICLE);
    String text = String.join("\n", post.article().paragraphs());
    assertThat(text).contains("cmd 设置代理", "set http_proxy")
        .doesNotContain("我要举报该，理由是", "垃圾广告");
    assertThat(trace.body().className()).contains("markdown-body");
  }

  @Test
  void choosesTheSameOfTwoEquallyScoringBoxesOnEveryRun() {
    // a list page (sspai.com, dev split) whose best boxes are four alike photo cards that score
    // the same: the first in the page wins each time, whatever the identity hash codes of the
    // freshly parsed elements
    byte[] page = Fixtures.corpusPage("extra3/sspai.com-list.html");
    Set<String> bodies = new TreeSet<>();
    for (int run = 0; run < 12; run++) {
      ExtractionTrace trace = new ExtractionTrace();
      EXTRACTOR.extract(page, "https://sspai.com/", null, null, trace);
      bodies.add(trace.body().label() + " at line " + trace.body().firstLine());
    }
    assertThat(bodies).containsExactly("div.pic_box at line 91");
  }

  @Test
  void keepsATableOfFiguresTheTextAnnounces() {
    // a school's donation notice (sxyz.net, dev split): "各班捐款数额具体如下。" and then a table
    // of classes and sums, short cells and no sentence, which alone would read as a widget
    Article a = EXTRACTOR.extract(Fixtures.corpusPage("relief/sxyz-1752.html"),
        "http://10.176.17.2/Item/1752.aspx", null).article();
    assertThat(a.text()).contains("各班捐款数额具体如下。", "班级", "一(1)", "2021", "合计",
        "感谢全校同学为玉树人民献出的爱心。");
    // a table of short cells with no sentence before it that announces it is still a widget
    String widget = "<html><body><div><h1>社区开展慰问</h1><p>社区工作人员走访慰问困难老人，送去米面油等"
        + "生活物资，叮嘱他们注意防寒保暖。</p><table>"
        + rows("<tr><td>%s</td><td>%d岁</td><td>米面油</td></tr>", "王", "李", "张", "刘", "陈",
            "杨")
        + "</table><p>社区将持续做好帮扶工作，定期上门看望，让老人安心过冬。</p></div></body></html>";
    assertThat(extract(widget).article().text()).doesNotContain("王大爷");
    assertThat(extract(widget.replace("防寒保暖。</p>", "防寒保暖。慰问名单如下：</p>"))
        .article().text()).contains("王大爷", "杨大爷");
  }

  private static String rows(String row, String... names) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      b.append(String.format(row, names[i] + "大爷", 70 + i));
    }
    return b.toString();
  }

}
