package org.reliefarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefarchive.config.ConfigException;

/** The relief-work vocabulary of config/synonyms.txt applied to the words of real queries. */
class QuerySynonymsTest {
  private static final QuerySynonyms CONFIG = QuerySynonyms.load(Path.of("config/synonyms.txt"));

  private static List<QuerySynonyms.Segment> expand(String query) {
    return CONFIG.expand(QueryWords.simplifiedWords(query));
  }

  @Test
  void theConfiguredFileDefinesItsGroups() {
    assertThat(CONFIG.isEmpty()).isFalse();
    assertThat(CONFIG.groups()).isGreaterThanOrEqualTo(20);
  }

  @Test
  void aRunOfSeveralWordsFindsTheOtherWordsOfItsGroup() {
    // 残障人士 is cut into 残障 | 人士; the group entry is cut the same way and matches both
    List<QuerySynonyms.Segment> runs = expand("残障人士 防疫");
    assertThat(runs).hasSize(2);
    assertThat(runs.get(0).from()).isZero();
    assertThat(runs.get(0).to()).isEqualTo(2);
    assertThat(runs.get(0).expansions()).contains("残疾人", "残疾人士").doesNotContain("残障人士");
    assertThat(runs.get(1).expansions()).contains("疫情防控", "抗疫");
  }

  @Test
  void aWordNoGroupNamesStandsForItself() {
    List<QuerySynonyms.Segment> runs = expand("甘肃 口罩");
    assertThat(runs).extracting(QuerySynonyms.Segment::expansions)
        .containsExactly(List.of(), List.of());
  }

  @Test
  void aTraditionalQueryFindsTheSimplifiedGroup() {
    assertThat(expand("醫務人員 家屬").get(0).expansions()).contains("医护人员", "医务工作者");
    assertThat(expand("本港").get(0).expansions()).containsExactly("香港");
  }

  @Test
  void theLongestGroupWins() {
    // 独居老人 is a group of its own; 老人 alone would expand to 老年人 and 长者
    List<QuerySynonyms.Segment> runs = expand("独居老人");
    assertThat(runs).hasSize(1);
    assertThat(runs.get(0).expansions()).contains("空巢老人", "独居长者").doesNotContain("长者");
  }

  @Test
  void aTraditionalEntryIsReadInSimplifiedCharacters() throws Exception {
    QuerySynonyms s = QuerySynonyms.parse("義工, 志願者\n");
    assertThat(s.expand(List.of("志愿者")).get(0).expansions()).containsExactly("义工");
  }

  @Test
  void aOneWayEntryListingTheWordItselfKeepsItTheUsersWord() throws Exception {
    // 救援 => 救援, 搜救: the filter gives 救援 back as a synonym; it stays a run of its own, and
    // the word before it is not drawn into it
    QuerySynonyms s = QuerySynonyms.parse("救援 => 救援, 搜救\n");
    List<QuerySynonyms.Segment> runs = s.expand(List.of("台湾", "救援"));
    assertThat(runs).hasSize(2);
    assertThat(runs.get(0).expansions()).isEmpty();
    assertThat(runs.get(1).from()).isEqualTo(1);
    assertThat(runs.get(1).expansions()).containsExactly("搜救");
    assertThat(expand("台湾 救援")).extracting(QuerySynonyms.Segment::from).containsExactly(0, 1);
    // and a search for 搜救 stays one for searches
    assertThat(expand("搜救").get(0).expansions()).isEmpty();
  }

  @Test
  void aMalformedLineNamesTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("synonyms.txt");
    Files.writeString(file, "# groups\n残疾人, 残障人士\n低保 => \n");
    assertThatThrownBy(() -> QuerySynonyms.load(file))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("Solr synonym format");
  }

  @Test
  void noSynonymsLeavesEveryWordAlone() {
    assertThat(QuerySynonyms.none().expand(List.of("低保", "救助")))
        .extracting(QuerySynonyms.Segment::expansions).containsExactly(List.of(), List.of());
  }
}
