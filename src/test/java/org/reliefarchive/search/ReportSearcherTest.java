package org.reliefarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefarchive.Corpus;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.enrich.ArticleEnricher;
import org.reliefarchive.enrich.CanonicalUrl;
import org.reliefarchive.enrich.ReportTags;
import org.reliefarchive.enrich.TraditionalToSimplified;
import org.reliefarchive.extract.Article;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;

/** Search over a small real index of the seed report texts. */
class ReportSearcherTest {
  private Directory dir;
  private ReportIndex index;
  private ReportSearcher searcher;

  @BeforeEach
  void indexSeeds() throws IOException {
    dir = new ByteBuffersDirectory();
    index = ReportIndex.openWritable(dir, new IndexSchema(), new IndexConfig("x", 16, 30));
    add("000_5a266c807a20fc24", "gansu", "http://a/1", OffsetDateTime.parse("2021-11-09T14:04+08:00"));
    add("001_7588debbf427a884", "gansu", "http://a/2", OffsetDateTime.parse("2020-03-15T10:13+08:00"));
    add("002_6dd55b3d006b9103", "gzgov", "http://b/1", OffsetDateTime.parse("2020-04-06T21:05:37+08:00"));
    add("004_5e6e1b889cb9728c", "tw", "http://c/1", null);
    // a reprint of the Gansu report on another portal, in traditional script
    add("000_5a266c807a20fc24", "tw", "http://c/2", OffsetDateTime.parse("2021-11-10T09:00+08:00"),
        true);
    index.commit();
    searcher = new ReportSearcher(index);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
    dir.close();
  }

  private void add(String seed, String portal, String url, OffsetDateTime published)
      throws IOException {
    add(seed, portal, url, published, false);
  }

  private void add(String seed, String portal, String url, OffsetDateTime published,
      boolean traditional) throws IOException {
    List<String> lines = Arrays.stream(Corpus.seed(seed).split("\n"))
        .map(String::strip).filter(s -> !s.isEmpty())
        .map(s -> traditional ? com.ibm.icu.text.Transliterator
            .getInstance("Simplified-Traditional").transliterate(s) : s).toList();
    Article a = new Article(url, lines.get(0), published, null, null, null, null,
        lines.subList(1, lines.size()), "UTF-8");
    index.upsert(new ArticleEnricher(ReportSearcherTest::regionsOf).enrich(a,
        new ArticleEnricher.Capture(portal, portal + " name", null,
            Instant.parse("2021-11-11T00:00:00Z").plusSeconds(url.hashCode() % 1000),
            "f.warc.gz", 0, "sha1:X")));
  }

  /** Region tags from a few names, enough to test hierarchical facets. */
  private static ReportTags regionsOf(Article a, String homeProvince) {
    String text = TraditionalToSimplified.toSimplified(a.text());
    List<String> paths = new ArrayList<>();
    if (text.contains("临泽县")) {
      paths.add("甘肃省/张掖市/临泽县");
    }
    if (text.contains("兰州")) {
      paths.add("甘肃省/兰州市");
    }
    if (text.contains("锦江区")) {
      paths.add("四川省/成都市/锦江区");
    }
    if (text.contains("永平街")) {
      paths.add("广东省/广州市/白云区/永平街道");
    }
    return new ReportTags(paths, paths.isEmpty() ? null : paths.get(0),
        text.contains("残联") ? List.of("残联") : List.of(), List.of(), List.of(), List.of());
  }

  /** The reports holding every word of {@code q}: partial matches filling the page left out. */
  private List<String> urls(String q) {
    return searcher.search(SearchRequest.of(q, 10)).hits().stream()
        .filter(h -> !h.partial()).map(SearchHit::url).toList();
  }

  @Test
  void traditionalAndSimplifiedQueriesFindTheSameReport() {
    assertThat(urls("婦聯")).containsExactly("http://c/1");
    assertThat(urls("妇联")).containsExactly("http://c/1");
    assertThat(urls("錦江區")).isEqualTo(urls("锦江区")).containsExactly("http://c/1");
  }

