package org.reliefarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.enrich.ReportTags;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;

/**
 * Synonyms and graded matching over the five seed reports (甘肃残联, 齿轮厂社区, 永平街, 醴陵民政 in
 * 繁體, 成都妇联 in 繁體), searched with the vocabulary of config/synonyms.txt.
 */
class GradedSearchTest {
  private static final QuerySynonyms SYNONYMS =
      QuerySynonyms.load(Path.of("config/synonyms.txt"));
  private Directory dir;
  private ReportIndex index;
  private ReportSearcher searcher;
  private ReportSearcher plain;

  @BeforeEach
  void indexSeeds() throws IOException {
    dir = new ByteBuffersDirectory();
    index = ReportIndex.openWritable(dir, new IndexSchema(), new IndexConfig("x", 16, 30));
    SeedReports.index(index, (x, home) -> new ReportTags(List.of(), null,
        x.text().contains("残联") ? List.of("残联") : List.of(), List.of(), List.of(),
        List.of()));
    index.commit();
    searcher = new ReportSearcher(index, SYNONYMS);
    plain = new ReportSearcher(index);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
    dir.close();
  }

  private static List<String> seeds(SearchResult r) {
    return r.hits().stream().map(h -> h.url().substring("http://seed/".length(),
        "http://seed/".length() + 3)).toList();
  }

  @Test
  void aSynonymFindsTheReportThatUsesTheOtherWord() {
    // the 成都妇联 report says 醫務工作者 … 家屬 … 慰問, never 医护人员
    SearchResult without = plain.search(SearchRequest.of("医护人员 家属 慰问", 10));
    SearchResult with = searcher.search(SearchRequest.of("医护人员 家属 慰问", 10));
    assertThat(seeds(without).subList(0, (int) without.total())).doesNotContain("004");
    assertThat(seeds(with).subList(0, (int) with.total())).contains("004");
  }

  @Test
  void theMedicalAndTheCommonNamesOfADisabilityFindEachOther() {
    // the 永平街 report helps a family whose son has 自闭症 (the common word); 孤独症 is the
    // mainland medical term, and 社会工作者 the full form of the 社工 it names
    assertThat(plain.search(SearchRequest.of("孤独症", 10)).total()).isZero();
    assertThat(seeds(searcher.search(SearchRequest.of("孤独症", 10)))).containsExactly("002");
    // the others name 社工 or hardly a word of the query: partial matches, below the one
    SearchResult r = searcher.search(SearchRequest.of("社会工作者 孤独症", 10));
    assertThat(seeds(r)).startsWith("002");
    assertThat(r.hits()).extracting(SearchHit::match)
        .containsOnlyOnce(SearchHit.FULL).startsWith(SearchHit.FULL);
  }

  @Test
  void anOlderWordFindsTheCommonOneButNotTheOtherWayRound() {
    // no seed says 救济, the older word for relief; the 醴陵 report's 救助 of children in need is
    // what it asks for. 救济 is also a legal remedy, so a search for 救助 does not look for it
    assertThat(plain.search(SearchRequest.of("救济 儿童", 10)).total()).isZero();
    SearchResult r = searcher.search(SearchRequest.of("救济 儿童", 10));
    assertThat(seeds(r)).startsWith("003");
    // 儿童 has a group of its own (少年儿童, 未成年人); 救济 finds 救助 one way
    assertThat(r.alsoSearched()).isEqualTo(Map.of("救济", List.of("救助"),
        "儿童", List.of("少年儿童", "未成年人")));
    assertThat(searcher.search(SearchRequest.of("救助", 10)).alsoSearched()).isEmpty();
  }

  @Test
  void aPaymentIsFoundUnderItsOtherNames() {
    // the 甘肃残联 report pays 生活补助 to disabled old people; 补贴 and 津贴 name the same payment
    assertThat(plain.search(SearchRequest.of("残疾 津贴", 10)).total()).isZero();
    SearchResult r = searcher.search(SearchRequest.of("残疾 津贴", 10));
    assertThat(seeds(r)).startsWith("000");
    assertThat(r.hits().get(0).match()).isEqualTo(SearchHit.FULL);
  }

  @Test
  void theResultSaysWhatEachExpandedWordWasAlsoSearchedAs() {
    assertThat(searcher.search(SearchRequest.of("社工 孤独症 疫情", 10)).alsoSearched())
        .containsExactly(Map.entry("社工", List.of("社会工作者")),
            Map.entry("孤独症", List.of("自闭症")));
    assertThat(searcher.search(SearchRequest.of("\"孤独症\"", 10)).alsoSearched()).isEmpty();
    assertThat(plain.search(SearchRequest.of("孤独症", 10)).alsoSearched()).isEmpty();
    // a one-way entry lists what the word stands for, never the word itself
    assertThat(searcher.search(SearchRequest.of("救援", 10)).alsoSearched())
        .containsExactly(Map.entry("救援", List.of("搜救", "营救")));
  }

  @Test
  void theUsersOwnWordPutsFirstTheReportSayingAsMuchInIt() {
    // 残障人士 is in the 齿轮厂社区 report only; the 甘肃残联 report says 残疾人 throughout. Alone,
    // the word puts the report using it first; the own-word bonus is about one mention, not a
    // tier, so with 防疫, which the 甘肃残联 report is about, the report built around the
    // synonym comes first (it is graded 2 for 残障人士 防疫, the 齿轮厂社区 one 1)
    SearchResult alone = searcher.search(SearchRequest.of("残障人士", 10));
    assertThat(seeds(alone)).containsExactly("001", "000");
    SearchResult r = searcher.search(SearchRequest.of("残障人士 防疫", 10));
    assertThat(seeds(r)).startsWith("000", "001");
    assertThat(r.hits()).extracting(SearchHit::match).startsWith(SearchHit.FULL, SearchHit.FULL);
  }

