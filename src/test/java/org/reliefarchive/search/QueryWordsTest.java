package org.reliefarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How SmartCN's words become the words a query searches. */
class QueryWordsTest {
  private static List<String> words(String query) {
    return QueryWords.split(query).stream().map(QueryWords.Word::text).toList();
  }

  @Test
  void unspacedWordsAreSplit() {
    assertThat(words("甘肃残联救助")).containsExactly("甘肃", "残联", "救助");
  }

  @Test
  void singleCharactersSideBySideAreOneWord() {
    assertThat(words("防控")).containsExactly("防控");
  }

  @Test
  void aSingleCharacterSticksToTheWordItTouches() {
    assertThat(words("省残联")).containsExactly("省残联");
    assertThat(words("2020年")).containsExactly("2020年");
    // a prefix goes with the word after it, other characters with the word before
    assertThat(words("疫情期间省残联")).containsExactly("疫情", "期间", "省残联");
    // not across a space
    assertThat(words("省 残联")).containsExactly("省", "残联");
  }

  @Test
  void functionCharactersStandingAloneAreLeftOut() {
    assertThat(words("残联的工作")).containsExactly("残联", "工作");
    assertThat(words("老人和儿童")).containsExactly("老人", "儿童");
    assertThat(words("的")).containsExactly("的");
    // a function character inside a run of single characters is part of a name: 和县
    assertThat(words("和县")).containsExactly("和县");
  }

  @Test
  void traditionalTextIsSplitLikeSimplifiedAndKeepsItsCharacters() {
    assertThat(words("甘肅殘聯救助")).containsExactly("甘肅", "殘聯", "救助");
  }

  @Test
  void eachWordCarriesItsSimplifiedFormOnce() {
    assertThat(QueryWords.split("甘肅殘聯救助")).extracting(QueryWords.Word::simplified)
        .containsExactly("甘肃", "残联", "救助");
  }
}
