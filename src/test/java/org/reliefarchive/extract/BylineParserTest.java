package org.reliefarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylineParserTest {
  private final BylineParser parser = new BylineParser();

  @Test
  void readsSourceAndEditorFromInfoLine() {
    Byline b = parser.parse("21-11-09 14:04 来源:甘肃残联 编辑:薛敏");
    assertThat(b.source()).isEqualTo("甘肃残联");
    assertThat(b.editor()).isEqualTo("薛敏");
  }

  @Test
  void readsCorrespondentInParentheses() {
    assertThat(parser.parse("(通讯员 漆琳)").correspondent()).isEqualTo("漆琳");
    assertThat(parser.parse("通讯员:党政办、组织办、经社科(民政)").correspondent())
        .isEqualTo("党政办、组织办、经社科(民政)");
  }

  @Test
  void readsAuthorAndTraditionalSource() {
    assertThat(parser.parse("文/圖 丁時偉").author()).isEqualTo("丁時偉");
    assertThat(parser.parse("(來源:中國社會報2020.4.15)").source()).isEqualTo("中國社會報");
    assertThat(parser.parse("來源：中國社會報 | 分類：公益動態").source()).isEqualTo("中國社會報");
  }

  @Test
  void readsALabelAfterTextWithoutOne() {
    Byline b = parser.parse("2024-05-09 14:45 ABC Daily 作者：张三 阅读：12");
    assertThat(b.author()).isEqualTo("张三");
    assertThat(b.source()).isNull();
    assertThat(parser.parse("2024-05-09 14:45 ABC Daily").isEmpty()).isTrue();
  }

  @Test
  void readsClosingParenthesesOfProse() {
    String prose = "连日来，全区各级残联组织深入开展助残日活动，为困难残疾人送去慰问品和慰问金，"
        + "共走访慰问困难残疾人家庭一百二十余户，打赢疫情阻击战!”（通讯员 漆琳） ";
    assertThat(parser.parse(prose).correspondent()).isEqualTo("漆琳");
    assertThat(parser.parse(prose + "全区各级残联组织深入开展助残日活动。").isEmpty()).isTrue();
  }

  @Test
  void readsEditorLines() {
    assertThat(parser.parse("【责任编辑：刘峻凌】").editor()).isEqualTo("刘峻凌");
    assertThat(parser.parse("(责编：胡永秋、杨光宇)").editor()).isEqualTo("胡永秋、杨光宇");
  }

  @Test
  void readsOnlyOpeningParenthesesOfProse() {
    String prose = "本报讯（记者叶婉）近日，“心成长”青少年心理健康服务项目在北京市青年宫正式启动。北京青年报记者了解到，"
        + "该项目将以基层社区、学校、企事业单位等为重点服务领域。";
    assertThat(parser.parse(prose).correspondent()).isEqualTo("叶婉");
    assertThat(parser.parse("记者从市民政局获悉，今年全市新增养老床位三千张，覆盖所有街道和乡镇。这是记者近日了解到的最新情况，各区县正在落实。")
        .isEmpty()).isTrue();
  }
}