  @Test
  void highlightsMatchesAsRangesOfPlainText() {
    SearchResult r = searcher.search(SearchRequest.of("残联", 10));
    assertThat(r.hits()).extracting(SearchHit::url).first().isIn("http://a/1", "http://c/2");
    Snippet snippet = r.hits().get(0).snippet();
    assertThat(snippet.marks()).isNotEmpty();
    snippet.marks().forEach(m ->
        assertThat(snippet.text().substring(m.start(), m.end())).isEqualTo("残联"));
    assertThat(snippet.render("【", "】", s -> s)).contains("【残联】");
  }

  @Test
  void traditionalReportIsMarkedAtItsOwnCharactersFromTheOffsetsInTheIndex() throws IOException {
    // the marks come from the body's postings: the offsets of the traditional text as written
    try (var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
      assertThat(org.apache.lucene.index.FieldInfos.getMergedFieldInfos(reader)
          .fieldInfo(IndexSchema.BODY).getIndexOptions()).isEqualTo(
              org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    }
    for (String q : List.of("妇联", "婦聯")) {
      SearchResult r = searcher.search(SearchRequest.of(q, 10));
      assertThat(r.hits()).extracting(SearchHit::url).containsExactly("http://c/1");
      Snippet snippet = r.hits().get(0).snippet();
      assertThat(snippet.marks()).isNotEmpty();
      snippet.marks().forEach(m ->
          assertThat(snippet.text().substring(m.start(), m.end())).isEqualTo("婦聯"));
      assertThat(snippet.render("[", "]", s -> s)).contains("[婦聯]主席");
    }
  }

  @Test
  void wordSplitIntoSingleCharactersIsSearchedAsPhrase() {
    // SmartCN splits 防控 into 防|控; the query keeps them together as one word
    assertThat(urls("防控")).contains("http://b/1").containsAnyOf("http://a/1", "http://c/2");
    assertThat(urls("\"防控\"")).containsExactlyInAnyOrderElementsOf(urls("防控"));
  }

  @Test
  void wordFindsLongerWordsThatContainIt() {
    // 民政 is part of 民政部门 in the Gansu report (folded with its reprint), stands alone in
    // 经社科(民政) of the Guangzhou report, and is part of 成華區民政局 in the Chengdu report
    assertThat(urls("民政")).hasSize(3).contains("http://b/1", "http://c/1")
        .containsAnyOf("http://a/1", "http://c/2");
    assertThat(urls("民政局")).containsExactly("http://c/1");
  }

  @Test
  void unspacedWordsNeedNotStandSideBySide() {
    // no report says 兰州残疾人; two speak of 兰州 and of 残疾人
    assertThat(urls("兰州残疾人")).hasSize(2).contains("http://a/2")
        .containsAnyOf("http://a/1", "http://c/2");
    assertThat(urls("\"兰州残疾人\"")).isEmpty();
  }

  @Test
  void phraseMatchesTheStringAndDoesNotBridgePunctuation() {
    // seed 000: 协调解决生活基本困难,提供心理疏导
    assertThat(urls("\"困难,提供\"")).hasSize(1).containsAnyOf("http://a/1", "http://c/2");
    assertThat(urls("\"困难提供\"")).isEmpty();
  }

  @Test
  void singleCharacterFindsEveryReportThatHoldsIt() {
    // 聋 occurs once, in 张掖市聋人协会 of the Gansu report (聾 in its traditional reprint)
    SearchResult r = searcher.search(SearchRequest.of("聋", 10));
    assertThat(r.total()).isEqualTo(2);
    assertThat(urls("聾")).isEqualTo(urls("聋"));
  }

  @Test
  void wordsOfOneQueryMayStandInTitleAndBody() {
    // 位置 is only in the Gansu reports' titles (a breadcrumb here), 嘉峪关 only in their bodies
    assertThat(urls("位置 嘉峪关")).isEqualTo(urls("title:位置 AND body:嘉峪关"))
        .contains("http://a/2").containsAnyOf("http://a/1", "http://c/2");
  }

  @Test
  void phraseSlopCountsCharacters() {
    // 甘肃省残联系统: 系统 starts 5 characters after 甘肃, 3 more than in "甘肃 系统"
    assertThat(urls("\"甘肃 系统\"~3")).containsAnyOf("http://a/1", "http://c/2");
    assertThat(urls("\"甘肃 系统\"~2")).isEmpty();
    assertThat(urls("body:\"甘肃 系统\"~3")).isEqualTo(urls("\"甘肃 系统\"~3"));
  }

  @Test
  void wildcardsOnHanTextSearchItsWords() {
    assertThat(urls("民政局*")).isEqualTo(urls("民政局")).isNotEmpty();
    // a pasted question with an ASCII question mark
    assertThat(urls("民政局在做什么?")).isEqualTo(urls("民政局在做什么"));
    assertThat(urls("民政局~")).isEqualTo(urls("民政局"));
  }

  @Test
  void longPastedPassagesAreRefusedUnquotedAndSearchedQuoted() {
    String passage = Corpus.seed("000_5a266c807a20fc24").lines()
        .filter(l -> l.contains("嘉峪关市残联坚持")).findFirst().orElseThrow().strip();
    assertThatThrownBy(() -> searcher.search(SearchRequest.of(passage, 10)))
        .isInstanceOf(BadQueryException.class).hasMessageContaining("in quotes");
    String sentence = passage.substring(0, passage.indexOf('。'));
    assertThat(urls("\"" + sentence + "\"")).hasSize(1)
        .containsAnyOf("http://a/1", "http://c/2");
    // a whole paragraph, quoted, is one phrase
    assertThat(urls("\"" + passage + "\"")).isEqualTo(urls("\"" + sentence + "\""));
    // 600 words OR-ed are 1,200 terms in title and body: more than a search takes
    String many = IntStream.range(0, 600).mapToObj(i -> "w" + i)
        .collect(Collectors.joining(" OR "));
    assertThatThrownBy(() -> searcher.search(SearchRequest.of(many, 10)))
        .isInstanceOf(BadQueryException.class).hasMessageContaining("too long");
  }

  @Test
  void snippetMarksTheWordButNotItsLookAlikeInsideACompound() throws Exception {
    // a report that has both: 民政 on its own (seed 002) and 山东省人民政府 (a corpus page)
    String own = Arrays.stream(Corpus.seed("002_6dd55b3d006b9103").split("\n"))
        .filter(l -> l.contains("经社科(民政)的指导下")).findFirst().orElseThrow().strip();
    com.fasterxml.jackson.databind.JsonNode pages = new com.fasterxml.jackson.databind
        .ObjectMapper().readTree(Corpus.dir().resolve("pages/manifest.json").toFile());
    String trial = StreamSupport.stream(pages.get("pages").spliterator(), false)
        .map(p -> p.path("ground_truth").asText()).filter(t -> t.contains("山东省人民政府"))
        .findFirst().orElseThrow();
    String lookAlike = trial.lines().filter(l -> l.contains("山东省人民政府")).findFirst()
        .orElseThrow();
    try (Directory d = new ByteBuffersDirectory();
        ReportIndex one = ReportIndex.openWritable(d, new IndexSchema(),
            new IndexConfig("x", 16, 30))) {
      Article a = new Article("http://d/1", "两段", null, null, null, null, null,
          List.of(lookAlike, own), "UTF-8");
      one.upsert(new ArticleEnricher(ReportSearcherTest::regionsOf).enrich(a,
          new ArticleEnricher.Capture("p", "p", null, Instant.EPOCH, "f", 0, "sha1:X")));
      one.commit();
      SearchResult r = new ReportSearcher(one).search(SearchRequest.of("民政", 10));
      assertThat(r.total()).isEqualTo(1);
      assertThat(r.hits().get(0).snippet().render("[", "]", s -> s)).contains("([民政])")
          .doesNotContain("人[民政]府");
    }
  }

  @Test
  void booleanOperatorsNarrowAndWiden() {
    assertThat(urls("社区 AND 兰州")).containsAnyOf("http://a/1", "http://c/2")
        .doesNotContain("http://c/1");
    assertThat(urls("残联 NOT 甘肃")).isEmpty();
    assertThat(urls("永平街 OR 醴陵")).containsExactly("http://b/1");
  }

  @Test
  void undatedReportsAreCountedWithEveryFilterButTheYear() {
    // one report of the five states no date: the Taiwan portal's 004
    assertThat(searcher.search(SearchRequest.of("", 10)).undated()).isEqualTo(1);
    assertThat(searcher.search(new SearchRequest("", Map.of(IndexSchema.PORTAL,
        List.of("tw")), null, 1, 10)).undated()).isEqualTo(1);
    assertThat(searcher.search(new SearchRequest("", Map.of(IndexSchema.PORTAL,
        List.of("gansu")), null, 1, 10)).undated()).isZero();
    // the year filter is left out of the count, as the year facet counts
    assertThat(searcher.search(new SearchRequest("", Map.of(IndexSchema.YEAR,
        List.of("2021")), null, 1, 10)).undated()).isEqualTo(1);
    SearchResult all = searcher.search(SearchRequest.of("", 10));
    long years = all.facets().get(IndexSchema.YEAR).stream().mapToLong(FacetValue::count).sum();
    assertThat(years + all.undated()).isEqualTo(all.total());
    assertThat(searcher.search(new SearchRequest("", Map.of(), null, 1, 10,
        LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31))).undated())
        .isZero();
  }

