package org.reliefarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Body layouts beyond one box of paragraphs: sections in sibling boxes, a lone long paragraph
 * among short ones, media-player controls and tables of figures inside the body, and the trace
 * that explains each decision.
 */
class BodyLayoutTest {
  private static final ArticleExtractor EXTRACTOR = Fixtures.extractor();

  private static ExtractionOutcome extract(String html, ExtractionTrace trace) {
    return EXTRACTOR.extract(html.getBytes(StandardCharsets.UTF_8), "http://127.0.0.1/a.html",
        "text/html; charset=utf-8", null, trace);
  }

  private static String page(String title, String body) {
    return "<html><head><title>" + title + "_样例网</title></head><body>"
        + "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/s\">唐诗</a> <a href=\"/c\">宋词</a></div>"
        + body
        + "<div class=\"side\"><ul><li><a href=\"/1\">春晓</a></li><li><a href=\"/2\">静夜思</a></li>"
        + "<li><a href=\"/3\">登鹳雀楼</a></li></ul></div></body></html>";
  }

  @Test
  void takesSiblingSectionsOfOneWorkTogether() {
    String html = page("夜雨", "<div class=\"work\"><h1>夜雨</h1>"
        + "<div class=\"poem\">我有所念人，隔在远远乡。<br>我有所感事，结在深深肠。<br>乡远去不得，无日不瞻望。</div>"
        + "<div class=\"part\"><h3>译文</h3><div>我有着深深思念的人，却相隔在远远的异乡。我有所感怀的事情，深深的刻在心上。"
        + "故乡遥远回不去，我没有一天不遥望它。内心痛苦万分却无处化解，日日夜夜未曾停止思念。</div></div>"
        + "<div class=\"part\"><h3>赏析</h3><div>这首诗不是唐代所流行的工整的今体诗，它共有七句话，前四句大量的重复用字，"
        + "也并不合乎诗歌的习惯。全诗没有比喻、没有用典，用最直白的语言，抒发了最真挚的情感。</div></div></div>");
    ExtractionTrace trace = new ExtractionTrace();
    Article a = extract(html, trace).article();
    assertThat(a.text()).contains("我有所念人", "译文", "我有着深深思念的人", "赏析", "这首诗不是唐代")
        .doesNotContain("春晓", "首页");
    assertThat(trace.body().className()).isEqualTo("work");
    assertThat(trace.promotedFrom()).isNotNull();
  }

  @Test
  void keepsShortParagraphsAroundTheLongestOne() {
    String html = page("河北遵化：数字农机服务助力农业生产",
        "<div class=\"story\"><h1>河北遵化：数字农机服务助力农业生产</h1><span>"
        + "<p>5月13日，在河北省遵化市东新庄镇一家庭农场，无人驾驶农机在播种玉米。</p>"
        + "<p>眼下，植保无人机、无人驾驶农机等在河北省遵化市的田间地头忙碌，助力农业生产。近年来，河北省遵化市积极推行"
        + "农机无人驾驶耕种和无人机植保作业等数字农机服务工作，促进农业增效、农民增收。</p>"
        + "<p>新华社发（刘满仓摄）</p></span></div>");
    Article a = extract(html, null).article();
    assertThat(a.paragraphs()).contains("5月13日，在河北省遵化市东新庄镇一家庭农场，无人驾驶农机在播种玉米。",
        "新华社发（刘满仓摄）");
  }

  @Test
  void dropsPlayerControlsInsideTheBody() {
    StringBuilder player = new StringBuilder("<div class=\"box\"><div class=\"ctl\">");
    for (String label : new String[] {"倍速", "2.0X", "1.5X", "1.0X", "高清", "超清", "标清", "循环播放",
        "跳过片头", "00:00"}) {
      player.append("<div class=\"item\"><i class=\"icon\"></i><span><em>").append(label)
          .append("</em></span></div>");
    }
    player.append("</div></div>");
    String html = page("《北京影人》5月20日起播出", "<div class=\"content\"><h1>《北京影人》5月20日起播出</h1>"
        + "<p>1905电影网讯 以光影之名，探寻首都文化魅力。5月20日22点起，《中国电影报道》栏目将推出系列访谈节目。</p>"
        + player
        + "<p>于冬、郝戎、尹鸿、孙立军、王晓晖将讲述他们的成长故事和艺术生涯，用电影人的艺术探索构建起中国电影和首都北京的"
        + "发展之路。一起期待吧！</p></div>");
    ExtractionTrace trace = new ExtractionTrace();
    Article a = extract(html, trace).article();
    assertThat(a.text()).startsWith("1905电影网讯").contains("一起期待吧")
        .doesNotContain("倍速", "循环播放", "00:00");
    assertThat(trace.drops()).anySatisfy(d -> assertThat(d.rule()).startsWith("widget or data table"));
  }

