package org.reliefarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reliefarchive.extract.Article;

class FieldCapsTest {
  private static Article article(String title, String source) {
    return new Article("http://127.0.0.1/a.html", title, null, source, "王芳\u0007", null, null,
        List.of("正文"), "UTF-8");
  }

  @Test
  void stripsControlAndBidiCharactersButKeepsNewlineAndTab() {
    FieldCaps caps = FieldCaps.apply(article("\u001b[31m残联\u202e送温暖\u2066\u0085\u200d\t行动\n",
        "测试网\u202a"));
    assertThat(caps.article().title()).isEqualTo("[31m残联送温暖\u200d\t行动\n");
    assertThat(caps.article().source()).isEqualTo("测试网");
    assertThat(caps.article().editor()).isEqualTo("王芳");
    assertThat(caps.note()).isNull();
  }

  @Test
  void cutsALongTitleAtItsCapAndSaysSo() {
    String title = "救".repeat(100_000);
    FieldCaps caps = FieldCaps.apply(article(title, "来".repeat(150)));
    assertThat(caps.article().title()).hasSize(FieldCaps.MAX_TITLE);
    assertThat(caps.article().source()).hasSize(FieldCaps.MAX_NAME);
    assertThat(caps.note()).isEqualTo("title cut from 100000 to 300 characters; "
        + "source cut from 150 to 100 characters");
  }

  @Test
  void neverCutsASurrogatePairInHalf() {
    String title = "𠀀".repeat(400);
    FieldCaps caps = FieldCaps.apply(article(title, null));
    assertThat(caps.article().title().codePointCount(0, caps.article().title().length()))
        .isEqualTo(FieldCaps.MAX_TITLE);
    assertThat(Character.isHighSurrogate(caps.article().title().charAt(
        caps.article().title().length() - 1))).isFalse();
  }

  @Test
  void cutsAHugeBodyAtItsCapAndSaysSo() {
    List<String> paragraphs = List.of("残联走访困难家庭。".repeat(10_000), "志愿者送去慰问品。".repeat(10_000));
    Article a = new Article("http://127.0.0.1/a.html", "标题", null, null, null, null, null,
        paragraphs, "UTF-8");
    FieldCaps caps = FieldCaps.apply(a);
    assertThat(caps.article().paragraphs().stream().mapToInt(String::length).sum())
        .isEqualTo(FieldCaps.MAX_BODY);
    assertThat(caps.article().paragraphs().get(0)).isEqualTo(paragraphs.get(0));
    assertThat(caps.note()).isEqualTo("body cut from 180000 to 100000 characters");
    assertThat(FieldCaps.apply(article("标题", null)).article().paragraphs())
        .containsExactly("正文");
  }
}
