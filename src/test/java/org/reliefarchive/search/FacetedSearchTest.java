package org.reliefarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;

/**
 * A search with facet filters in one pass gives what Lucene's drill-sideways gives with its
 * counts taken from the index: the same hits with the same scores, in relevance and in date
 * order, the same total, the same counts of every dimension of the hits and of each filtered
 * dimension's sideways reports, over reports made of the real reports' sentences and tagged by
 * the real taggers, in several segments with deleted documents among them; with queries
 * matching most reports (the filters read from bit sets) and a handful (their values looked up).
 */
class FacetedSearchTest {
  private final IndexSchema schema = new IndexSchema();
  private Directory dir;
  private ReportIndex index;

  @BeforeEach
  void indexReports() throws IOException {
    dir = new ByteBuffersDirectory();
    index = ReportIndex.openWritable(dir, schema, new IndexConfig("x", 16, 30));
    GeneratedReports.add(index, 0, 300, 7, 100);
    // reports indexed again: their first versions are deleted documents
    GeneratedReports.add(index, 0, 40, 7, 0);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
    dir.close();
  }

  @Test
  void findsAndCountsAsDrillSidewaysDoes() throws IOException {
    IndexSearcher searcher = index.searchers().acquire();
    try {
      assertThat(searcher.getIndexReader().leaves()).hasSizeGreaterThan(2);
      assertThat(searcher.getIndexReader().numDeletedDocs()).isPositive();
      SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(
          searcher.getIndexReader(), schema.facetsConfig());
      HeapFacetCounts.Store store = new HeapFacetCounts.Store();
      // the ordinals in ints, as a segment of more than 65,536 values holds them
      HeapFacetCounts.Store wide = new HeapFacetCounts.Store(false);
      // values to filter on, taken from the counts of every report
      Facets all = new SortedSetDocValuesFacetCounts(state,
          searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager()));
      String province = all.getTopChildren(10, IndexSchema.REGION).labelValues[0].label;
      String city = province + "/"
          + all.getTopChildren(10, IndexSchema.REGION, province).labelValues[0].label;
      String portal = all.getTopChildren(10, IndexSchema.PORTAL).labelValues[0].label;
      String otherPortal = all.getTopChildren(10, IndexSchema.PORTAL).labelValues[1].label;
      String year = all.getTopChildren(10, IndexSchema.YEAR).labelValues[0].label;
      String agencyType = all.getTopChildren(10, IndexSchema.AGENCY_TYPE).labelValues[0].label;

      Query word = new TermQuery(new Term(IndexSchema.BODY, "社区"));
      Query either = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexSchema.BODY, "残")), BooleanClause.Occur.SHOULD)
          .add(new TermQuery(new Term(IndexSchema.TITLE, "疫情")), BooleanClause.Occur.SHOULD)
          .build();
      Query dated = new BooleanQuery.Builder()
          .add(word, BooleanClause.Occur.MUST)
          .add(LongPoint.newRangeQuery(IndexSchema.PUBLISHED, 0, Long.MAX_VALUE),
              BooleanClause.Occur.FILTER)
          .build();
      List<Map<String, List<String>>> filterSets = List.of(
          Map.of(),
          Map.of(IndexSchema.REGION, List.of(province)),
          Map.of(IndexSchema.PORTAL, List.of(portal, otherPortal)),
          ordered(IndexSchema.REGION, List.of(city), IndexSchema.YEAR, List.of(year)),
          ordered(IndexSchema.AGENCY_TYPE, List.of(agencyType), IndexSchema.REGION,
              List.of(province), IndexSchema.PORTAL, List.of(portal)),
          Map.of(IndexSchema.BENEFICIARY, List.of("no such group")));
      // a few reports by id: so few matches that the filters look each one's values up
      BooleanQuery.Builder few = new BooleanQuery.Builder();
      for (int doc = 0; doc < 60; doc += 7) {
        few.add(new TermQuery(new Term(IndexSchema.ID, searcher.storedFields().document(doc)
            .get(IndexSchema.ID))), BooleanClause.Occur.SHOULD);
      }
      Sort byDate = new Sort(new SortField(IndexSchema.PUBLISHED, SortField.Type.LONG, true),
          SortField.FIELD_SCORE);
      int compared = 0;
      for (Query base : List.of(word, either, dated, new MatchAllDocsQuery(), few.build())) {
        for (Map<String, List<String>> filters : filterSets) {
          for (Sort sort : new Sort[] {null, byDate}) {
            String what = base + " " + filters + " " + sort;
            DrillDownQuery drillDown = drillDown(base, filters);
            DrillSideways.DrillSidewaysResult lucene = luceneDrillSideways(searcher, state,
                drillDown, sort);
            FacetedSearch.Result ours = FacetedSearch.search(searcher, state, store,
                drillDown(base, filters), paths(filters), 40, sort);
            assertThat(lines(ours.hits())).as(what).isEqualTo(lines(lucene.hits));
            assertThat(counts(ours.facets(), filters)).as(what)
                .isEqualTo(counts(lucene.facets, filters));
            FacetedSearch.Result inInts = FacetedSearch.search(searcher, state, wide,
                drillDown(base, filters), paths(filters), 40, sort);
            assertThat(lines(inInts.hits())).as(what).isEqualTo(lines(lucene.hits));
            assertThat(counts(inInts.facets(), filters)).as(what)
                .isEqualTo(counts(lucene.facets, filters));
            compared += lucene.hits.totalHits.value > 0 ? 1 : 0;
          }
        }
      }
      assertThat(compared).isGreaterThan(30);
    } finally {
      index.searchers().release(searcher);
    }
  }

  private static Map<String, List<String>> ordered(Object... dimsAndValues) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (int i = 0; i < dimsAndValues.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> values = (List<String>) dimsAndValues[i + 1];
      m.put((String) dimsAndValues[i], values);
    }
    return m;
  }

  private DrillDownQuery drillDown(Query base, Map<String, List<String>> filters) {
    DrillDownQuery q = new DrillDownQuery(schema.facetsConfig(), base);
    paths(filters).forEach((dim, paths) -> paths.forEach(p -> q.add(dim, p)));
    return q;
  }

  private static Map<String, List<String[]>> paths(Map<String, List<String>> filters) {
    Map<String, List<String[]>> paths = new LinkedHashMap<>();
    filters.forEach((dim, values) -> values.forEach(v -> paths
        .computeIfAbsent(dim, k -> new ArrayList<>()).add(v.split("/"))));
    return paths;
  }

  /** Lucene's drill-sideways with every count of it from the index. */
  private DrillSideways.DrillSidewaysResult luceneDrillSideways(IndexSearcher searcher,
      SortedSetDocValuesReaderState state, DrillDownQuery drillDown, Sort sort)
      throws IOException {
    DrillSideways ds = new DrillSideways(searcher, schema.facetsConfig(), state) {
      @Override
      protected Facets buildFacetsResult(FacetsCollector drillDowns,
          FacetsCollector[] drillSideways, String[] dims) throws IOException {
        Facets down = new SortedSetDocValuesFacetCounts(state, drillDowns);
        if (drillSideways == null || drillSideways.length == 0) {
          return down;
        }
        Map<String, Facets> sideways = new LinkedHashMap<>();
        for (int i = 0; i < dims.length; i++) {
          sideways.put(dims[i], new SortedSetDocValuesFacetCounts(state, drillSideways[i]));
        }
        return new MultiFacets(sideways, down);
      }
    };
    return sort == null ? ds.search(drillDown, 40)
        : ds.search(drillDown, null, null, 40, sort, true);
  }

  private static List<String> lines(TopDocs top) {
    List<String> out = new ArrayList<>();
    out.add("total " + top.totalHits);
    for (ScoreDoc sd : top.scoreDocs) {
      out.add(sd.doc + " " + sd.score
          + (sd instanceof FieldDoc fd ? " " + List.of(fd.fields) : ""));
    }
    return out;
  }

  /** What the search page shows of every dimension, the selected regions opened, as lines. */
  private static List<String> counts(Facets facets, Map<String, List<String>> filters)
      throws IOException {
    List<String> lines = new ArrayList<>();
    for (String dim : IndexSchema.FACET_DIMENSIONS) {
      List<String> selected = filters.getOrDefault(dim, List.of());
      print(lines, dim, FacetReader.read(facets, dim, selected));
    }
    return lines;
  }

  private static void print(List<String> lines, String prefix, List<FacetValue> values) {
    for (FacetValue v : values) {
      lines.add(prefix + " " + v.path() + " " + v.value() + " " + v.count() + " "
          + v.selected());
      print(lines, prefix + " " + v.path(), v.children());
    }
  }
}
