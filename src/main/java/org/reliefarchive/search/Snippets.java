package org.reliefarchive.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.reliefarchive.index.IndexSchema;

/**
 * Highlighted snippets: passages of the body text with the ranges the query matched, as plain
 * text ({@link Snippet}); presenters mark and escape. Only the text query is highlighted, never
 * the facet drill-down around it (which costs about ten times as much and marks nothing more).
 * Where the query matched is read from the offsets in the body's postings ({@link
 * IndexSchema#BODY_TEXT}), not found by analysing each hit's text again; a query the postings
 * cannot answer alone (a wildcard) still has its hits' text analysed.
 */
public final class Snippets {
  static final int CHARS = 110;
  /** Most characters of a snippet: two passages of about {@link #CHARS}, with room to spare. */
  static final int MAX_CHARS = 4 * CHARS;

  private final IndexSchema schema;

  Snippets(IndexSchema schema) {
    this.schema = schema;
  }

  /**
   * Snippets of the hits of {@code page} (null where the query marks nothing), made from
   * {@code bodies}, the stored body of each hit already read by the caller: reading it a second
   * time would decompress every hit's stored document twice.
   */
  Snippet[] highlight(IndexSearcher searcher, Query text, List<ScoreDoc> page,
      List<String> bodies) throws IOException {
    if (text instanceof MatchAllDocsQuery || page.isEmpty()) {
      return new Snippet[page.size()];
    }
    Map<Integer, String> byDoc = new HashMap<>();
    for (int i = 0; i < page.size(); i++) {
      byDoc.put(page.get(i).doc, bodies.get(i));
    }
    ExclusionAwareHighlighter highlighter = new ExclusionAwareHighlighter(byDoc,
        UnifiedHighlighter.builder(searcher, schema.analyzer())
            .withFormatter(new RangeFormatter())
            .withScorer(new LeanPassageScorer())
            .withBreakIterator(
                () -> LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getSentenceInstance(Locale.SIMPLIFIED_CHINESE), CHARS, 0.5f))
            .withMaxNoHighlightPassages(0));
    int[] docIds = page.stream().mapToInt(sd -> sd.doc).toArray();
    Map<String, Object[]> byField =
        highlighter.objects(new String[] {IndexSchema.BODY}, text, docIds,
            new int[] {2});
    Object[] found = byField.get(IndexSchema.BODY);
    Snippet[] out = new Snippet[page.size()];
    for (int i = 0; i < out.length && found != null && i < found.length; i++) {
      out[i] = found[i] == null ? null : ((Snippet) found[i]).capped(MAX_CHARS);
    }
    return out;
  }

  /**
   * Joins a hit's passages with "…" and keeps the ranges of their matches, merging overlapping
   * ones, as a {@link Snippet} (the passages and marks Lucene's HTML formatter would make, as
   * plain text and offsets).
   */
  private static final class RangeFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      StringBuilder text = new StringBuilder();
      List<Snippet.Mark> marks = new ArrayList<>();
      int pos = 0;
      for (Passage passage : passages) {
        if (passage.getStartOffset() > pos && pos > 0) {
          text.append('…');
        }
        pos = passage.getStartOffset();
        for (int i = 0; i < passage.getNumMatches(); i++) {
          int start = passage.getMatchStarts()[i];
          text.append(content, pos, start);
          int end = passage.getMatchEnds()[i];
          while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < end) {
            end = Math.max(end, passage.getMatchEnds()[++i]);
          }
          end = Math.min(end, passage.getEndOffset());
          int from = text.length();
          text.append(content, start, end);
          marks.add(new Snippet.Mark(from, text.length()));
          pos = end;
        }
        text.append(content, pos, Math.max(pos, passage.getEndOffset()));
        pos = passage.getEndOffset();
      }
      return new Snippet(text.toString(), marks);
    }
  }

  /**
   * Lucene's passage score (BM25 of the terms in the passage, times a bonus for passages near
   * the start), counting each term once without a new hash table per passage: the table's 32 KB
   * block, allocated for every candidate passage of every hit, was the largest single
   * allocation of a search. A passage holds a handful of matches; comparing them pairwise is
   * cheaper.
   */
  static final class LeanPassageScorer extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
      int n = passage.getNumMatches();
      BytesRef[] terms = passage.getMatchTerms();
      int[] inDoc = passage.getMatchTermFreqsInDoc();
      float score = 0;
      for (int i = 0; i < n; i++) {
        boolean before = false;
        for (int j = 0; j < i && !before; j++) {
          before = terms[j].bytesEquals(terms[i]);
        }
        if (before) {
          continue;
        }
        int inPassage = 1;
        for (int j = i + 1; j < n; j++) {
          if (terms[j].bytesEquals(terms[i])) {
            inPassage++;
          }
        }
        score += tf(inPassage, passage.getLength()) * weight(contentLength, inDoc[i]);
      }
      return score * norm(passage.getStartOffset());
    }
  }

  /**
   * Where the highlighter analyses a hit's text (a query with wildcards), it builds a small index
   * holding only the query's terms, collected skipping excluded parts: the compound of a span
   * exclusion (人民政府 for 民政) would then be missing there and 民政 inside it marked. This one
   * keeps excluded terms too; they never mark anything themselves. Read from the postings, the
   * whole index is there and nothing needs adding.
   */
  private static final class ExclusionAwareHighlighter extends UnifiedHighlighter {
    private final Map<Integer, String> bodies;

    ExclusionAwareHighlighter(Map<Integer, String> bodies, UnifiedHighlighter.Builder builder) {
      super(builder);
      this.bodies = bodies;
    }

    /** The bodies the caller read, cut as the highlighter cuts what it reads itself. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
        int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = docIter.nextDoc()) {
        CharSequence[] perField = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          String body = IndexSchema.BODY.equals(fields[f]) ? bodies.get(doc) : null;
          perField[f] = body == null || body.length() <= getMaxLength() ? body
              : body.substring(0, getMaxLength());
        }
        values.add(perField);
      }
      return values;
    }

    /**
     * The body's offsets are in its postings: {@link IndexSchema#BODY_TEXT} says so, and an index
     * built otherwise is refused when opened. Asking the index would merge the field infos of
     * every segment for each page of hits.
     */
    @Override
    protected OffsetSource getOffsetSource(String field) {
      return IndexSchema.BODY.equals(field) ? OffsetSource.POSTINGS : super.getOffsetSource(field);
    }

    /** Reads matches from the postings with {@link PageOffsets}; other sources as Lucene does. */
    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source,
        UHComponents components) {
      return source == OffsetSource.POSTINGS
          && components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)
          ? new PageOffsets(components, searcher) : super.getOffsetStrategy(source, components);
    }

    /** The formatter's objects (here {@link Snippet}s) per field and document. */
    Map<String, Object[]> objects(String[] fields, Query query, int[] docIds, int[] passages)
        throws IOException {
      return highlightFieldsAsObjects(fields, query, docIds, passages);
    }

    @Override
    protected UHComponents getHighlightComponents(String field, Query query, Set<Term> allTerms) {
      Set<Term> all = new HashSet<>(allTerms);
      query.visit(new QueryVisitor() {
        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
          return this;
        }

        @Override
        public void consumeTerms(Query q, Term... terms) {
          all.addAll(List.of(terms));
        }
      });
      return super.getHighlightComponents(field, query, all);
    }
  }

  /**
   * Where the query matched in a hit, from the offsets in the postings, through one weight for
   * the whole page of hits. Lucene's own strategy builds a searcher, rewrites the query and
   * creates a weight for every hit, and so looks every query term up in the terms dictionary
   * again for each: a quarter of the cost of a page's snippets.
   */
  private static final class PageOffsets extends FieldOffsetStrategy {
    private final IndexSearcher searcher;
    private Weight weight;

    PageOffsets(UHComponents components, IndexSearcher searcher) {
      super(components);
      this.searcher = searcher;
    }

    @Override
    public UnifiedHighlighter.OffsetSource getOffsetSource() {
      return UnifiedHighlighter.OffsetSource.POSTINGS;
    }

    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader reader, int doc, String content)
        throws IOException {
      LeafReaderContext leaf = null;
      for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
        if (ctx.reader() == reader) {
          leaf = ctx;
          break;
        }
      }
      if (leaf == null) {
        // not a segment of this searcher's reader: let Lucene do it its own way
        return new PostingsOffsetStrategy(components).getOffsetsEnum(reader, doc, content);
      }
      if (weight == null) {
        weight = searcher.createWeight(searcher.rewrite(components.getQuery()),
            ScoreMode.COMPLETE_NO_SCORES, 1f);
      }
      Matches matches = weight.matches(leaf, doc);
      if (matches == null) {
        return OffsetsEnum.EMPTY;
      }
      List<OffsetsEnum> found = new ArrayList<>();
      for (String field : matches) {
        if (components.getFieldMatcher().test(field)) {
          MatchesIterator it = matches.getMatches(field);
          if (it != null) {
            found.add(new OffsetsEnum.OfMatchesIteratorWithSubs(it));
          }
        }
      }
      return found.isEmpty() ? OffsetsEnum.EMPTY
          : found.size() == 1 ? found.get(0) : new OffsetsEnum.MultiOffsetsEnum(found);
    }
  }

  /** The start of the body, for hits without a highlight. */
  static Snippet lead(String body) {
    if (body == null) {
      return Snippet.plain("");
    }
    String lead = body.length() > CHARS ? body.substring(0, CHARS) + "…" : body;
    return Snippet.plain(lead.replace("\n\n", " "));
  }


}
