package org.reliefarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The chrome lines of a thread's posts: times, floors, labels and buttons, not replies. */
class BodyLinesTest {

  @Test
  void readsTimesFloorsLabelsAndButtonsAsChrome() {
    assertThat(BodyLines.postChrome("2021-01-01 10:34:38")).isTrue();
    assertThat(BodyLines.postChrome("歪哦釉 | 83 | 1周前")).isTrue();
    assertThat(BodyLines.postChrome("1 点赞 · 0 评论")).isTrue();
    assertThat(BodyLines.postChrome("作者：wowkao111 时间：2017-03-24 20:35:54")).isTrue();
    assertThat(BodyLines.postChrome("发布 #3 2024年5月16日星期四 16点12分")).isTrue();
    assertThat(BodyLines.postChrome("举报 | 分享 | 楼主")).isTrue();
    assertThat(BodyLines.postChrome("wszgrcy 4 小时 55 分钟前 via Android 2")).isTrue();
    assertThat(BodyLines.postChrome("25 条回复 • 2020-04-21 15:38:14 +08:00")).isTrue();
    assertThat(BodyLines.postChrome("7")).isTrue();
    // the time between two posts of a Flarum thread (dev split), on a line of its own
    assertThat(BodyLines.postChrome("9 天 后")).isTrue();
    assertThat(BodyLines.postChrome("1 个月 后")).isTrue();
    // a douban group post header (dev split): the user's tagline in brackets beside the name
    assertThat(BodyLines.postChrome("无所事事的玉子 (真话都不好听我偏要说) 2015-10-27 20:30:02"))
        .isTrue();
  }

  @Test
  void keepsWhatPeopleWrote() {
    assertThat(BodyLines.postChrome("羡慕！！！")).isFalse();
    assertThat(BodyLines.postChrome("元旦快乐")).isFalse();
    assertThat(BodyLines.postChrome("2020")).isFalse();
    assertThat(BodyLines.postChrome("寒冰冽 测试了，可以安装，是免费的。感谢！")).isFalse();
    assertThat(BodyLines.postChrome("我们放一天上一天再放一天，2021-01-01 起开始")).isFalse();
    assertThat(BodyLines.postChrome("社区志愿者每周二上门回复老人的求助")).isFalse();
    assertThat(BodyLines.postChrome("3天后我们去敬老院看望老人")).isFalse();
    // a reply with a time and an aside in brackets stays
    assertThat(BodyLines.postChrome("明天 (周三) 10:30 在社区门口集合领取物资")).isFalse();
  }

  @Test
  void tellsChromeTokensAsTheWholeExpressionDoesOnEveryShortLineOfTheCorpus() {
    int held = 0;
    for (String line : Fixtures.corpusLines()) {
      String text = TextNormalizer.line(line);
      if (text.length() <= 60) {
        boolean expected = BodyLines.CHROME_TOKEN.matcher(text).find();
        assertThat(BodyLines.holdsChromeToken(text)).as(text).isEqualTo(expected);
        held += expected ? 1 : 0;
      }
    }
    assertThat(held).isPositive();
  }

  @Test
  void readsTheLiteralBeginningOfAChromeWord() {
    assertThat(BodyLines.literalStart("发布于?")).isEqualTo("发布");
    assertThat(BodyLines.literalStart("作者[:：]")).isEqualTo("作者");
    assertThat(BodyLines.literalStart("IP属地[:：]?")).isEqualTo("IP属地");
    assertThat(BodyLines.literalStart("回复了此帖")).isEqualTo("回复了此帖");
  }
}
