package org.reliefarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void everyLabelExistsInBothLanguages() {
    assertThat(Messages.ENGLISH.keys()).containsExactlyInAnyOrderElementsOf(Messages.ZH_CN.keys());
  }

  @Test
  void langParameterChoosesTheTableAndDefaultsToChinese() {
    assertThat(Messages.forLang("en")).isSameAs(Messages.ENGLISH);
    assertThat(Messages.forLang(" EN ")).isSameAs(Messages.ENGLISH);
    assertThat(Messages.forLang(null)).isSameAs(Messages.ZH_CN);
    assertThat(Messages.forLang("fr")).isSameAs(Messages.ZH_CN);
  }

  @Test
  void placeholdersAreFilled() {
    assertThat(Messages.ZH_CN.t("page.of", 2, 5)).isEqualTo("第 2 / 5 页");
    assertThat(Messages.ENGLISH.t("page.of", 2, 5)).isEqualTo("Page 2 of 5");
  }
}
