package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.search.FacetValue;
import org.reliefarchive.search.ReportDetail;
import org.reliefarchive.search.ReportSearcher;
import org.reliefarchive.search.SearchBackend;
import org.reliefarchive.search.SearchHit;
import org.reliefarchive.search.SearchRequest;
import org.reliefarchive.search.SearchResult;
import org.reliefarchive.solr.SolrReportSearcher;

/**
 * The SolrCloud backend answers as the embedded index does: the sample portal is crawled once
 * with the collection of a 2-node test cluster (2 shards x 2 replicas) as backend, so every
 * report goes into the embedded index and, mirrored, into the collection; then each query runs
 * on both, and totals, the set of hits, every facet count and the undated count must be equal.
 * Relevance order is not compared: each shard scores with its own term statistics. Date order
 * is compared by the dates of the hits (reports of one date may come in either order).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrCloudEqualityIT {
  private SolrBackedPortal site;
  private Pipeline pipeline;
  private SearchBackend embedded;
  private SearchBackend solr;

  @BeforeAll
  void crawlIntoBoth() throws Exception {
    site = SolrBackedPortal.start(settings -> settings);
    pipeline = site.pipeline;
    CrawlCommand.crawl(pipeline, site.sources.portals(), new PrintWriter(Writer.nullWriter()));
    pipeline.index.commit();
    pipeline.index.refresh();
    embedded = new ReportSearcher(pipeline.index, site.settings.synonyms());
    solr = pipeline.searcher;
  }

  @AfterAll
  void close() throws Exception {
    if (site != null) {
      site.close();
    }
  }

  @Test
  void searchesTheCollection() {
    assertThat(solr).isInstanceOf(SolrReportSearcher.class);
    assertThat(embedded.count()).isGreaterThan(40);
    assertThat(solr.count()).isEqualTo(embedded.count());
  }

  static Stream<Arguments> queries() {
    List<Arguments> q = new ArrayList<>();
    // words, 简 and 繁, phrases, operators, fields, compound exclusion
    for (String text : List.of("", "残联", "殘聯", "妇联", "婦聯", "民政", "人民政府",
        "人民政府 OR 民政局", "疫情防控", "\"困难群众\"", "\"困難群眾\"", "救助 -疫情",
        "残疾人 NOT 儿童", "title:残联", "甘肃 残联", "醴陵市民政局", "志愿 服务", "灾",
        "核酸", "老人 关爱", "(捐赠 OR 物资) 社区", "红十字", "街道",
        // a place or a year also finds the reports tagged with it
        "兰州 关爱", "2020年 疫情", "成都 2020 妇联")) {
      q.add(Arguments.of(text, Map.of(), SearchRequest.Sort.RELEVANCE, null, null));
    }
    // facets, multi-select within a dimension, drill-down by region path, across dimensions
    q.add(Arguments.of("", Map.of(IndexSchema.REGION, List.of("甘肃省")),
        SearchRequest.Sort.RELEVANCE, null, null));
    q.add(Arguments.of("", Map.of(IndexSchema.REGION, List.of("甘肃省/兰州市")),
        SearchRequest.Sort.RELEVANCE, null, null));
    q.add(Arguments.of("", Map.of(IndexSchema.REGION,
        List.of("广东省/广州市/白云区/永平街道", "四川省/成都市/锦江区")),
        SearchRequest.Sort.RELEVANCE, null, null));
    q.add(Arguments.of("残联", Map.of(IndexSchema.AGENCY_TYPE, List.of("残联", "民政")),
        SearchRequest.Sort.RELEVANCE, null, null));
    q.add(Arguments.of("", Map.of(IndexSchema.REGION, List.of("甘肃省"),
        IndexSchema.AGENCY_TYPE, List.of("残联")), SearchRequest.Sort.RELEVANCE, null, null));
    q.add(Arguments.of("疫情", Map.of(IndexSchema.YEAR, List.of("2020")),
        SearchRequest.Sort.DATE, null, null));
    q.add(Arguments.of("", Map.of(IndexSchema.YEAR, List.of("2020", "2021")),
        SearchRequest.Sort.DATE, null, null));
    q.add(Arguments.of("", Map.of(IndexSchema.STATUS, List.of("online")),
        SearchRequest.Sort.DATE, null, null));
    q.add(Arguments.of("", Map.of(IndexSchema.BENEFICIARY, List.of("残疾人", "老年人")),
        SearchRequest.Sort.RELEVANCE, null, null));
    // dates and date order
    q.add(Arguments.of("", Map.of(), SearchRequest.Sort.DATE, LocalDate.of(2020, 1, 1),
        LocalDate.of(2020, 12, 31)));
    q.add(Arguments.of("社区", Map.of(), SearchRequest.Sort.DATE, LocalDate.of(2021, 1, 1),
        null));
    q.add(Arguments.of("", Map.of(), SearchRequest.Sort.DATE, null, LocalDate.of(2020, 6, 30)));
    q.add(Arguments.of("残联", Map.of(), SearchRequest.Sort.DATE, null, null));
    q.add(Arguments.of("", Map.of(), SearchRequest.Sort.CAPTURED, null, null));
    return q.stream();
  }

  @ParameterizedTest(name = "[{index}] q={0} filters={1} sort={2} from={3} to={4}")
  @MethodSource("queries")
  void bothBackendsGiveTheSameAnswer(String text, Map<String, List<String>> filters,
      SearchRequest.Sort sort, LocalDate from, LocalDate to) {
    SearchRequest request = new SearchRequest(text, filters, sort, 1, 200, from, to, false);
    SearchResult e = embedded.search(request);
    SearchResult s = solr.search(request);
    assertThat(s.total()).as("total").isEqualTo(e.total());
    assertThat(ids(s.hits())).as("hits").isEqualTo(ids(e.hits()));
    assertThat(counts(s.facets())).as("facet counts").isEqualTo(counts(e.facets()));
    assertThat(s.undated()).as("undated").isEqualTo(e.undated());
    if (sort == SearchRequest.Sort.DATE) {
      assertThat(dates(s.hits())).as("dates in order").isEqualTo(dates(e.hits()));
    }
    // the export streams every match, reprints included
    assertThat(exported(solr, request)).as("export").isEqualTo(exported(embedded, request));
  }

  /** Queries of two or more words that few reports hold all of. */
  static Stream<Arguments> partialQueries() {
    List<Arguments> q = new ArrayList<>();
    for (String text : List.of("殘聯 核酸 志願", "甘肃 残联 疫情", "妇联 红十字",
        "醴陵市民政局 捐赠 社区", "\"困难群众\" 核酸", "老人 关爱 残联 -疫情")) {
      q.add(Arguments.of(text, Map.of(), SearchRequest.Sort.RELEVANCE));
    }
    q.add(Arguments.of("殘聯 核酸 志願", Map.of(IndexSchema.REGION, List.of("甘肃省")),
        SearchRequest.Sort.RELEVANCE));
    q.add(Arguments.of("残联 疫情 社区", Map.of(IndexSchema.YEAR, List.of("2020")),
        SearchRequest.Sort.RELEVANCE));
    q.add(Arguments.of("社区 核酸 志愿", Map.of(), SearchRequest.Sort.DATE));
    return q.stream();
  }

  /**
   * A page the full matches leave short is filled with the same partial matches, each missing
   * the same words; asked for relaxed, total, hits and facet counts take them all in alike.
   */
  @ParameterizedTest(name = "[{index}] q={0} filters={1} sort={2}")
  @MethodSource("partialQueries")
  void partialMatchesAreTheSame(String text, Map<String, List<String>> filters,
      SearchRequest.Sort sort) {
    SearchRequest request = new SearchRequest(text, filters, sort, 1, 200, null, null, false);
    SearchResult e = embedded.search(request);
    SearchResult s = solr.search(request);
    assertThat(s.total()).as("total").isEqualTo(e.total());
    assertThat(s.partial()).as("partial").isEqualTo(e.partial());
    assertThat(s.relaxed()).isFalse();
    assertThat(s.alsoSearched()).as("words also searched").isEqualTo(e.alsoSearched());
    assertThat(levels(s.hits())).as("hits with their match levels").isEqualTo(levels(e.hits()));
    assertThat(counts(s.facets())).as("facet counts").isEqualTo(counts(e.facets()));
    // the full matches first, then those missing one word, then more
    assertThat(missed(s.hits())).as("order of match levels").isEqualTo(missed(e.hits()));
    if (sort == SearchRequest.Sort.DATE) {
      assertThat(dates(s.hits())).as("dates in order").isEqualTo(dates(e.hits()));
    }

    SearchRequest relaxed = new SearchRequest(text, filters, sort, 1, 200, null, null, true);
    SearchResult er = embedded.search(relaxed);
    SearchResult sr = solr.search(relaxed);
    assertThat(er.relaxed()).isTrue();
    assertThat(sr.relaxed()).as("relaxed").isTrue();
    assertThat(er.total()).isGreaterThan(e.total());
    assertThat(sr.total()).as("relaxed total").isEqualTo(er.total());
    assertThat(sr.partial()).as("relaxed partial").isEqualTo(er.partial());
    assertThat(levels(sr.hits())).as("relaxed hits").isEqualTo(levels(er.hits()));
    assertThat(counts(sr.facets())).as("relaxed facet counts").isEqualTo(counts(er.facets()));
    assertThat(sr.undated()).as("relaxed undated").isEqualTo(er.undated());
    if (sort == SearchRequest.Sort.RELEVANCE) {
      // reports holding more words first; by date, reports of one date come in either order
      assertThat(missed(sr.hits())).as("relaxed order of match levels")
          .isEqualTo(missed(er.hits()));
    }
  }

  /**
   * The partial matches are ordered by their likeness to the first reports on both backends
   * (each by its own term statistics), and on both every page of a query is cut from one order:
   * five pages of three show what one page of fifteen shows.
   */
  @ParameterizedTest(name = "[{index}] q={0}")
  @ValueSource(strings = {"甘肃 残联 疫情", "社区 qzxjv", "残联 核酸 志愿"})
  void pagesOfPartialMatchesAreCutFromOneOrder(String text) {
    for (SearchBackend backend : List.of(embedded, solr)) {
      List<String> paged = new ArrayList<>();
      for (int page = 1; page <= 5; page++) {
        backend.search(new SearchRequest(text, Map.of(), SearchRequest.Sort.RELEVANCE, page, 3,
            null, null, false)).hits().forEach(h -> paged.add(h.id()));
      }
      List<SearchHit> whole = backend.search(new SearchRequest(text, Map.of(),
          SearchRequest.Sort.RELEVANCE, 1, 15, null, null, false)).hits();
      // partial matches beyond the first page of three, so the pages have an order to share
      assertThat(whole.subList(Math.min(3, whole.size()), whole.size()))
          .filteredOn(SearchHit::partial).hasSizeGreaterThan(2);
      assertThat(paged).as(backend.getClass().getSimpleName())
          .isEqualTo(whole.stream().map(SearchHit::id).toList());
    }
  }

  @Test
  void theQueriesFindPartialMatches() {
    // the comparisons above mean something only where there are partial matches to compare
    long withPartial = partialQueries().filter(a -> {
      Object[] q = a.get();
      @SuppressWarnings("unchecked")
      Map<String, List<String>> filters = (Map<String, List<String>>) q[1];
      SearchResult r = embedded.search(new SearchRequest((String) q[0], filters,
          (SearchRequest.Sort) q[2], 1, 200, null, null, false));
      return r.partial() > 0 && r.hits().stream().anyMatch(SearchHit::partial);
    }).count();
    assertThat(withPartial).isGreaterThanOrEqualTo(6);
  }

  @Test
  void aShortPageOfPartialMatchesIsMarkedAlike() {
    // a page of 3 at the end of the full matches, and into those missing a word
    String text = "甘肃 残联 疫情";
    long full = embedded.search(SearchRequest.of(text, 200)).total();
    SearchRequest request = new SearchRequest(text, Map.of(), SearchRequest.Sort.RELEVANCE,
        (int) (full / 3) + 1, 3, null, null, false);
    SearchResult e = embedded.search(request);
    SearchResult s = solr.search(request);
    assertThat(e.hits()).isNotEmpty().anyMatch(SearchHit::partial);
    assertThat(missed(s.hits())).isEqualTo(missed(e.hits()));
    assertThat(s.partial()).isEqualTo(e.partial());
    assertThat(s.hits()).allSatisfy(h -> assertThat(h.score()).isPositive()
        .isLessThan(1_000f));
  }

  @Test
  void reportPagesAreEqual() {
    SearchResult all = embedded.search(new SearchRequest("", Map.of(),
        SearchRequest.Sort.DATE, 1, 200, null, null, false));
    assertThat(all.hits()).isNotEmpty();
    for (SearchHit h : all.hits()) {
      ReportDetail e = embedded.report(h.id()).orElseThrow();
      ReportDetail s = solr.report(h.id()).orElseThrow();
      assertThat(s).as(h.id()).isEqualTo(e);
    }
    assertThat(solr.report("no-such-id")).isEmpty();
  }

  @Test
  void snippetsAreMarkedAlike() {
    SearchRequest request = SearchRequest.of("残联", 200);
    Map<String, String> e = new TreeMap<>();
    embedded.search(request).hits().forEach(h -> e.put(h.id(),
        h.snippet().render("[", "]", x -> x)));
    Map<String, String> s = new TreeMap<>();
    solr.search(request).hits().forEach(h -> s.put(h.id(), h.snippet().render("[", "]", x -> x)));
    assertThat(s).isEqualTo(e);
    assertThat(s.values()).anyMatch(t -> t.contains("[残联]"));
  }

  @Test
  void similarReportsAreFound() {
    SearchHit first = embedded.search(SearchRequest.of("甘肃 残联", 1)).hits().get(0);
    List<SearchHit> e = embedded.similar(first.id(), 5).orElseThrow();
    List<SearchHit> s = solr.similar(first.id(), 5).orElseThrow();
    assertThat(e).isNotEmpty();
    assertThat(s).isNotEmpty();
    assertThat(ids(s)).doesNotContain(first.id());
  }

  private static Set<String> ids(List<SearchHit> hits) {
    Set<String> ids = new LinkedHashSet<>();
    hits.stream().filter(h -> !h.partial()).map(SearchHit::id).sorted().forEach(ids::add);
    return ids;
  }

  /** Each hit's id with its match level and the words it misses, by id. */
  private static Map<String, String> levels(List<SearchHit> hits) {
    Map<String, String> out = new TreeMap<>();
    hits.forEach(h -> out.put(h.id(), h.match() + " " + h.missing()));
    return out;
  }

  /** How many words each hit misses, in the order shown. */
  private static List<Integer> missed(List<SearchHit> hits) {
    return hits.stream().map(h -> h.missing().size()).toList();
  }

  private static List<String> dates(List<SearchHit> hits) {
    return hits.stream().filter(h -> !h.partial()).map(SearchHit::date).toList();
  }

  private static Set<String> exported(SearchBackend backend, SearchRequest request) {
    Set<String> ids = new java.util.TreeSet<>();
    backend.forEach(request, r -> ids.add(r.id()));
    return ids;
  }

  /** Every facet value with its count, the region tree flattened to paths. */
  private static Map<String, Integer> counts(Map<String, List<FacetValue>> facets) {
    Map<String, Integer> out = new LinkedHashMap<>();
    facets.forEach((dim, values) -> flatten(dim, values, out));
    return out;
  }

  private static void flatten(String dim, List<FacetValue> values, Map<String, Integer> out) {
    for (FacetValue v : values) {
      out.put(dim + ":" + v.path() + (v.selected() ? " (selected)" : ""), v.count());
      flatten(dim, v.children(), out);
    }
  }
}
