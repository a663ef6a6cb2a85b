package org.reliefarchive.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.stream.IntStream;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;

/**
 * The counts of one facet dimension over a set of hits, for drill-sideways: a selected
 * dimension counts its values over the hits of every other filter, and only its own values are
 * shown from that count. All dimensions share one sorted-set field; Lucene's counter maps and
 * counts every value of every hit, this one only those of the dimension (its values are one run
 * of ordinals, and a document's ordinals come in order, so the rest are passed over or not read).
 * Answers as Lucene's counter does: top children by count, ties in label order; all children in
 * label order; hierarchical dimensions by path.
 */
final class DimensionCounts extends Facets {
  private final SortedSetDocValuesReaderState state;
  private final String dim;
  private final SortedSetDocValues values;
  // global ordinals [start, end) are the dimension's values
  private final int start;
  private final int[] counts;

  private DimensionCounts(SortedSetDocValuesReaderState state, String dim,
      SortedSetDocValues values, int start, int end) {
    this.state = state;
    this.dim = dim;
    this.values = values;
    this.start = start;
    this.counts = new int[Math.max(0, end - start)];
  }

  /** Counts the values of {@code dim} over {@code hits}. */
  static DimensionCounts count(SortedSetDocValuesReaderState state, String dim,
      FacetsCollector hits) throws IOException {
    SortedSetDocValues global = state.getDocValues();
    int[] range = range(global, dim);
    DimensionCounts c = new DimensionCounts(state, dim, global, range[0], range[1]);
    if (range[0] < range[1]) {
      OrdinalMap map = global instanceof MultiDocValues.MultiSortedSetDocValues multi
          ? multi.mapping : null;
      for (FacetsCollector.MatchingDocs md : hits.getMatchingDocs()) {
        if (md.totalHits > 0 && md.bits != null) {
          c.countSegment(md, map == null ? LongValues.IDENTITY
              : map.getGlobalOrds(md.context.ord));
        }
      }
    }
    return c;
  }

  private void countSegment(FacetsCollector.MatchingDocs md, LongValues toGlobal)
      throws IOException {
    SortedSetDocValues segment = DocValues.getSortedSet(md.context.reader(), state.getField());
    int[] range = range(segment, dim);
    long from = range[0];
    long to = range[1];
    if (from >= to) {
      return;
    }
    DocIdSetIterator docs = md.bits.iterator();
    if (docs == null) {
      return;
    }
    // counted by the segment's ordinals, then each mapped once: mapping every value of every
    // hit to the reader's ordinal cost most of the time
    int[] local = new int[(int) (to - from)];
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if (!segment.advanceExact(doc)) {
        continue;
      }
      for (int i = segment.docValueCount(); i > 0; i--) {
        long ord = segment.nextOrd();
        if (ord >= to) {
          break;
        }
        if (ord >= from) {
          local[(int) (ord - from)]++;
        }
      }
    }
    for (int i = 0; i < local.length; i++) {
      if (local[i] > 0) {
        counts[(int) toGlobal.get(from + i) - start] += local[i];
      }
    }
  }

  /** The ordinals [start, end) of the dimension's values in {@code dv}: those under "dim/". */
  private static int[] range(SortedSetDocValues dv, String dim) throws IOException {
    TermsEnum terms = dv.termsEnum();
    return new int[] {ceil(terms, dim + FacetsConfig.DELIM_CHAR, dv),
        ceil(terms, dim + (char) (FacetsConfig.DELIM_CHAR + 1), dv)};
  }

  private static int ceil(TermsEnum terms, String term, SortedSetDocValues dv)
      throws IOException {
    return terms.seekCeil(new BytesRef(term)) == TermsEnum.SeekStatus.END
        ? (int) dv.getValueCount() : (int) terms.ord();
  }

  @Override
  public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
    validateTopN(topN);
    List<int[]> children = children(dim, path);
    if (children == null) {
      return null;
    }
    // by count, ties in label (ordinal) order, as Lucene's counter answers
    children.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1])
        : Integer.compare(a[0], b[0]));
    return result(path, children.subList(0, Math.min(topN, children.size())), children.size());
  }

  @Override
  public FacetResult getAllChildren(String dim, String... path) throws IOException {
    List<int[]> children = children(dim, path);
    return children == null ? null : result(path, children, children.size());
  }

  @Override
  public Number getSpecificValue(String dim, String... path) throws IOException {
    check(dim);
    long ord = values.lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, path)));
    return ord < start || ord >= start + counts.length ? -1 : counts[(int) ord - start];
  }

  @Override
  public List<FacetResult> getAllDims(int topN) throws IOException {
    FacetResult r = getTopChildren(topN, dim);
    return r == null ? List.of() : List.of(r);
  }

  /** The counted children of {@code path}, as [ordinal, count]; null when none counts. */
  private List<int[]> children(String dim, String... path) throws IOException {
    check(dim);
    PrimitiveIterator.OfInt ords;
    if (state.getFacetsConfig().getDimConfig(dim).hierarchical) {
      SortedSetDocValuesReaderState.DimTree tree = state.getDimTree(dim);
      if (tree == null) {
        return null;
      }
      if (path.length == 0) {
        ords = tree.iterator();
      } else {
        long parent = values.lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, path)));
        if (parent < 0) {
          return null;
        }
        ords = tree.iterator((int) parent);
      }
    } else {
      if (path.length > 0) {
        throw new IllegalArgumentException("dimension '" + dim + "' is not hierarchical");
      }
      ords = IntStream.range(start, start + counts.length).iterator();
    }
    List<int[]> out = new ArrayList<>();
    while (ords.hasNext()) {
      int ord = ords.nextInt();
      int n = ord >= start && ord < start + counts.length ? counts[ord - start] : 0;
      if (n > 0) {
        out.add(new int[] {ord, n});
      }
    }
    return out.isEmpty() ? null : out;
  }

  private FacetResult result(String[] path, List<int[]> children, int childCount)
      throws IOException {
    LabelAndValue[] labels = new LabelAndValue[children.size()];
    int total = 0;
    for (int i = 0; i < labels.length; i++) {
      String[] full = FacetsConfig.stringToPath(
          values.lookupOrd(children.get(i)[0]).utf8ToString());
      labels[i] = new LabelAndValue(full[full.length - 1], children.get(i)[1]);
      total += children.get(i)[1];
    }
    return new FacetResult(dim, path, total, labels, childCount);
  }

  private void check(String dim) {
    if (!this.dim.equals(dim)) {
      throw new IllegalArgumentException("only dimension '" + this.dim + "' was counted, not '"
          + dim + "'");
    }
  }
}
