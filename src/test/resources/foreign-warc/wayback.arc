filedesc://wayback.arc 0.0.0.0 20191201000000 text/plain 76
1 0 InternetArchive
URL IP-address Archive-date Content-type Archive-length

http://news.example.cn/system/2019/12/01/020001111.shtml 192.0.2.7 20191201080000 text/html 15672
HTTP/1.1 200 OK
Content-Type: text/html; charset=UTF-8

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>冲锋在前勇担当,恪尽职守做表率! 永平街广大党员干部坚持不懈奋战疫情_工作动态_白云区永平街道办事处（样例）</title>
<meta name="SiteName" content="白云区永平街道办事处（样例）" />
<meta name="ArticleTitle" content="冲锋在前勇担当,恪尽职守做表率! 永平街广大党员干部坚持不懈奋战疫情" />
<meta name="PubDate" content="2020-04-06 21:05" />
<meta name="ContentSource" content="白云区永平街道办事处" />
</head>
<body>
<div class="gov-top"><div class="w1000"><span>广州市白云区人民政府门户网站群（样例）</span><span class="tools"><a href="javascript:;">无障碍</a> | <a href="javascript:;">长者模式</a> | <a href="javascript:;">繁體</a></span></div></div>
<div class="gov-banner"><div class="w1000"><a href="/"><img src="/uploads/ypjd/banner.jpg" alt="白云区永平街道办事处（样例）" /></a><h1 class="site-name">白云区永平街道办事处（样例）</h1></div></div>
<div class="gov-nav"><ul class="w1000"><li><a href="/">首页</a></li><li><a href="/ypjd/gzdt/index.html">工作动态</a></li><li><a href="/ypjd/mszx/index.html">民生资讯</a></li><li><a href="/">政务公开</a></li><li><a href="/">办事服务</a></li><li><a href="/">互动交流</a></li></ul></div>
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" class="main-table">
<tr><td class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/ypjd/gzdt/index.html">工作动态</a> &gt; 正文</td></tr>
<tr><td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="content-table">
<tr><td class="content-title" align="center"><h2>冲锋在前勇担当,恪尽职守做表率! 永平街广大党员干部坚持不懈奋战疫情</h2></td></tr>
<tr><td class="content-info" align="center">发布时间：2020-04-06 21:05:37&nbsp;&nbsp;&nbsp;来源：白云区永平街道办事处&nbsp;&nbsp;&nbsp;字号：<a href="javascript:;">【大</a> <a href="javascript:;">中</a> <a href="javascript:;">小】</a>&nbsp;&nbsp;&nbsp;<a href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭】</a></td></tr>
<tr><td class="content-body" id="zoomcon"><div class="TRS_Editor">
<p style="text-indent: 2em;">在疫情防控这个特殊“战场”上,永平街广大党员干部纷纷挺身而出、主动请缨,以坚定的信心和昂扬的状态投入战斗,动人的故事一幕幕上演,鲜红的党旗在疫情防控一线高高飘扬。</p>
<p style="text-align: center;"><strong><span style="color: rgb(192, 0, 0);">暖心守护“疫”路同行</span></strong></p>
<p style="text-align: center;"><img src="/uploads/ypjd/2020/0406/01.jpg" border="0" /></p>
<p style="text-indent: 2em;">疫情无情,人间有爱。疫情防控阻击战打响以来,永平街党工委联合白云恒福党支部,链接辖内资源,积极搭建公益服务平台,开展了系列公益关爱活动,为奋战在抗疫一线的医务工作人员、社区防疫工作人员、环卫工人、医护家属和独居老人送去温暖和力量。</p>
<p style="text-indent: 2em;">在永平街经社科(民政)的指导下,22个社区积极发挥社会组织服务职能,开通 “广州社工红棉守护热线”,投入接线员80人次,提供服务640小时。同时,主动通过网络、微信、电话或上门走访等方式,加强与辖内特困、低保和困境儿童家庭、独居长者、医护人员及其家属等特殊群体的沟通联系,及时了解他们的基本生活保障、心理情绪、疫情防控等情况。</p>
<p style="text-indent: 2em;">截至目前,电访服务1014人次,入探访服务395人次,微信沟通214人次,为86户困难家庭、独居长者链接口罩、生活物资、生活照料等资源,提供心理支持、应急救助等服务。</p>
<p style="text-align: center;"><img src="/uploads/ypjd/2020/0406/02.jpg" border="0" /></p>
<p style="text-align: center;"><span style="font-size: 14px;">▲为医护人员送上暖心话费包</span></p>
<p style="text-align: center;"><img src="/uploads/ypjd/2020/0406/03.jpg" border="0" /></p>
<p style="text-align: center;"><span style="font-size: 14px;">▲为困境长者送上防疫暖心包</span></p>
<p style="text-indent: 2em;">“来啦,稍等一下。”65岁的杜叔带着满脸的笑容走出门来迎接慰问人员。杜叔是永平街孤寡独居老人,疫情给杜叔的生活带来诸多不便。今天,党员、社工代表给杜叔带来了口罩、免洗手消毒液、蔬菜、鸡蛋、米等慰问物资让杜叔倍感温暖。</p>
<p style="text-indent: 2em;">“感谢街道领导,感谢社工站,感谢你们总是想着我这个老人家,我真的很感动!”杜叔脸上满面笑容地说道。</p>
<p style="text-align: center;"><img src="/uploads/ypjd/2020/0406/04.jpg" border="0" /></p>
<p style="text-align: center;"><span style="font-size: 14px;">▲为困境儿童家庭送上爱心学习包、平板学习机</span></p>
<p style="text-indent: 2em;">张同学一家是低保户,正在就读初中的他家里还有一个患有自闭症的弟弟,一家生活困难。妈妈平常一边工作,一边料理家务照顾孩子的生活及学习。</p>
<p style="text-indent: 2em;">疫情发生以来,张同学一家生活也受到不少的影响。每日一问候,是社工疫情期间的重点工作。在定期电访张妈妈的过程中,社工站了解到张妈妈正为女儿上网课的事情发愁,原来由于家庭的网络不顺畅,手机陈旧破损的情况下,张同学上网课的过程经常断断续续,非常不利于网课学习的开展。于是社工站积极链接社会资源,不但为张同学一家送上防疫暖心包,还为张同学链接到学习平板以及上网卡,为张同学在疫情下的学习保驾护航。张同学和妈妈连声道谢。</p>
<p style="text-align: center;"><strong><span style="color: rgb(192, 0, 0);">实干精神筑牢疫情防控线</span></strong></p>
<p style="text-align: center;"><img src="/uploads/ypjd/2020/0406/05.jpg" border="0" /></p>
<p style="text-indent: 2em;">“防控物资采购回来啦,大家快来领取吧!”永泰联社党建办徐煜竣说道。已经数不清这是第几回为大家发放防控物资了,只要物资一到,徐煜竣就会迅速安排调配到各个防疫片区,绝不允许在自己手中有半点耽搁。疫情防控期间,徐煜竣四处打听口罩、体温枪、消毒酒精等货源供应消息,经常连夜驱车前往采购,用自己的实干为永泰一线的“战士”们筑起有力的防线。</p>
<p style="text-align: center;"><img src="/uploads/ypjd/2020/0406/06.jpg" border="0" /></p>
<p style="text-indent: 2em;">每天他穿着红马甲来往于联社和各经济社,发放物资、卡口值班、张贴疫情防控海报、宣传防控知识......看到宣传海报被雨淋湿了,有些还脱落掉在地上,他会马上找来新的进行更换。一丝不苟、严谨细致是他一贯的工作态度。此外,徐煜焌还要负责统计防控数据、汇总材料,经常加班加点到晚上八九点,周末无休至今已两月逾。</p>
<p style="text-indent: 2em;">他说:“疫情当前,冲在一线是我们这一代青年人的使命担当!”</p>
<p style="text-align: center;"><img src="/uploads/ypjd/2020/0406/07.jpg" border="0" /></p>
<p style="text-align: center;"><strong><span style="color: rgb(192, 0, 0);">疫情不结束,防控不止步</span></strong></p>
<p style="text-indent: 2em;">东平联社横三经济社面积约30万平方米,由宋屋村、横岗、官路村三个片区组成,常住人口约6000人,是典型的“点多、面宽、居住散”的辖区。为抓好疫情防控工作,横三经济社成立了由“两委”干部和党员组成的横三经济社疫情防控党员突击队</p>
<p style="text-indent: 2em;">连续两个多月来,党员突击队24小时不间断开展防疫工作,横三经济社体温监测点实现了出入“全监管”,进村人员体温“全监测”,返穗人员信息“全登记”,疫情防控宣传“全覆盖”,复工复产“全跟踪”,保障了疫情防控与复工复产“两手抓、两不误”。</p>
<p style="text-align: center;"><strong><span style="color: rgb(192, 0, 0);">坚定战疫信心,守护居民平安</span></strong></p>
<p style="text-align: center;"><img src="/uploads/ypjd/2020/0406/08.jpg" border="0" /></p>
<p style="text-indent: 2em;">“作为一名为社区服务的党员,在居民群众最需要的时候,我们要发挥主心骨作用,用心、用情、用力保护人民群众的生命健康安全。有需要随时找我!” 永平街颐和山庄社区党支部党员马结莲在防控一线说道。</p>
<p style="text-align: center;"><img src="/uploads/ypjd/2020/0406/09.jpg" border="0" /></p>
<p style="text-indent: 2em;">疫情防控工作开展以来,每天都可以看见马结莲身穿红马甲、佩戴党徽、臂戴红袖章奔走忙碌在小区的身影。派发防疫宣传资料、劝导居民不聚集、进行人员排查登记、指导居民登记平安码......连续两个多月来,马结莲坚持抗疫不松劲,耐心做好每一件细节小事。</p>
<p style="text-align: center;"><img src="/uploads/ypjd/2020/0406/10.jpg" border="0" /></p>
<p style="text-align: center;"><span style="font-size: 14px;">马结莲(左二)</span></p>
<p style="text-indent: 2em;">马结莲积极参与社区“三人小组”,上门为隔离人员落实“八个一”管控和开展人文关怀,并耐心地向解居家隔离人员讲解注意事项。每当问及会不会有顾虑和担忧时,她总是坚定地回答:“打赢这场没有硝烟的战役,每个人都有责任。作为一名社区党员能贡献自己的一份力量,我感到很光荣!”</p>
<p style="text-indent: 2em;">春已至,花始开。</p>
<p style="text-indent: 2em;">我们已经在守望相助、互勉互励中看到了胜利的曙光!相信在党中央的坚强领导下,全国人民众志成城、同舟共济,一定能打赢疫情防控的人民战争、总体战、阻击战!</p>
<p style="text-align: right;">通讯员:党政办、组织办、经社科(民政)</p>
<p style="text-align: right;">永泰联社党委、东平联社党委</p>
</div></td></tr>
<tr><td class="content-share">分享到：<a href="javascript:;" class="share-wx">微信</a> <a href="javascript:;" class="share-wb">微博</a> <a href="javascript:;" class="share-qq">QQ空间</a></td></tr>
<tr><td class="content-prevnext">上一篇：无<br />下一篇：<a href="/ypjd/gzdt/content/post_9600101.html">巴以冲突，困住中国外贸人_凤凰网</a></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="related-table">
<tr><td class="rel-title">相关新闻</td></tr>
<tr><td class="rel-item">·<a href="/ypjd/gzdt/content/post_9600101.html" target="_blank">巴以冲突，困住中国外贸人_凤凰网</a></td></tr>
<tr><td class="rel-item">·<a href="/ypjd/gzdt/content/post_9600108.html" target="_blank">人民币中间价创逾五年新低 做市商称符合预期|金融改革|黄益平|离岸人民币_新浪财经_新浪网</a></td></tr>
<tr><td class="rel-item">·<a href="/ypjd/gzdt/content/post_9600115.html" target="_blank">李强在新疆调研时强调 彰显特色优势 提高开放水平 在高质量发展中增进民生福祉促进长治久安-新华网</a></td></tr>
<tr><td class="rel-item">·<a href="/ypjd/gzdt/content/post_9600122.html" target="_blank">在新时代中部地区崛起中争先出彩（推动高质量发展·权威发布）--经济·科技--人民网</a></td></tr>
<tr><td class="rel-item">·<a href="/ypjd/gzdt/content/post_9600129.html" target="_blank">新华全媒+丨积极因素不断增多 “质升量稳”动能增强-前4个月我国外贸向好态势进一步巩固-今日头条</a></td></tr>
<tr><td class="rel-item">·<a href="/ypjd/gzdt/content/post_9600136.html" target="_blank">城市有轨电车之困：一边争相上马，一边接连叫停|有轨电车|珠海市|轨道交通_新浪新闻</a></td></tr>
</table>
</td>
<td width="260" valign="top" class="side">
<div class="side-box"><div class="side-hd">关注我们</div><p><img src="/uploads/ypjd/qrcode.png" alt="" /></p><p>“白云永平”微信公众号</p><p>“永平街”政务微博</p></div>
<div class="side-box"><div class="side-hd">热点排行</div><ol class="hot">
<li><span class="num">1</span><a href="/ypjd/gzdt/content/post_9600143.html" title="经济日报评论员：再驳“中国新能源产能过剩论”_腾讯新闻">经济日报评论员：再驳“中国新能源产能</a></li>
<li><span class="num">2</span><a href="/ypjd/gzdt/content/post_9600150.html" title="中法经贸合作广度深度不断拓展_中国_法国_全球">中法经贸合作广度深度不断拓展_中国_</a></li>
<li><span class="num">3</span><a href="/ypjd/gzdt/content/post_9600157.html" title="维护全人类共同利益需联手抵制保护主义 _光明网">维护全人类共同利益需联手抵制保护主义</a></li>
<li><span class="num">4</span><a href="/ypjd/mszx/content/post_9600164.html" title="37岁丁俊晖身价过亿，住英国富人区，43岁妻子身材傲人，家世显赫_【快资讯】">37岁丁俊晖身价过亿，住英国富人区，</a></li>
<li><span class="num">5</span><a href="/ypjd/mszx/content/post_9600171.html" title="租户将车停自家院子要交“资源占用费”？村民打“12345”讨说法|停车位|停车费|物业管理_网易订阅">租户将车停自家院子要交“资源占用费”</a></li>
<li><span class="num">6</span><a href="/ypjd/mszx/content/post_9600178.html" title="以战时内阁审查重启停火谈判提案_新闻频道_中国青年网">以战时内阁审查重启停火谈判提案_新闻</a></li>
<li><span class="num">7</span><a href="/ypjd/mszx/content/post_9600185.html" title="北京：古北水镇“光之城”文旅融合系列IP推出_中国网">北京：古北水镇“光之城”文旅融合系列</a></li>
<li><span class="num">8</span><a href="/ypjd/mszx/content/post_9600192.html" title="政能亮丨“稳经济”需要跑出“加速度”凤凰网评论_凤凰网">政能亮丨“稳经济”需要跑出“加速度”</a></li>
</ol></div>
</td></tr>
<tr><td colspan="2" class="copyright-line">版权声明：本网站所载文字、图片等信息，未经授权不得转载；转载请注明来源“白云区永平街道办事处网站”。</td></tr>
</table>
<div class="gov-footer"><table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr>
<td width="90"><img src="/uploads/ypjd/dzjg.png" alt="党政机关" /></td>
<td class="ft-text">
<p><a href="/">网站地图</a> | <a href="/">联系我们</a> | <a href="/">使用帮助</a> | <a href="/">隐私声明</a></p>
<p>主办单位：广州市白云区永平街道办事处（样例）&nbsp;&nbsp;承办：永平街党政综合办公室（样例）</p>
<p>地址：广州市白云区（样例地址）&nbsp;&nbsp;邮编：510000&nbsp;&nbsp;网站标识码：0000000000（样例）</p>
<p>粤ICP备00000000号（样例）&nbsp;&nbsp;粤公网安备 00000000000000号（样例）</p>
</td><td width="110"><img src="/uploads/ypjd/jiucuo.png" alt="政府网站找错" /></td></tr></table></div>
</body>
</html>