  @Test
  void reprintCountsFollowTheIndexAsReprintsArrive() throws IOException {
    assertThat(searcher.search(SearchRequest.of("残联", 10)).hits().get(0).reprints())
        .isEqualTo(1);
    add("000_5a266c807a20fc24", "gzgov", "http://b/9",
        OffsetDateTime.parse("2021-11-12T09:00+08:00"));
    index.commit();
    index.refresh();
    SearchResult r = searcher.search(SearchRequest.of("残联", 10));
    assertThat(r.total()).isEqualTo(3);
    assertThat(r.hits()).hasSize(1);
    assertThat(r.hits().get(0).reprints()).isEqualTo(2);
  }

  @Test
  void reprintsFoldIntoOneHitThatCountsThem() {
    SearchResult r = searcher.search(SearchRequest.of("残联", 10));
    // two reports match (the original and its traditional-script reprint), one hit shows
    assertThat(r.total()).isEqualTo(2);
    assertThat(r.hits()).hasSize(1);
    assertThat(r.hits().get(0).reprints()).isEqualTo(1);
    String id = r.hits().get(0).id();
    ReportDetail detail = searcher.report(id).orElseThrow();
    assertThat(detail.reprints()).extracting(ReportDetail.Reprint::url)
        .containsExactly(id.equals(CanonicalUrl.id("http://a/1"))
            ? "http://c/2" : "http://a/1");
  }