  @Test
  void scoresShownAreTextScoresWithoutTheConstantsThatOrderMatchLevels() {
    // full matches holding the user's own words and partial matches each carry thousands
    // in their ranking score; what a hit shows is what its text scored
    for (String query : List.of("残障人士 防疫", "永平街 独居老人 残联")) {
      SearchResult r = searcher.search(SearchRequest.of(query, 10));
      assertThat(r.hits()).as(query).isNotEmpty().allSatisfy(h -> assertThat(h.score())
          .isPositive().isLessThan(GradedQuery.PER_PART));
    }
    // a query without synonyms or partial matches shows its scores unchanged
    SearchResult same = searcher.search(SearchRequest.of("永平街", 10));
    SearchResult plainScores = plain.search(SearchRequest.of("永平街", 10));
    assertThat(same.hits().get(0).score()).isEqualTo(plainScores.hits().get(0).score());
  }

  @Test
  void passagesHoldingEveryWordAddToTheScoreButDecideNoMatch() {
    // written apart (+志愿者 +疫情) the words are two clauses and no passage is looked for
    SearchResult together = searcher.search(SearchRequest.of("志愿者 疫情", 10));
    SearchResult apart = searcher.search(SearchRequest.of("+志愿者 +疫情", 10));
    assertThat(together.total()).isPositive().isEqualTo(apart.total());
    assertThat(seeds(together)).containsExactlyInAnyOrderElementsOf(seeds(apart));
    assertThat(together.hits().get(0).score()).isGreaterThan(apart.hits().stream()
        .filter(h -> h.url().equals(together.hits().get(0).url())).findFirst().orElseThrow()
        .score());
  }

  @Test
  void aQuotedPhraseIsNotExpanded() {
    assertThat(seeds(searcher.search(SearchRequest.of("\"残障人士\"", 10))))
        .containsExactly("001");
  }

  @Test
  void aShortPageIsFilledWithReportsMissingOneWordMarkedAndRankedBelow() {
    // 永平街 is only in the 永平街 report, which never names a 残联
    SearchResult r = searcher.search(SearchRequest.of("永平街 独居老人 残联", 10));
    assertThat(r.total()).isZero();
    assertThat(r.partial()).isPositive();
    assertThat(r.hits()).isNotEmpty().allMatch(SearchHit::partial);
    // missing one word before missing two
    assertThat(r.hits().get(0).missing()).hasSize(1);
    assertThat(r.hits()).extracting(h -> h.missing().size()).isSorted();
    SearchHit yongping = r.hits().stream().filter(h -> h.url().contains("002")).findFirst()
        .orElseThrow();
    assertThat(yongping.missing()).containsExactly("残联");
  }

  @Test
  void fullMatchesComeFirstAndPartialOnesFillTheRest() {
    SearchResult r = searcher.search(SearchRequest.of("兰州 残联", 10));
    assertThat(r.total()).isEqualTo(1);
    assertThat(r.hits().get(0).match()).isEqualTo(SearchHit.FULL);
    assertThat(seeds(r).get(0)).isEqualTo("000");
    assertThat(r.hits().subList(1, r.hits().size())).isNotEmpty().allMatch(SearchHit::partial)
        .allSatisfy(h -> assertThat(h.missing()).containsAnyOf("兰州", "残联"));
  }

  @Test
  void facetCountsDescribeFullMatchesUnlessTheRelaxedSetIsAsked() {
    SearchRequest strict = new SearchRequest("兰州 残联", Map.of(), null, 1, 10, null, null,
        false);
    SearchRequest relaxed = new SearchRequest("兰州 残联", Map.of(), null, 1, 10, null, null,
        true);
    SearchResult s = searcher.search(strict);
    SearchResult x = searcher.search(relaxed);
    assertThat(count(s, IndexSchema.PORTAL, "p")).isEqualTo(1);
    assertThat(x.relaxed()).isTrue();
    assertThat(x.total()).isGreaterThan(s.total()).isEqualTo(s.total() + x.partial());
    assertThat(count(x, IndexSchema.PORTAL, "p")).isEqualTo(x.total()).isGreaterThan(1);
    // ranked: the full match first, every hit marked
    assertThat(x.hits().get(0).match()).isEqualTo(SearchHit.FULL);
    assertThat(x.hits().subList(1, x.hits().size())).allMatch(SearchHit::partial);
  }

  @Test
  void aPageFullOfFullMatchesHasNoPartialOnes() {
    SearchResult r = searcher.search(SearchRequest.of("疫情 防控", 3));
    assertThat(r.total()).isGreaterThanOrEqualTo(3);
    assertThat(r.hits()).hasSize(3).noneMatch(SearchHit::partial);
  }

  @Test
  void excludedWordsStayExcludedFromPartialMatches() {
    SearchResult r = searcher.search(SearchRequest.of("兰州 残联 -醴陵", 10));
    assertThat(seeds(r)).doesNotContain("003");
  }

  @Test
  void aQueryWithAlternativesIsNotRelaxed() {
    SearchResult r = searcher.search(SearchRequest.of("兰州 OR 火星", 10));
    assertThat(r.hits()).noneMatch(SearchHit::partial);
  }

  private static long count(SearchResult r, String dim, String value) {
    return r.facets().getOrDefault(dim, List.of()).stream()
        .filter(v -> v.value().equals(value)).mapToLong(FacetValue::count).sum();
  }
}