  @Test
  void dropsTablesOfFiguresButKeepsTheProseAroundThem() {
    StringBuilder table = new StringBuilder("<table><tr><th>区划</th><th>面积</th><th>人口</th></tr>");
    for (int i = 0; i < 4; i++) {
      table.append("<tr><td>组团").append(i).append("</td><td>").append(100 + i)
          .append("</td><td>").append(45.3 + i).append("</td></tr>");
    }
    table.append("</table>");
    String html = page("新区概况", "<div class=\"article\"><h1>新区概况</h1>"
        + "<p>新区规划范围包括三个县及周边部分区域，起步区面积约一百平方公里，中期发展区面积约二百平方公里。</p>"
        + table
        + "<p>新区定位为非首都功能疏解集中承载地，重点承接高校、医疗机构、企业总部和金融机构等。</p></div>");
    Article a = extract(html, null).article();
    assertThat(a.text()).contains("新区规划范围", "新区定位为").doesNotContain("组团1", "45.3");
  }

  @Test
  void traceExplainsDroppedBlocksAndTheChosenContainer() {
    String html = "<html><head><title>社区送温暖 - 样例网</title></head><body>"
        + "<div class=\"crumbs\">您当前的位置：<a href=\"/\">首页</a></div>"
        + "<h1>社区送温暖</h1><div id=\"zoom\" class=\"text\">"
        + "<p>今年81岁的刘凤梅老人独居，社区工作人员每天上门，帮助老人购买米面油菜，测量体温，陪老人聊天。</p>"
        + "<p>社区还为辖区困难群众送去了防疫物资和生活用品，让大家安心居家。</p>"
        + "<p>分享到：微信 微博</p><div class=\"rel\"><h3>相关新闻</h3><ul><li><a href=\"/1\">社区防疫工作有序推进</a></li>"
        + "<li><a href=\"/2\">志愿者坚守防疫一线</a></li></ul></div></div></body></html>";
    ExtractionTrace trace = new ExtractionTrace();
    ExtractionOutcome out = extract(html, trace);
    assertThat(out.isArticle()).isTrue();
    // the longer paragraph scores best; the body is promoted to the box holding both
    assertThat(trace.body().label()).isEqualTo("div#zoom.text");
    assertThat(trace.promotedFrom().tag()).isEqualTo("p");
    assertThat(trace.body().score()).isPositive();
    assertThat(out.article().text()).contains("刘凤梅", "安心居家");
    assertThat(trace.titleSource()).contains("heading");
    assertThat(trace.drops()).extracting(ExtractionTrace.Drop::rule)
        .anyMatch(r -> r.equals("line marker 分享到"))
        .anyMatch(r -> r.startsWith("block marker 相关新闻") || r.startsWith("link-dense box"));
    assertThat(trace.drops()).allSatisfy(d -> assertThat(d.excerpt().length())
        .isLessThanOrEqualTo(ExtractionTrace.EXCERPT_CHARS + 1));
  }

  @Test
  void takesEveryPostOfAThread() {
    StringBuilder posts = new StringBuilder();
    String[] texts = {
      "问题描述：小区里有好几位独居老人，子女都在外地工作，最近天气转冷，老人们出门买菜、"
          + "取药都很不方便，有一位还摔过一跤。想问问有没有志愿者组织可以定期上门帮忙买菜送药，"
          + "或者社区有没有类似的服务可以申请？需要准备什么材料，费用大概多少？先谢谢大家了。",
      "邻里帮志愿队每周二上门。",
      "谢谢！已经登记了。",
      "区残联也有服务热线。"};
    for (String t : texts) {
      posts.append("<article class=\"Post CommentPost\"><header class=\"Post-header\">"
          + "<a href=\"/u/1\">用户甲</a> <span>3 天前</span></header><div class=\"Post-body\"><p>")
          .append(t).append("</p></div><footer class=\"Post-actions\"><a href=\"#\">回复</a>"
          + "</footer></article>");
    }
    String html = page("有没有上门帮独居老人买菜的志愿者？",
        "<div class=\"Discussion\"><h1>有没有上门帮独居老人买菜的志愿者？</h1>"
        + "<div class=\"PostStream\">" + posts + "</div></div>");
    Article a = extract(html, null).article();
    assertThat(a.text()).contains(texts).doesNotContain("春晓", "首页");
  }