  @Test
  void reportDetailHasParagraphsTagsAndArchiveLocation() {
    String id = CanonicalUrl.id("http://b/1");
    ReportDetail d = searcher.report(id).orElseThrow();
    assertThat(d.paragraphs()).anyMatch(p -> p.contains("截至目前,电访服务1014人次"));
    assertThat(d.tags().regionPaths()).containsExactly("广东省/广州市/白云区/永平街道");
    assertThat(d.warcFile()).isEqualTo("f.warc.gz");
    assertThat(d.date()).startsWith("2020-04-06T21:05:37");
    assertThat(searcher.report("nope")).isEmpty();
  }

  @Test
  void similarReportsLeaveOutTheReportAndItsReprints() {
    String id = CanonicalUrl.id("http://a/2");
    List<SearchHit> similar = searcher.similar(id, 5).orElseThrow();
    assertThat(similar).extracting(SearchHit::url).doesNotContain("http://a/2").isNotEmpty();
    // the Gansu report and its reprint count once
    assertThat(similar.stream().filter(h -> h.url().equals("http://a/1")
        || h.url().equals("http://c/2"))).hasSizeLessThanOrEqualTo(1);
    assertThat(searcher.similar("nope", 5)).isEmpty();
  }

  @Test
  void regionFacetDrillsFromProvinceToCity() {
    SearchResult all = searcher.search(SearchRequest.of("", 10));
    assertThat(all.facets().get("region")).extracting(FacetValue::value, FacetValue::count)
        .contains(Tuple.tuple("甘肃省", 3),
            Tuple.tuple("四川省", 1),
            Tuple.tuple("广东省", 1));
    SearchResult gansu = searcher.search(new SearchRequest("", Map.of("region",
        List.of("甘肃省")), null, 1, 10));
    assertThat(gansu.total()).isEqualTo(3);
    FacetValue province = gansu.facets().get("region").stream()
        .filter(v -> v.value().equals("甘肃省")).findFirst().orElseThrow();
    assertThat(province.selected()).isTrue();
    assertThat(province.children()).extracting(FacetValue::path, FacetValue::count)
        .contains(Tuple.tuple("甘肃省/兰州市", 3),
            Tuple.tuple("甘肃省/张掖市", 2));
    // other provinces keep their counts (drill-sideways)
    assertThat(gansu.facets().get("region")).extracting(FacetValue::value)
        .contains("四川省", "广东省");
    SearchResult county = searcher.search(new SearchRequest("", Map.of("region",
        List.of("甘肃省/张掖市/临泽县")), null, 1, 10));
    assertThat(county.total()).isEqualTo(2);
  }

