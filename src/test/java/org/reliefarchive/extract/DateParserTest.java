package org.reliefarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DateParserTest {

  private static OffsetDateTime text(String s) {
    DateParser.Found f = DateParser.firstIn(s);
    return f == null ? null : f.value();
  }

  @Test
  void readsPortalDateForms() {
    assertThat(text("2020-04-06 21:05:37")).isEqualTo(OffsetDateTime.parse("2020-04-06T21:05:37+08:00"));
    assertThat(text("21-11-09 14:04 来源:甘肃残联")).isEqualTo(OffsetDateTime.parse("2021-11-09T14:04+08:00"));
    assertThat(text("2020年4月6日")).isEqualTo(OffsetDateTime.parse("2020-04-06T00:00+08:00"));
    assertThat(text("(來源:中國社會報2020.4.15)")).isEqualTo(OffsetDateTime.parse("2020-04-15T00:00+08:00"));
    assertThat(text("发布时间：2024年05月10日 09时30分")).isEqualTo(OffsetDateTime.parse("2024-05-10T09:30+08:00"));
  }

  @Test
  void readsEnglishMonthNamesOfBlogTemplates() {
    assertThat(text("Dec 28 Sat 2013 00:28")).isEqualTo(OffsetDateTime.parse("2013-12-28T00:28+08:00"));
    assertThat(text("Posted on December 3, 2019")).isEqualTo(OffsetDateTime.parse("2019-12-03T00:00+08:00"));
    assertThat(text("28 Feb 2023, 10:05")).isEqualTo(OffsetDateTime.parse("2023-02-28T10:05+08:00"));
    assertThat(text("You may 12 2013 dollars")).isNull();
    assertThat(text("Feb 30 2023")).isNull();
  }

  @Test
  void readsADateAfterNumbersThatAreNone() {
    assertThat(text("阅读 12 次 | 评论 35 条 | 2019-07-08 10:20"))
        .isEqualTo(OffsetDateTime.parse("2019-07-08T10:20+08:00"));
    assertThat(text("Views 1024 · Comments 33 · Dec 28 Sat 2013 00:28"))
        .isEqualTo(OffsetDateTime.parse("2013-12-28T00:28+08:00"));
    assertThat(text("第1版 共3版 Dec 28")).isNull();
    assertThat(text("没有日期的一行")).isNull();
  }

  @Test
  void ignoresNumbersThatAreNoDates() {
    assertThat(text("版本 10.5.3 发布")).isNull();
    assertThat(text("电话 0931-8888-1234")).isNull();
    assertThat(text("2020-13-45")).isNull();
  }

  @Test
  void readsMachineDates() {
    assertThat(DateParser.machine("2024-05-22T00:21:04.000Z"))
        .isEqualTo(OffsetDateTime.parse("2024-05-22T08:21:04+08:00"));
    assertThat(DateParser.machine("2023-11-17T20:52:15+0800"))
        .isEqualTo(OffsetDateTime.parse("2023-11-17T20:52:15+08:00"));
    assertThat(DateParser.machine("2023-11-17 20:52")).isEqualTo(OffsetDateTime.parse("2023-11-17T20:52+08:00"));
  }

  @Test
  void readsDatesInUrlPaths() {
    assertThat(DateParser.inUrl("http://www.gscn.com.cn/system/2021/11/09/030456789.shtml"))
        .isEqualTo(OffsetDateTime.parse("2021-11-09T00:00+08:00"));
    assertThat(DateParser.inUrl("http://www.kepu.gov.cn/politics/2023-12/01/content_1755244.html"))
        .isEqualTo(OffsetDateTime.parse("2023-12-01T00:00+08:00"));
    assertThat(DateParser.inUrl("https://news.youth.cn/gn/202405/t20240513_15249693.htm"))
        .isEqualTo(OffsetDateTime.parse("2024-05-13T00:00+08:00"));
    assertThat(DateParser.inUrl("https://news.example.cn/c_1125597921.htm")).isNull();
  }
}