  @Test
  void joinsRepliesThatShareTheClassOfTheTopicText() {
    String html = page("社区食堂值得推广吗",
        "<div class=\"card topic-detail\"><h1>社区食堂值得推广吗</h1><div class=\"card-body markdown\">"
        + "<p>我们街道去年开了社区长者食堂，六十岁以上的老人吃饭有补贴，独居和高龄老人还能送餐上门，"
        + "运营一年来每天接待两百多人次。想听听大家所在的城市有没有类似做法，效果怎么样。</p></div></div>"
        + "<div class=\"card\"><div class=\"card-header\">回复</div><div class=\"items\">"
        + "<div class=\"reply\"><a href=\"/u/2\">居民乙</a><div class=\"markdown\"><p>我们这里也有，"
        + "但是只在工作日中午开放，晚上和周末就没有了，希望能延长时间。</p></div></div>"
        + "<div class=\"reply\"><a href=\"/u/3\">居民丙</a><div class=\"markdown\"><p>值得推广，"
        + "关键是补贴要可持续，不然办一两年就关门了。</p></div></div></div></div>");
    Article a = extract(html, null).article();
    assertThat(a.text()).contains("社区长者食堂", "只在工作日中午开放", "补贴要可持续");
  }

  @Test
  void takesTheAnswerAboveTheBestOneOfAQuestionToo() throws Exception {
    // a zhihu answer page (dev split): a short answer opens the page, a long one scores best,
    // a third follows; all three share the class of their text box
    byte[] html = Fixtures.corpusPage("magic-html-more/044e68e44f3c616b.html");
    Article a = EXTRACTOR.extract(html, "https://www.zhihu.com/question/586816837", null)
        .article();
    assertThat(a.text()).contains("这是确实有震感", "本次地震震中和前俩次比较", "微信群和朋友圈震级较大");
    assertThat(a.text().indexOf("这是确实有震感")).isLessThan(a.text().indexOf("本次地震震中"));
  }

  @Test
  void takesTheRepliesUnderAShortPostButNotUnderANewsArticle() {
    StringBuilder replies = new StringBuilder("<div class=\"comment-component\"><div class=\"comment-header\">"
        + "3条评论</div><div class=\"load-more\">");
    for (String t : new String[] {"社区已经登记了，周二上门。", "谢谢大家！", "我们小区也需要。"}) {
      replies.append("<div class=\"comment\"><a href=\"/u/1\" class=\"nick\">用户甲</a>"
          + "<time>2021-01-01 10:34:38</time><div class=\"comment-content\"><p>").append(t)
          .append("</p></div><div class=\"actions\"><span>点赞</span><span>评论</span></div></div>");
    }
    replies.append("</div></div>");
    String shortPost = page("独居老人买菜难",
        "<div class=\"topic\"><h1>独居老人买菜难</h1><div class=\"topic-content\"><p>楼里几位独居老人出门买菜不便，"
        + "哪里能找到志愿者？</p></div></div>" + replies);
    Article a = extract(shortPost, null).article();
    assertThat(a.text()).contains("哪里能找到志愿者", "社区已经登记了", "谢谢大家", "我们小区也需要")
        .doesNotContain("点赞", "2021-01-01 10:34:38", "3条评论");
    String news = page("社区志愿者为独居老人送菜上门",
        "<div class=\"article\"><h1>社区志愿者为独居老人送菜上门</h1><div class=\"content\">"
        + "<p>近日，气温骤降，某街道组织党员志愿者开展送菜上门活动，为辖区内八十多位独居和高龄老人送去新鲜蔬菜和米面油，"
        + "并逐户了解老人的身体状况和生活需求。</p><p>志愿者表示，将把这项服务坚持下去，每周定期上门，"
        + "同时联系社区医生为行动不便的老人提供上门体检服务，让老人们安心过冬。</p></div></div>"
        + replies);
    assertThat(extract(news, null).article().text()).contains("送菜上门活动")
        .doesNotContain("社区已经登记了", "谢谢大家");
    String forum = news.replace("<div class=\"article\">",
        "<div class=\"bar\"><a href=\"?author=1\">只看楼主</a></div><div class=\"article\">");
    assertThat(extract(forum, null).article().text()).contains("送菜上门活动", "社区已经登记了");
  }

