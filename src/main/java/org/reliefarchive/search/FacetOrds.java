package org.reliefarchive.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The facet values of every report held in heap as plain int arrays, one pair per segment, so
 * that counting the facets of a search reads arrays instead of decoding packed doc values from
 * the memory-mapped index for every hit: on 100,000 reports counting was the largest cost of a
 * search. A reader is wrapped so that Lucene's own facet counting, drill-sideways and labels work
 * unchanged; only the ordinals of the facet field come from the arrays, their labels still from
 * the index. A segment's arrays are built the first time it is searched and dropped when it is
 * closed, so a refresh after a crawl builds only the new segments. About 4 bytes a facet value
 * of a report and 4 a report: 7 MB for 100,000 generated reports.
 */
final class FacetOrds {
  private final String field;
  private final Map<Object, Segment> segments = new ConcurrentHashMap<>();

  /** @param field the doc-values field that holds the facet values of every dimension */
  FacetOrds(String field) {
    this.field = field;
  }

  /** {@code reader} with the facet field read from heap; its owner keeps and closes reader. */
  DirectoryReader wrap(DirectoryReader reader) throws IOException {
    return new Wrapped(reader, this);
  }

  /** Builds the arrays of every segment of {@code reader}, a reader {@link #wrap} returned. */
  void load(IndexReader reader) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      leaf.reader().getSortedSetDocValues(field);
    }
  }

  /** Heap in use by the arrays of the segments searched so far and still open, in bytes. */
  long bytes() {
    return segments.values().stream().mapToLong(s -> 4L * (s.starts.length + s.ords.length))
        .sum();
  }

  private Segment segment(LeafReader leaf) throws IOException {
    IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
    if (helper == null) {
      return Segment.of(leaf.getSortedSetDocValues(field), leaf.maxDoc());
    }
    Object key = helper.getKey();
    Segment s = segments.get(key);
    if (s == null) {
      s = Segment.of(leaf.getSortedSetDocValues(field), leaf.maxDoc());
      if (segments.putIfAbsent(key, s) == null) {
        helper.addClosedListener(segments::remove);
      }
    }
    return s;
  }

  /** The ordinals of each document: those of doc d are ords[starts[d]] to ords[starts[d+1]-1]. */
  private record Segment(int[] starts, int[] ords) {
    static Segment of(SortedSetDocValues values, int maxDoc) throws IOException {
      int[] starts = new int[maxDoc + 1];
      if (values == null) {
        return new Segment(starts, new int[0]);
      }
      int[] ords = new int[Math.max(16, maxDoc * 8)];
      int n = 0;
      int d = 0;
      for (int doc = values.nextDoc(); doc != SortedSetDocValues.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        while (d <= doc) {
          starts[d++] = n;
        }
        int count = values.docValueCount();
        if (n + count > ords.length) {
          ords = Arrays.copyOf(ords, Math.max(n + count, ords.length + ords.length / 2));
        }
        for (int i = 0; i < count; i++) {
          ords[n++] = (int) values.nextOrd();
        }
      }
      while (d <= maxDoc) {
        starts[d++] = n;
      }
      return new Segment(starts, Arrays.copyOf(ords, n));
    }
  }

  private static final class Wrapped extends FilterDirectoryReader {
    private final FacetOrds ords;

    Wrapped(DirectoryReader in, FacetOrds ords) throws IOException {
      super(in, new SubReaderWrapper() {
        @Override
        public LeafReader wrap(LeafReader reader) {
          return new Leaf(reader, ords);
        }
      });
      this.ords = ords;
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
      return new Wrapped(in, ords);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return in.getReaderCacheHelper();
    }
  }

  private static final class Leaf extends FilterLeafReader {
    private final FacetOrds ords;

    Leaf(LeafReader in, FacetOrds ords) {
      super(in);
      this.ords = ords;
    }

    @Override
    public SortedSetDocValues getSortedSetDocValues(String field) throws IOException {
      SortedSetDocValues values = in.getSortedSetDocValues(field);
      if (values == null || !field.equals(ords.field)) {
        return values;
      }
      return new HeapValues(ords.segment(in), values);
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return in.getCoreCacheHelper();
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return in.getReaderCacheHelper();
    }
  }

  /** Ordinals from the arrays; labels, terms and the value count from the index. */
  private static final class HeapValues extends SortedSetDocValues {
    private final int[] starts;
    private final int[] ords;
    private final SortedSetDocValues labels;
    private final int maxDoc;
    private int doc = -1;
    private int next;
    private int end;

    HeapValues(Segment segment, SortedSetDocValues labels) {
      this.starts = segment.starts();
      this.ords = segment.ords();
      this.labels = labels;
      this.maxDoc = starts.length - 1;
    }

    @Override
    public long nextOrd() {
      return next < end ? ords[next++] : NO_MORE_ORDS;
    }

    @Override
    public int docValueCount() {
      return starts[doc + 1] - starts[doc];
    }

    @Override
    public BytesRef lookupOrd(long ord) throws IOException {
      return labels.lookupOrd(ord);
    }

    @Override
    public long getValueCount() {
      return labels.getValueCount();
    }

    @Override
    public long lookupTerm(BytesRef key) throws IOException {
      return labels.lookupTerm(key);
    }

    @Override
    public TermsEnum termsEnum() throws IOException {
      return labels.termsEnum();
    }

    @Override
    public boolean advanceExact(int target) {
      doc = target;
      next = starts[target];
      end = starts[target + 1];
      return next < end;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      return advance(doc + 1);
    }

    @Override
    public int advance(int target) {
      for (int d = target; d < maxDoc; d++) {
        if (starts[d + 1] > starts[d]) {
          doc = d;
          next = starts[d];
          end = starts[d + 1];
          return d;
        }
      }
      doc = NO_MORE_DOCS;
      return NO_MORE_DOCS;
    }

    @Override
    public long cost() {
      return maxDoc;
    }
  }
}
