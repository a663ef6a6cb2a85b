package org.reliefarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopDocsCollector;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

/**
 * A search with facet filters in one pass over the matches of its text query: the best hits
 * among the reports passing every filter, the facet counts of those, and for each filtered
 * dimension the counts of its values among the reports passing every other filter (so a
 * selected dimension still shows its other values), as Lucene's drill-sideways gives them.
 * Which filters a match passes is read from bit sets of the filters' drill-down postings (or,
 * for a query with few matches, from the facet values in heap, {@link HeapFacetCounts.Store}),
 * and each match is counted from those values as it is found, instead of a
 * drill-sideways pass that collects every match of every count into a set of its own and counts
 * the sets afterwards. Hits, scores and counts are those of Lucene's drill-sideways: the same
 * scorer of the text query scores the hits, and a filter is the facet value that Lucene's
 * drill-down term stands for.
 */
final class FacetedSearch {
  /**
   * Bit sets are built when the text query matches at least this share of a segment's
   * documents: reading a posting costs far less than looking a match's values up.
   */
  private static final long BITS_OVER_LOOKUPS = 8;

  private FacetedSearch() {}

  /** The hits of a search and its facet counts. */
  record Result(TopDocs hits, Facets facets) {}

  /**
   * Runs {@code drillDown} (its base query and its filters {@code filters}, dimension → the paths
   * selected in it, as added to drillDown) and counts its facets.
   *
   * @param window how many hits to keep, best first (or first in {@code sort})
   * @param sort the order of the hits, null for relevance
   */
  static Result search(IndexSearcher searcher, SortedSetDocValuesReaderState state,
      HeapFacetCounts.Store store, DrillDownQuery drillDown,
      Map<String, List<String[]>> filters, int window, Sort sort) throws IOException {
    int limit = Math.max(1, Math.min(window, searcher.getIndexReader().maxDoc()));
    Counts counts = new Counts(state, store, new ArrayList<>(filters.keySet()));
    TopDocs top = sort == null
        ? run(searcher, drillDown, filters,
            new TopScoreDocCollectorManager(limit, null, Integer.MAX_VALUE, false), counts)
        : run(searcher, drillDown, filters,
            new TopFieldCollectorManager(sort, limit, null, Integer.MAX_VALUE, false), counts);
    if (sort != null) {
      // as drill-sideways does: the scores of the hits, by the whole drill-down query
      TopFieldCollector.populateScores(top.scoreDocs, searcher, drillDown);
    }
    counts.finish();
    Facets down = new HeapFacetCounts(state, store, counts.down);
    if (filters.isEmpty()) {
      return new Result(top, down);
    }
    Map<String, Facets> sideways = new HashMap<>();
    for (int f = 0; f < counts.dims.size(); f++) {
      sideways.put(counts.dims.get(f), new HeapFacetCounts(state, store, counts.sideways[f]));
    }
    return new Result(top, new MultiFacets(sideways, down));
  }

  private static <C extends TopDocsCollector<?>, T extends TopDocs> TopDocs run(
      IndexSearcher searcher, DrillDownQuery drillDown, Map<String, List<String[]>> filters,
      CollectorManager<C, T> topManager, Counts counts) throws IOException {
    return filters.isEmpty()
        ? searcher.search(drillDown, new Counting<>(topManager, counts))
        : filtered(searcher, drillDown, filters, topManager, counts);
  }