  @Test
  void keepsAOneLinePostAndLeavesOutTheSitesOtherTopics() throws Exception {
    // a real topic page of nanshengbbs.top (dev split): a one-sentence post, then a side box
    // 随机话题 of other topics, each with its likes and comments like a reply
    byte[] html = Fixtures.corpusPage("magic-html-more/60dacbf71199f659.html");
    ExtractionOutcome o = EXTRACTOR.extract(html, "http://nanshengbbs.top/topic/1", null);
    assertThat(o.status()).isEqualTo(ExtractionOutcome.Status.ARTICLE);
    assertThat(o.article().text()).contains("花了1天半的时间买了4个平板，总算是解决了")
        .doesNotContain("大运会场馆分布", "看看匿名发出是什么样式", "喵桑");
    // its replies form a tree (the answer to the first reply sits inside it): both are kept
    assertThat(o.article().text()).contains("花钱就可以解决问题嘛", "有句话叫 有钱能使鬼推磨");
    // a line of 15 characters or more that ends a sentence is kept; shorter, or with no sentence
    // end (a label), it is still no article
    String one = "<html><body><div class=\"content\"><p>%s</p></div></body></html>";
    assertThat(extract(one.formatted("社区食堂明天起为独居老人送餐上门。"), null).status())
        .isEqualTo(ExtractionOutcome.Status.ARTICLE);
    assertThat(extract(one.formatted("图集共十二张。"), null).status())
        .isEqualTo(ExtractionOutcome.Status.NO_MAIN_TEXT);
    assertThat(extract(one.formatted("图集 第一页 共十二张 上一张 下一张 返回列表"), null).status())
        .isEqualTo(ExtractionOutcome.Status.NO_MAIN_TEXT);
  }

  @Test
  void takesATreeOfRepliesButNotTheAuthorLinesOfAListOfTopics() {
    // answers nested inside the comment they answer: one kind of record under different parents
    String tree = "<div class=\"comment-tree\">"
        + "<div class=\"item\"><div class=\"text\">社区已经登记了，周二上门。</div>"
        + "<div class=\"nested\"><div class=\"item\"><div class=\"text\">好的，谢谢社区！</div></div>"
        + "</div></div><div class=\"item\"><div class=\"text\">我们小区也需要，怎么报名？</div></div></div>";
    String topic = page("独居老人买菜难", "<div class=\"topic\"><h1>独居老人买菜难</h1>"
        + "<div class=\"topic-content\"><p>楼里几位独居老人出门买菜不便，哪里能找到志愿者？</p></div></div>"
        + tree);
    assertThat(extract(topic, null).article().text())
        .contains("社区已经登记了", "好的，谢谢社区", "我们小区也需要");
    // a tree of other topics shows only their authors' names: no punctuation, no replies
    StringBuilder list = new StringBuilder("<ul class=\"post-list\">");
    for (String who : new String[] {"xyzlongtoupao", "15836839395zzy",
        "nightbluesky2020", "moonlight_walker"}) {
      list.append("<li><a href=\"/p/1\">另一个话题</a><div class=\"info\"><div class=\"ti_author_time\">")
          .append(who).append("</div></div></li>");
    }
    String withList = page("独居老人买菜难", "<div class=\"topic\"><h1>独居老人买菜难</h1>"
        + "<div class=\"topic-content\"><p>楼里几位独居老人出门买菜不便，哪里能找到志愿者？</p></div></div>"
        + list.append("</ul>"));
    assertThat(extract(withList, null).article().text())
        .doesNotContain("xyzlongtoupao", "15836839395zzy");
  }