  @Test
  void dateRangeIsInclusiveInShanghaiTime() {
    SearchResult r = searcher.search(new SearchRequest("", Map.of(), null, 1, 10,
        LocalDate.of(2020, 4, 6), LocalDate.of(2021, 11, 9)));
    assertThat(r.hits()).extracting(SearchHit::url).containsExactlyInAnyOrder("http://a/1",
        "http://b/1");
    assertThat(r.facets().get("month")).extracting(FacetValue::value)
        .containsExactlyInAnyOrder("2021-11", "2020-04");
  }

  @Test
  void facetsCountPortalsAndYearsAndStayMultiSelect() {
    SearchResult all = searcher.search(SearchRequest.of("", 10));
    assertThat(all.total()).isEqualTo(5);
    assertThat(all.facets().get(IndexSchema.PORTAL))
        .extracting(FacetValue::value, FacetValue::count)
        .containsExactlyInAnyOrder(
            Tuple.tuple("gansu", 2),
            Tuple.tuple("gzgov", 1),
            Tuple.tuple("tw", 2));
    SearchResult gansu = searcher.search(new SearchRequest("", Map.of("portal", List.of("gansu")),
        null, 1, 10));
    assertThat(gansu.total()).isEqualTo(2);
    // drill-sideways: the other portals keep their counts
    assertThat(gansu.facets().get(IndexSchema.PORTAL)).hasSize(3);
    assertThat(gansu.facets().get(IndexSchema.YEAR))
        .extracting(FacetValue::value).containsExactlyInAnyOrder("2021", "2020");
    SearchResult two = searcher.search(new SearchRequest("", Map.of("portal",
        List.of("gansu", "gzgov")), null, 1, 10));
    assertThat(two.total()).isEqualTo(3);
  }

  @Test
  void dateSortPutsNewestFirstAndUndatedLast() {
    SearchResult r = searcher.search(new SearchRequest("", Map.of(),
        SearchRequest.Sort.DATE, 1, 10));
    // the reprint (2021-11-10) is newest and puts its group first; the group shows its copy
    // captured first, the Gansu original
    assertThat(r.hits()).extracting(SearchHit::url)
        .containsExactly("http://a/1", "http://b/1", "http://a/2", "http://c/1");
    assertThat(Instant.parse(r.hits().get(0).firstCaptured()))
        .isBefore(Instant.parse(searcher.report(CanonicalUrl.id("http://c/2")).orElseThrow()
            .firstCaptured()));
  }

  @Test
  void pagesThroughResults() {
    SearchResult p2 = searcher.search(new SearchRequest("", Map.of(), SearchRequest.Sort.DATE,
        2, 3));
    assertThat(p2.total()).isEqualTo(5);
    assertThat(p2.hits()).extracting(SearchHit::url).containsExactly("http://c/1");
  }