  /**
   * The filtered search: every match of the text query (scored by the scorer drill-sideways
   * scores it with, a match at a time), each checked against the filters by its facet values.
   */
  private static <C extends TopDocsCollector<?>, T extends TopDocs> TopDocs filtered(
      IndexSearcher searcher, DrillDownQuery drillDown, Map<String, List<String[]>> filters,
      CollectorManager<C, T> topManager, Counts counts) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(drillDown.getBaseQuery()),
        ScoreMode.COMPLETE, 1f);
    FacetsConfig config = counts.config;
    C top = topManager.newCollector();
    List<String> dims = counts.dims;
    BytesRef[][] labels = new BytesRef[dims.size()][];
    for (int f = 0; f < dims.size(); f++) {
      List<String[]> paths = filters.get(dims.get(f));
      labels[f] = new BytesRef[paths.size()];
      for (int v = 0; v < paths.size(); v++) {
        labels[f][v] = new BytesRef(FacetsConfig.pathToString(dims.get(f), paths.get(v)));
      }
    }
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      LeafCollector hits = top.getLeafCollector(leaf);
      hits.setScorer(scorer);
      LeafCounts c = counts.leaf(leaf);
      // the segment ordinals of the values each filter selects (none where no report has one)
      SortedSetDocValues values = leaf.reader().getSortedSetDocValues(counts.field);
      int[][] selected = new int[dims.size()][];
      for (int f = 0; f < dims.size(); f++) {
        selected[f] = new int[0];
        for (BytesRef label : labels[f]) {
          long ord = values == null ? -1 : values.lookupTerm(label);
          if (ord >= 0) {
            selected[f] = Arrays.copyOf(selected[f], selected[f].length + 1);
            selected[f][selected[f].length - 1] = (int) ord;
          }
        }
      }
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator it = scorer.iterator();
      Bits[] passes = passes(leaf, config, dims, filters, it.cost());
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        int failed = -1;
        int fails = 0;
        for (int f = 0; f < selected.length && fails < 2; f++) {
          if (passes != null ? !passes[f].get(doc) : !c.holdsAny(doc, f, selected[f])) {
            failed = f;
            fails++;
          }
        }
        if (fails == 0) {
          hits.collect(doc);
          c.countAll(doc);
          for (int f = 0; f < selected.length; f++) {
            c.countSideways(doc, f);
          }
        } else if (fails == 1) {
          c.countSideways(doc, failed);
        }
      }
      hits.finish();
    }
    return topManager.reduce(List.of(top));
  }

  /**
   * For each filter, the documents of {@code leaf} it lets pass, as a bit set from the postings
   * of its drill-down terms (those Lucene's {@link DrillDownQuery} searches); null when the text
   * query matches so few of the segment's documents that looking each one's values up costs
   * less than reading postings that may hold all of them. Looking a match's values up reads
   * three arrays far apart for each filter; a bit set of a segment is a few kilobytes that stay
   * in the processor's cache.
   */
  private static Bits[] passes(LeafReaderContext leaf, FacetsConfig config, List<String> dims,
      Map<String, List<String[]>> filters, long matches) throws IOException {
    int maxDoc = leaf.reader().maxDoc();
    if (matches * BITS_OVER_LOOKUPS < maxDoc) {
      return null;
    }
    Bits[] passes = new Bits[dims.size()];
    for (int f = 0; f < passes.length; f++) {
      String dim = dims.get(f);
      String field = config.getDimConfig(dim).indexFieldName;
      FixedBitSet bits = new FixedBitSet(maxDoc);
      for (String[] path : filters.get(dim)) {
        PostingsEnum pe = leaf.reader().postings(DrillDownQuery.term(field, dim, path),
            PostingsEnum.NONE);
        if (pe != null) {
          bits.or(pe);
        }
      }
      passes[f] = bits;
    }
    return passes;
  }

  /**
   * The counts of one search, per segment while it runs, then in the ordinals of the whole
   * index: those of the hits, and those of each filtered dimension's sideways reports.
   */
  private static final class Counts {
    final String field;
    final FacetsConfig config;
    final List<String> dims;
    final int[] down;
    final int[][] sideways;
    private final HeapFacetCounts.Store store;
    private final OrdinalMap map;
    private final List<LeafCounts> leaves = new ArrayList<>();

    Counts(SortedSetDocValuesReaderState state, HeapFacetCounts.Store store, List<String> dims)
        throws IOException {
      this.field = state.getField();
      this.config = state.getFacetsConfig();
      this.dims = dims;
      this.store = store;
      this.down = new int[state.getSize()];
      this.sideways = new int[dims.size()][state.getSize()];
      SortedSetDocValues labels = state.getDocValues();
      this.map = labels instanceof MultiDocValues.MultiSortedSetDocValues multi
          ? multi.mapping : null;
    }

    synchronized LeafCounts leaf(LeafReaderContext leaf) throws IOException {
      HeapFacetCounts.Segment s = store.segment(leaf.reader(), field);
      LeafCounts c = map == null ? new LeafCounts(leaf.ord, s, dims, down, sideways)
          : new LeafCounts(leaf.ord, s, dims, new int[s.valueCount()],
              new int[dims.size()][s.valueCount()]);
      leaves.add(c);
      return c;
    }

    /** Adds each segment's counts to those of the index. */
    void finish() {
      if (map == null) {
        return;
      }
      for (LeafCounts c : leaves) {
        LongValues global = map.getGlobalOrds(c.leafOrd);
        add(global, c.down, down);
        for (int f = 0; f < sideways.length; f++) {
          add(global, c.sideways[f], sideways[f]);
        }
      }
    }

    private static void add(LongValues global, int[] segment, int[] counts) {
      for (int ord = 0; ord < segment.length; ord++) {
        if (segment[ord] != 0) {
          counts[(int) global.get(ord)] += segment[ord];
        }
      }
    }
  }

  /** The counts of one segment, in its own ordinals. */
  private static final class LeafCounts {
    final int leafOrd;
    final int[] down;
    final int[][] sideways;
    private final int[] starts;
    private final char[] ords;
    private final int[] wide;
    private final char[] dimEnds;
    private final int width;
    /** Each filtered dimension's place among the segment's dimensions, -1 where it has none. */
    private final int[] dimOf;

    LeafCounts(int leafOrd, HeapFacetCounts.Segment s, List<String> dims, int[] down,
        int[][] sideways) {
      this.leafOrd = leafOrd;
      this.down = down;
      this.sideways = sideways;
      this.starts = s.starts();
      this.ords = s.ords();
      this.wide = s.wideOrds();
      this.dimEnds = s.dimEnds();
      this.width = s.dims().size();
      this.dimOf = new int[dims.size()];
      for (int f = 0; f < dimOf.length; f++) {
        dimOf[f] = s.dims().indexOf(dims.get(f));
      }
    }

    /**
     * Whether the document holds one of {@code wanted}, segment ordinals of the f-th filtered
     * dimension: only the document's run of values of that dimension is looked at.
     */
    boolean holdsAny(int doc, int f, int[] wanted) {
      if (wanted.length == 0 || dimOf[f] < 0) {
        return false;
      }
      int from = starts[doc];
      int to = starts[doc + 1];
      if (dimEnds != null) {
        int at = doc * width + dimOf[f];
        to = from + dimEnds[at];
        from += dimOf[f] == 0 ? 0 : dimEnds[at - 1];
      }
      for (int j = from; j < to; j++) {
        int ord = ords != null ? ords[j] : wide[j];
        for (int w : wanted) {
          if (ord == w) {
            return true;
          }
        }
      }
      return false;
    }

    void countAll(int doc) {
      if (ords != null) {
        for (int j = starts[doc], end = starts[doc + 1]; j < end; j++) {
          down[ords[j]]++;
        }
      } else {
        for (int j = starts[doc], end = starts[doc + 1]; j < end; j++) {
          down[wide[j]]++;
        }
      }
    }

    /** Counts the document's values of the f-th filtered dimension as a sideways report. */
    void countSideways(int doc, int f) {
      int[] counts = sideways[f];
      int k = dimOf[f];
      if (k < 0) {
        return;
      }
      int first = starts[doc];
      int from = first;
      int to = starts[doc + 1];
      if (dimEnds != null) {
        int at = doc * width + k;
        from = first + (k == 0 ? 0 : dimEnds[at - 1]);
        to = first + dimEnds[at];
      }
      if (ords != null) {
        for (int j = from; j < to; j++) {
          counts[ords[j]]++;
        }
      } else {
        for (int j = from; j < to; j++) {
          counts[wide[j]]++;
        }
      }
    }
  }

  /**
   * The hits' collector of a search without filters, counting the facets of every hit as it
   * collects it; the search itself runs as it would with the hits' collector alone.
   */
  private static final class Counting<C extends TopDocsCollector<?>, T extends TopDocs>
      implements CollectorManager<Collector, T> {
    private final CollectorManager<C, T> top;
    private final Counts counts;
    private final List<C> collectors = new ArrayList<>();

    Counting(CollectorManager<C, T> top, Counts counts) {
      this.top = top;
      this.counts = counts;
    }

    @Override
    public synchronized Collector newCollector() throws IOException {
      C hits = top.newCollector();
      collectors.add(hits);
      return new Collector() {
        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
          LeafCollector in = hits.getLeafCollector(context);
          LeafCounts c = counts.leaf(context);
          return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) throws IOException {
              in.setScorer(scorer);
            }

            @Override
            public void collect(int doc) throws IOException {
              in.collect(doc);
              c.countAll(doc);
            }

            @Override
            public void finish() throws IOException {
              in.finish();
            }
          };
        }

        /** As Lucene's collector of the hits and their facets together would need. */
        @Override
        public ScoreMode scoreMode() {
          ScoreMode mode = hits.scoreMode();
          return mode == ScoreMode.COMPLETE_NO_SCORES ? mode : ScoreMode.COMPLETE;
        }
      };
    }

    @Override
    public T reduce(Collection<Collector> ignored) throws IOException {
      return top.reduce(collectors);
    }
  }
}