  @Test
  void dropsReprintBansAndAppPromptsButKeepsPhotoCredits() {
    String html = page("残联为困难家庭送去冬衣",
        "<div class=\"article\"><h1>残联为困难家庭送去冬衣</h1><div class=\"content\">"
        + "<p>近日，区残联组织志愿者走访辖区困难残疾人家庭，为他们送去冬衣和米面油，并了解家庭的生活情况和康复需求。</p>"
        + "<p>图片来源：东方IC 版权作品 请勿转载</p>"
        + "<p>本文为本网原创文章，未经允许不得转载，如需转载请联系编辑部。</p>"
        + "<p>实时追踪各区救助信息，立即下载本报App：https://example.org/app</p></div></div>");
    Article a = extract(html, null).article();
    assertThat(a.text()).contains("送去冬衣和米面油", "图片来源：东方IC 版权作品 请勿转载")
        .doesNotContain("未经允许不得转载", "立即下载本报App");
  }

  @Test
  void leavesTeasersOfOtherStoriesWithTheirDatesOutOfTheBody() {
    StringBuilder teasers = new StringBuilder("<div id=\"member\"><h4><a href=\"/m\">观察员</a></h4>");
    String[] heads = {"【深度】越南拒用中国5G，原因和后果是什么？", "美国农民警告白宫：再打贸易战，都把我们打没了！",
        "【逸语道破】美企撤离中国？相反，他们的迟疑正在消散。"};
    for (String h : heads) {
      teasers.append("<div class=\"box\"><img src=\"/p.jpg\"><div class=\"t\"><span>").append(h)
          .append("</span><a href=\"/c\">大参考</a></div><span>2019-09-08</span></div>");
    }
    teasers.append("</div>");
    String html = page("社区食堂开到家门口",
        "<div class=\"wrap\"><div class=\"content\"><h1>社区食堂开到家门口</h1>"
        + "<p>近日，某街道的长者食堂正式开业，六十岁以上老人用餐可享受补贴，高龄和独居老人还能预约送餐上门。</p>"
        + "<p>街道负责人介绍，食堂由社区和社会组织共同运营，菜品价格公示，每周调整菜单，并邀请老人代表参与监督。</p>"
        + "<p>下一步，街道还将在另外两个社区增设助餐点，让更多老人在家门口吃上热乎饭。</p>"
        + "</div>" + teasers + "</div>");
    assertThat(extract(html, null).article().text()).contains("长者食堂正式开业", "参与监督")
        .doesNotContain("越南拒用中国5G", "2019-09-08", "大参考");
  }

  @Test
  void neverTakesALongDisclaimerFooterForTheArticle() {
    String html = page("机场恢复转机服务",
        "<div id=\"detail\"><h1>机场恢复转机服务</h1><p>本港疫情反覆，机管局宣布明天起恢复内地旅客来港转机服务，"
        + "为期两个月，但由外地前往内地的相关服务仍暂停。</p><p>有专家担心内地部分地区仍有小规模爆发，促请港府与内地商讨"
        + "如何拦截高风险人士。</p></div><div class=\"foot\"><p>股票及指数资料由财经资讯公司提供。期货指数资料由财经公司提供。"
        + "外汇及黄金报价由通讯社提供。</p><p>本网站的内容概不构成任何投资意见，本网站内容亦并非就任何个别投资者的特定投资目标、"
        + "财务状况及个别需要而编制。投资者不应只按本网站内容进行投资。在作出任何投资决定前，投资者应考虑产品的特点、其本身的"
        + "投资目标、可承受的风险程度及其他因素，并适当地寻求独立的财务及专业意见。</p></div>");
    assertThat(extract(html, null).article().text()).contains("恢复内地旅客来港转机服务")
        .doesNotContain("投资意见");
  }

  @Test
  void takesEveryNumberedPostOfAThreadWhateverPostWins() {
    String[][] posts = {
      {"53961", "我的电脑分辨率调高以后，登录游戏全屏显示有的地方看不到了，调了分辨率也没用，这是什么问题？"},
      {"53963", "只有回去翻下之前的网页浏览记录了，大概半年前调过的，找到那个设置就好了，我当时也是这样解决的。"
          + "另外显卡驱动也要更新到最新版本，不然全屏模式会出问题，更新以后重启一次电脑再试试。"}};
    StringBuilder body = new StringBuilder("<div id=\"postlist\"><h1>游戏全屏问题</h1>");
    for (String[] p : posts) {
      body.append("<div id=\"post_").append(p[0]).append("\"><table id=\"pid").append(p[0])
          .append("\"><tr><td class=\"pls\"><a href=\"/u\">用户").append(p[0])
          .append("</a></td><td class=\"plc\"><div class=\"authi\">发表于 2020-3-1 10:00</div>"
              + "<table><tr><td class=\"t_f\" id=\"postmessage_").append(p[0]).append("\">")
          .append(p[1]).append("</td></tr></table></td></tr></table></div>");
    }
    body.append("</div>");
    Article a = extract(page("游戏全屏问题", body.toString()), null).article();
    assertThat(a.text()).contains("登录游戏全屏显示", "显卡驱动也要更新");
  }