  @Test
  void fullWidthDigitsMatchAsciiDigits() {
    // seed 000 writes 111 and 1078 in ASCII; a query typed with full-width digits finds it
    assertThat(urls("１０７８")).isEqualTo(urls("1078")).isNotEmpty();
  }

  @Test
  void slashSeparatesWordsInsteadOfStartingARegex() {
    assertThat(urls("残联/疫情")).hasSize(1).containsAnyOf("http://a/1", "http://c/2");
  }

  @Test
  void badQueryNamesTheParameterAndTheReason() {
    assertThatThrownBy(() -> searcher.search(SearchRequest.of("残联^", 10)))
        .isInstanceOf(BadQueryException.class)
        .hasMessageContaining("cannot parse")
        .extracting(e -> ((BadQueryException) e).parameter()).isEqualTo("q");
    assertThatThrownBy(() -> searcher.search(SearchRequest.of("editor:薛敏", 10)))
        .isInstanceOf(BadQueryException.class).hasMessageContaining("allowed: title, body")
        .extracting(e -> ((BadQueryException) e).reason(),
            e -> ((BadQueryException) e).details())
        .containsExactly("query_field", List.of("editor"));
    assertThatThrownBy(() -> searcher.search(new SearchRequest("", Map.of("colour",
        List.of("red")), null, 1, 10)))
        .isInstanceOf(BadQueryException.class).hasMessageContaining("unknown filter");
  }

  @Test
  void obviousSlipsAreSearchedAsMended() {
    assertThat(urls("\"残联")).isNotEmpty().isEqualTo(urls("\"残联\""));
    assertThat(urls("OR 残联")).isEqualTo(urls("残联"));
    SearchResult r = searcher.search(SearchRequest.of("OR \"残联", 10));
    assertThat(r.query()).isEqualTo("\"残联\"");
  }

  @Test
  void aQueryOfExclusionsOnlySaysSoInsteadOfFindingNothing() {
    for (String q : new String[] {"-残联", "NOT 残联", "-残联 -妇联"}) {
      assertThatThrownBy(() -> searcher.search(SearchRequest.of(q, 10)))
          .isInstanceOf(BadQueryException.class).hasMessageContaining("only excludes")
          .extracting(e -> ((BadQueryException) e).reason()).isEqualTo("query_only_excluded");
    }
    assertThat(urls("疫情 -残联")).isNotEmpty();
  }

  @Test
  void manySearchesAtOnceAnswerAsOneAtATimeAndARefusedQueryGivesUpItsTurn() throws Exception {
    List<SearchRequest> requests = List.of(SearchRequest.of("残联", 10),
        SearchRequest.of("疫情", 10), new SearchRequest("", Map.of("region",
            List.of("甘肃省")), null, 1, 10), SearchRequest.of("残联^", 10));
    Map<SearchRequest, List<String>> alone = new HashMap<>();
    for (SearchRequest r : requests.subList(0, 3)) {
      alone.put(r, searcher.search(r).hits().stream().map(SearchHit::url).toList());
    }
    // more searches at once than there are cores, a quarter of them refused
    int n = 8 * Runtime.getRuntime().availableProcessors() * requests.size();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<List<String>>> answers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        SearchRequest r = requests.get(i % requests.size());
        answers.add(pool.submit(() -> {
          try {
            return searcher.search(r).hits().stream().map(SearchHit::url).toList();
          } catch (BadQueryException e) {
            return null;
          }
        }));
      }
      for (int i = 0; i < n; i++) {
        List<String> got = answers.get(i).get(30, TimeUnit.SECONDS);
        SearchRequest r = requests.get(i % requests.size());
        if (alone.containsKey(r)) {
          assertThat(got).isNotEmpty().isEqualTo(alone.get(r));
        } else {
          assertThat(got).isNull();
        }
      }
    } finally {
      pool.shutdownNow();
    }
    // every refused query gave its turn back: searches still run, as many at once as before
    assertThat(searcher.search(SearchRequest.of("残联", 10)).hits()).isNotEmpty();
  }
}