  @Test
  void keepsThePhotoAndCaptionNextToTheBody() {
    String html = page("香港航空往来沖繩航班延至今日出發",
        "<div class=\"item\"><h2>香港航空往来沖繩航班延至今日出發</h2><div class=\"date\">2018-07-02 HKT 12:58</div>"
        + "<div class=\"itemImageContainer\"><img src=\"/p.jpg\"><div>香港航空宣布，昨日延誤的4班往來香港至沖繩航班，"
        + "將改為今日出發。（港台圖片）</div></div>"
        + "<div class=\"itemFullText\">香港航空宣布，昨日受熱帶風暴派比安影響而延誤的4班往來香港至沖繩航班，將改為今日出發。<br>"
        + "受影響的航班包括HX6652、HX6653、HX658、HX659，更改後的航班編號為HX6652D、HX6653D。</div>"
        + "<div class=\"clr\"></div></div>");
    Article a = extract(html, null).article();
    assertThat(a.text()).contains("（港台圖片）", "受影響的航班包括");
  }

  @Test
  void dropsAMailToAFriendFormInsideTheBody() {
    String html = page("林義雄宣布停止禁食",
        "<div id=\"main\"><h1>林義雄宣布停止禁食</h1><div class=\"content\">"
        + "<div class=\"text\"><p>前民進黨主席林義雄今天上午宣布停止禁食，他表示，經過八天的禁食，"
        + "身體狀況已經不容許繼續，但他願意再為台灣奮鬥。</p><p>林義雄的家屬和支持者在現場陪同，"
        + "多位醫師也表示，禁食八天後需要逐步恢復進食，以免身體受到傷害。</p></div>"
        + "<div class=\"forwardTo\"><div class=\"form\"><div class=\"tit\">轉寄</div>"
        + "<p>標題：林義雄宣布停止禁食，願再為台灣奮鬥</p>"
        + "<div>*收件人 Email <input name=\"mailto\" type=\"text\"><br><span>如果要寄多個email，"
        + "請用「;」分開，最多10個email</span></div><div>你的姓名 <input name=\"yname\" type=\"text\"></div>"
        + "<div>*你的 Email <input name=\"mailfrom\" type=\"text\"></div>"
        + "<div>訊息<br><textarea name=\"message\"></textarea></div></div></div></div></div>");
    Article a = extract(html, null).article();
    assertThat(a.text()).contains("身體狀況已經不容許繼續", "逐步恢復進食")
        .doesNotContain("收件人", "你的姓名", "請用「;」分開");
  }

  @Test
  void keepsAReviewWhoseWordsAreMostlyLinks() {
    String[] names = {"张艺谋", "巩俐", "姜文", "陈凯歌", "张国荣", "葛优", "周迅", "黄渤", "王家卫", "梁朝伟"};
    StringBuilder review = new StringBuilder("<div class=\"review\">");
    for (int p = 0; p < 4; p++) {
      review.append("<p>");
      for (int i = 0; i < names.length; i++) {
        review.append("<a href=\"/p/").append(i).append("\">").append(names[i]).append("</a>")
            .append(i % 3 == 2 ? "。" : "，")
            .append("<a href=\"/m/").append(i).append("\">《红高粱》与《霸王别姬》</a>");
      }
      review.append("</p>");
    }
    review.append("</div>");
    String html = page("那些年的好电影", "<h1>那些年的好电影</h1>" + review);
    ExtractionOutcome out = extract(html, null);
    assertThat(out.isArticle()).as(out.reason()).isTrue();
    assertThat(out.article().text()).contains("张艺谋，《红高粱》与《霸王别姬》巩俐")
        .doesNotContain("春晓", "首页");
  }
}
