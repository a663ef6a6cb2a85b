package org.reliefarchive.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.reliefarchive.enrich.CaptureRecord;
import org.reliefarchive.enrich.ReportTags;
import org.reliefarchive.index.CaptureCodec;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.index.TagsCodec;

/**
 * Answers {@link SearchRequest}s over a {@link ReportIndex}: parses the query, applies facet
 * filters with drill-sideways (so a selected dimension still counts its other values) and date
 * ranges, sorts, folds reprints of one article into one hit, pages and highlights. Also reads
 * one report whole and finds similar reports. Read-only and thread-safe.
 */
public final class ReportSearcher implements SearchBackend {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  // hits fetched beyond the page so that folding reprints still fills it
  private static final int FOLD_WINDOW = 4;
  /**
   * A similar report scores at least this share of the best one. Tuned on the sample portal:
   * for each of its 51 reports the similar list was read with scores; the relief reports that
   * belong together (the Gansu, Liling, Yongping, Anning and "身先士卒" reports) score 0.50 to 1.0
   * of the best, and the first unrelated story after them (武汉, 呼和浩特, 美联储 …) 0.32 to 0.38.
   */
  public static final float SIMILAR_SHARE = 0.45f;
  // reprint counts kept per reader: a few MB at most
  private static final int REMEMBERED_GROUPS = 50_000;
  private static final String SYNTAX = "Allowed: words, \"phrases\", AND, OR, NOT, -word, "
      + "(groups), title:word";

  /** The stored fields a hit in a result list shows; the body gives its snippet. */
  private static final Set<String> HIT_FIELDS = Set.of(IndexSchema.ID, IndexSchema.TITLE,
      IndexSchema.BODY,
      IndexSchema.URL, IndexSchema.PORTAL, IndexSchema.PORTAL_NAME, IndexSchema.PUBLISHED,
      IndexSchema.PRIMARY_REGION, IndexSchema.AGENCY_TYPE, IndexSchema.GROUP,
      IndexSchema.FIRST_CAPTURED, IndexSchema.FETCHED_AT, IndexSchema.STATUS);

  private final ReportIndex index;
  private final IndexSchema schema;
  private final Snippets snippets;
  private final QuerySynonyms synonyms;
  /**
   * One search per core runs at a time; the others wait their turn, first come first served. A
   * search is all CPU (the index is in the page cache), so more at once only share the cores
   * and each holds its allocations longer: on 2 cores, 16 HTTP clients got more answers and a
   * lower p99 with searches queued than with all 16 running.
   */
  private final Semaphore running = new Semaphore(Runtime.getRuntime().availableProcessors(),
      true);
  private final HeapFacetCounts.Store facetValues = new HeapFacetCounts.Store();
  private volatile EverythingAnswers everythingAnswers;
  private volatile FacetState facetState;
  private volatile ReprintCounts reprintCounts;
  private volatile PageFields pageFields;

  /** @param index the index to search, query words standing only for themselves */
  public ReportSearcher(ReportIndex index) {
    this(index, QuerySynonyms.none());
  }

  /**
   * @param index the index to search; its owner closes it
   * @param synonyms the words each query word also finds ({@code config/synonyms.txt})
   */
  public ReportSearcher(ReportIndex index, QuerySynonyms synonyms) {
    this.index = index;
    this.schema = index.schema();
    this.snippets = new Snippets(schema);
    this.synonyms = synonyms;
  }

  /**
   * Runs one search.
   *
   * @throws BadQueryException if the query cannot be parsed or a filter names an unknown facet
   */
  @Override
  public SearchResult search(SearchRequest request) {
    long start = System.nanoTime();
    boolean everything = understood(request.query()).isEmpty() && request.from() == null
        && request.to() == null && request.filters().values().stream()
            .allMatch(v -> v.stream().allMatch(x -> x == null || x.isBlank()));
    EverythingKey key = null;
    if (everything) {
      key = withSearcher(searcher -> new EverythingKey(searcher.getIndexReader(),
          request.sort(), request.page(), request.size()));
      SearchResult known = everything(key.reader()).get(key);
      if (known != null) {
        // the page a visitor lands on, already answered for this reader: it waits for no search
        return new SearchResult(known.query(), known.total(), known.page(), known.size(),
            known.hits(), known.facets(), (System.nanoTime() - start) / 1_000_000,
            known.undated(), known.relaxed(), known.partial(), known.alsoSearched());
      }
    }
    running.acquireUninterruptibly();
    try {
      SearchResult result = run(request, start);
      if (key != null) {
        Map<EverythingKey, SearchResult> known = everything(key.reader());
        if (known.size() < 64) {
          known.put(key, result);
        }
      }
      return result;
    } finally {
      running.release();
    }
  }

  /**
   * The answers for all reports (no words, filters or dates) given for {@code reader}, by order
   * and page: every visitor's first page and the facets-only request, the same for everyone
   * until the index changes, so they are answered once per reader.
   */
  private Map<EverythingKey, SearchResult> everything(IndexReader reader) {
    EverythingAnswers current = everythingAnswers;
    if (current == null || current.reader() != reader) {
      current = new EverythingAnswers(reader, new ConcurrentHashMap<>());
      everythingAnswers = current;
    }
    return current.answers();
  }

  private SearchResult run(SearchRequest request, long start) {
    GradedQuery graded = graded(request.query());
    boolean relaxed = request.relaxed() && graded.relaxable();
    Query text = relaxed ? graded.relaxed() : graded.full();
    Sort sort = sort(request.sort());
    // by relevance, the passages holding every word score the first hits only (Passages)
    Passages.Split split = sort == null && !relaxed ? Passages.split(text)
        : new Passages.Split(text, null);
    Query base = withDateRange(split.matching(), request.from(), request.to());
    return withSearcher(searcher -> {
      DrillDownQuery drillDown = drillDown(base, request.filters());
      int window = Math.min(10_000, request.page() * request.size() * FOLD_WINDOW);
      int collected = split.passages() == null ? window
          : Math.min(10_000, Math.max(window, Passages.WINDOW));
      SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
      TopDocs top;
      Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
      if (state != null) {
        FacetedSearch.Result r = FacetedSearch.search(searcher, state, facetValues, drillDown,
            filterPaths(request.filters()), collected, sort);
        top = r.hits();
        Set<String> indexed = new HashSet<>();
        state.getDims().forEach(indexed::add);
        for (String dim : IndexSchema.FACET_DIMENSIONS) {
          List<String> selected = request.filters().getOrDefault(dim, List.of());
          // a dimension no report has yet (no tags indexed, say) has no counts to read
          facets.put(dim, indexed.contains(dim) ? FacetReader.read(r.facets(), dim, selected)
              : FacetReader.none(selected));
        }
      } else {
        top = sort == null ? searcher.search(drillDown, collected)
            : searcher.search(drillDown, collected, sort, true);
      }
      if (split.passages() != null) {
        top = Passages.rescore(searcher, top, split.passages(), window);
      }
      List<ScoreDoc> folded = fold(searcher, top.scoreDocs);
      int from = (request.page() - 1) * request.size();
      List<ScoreDoc> page = from >= folded.size() ? List.of()
          : folded.subList(from, Math.min(folded.size(), from + request.size()));
      List<SearchHit> hits = hits(searcher, text, GradedQuery.textScores(page), request.sort());
      long partial = 0;
      if (relaxed) {
        hits = marked(searcher, graded, page, hits);
        partial = searcher.count(drillDown(withDateRange(graded.partial(), request.from(),
            request.to()), request.filters()));
      } else if (graded.relaxable() && top.scoreDocs.length < window
          && from + request.size() > folded.size()) {
        partial = fillWithPartial(searcher, graded, request, folded, hits);
      }
      long undated = undated(searcher, base, request.filters(), top, facets);
      return new SearchResult(understood(request.query()), top.totalHits.value, request.page(),
          request.size(), hits, facets, (System.nanoTime() - start) / 1_000_000, undated,
          relaxed, partial, graded.alsoSearched());
    });
  }

  /**
   * Fills the rest of a page the full matches left short with reports missing some words of
   * the query: those missing one word first, then fewer, each marked partial with the words it
   * misses. Reprints of a report already shown are left out. Filters and dates apply as to the
   * full matches; facet counts are not touched.
   *
   * @return how many reports match partially
   */
  private long fillWithPartial(IndexSearcher searcher, GradedQuery graded,
      SearchRequest request, List<ScoreDoc> full, List<SearchHit> hits) throws IOException {
    int from = (request.page() - 1) * request.size();
    int wanted = from + request.size() - full.size();
    int skip = Math.max(0, from - full.size());
    DrillDownQuery query = drillDown(withDateRange(graded.partial(), request.from(),
        request.to()), request.filters());
    Sort sort = sort(request.sort());
    int window = PartialFeedback.window(wanted, sort == null, FOLD_WINDOW);
    TopDocs top = sort == null ? searcher.search(query, window)
        : searcher.search(query, window, sort, true);
    Set<String> shown = new HashSet<>();
    for (ScoreDoc sd : full) {
      shown.add(groupKey(searcher, sd.doc));
    }
    List<ScoreDoc> more = fold(searcher, top.scoreDocs, shown);
    if (sort == null) {
      more = PartialFeedback.ordered(more, pool -> byFeedback(searcher, full, pool));
    }
    List<ScoreDoc> page = skip >= more.size() ? List.of()
        : more.subList(skip, Math.min(more.size(), wanted));
    hits.addAll(marked(searcher, graded, page,
        hits(searcher, graded.relaxed(), GradedQuery.textScores(page), request.sort())));
    return top.totalHits.value;
  }

  /**
   * {@code partial} in the order {@link PartialFeedback} gives it: each compared with the first
   * of {@code full} or, with none, with its own first reports.
   */
  private List<ScoreDoc> byFeedback(IndexSearcher searcher, List<ScoreDoc> full,
      List<ScoreDoc> partial) throws IOException {
    List<ScoreDoc> top = full.isEmpty() ? partial : full;
    int n = Math.min(PartialFeedback.REPORTS, top.size());
    int[] basis = new int[n];
    List<float[]> likeness = new ArrayList<>();
    for (int b = 0; b < n; b++) {
      basis[b] = full.isEmpty() ? b : -1;
      Document d = searcher.storedFields().document(top.get(b).doc,
          Set.of(IndexSchema.TITLE, IndexSchema.BODY));
      likeness.add(scoresOf(searcher, likeQuery(searcher.getIndexReader(), d), partial));
    }
    float[] scores = new float[partial.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = partial.get(i).score;
    }
    // each hit keeps the score it is ordered by (the text score is what is left of it once the
    // multiples of GradedQuery.PER_PART are taken off)
    float[] gained = PartialFeedback.gained(scores, basis, likeness);
    return PartialFeedback.order(gained).stream()
        .map(i -> new ScoreDoc(partial.get(i).doc, gained[i], partial.get(i).shardIndex))
        .toList();
  }

  /** The score {@code query} gives each of {@code docs}, 0 where it does not match. */
  private static float[] scoresOf(IndexSearcher searcher, Query query, List<ScoreDoc> docs)
      throws IOException {
    float[] out = new float[docs.size()];
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Integer[] byDoc = new Integer[docs.size()];
    for (int i = 0; i < byDoc.length; i++) {
      byDoc[i] = i;
    }
    Arrays.sort(byDoc, Comparator.comparingInt(i -> docs.get(i).doc));
    LeafReaderContext current = null;
    Scorer scorer = null;
    for (int i : byDoc) {
      int doc = docs.get(i).doc;
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      if (leaf != current) {
        current = leaf;
        scorer = weight.scorer(leaf);
      }
      if (scorer == null) {
        continue;
      }
      int local = doc - leaf.docBase;
      DocIdSetIterator it = scorer.iterator();
      int at = it.docID() < local ? it.advance(local) : it.docID();
      if (at == local) {
        out[i] = scorer.score();
      }
    }
    return out;
  }

  /**
   * The query for reports like {@code report} (its title and body): the words it names most,
   * rarest first, as {@link MoreLikeThis} picks them.
   */
  private Query likeQuery(IndexReader reader, Document report) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(schema.analyzer());
    mlt.setFieldNames(new String[] {IndexSchema.TITLE, IndexSchema.BODY});
    mlt.setMinTermFreq(2);
    mlt.setMinDocFreq(1);
    mlt.setMaxDocFreqPct(60);
    mlt.setMinWordLen(2);
    mlt.setMaxQueryTerms(30);
    // every character gives a single-character token and a bigram: read the whole report
    mlt.setMaxNumTokensParsed(50_000);
    String text = report.get(IndexSchema.TITLE) + "\n" + report.get(IndexSchema.BODY);
    return mlt.like(IndexSchema.BODY, new StringReader(text));
  }

  /** {@code hits} (of the documents {@code page}) marked full or partial, with missed words. */
  private static List<SearchHit> marked(IndexSearcher searcher, GradedQuery graded,
      List<ScoreDoc> page, List<SearchHit> hits) throws IOException {
    List<List<String>> missing = graded.missing(searcher,
        page.stream().mapToInt(sd -> sd.doc).toArray());
    List<SearchHit> out = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      List<String> m = missing.get(i);
      out.add(hits.get(i).withMatch(m.isEmpty() ? SearchHit.FULL : SearchHit.PARTIAL, m));
    }
    return out;
  }

  /** The reprint group of a document, or a key of its own when it has none. */
  private static String groupKey(IndexSearcher searcher, int doc) throws IOException {
    // from doc values, as fold reads it: a stored field would decompress the document's block
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues groups = DocValues.getSorted(leaf.reader(), IndexSchema.GROUP);
    return groups.advanceExact(doc - leaf.docBase)
        ? groups.lookupOrd(groups.ordValue()).utf8ToString() : "doc:" + doc;
  }

  /** One report whole, with its tags and reprints, or empty when the id is unknown. */
  @Override
  public Optional<ReportDetail> report(String id) {
    return withSearcher(searcher -> {
      TopDocs td = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
      if (td.scoreDocs.length == 0) {
        return Optional.<ReportDetail>empty();
      }
      Document d = searcher.storedFields().document(td.scoreDocs[0].doc);
      String group = d.get(IndexSchema.GROUP);
      List<ReportDetail.Reprint> reprints = new ArrayList<>();
      if (group != null) {
        TopDocs members = searcher.search(new TermQuery(new Term(IndexSchema.GROUP, group)), 200);
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : members.scoreDocs) {
          Document m = stored.document(sd.doc);
          if (!id.equals(m.get(IndexSchema.ID))) {
            reprints.add(new ReportDetail.Reprint(m.get(IndexSchema.ID), m.get(IndexSchema.URL),
                m.get(IndexSchema.PORTAL), m.get(IndexSchema.PORTAL_NAME), published(m),
                fetched(m), firstCaptured(m), m.get(IndexSchema.STATUS)));
          }
        }
        reprints.sort(Comparator.comparing(ReportDetail.Reprint::firstCaptured,
            Comparator.nullsLast(Comparator.naturalOrder())));
      }
      return Optional.of(detail(d, reprints));
    });
  }

  /**
   * Hands every report matching {@code request} (filters, dates and query; its page and size
   * are ignored) to {@code consumer}, in the request's order, reprints included, reading the
   * index in batches so a result set of any size streams in constant memory. Reprint lists are
   * left empty; tags are included.
   *
   * @return the number of reports handed over
   */
  @Override
  public long forEach(SearchRequest request, Consumer<ReportDetail> consumer) {
    Query base = withDateRange(parse(request.query()), request.from(), request.to());
    return withSearcher(searcher -> {
      DrillDownQuery query = drillDown(base, request.filters());
      Sort sort = request.sort() == SearchRequest.Sort.RELEVANCE
          ? new Sort(SortField.FIELD_SCORE, new SortField(IndexSchema.PUBLISHED,
              SortField.Type.LONG, true))
          : sort(request.sort());
      long n = 0;
      ScoreDoc after = null;
      while (true) {
        TopDocs batch = searcher.searchAfter(after, query, 1000, sort, true);
        if (batch.scoreDocs.length == 0) {
          return n;
        }
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : batch.scoreDocs) {
          consumer.accept(detail(stored.document(sd.doc), List.of()));
          n++;
        }
        after = batch.scoreDocs[batch.scoreDocs.length - 1];
      }
    });
  }

  private static List<CaptureRecord> captures(String json) {
    return CaptureCodec.decode(json);
  }

  /**
   * Reports like report {@code id}, best first, leaving out the report itself and its reprints,
   * and those scoring below {@link #SIMILAR_SHARE} of the best: a short list of what belongs
   * with the report rather than the nearest of everything.
   *
   * @return empty when the id is unknown; an empty list when no report is similar
   */
  @Override
  public Optional<List<SearchHit>> similar(String id, int size) {
    return withSearcher(searcher -> {
      TopDocs td = searcher.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
      if (td.scoreDocs.length == 0) {
        return Optional.<List<SearchHit>>empty();
      }
      Document d = searcher.storedFields().document(td.scoreDocs[0].doc);
      Query like = likeQuery(searcher.getIndexReader(), d);
      String group = d.get(IndexSchema.GROUP);
      BooleanQuery.Builder q = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST);
      q.add(new TermQuery(new Term(IndexSchema.ID, id)), BooleanClause.Occur.MUST_NOT);
      if (group != null) {
        q.add(new TermQuery(new Term(IndexSchema.GROUP, group)), BooleanClause.Occur.MUST_NOT);
      }
      TopDocs similar = searcher.search(q.build(), size * FOLD_WINDOW);
      List<ScoreDoc> folded = fold(searcher, similar.scoreDocs);
      float best = folded.stream().map(sd -> sd.score).max(Float::compare).orElse(0f);
      List<ScoreDoc> close = folded.stream().filter(sd -> sd.score >= SIMILAR_SHARE * best)
          .limit(size).toList();
      return Optional.of(hits(searcher, new MatchAllDocsQuery(), close,
          SearchRequest.Sort.RELEVANCE));
    });
  }

  /**
   * Loads what parsing needs (SmartCN's dictionaries, about 0.1 s) so the first search a server
   * answers does not pay for it.
   */
  @Override
  public void warmUp() {
    parse("甘肃省残联救助困难群众");
    // the facet labels and the facet values in heap, before the first search needs them
    withSearcher(searcher -> {
      SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        if (state != null) {
          facetValues.segment(leaf.reader(), state.getField());
        }
      }
      return null;
    });
  }

  /**
   * Parses the user's query syntax into a Lucene query; blank text matches every report. The
   * obvious slips are mended first ({@link QueryRepair}: an unclosed quote closes at the end,
   * {@code OR 残联} is 残联).
   *
   * @throws BadQueryException naming parameter "q" if the syntax is wrong, or if the query only
   *     excludes words ({@code -残联}), which no report can match
   */
  @Override
  public Query parse(String queryText) {
    return graded(queryText).full();
  }

  /** The parsed query with its required words, for matching reports that miss some. */
  GradedQuery graded(String queryText) {
    String repaired = understood(queryText);
    if (repaired.isBlank()) {
      return GradedQuery.of(new MatchAllDocsQuery(), q -> null, q -> false);
    }
    Query q;
    ReportQueryParser parser = new ReportQueryParser(schema.analyzer(), synonyms);
    try {
      // '/' would start a regular expression; in reports it separates words (防疫/复工)
      String escaped = repaired.replace("\\", "\\\\").replace("/", "\\/");
      q = parser.parse(escaped);
    } catch (ParseException e) {
      throw badSyntax(e);
    }
    if (q == null) {
      return GradedQuery.of(new MatchAllDocsQuery(), x -> null, x -> false);
    }
    if (q instanceof BooleanQuery b && !b.clauses().isEmpty() && b.clauses().stream()
        .allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
      throw new BadQueryException("q", "the query only excludes words (-word, NOT word), "
          + "which leaves nothing to look for; add a word to find, such as 疫情 -残联",
          "query_only_excluded");
    }
    return GradedQuery.of(q, parser::label, parser::expanded, parser.alsoSearched());
  }

  /**
   * The query as it is searched: {@code queryText} with its obvious slips mended (an unclosed
   * quote closed, a dangling operator dropped); blank for blank text.
   */
  @Override
  public String understood(String queryText) {
    return queryText == null || queryText.isBlank() ? "" : QueryRepair.repair(queryText.strip());
  }

  /** What the parser found wrong, in words, with the token it stopped at. */
  private static BadQueryException badSyntax(ParseException e) {
    Throwable cause = e;
    while (cause != null) {
      if (cause instanceof ReportQueryParser.Refusal r) {
        return new BadQueryException("q", r.getMessage(), r.reason, r.details);
      }
      if (cause instanceof ParseException p && p.currentToken != null
          && p.currentToken.next != null) {
        String near = p.currentToken.next.image == null ? "" : p.currentToken.next.image;
        return near.isEmpty()
            ? new BadQueryException("q", "cannot parse the query: it ends too early. " + SYNTAX,
                "query_syntax_end")
            : new BadQueryException("q", "cannot parse the query near '" + near + "'. "
                + SYNTAX, "query_syntax", near);
      }
      cause = cause.getCause() == cause ? null : cause.getCause();
    }
    // a lexical error: a character out of place (^^, a lone *)
    return new BadQueryException("q", "cannot parse the query: a sign (^ ~ * [ ] { }) is out of "
        + "place. " + SYNTAX, "query_syntax_sign");
  }

  private DrillDownQuery drillDown(Query base, Map<String, List<String>> filters) {
    DrillDownQuery drillDown = new DrillDownQuery(schema.facetsConfig(), base);
    for (Map.Entry<String, List<String>> f : filters.entrySet()) {
      if (!IndexSchema.FACET_DIMENSIONS.contains(f.getKey())) {
        throw new BadQueryException(
            f.getKey(), "unknown filter '" + f.getKey() + "'; allowed: "
                + String.join(", ", IndexSchema.FACET_DIMENSIONS));
      }
      for (String v : f.getValue()) {
        if (v == null || v.isBlank()) {
          continue;
        }
        if (IndexSchema.HIERARCHICAL.contains(f.getKey())) {
          drillDown.add(f.getKey(), Arrays.stream(v.strip().split("/"))
              .map(String::strip).filter(p -> !p.isEmpty()).toArray(String[]::new));
        } else {
          drillDown.add(f.getKey(), v.strip());
        }
      }
    }
    return drillDown;
  }

  /**
   * The paths of {@code filters} that {@link #drillDown} adds, by dimension in the same order:
   * blank values left out, a region split at '/'.
   */
  private static Map<String, List<String[]>> filterPaths(Map<String, List<String>> filters) {
    Map<String, List<String[]>> paths = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> f : filters.entrySet()) {
      for (String v : f.getValue()) {
        if (v == null || v.isBlank()) {
          continue;
        }
        String[] path = IndexSchema.HIERARCHICAL.contains(f.getKey())
            ? Arrays.stream(v.strip().split("/")).map(String::strip).filter(p -> !p.isEmpty())
                .toArray(String[]::new)
            : new String[] {v.strip()};
        paths.computeIfAbsent(f.getKey(), k -> new ArrayList<>()).add(path);
      }
    }
    return paths;
  }

  private static Query withDateRange(Query text, LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return text;
    }
    long lo = from == null ? Long.MIN_VALUE
        : from.atStartOfDay(SHANGHAI).toInstant().toEpochMilli();
    long hi = to == null ? Long.MAX_VALUE
        : to.plusDays(1).atStartOfDay(SHANGHAI).toInstant().toEpochMilli() - 1;
    return new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.MUST)
        .add(LongPoint.newRangeQuery(IndexSchema.PUBLISHED, lo, hi), BooleanClause.Occur.FILTER)
        .build();
  }

  /**
   * The matching reports without a publication date, with every filter but the year (as the
   * year facet counts, drill-sideways), so the years and this count add up. None within a date
   * range, which only dated reports meet. Without a year filter the search itself tells: every
   * dated report has exactly one year, so the matches less the year counts are the undated
   * ones; only a year filter needs a query of its own (it would run the text query again).
   */
  private long undated(IndexSearcher searcher, Query base, Map<String, List<String>> filters,
      TopDocs top, Map<String, List<FacetValue>> facets) throws IOException {
    if (!filters.containsKey(IndexSchema.YEAR) && facets.containsKey(IndexSchema.YEAR)
        && top.totalHits.relation == TotalHits.Relation.EQUAL_TO) {
      long dated = 0;
      for (FacetValue year : facets.get(IndexSchema.YEAR)) {
        dated += year.count();
      }
      return top.totalHits.value - dated;
    }
    Map<String, List<String>> others = new LinkedHashMap<>(filters);
    others.remove(IndexSchema.YEAR);
    Query q = new BooleanQuery.Builder()
        .add(drillDown(base, others), BooleanClause.Occur.MUST)
        .add(new FieldExistsQuery(IndexSchema.PUBLISHED), BooleanClause.Occur.MUST_NOT)
        .build();
    return searcher.count(q);
  }

  /**
   * One hit per reprint group: the group stands where its first (best) hit does, and shows the
   * copy among its hits that the archive captured first, so a reader sees where the article ran
   * first (and, when that copy was taken down, that it was). Reads the group and the capture
   * times from doc values, in document order, not from stored documents: the window holds four
   * pages of hits, and decompressing a stored document for each cost a fifth of a query.
   */
  private static List<ScoreDoc> fold(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
    return fold(searcher, docs, Set.of());
  }

  /** {@link #fold(IndexSearcher, ScoreDoc[])} leaving out the groups of {@code shown}. */
  private static List<ScoreDoc> fold(IndexSearcher searcher, ScoreDoc[] docs, Set<String> shown)
      throws IOException {
    String[] keys = new String[docs.length];
    long[] firsts = new long[docs.length];
    Integer[] byDoc = new Integer[docs.length];
    for (int i = 0; i < docs.length; i++) {
      byDoc[i] = i;
    }
    // doc values are read forward only
    Arrays.sort(byDoc, Comparator.comparingInt(i -> docs[i].doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leaf = -1;
    int end = 0;
    int base = 0;
    SortedDocValues groups = null;
    NumericDocValues firstCaptured = null;
    NumericDocValues fetchedAt = null;
    for (int i : byDoc) {
      int doc = docs[i].doc;
      while (doc >= end) {
        LeafReaderContext ctx = leaves.get(++leaf);
        LeafReader reader = ctx.reader();
        base = ctx.docBase;
        end = base + reader.maxDoc();
        groups = DocValues.getSorted(reader, IndexSchema.GROUP);
        firstCaptured = DocValues.getNumeric(reader, IndexSchema.FIRST_CAPTURED);
        fetchedAt = DocValues.getNumeric(reader, IndexSchema.FETCHED_AT);
      }
      int local = doc - base;
      keys[i] = groups.advanceExact(local)
          ? groups.lookupOrd(groups.ordValue()).utf8ToString() : "doc:" + doc;
      firsts[i] = firstCaptured.advanceExact(local) ? firstCaptured.longValue()
          : fetchedAt.advanceExact(local) ? fetchedAt.longValue() : Long.MAX_VALUE;
    }
    Map<String, ScoreDoc> folded = new LinkedHashMap<>();
    Map<String, Long> captured = new HashMap<>();
    for (int i = 0; i < docs.length; i++) {
      Long before = captured.get(keys[i]);
      if (!shown.contains(keys[i]) && (before == null || firsts[i] < before)) {
        // replacing keeps the key's place: the group stands where its best hit put it
        folded.put(keys[i], docs[i]);
        captured.put(keys[i], firsts[i]);
      }
    }
    return new ArrayList<>(folded.values());
  }

  private List<SearchHit> hits(IndexSearcher searcher, Query text, List<ScoreDoc> page,
      SearchRequest.Sort sort) throws IOException {
    // in document order: neighbours often share a compressed block
    StoredFields stored = storedFields(searcher.getIndexReader());
    Document[] docs = new Document[page.size()];
    Integer[] byDoc = new Integer[page.size()];
    for (int i = 0; i < byDoc.length; i++) {
      byDoc[i] = i;
    }
    Arrays.sort(byDoc, Comparator.comparingInt(i -> page.get(i).doc));
    for (int i : byDoc) {
      docs[i] = stored.document(page.get(i).doc, HIT_FIELDS);
    }
    List<String> bodies = Arrays.stream(docs).map(d -> d.get(IndexSchema.BODY)).toList();
    Snippet[] marked = snippets.highlight(searcher, text, page, bodies);
    List<SearchHit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      Document d = docs[i];
      String group = d.get(IndexSchema.GROUP);
      int reprints = group == null ? 0 : reprints(searcher, group);
      hits.add(new SearchHit(
          d.get(IndexSchema.ID), d.get(IndexSchema.TITLE), d.get(IndexSchema.URL),
          d.get(IndexSchema.PORTAL), d.get(IndexSchema.PORTAL_NAME), published(d),
          marked[i] != null ? marked[i] : Snippets.lead(bodies.get(i)),
          sort != SearchRequest.Sort.RELEVANCE ? null : Float.valueOf(page.get(i).score),
          d.get(IndexSchema.PRIMARY_REGION), List.of(d.getValues(IndexSchema.AGENCY_TYPE)),
          group, reprints, firstCaptured(d), d.get(IndexSchema.STATUS)));
    }
    return hits;
  }

  /**
   * This thread's reader of the stored fields of {@code reader}, kept for the next page of hits
   * the thread reads there: a new one clones the index inputs of every segment and allocates
   * its decompression buffers (tens of kilobytes a segment), a quarter of what a search
   * allocated. It holds no document, only the buffers a document is decompressed into.
   */
  private StoredFields storedFields(IndexReader reader) throws IOException {
    PageFields fields = pageFields;
    if (fields == null || fields.reader() != reader) {
      fields = new PageFields(reader, new ThreadLocal<>());
      pageFields = fields;
    }
    StoredFields stored = fields.perThread().get();
    if (stored == null) {
      stored = reader.storedFields();
      fields.perThread().set(stored);
    }
    return stored;
  }

  /**
   * How many other reports the reprint group {@code group} holds in the searcher's reader,
   * remembered for that reader: counting looks the group up in every segment, a tenth of a
   * search's time, and the hits users are shown (the first pages of common words) recur.
   */
  private int reprints(IndexSearcher searcher, String group) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    ReprintCounts counts = reprintCounts;
    if (counts == null || counts.reader() != reader) {
      counts = new ReprintCounts(reader, new ConcurrentHashMap<>());
      reprintCounts = counts;
    }
    Integer n = counts.sizes().get(group);
    if (n == null) {
      n = searcher.count(new TermQuery(new Term(IndexSchema.GROUP, group))) - 1;
      if (counts.sizes().size() < REMEMBERED_GROUPS) {
        counts.sizes().put(group, n);
      }
    }
    return n;
  }

  private static ReportDetail detail(Document d, List<ReportDetail.Reprint> reprints)
      throws IOException {
    ReportTags tags = TagsCodec.decode(d.get(IndexSchema.TAGS_JSON));
    String body = d.get(IndexSchema.BODY);
    IndexableField offset = d.getField(IndexSchema.WARC_OFFSET);
    return new ReportDetail(
        d.get(IndexSchema.ID), d.get(IndexSchema.URL), d.get(IndexSchema.TITLE),
        d.get(IndexSchema.PORTAL), d.get(IndexSchema.PORTAL_NAME),
        d.get(IndexSchema.HOME_PROVINCE), published(d), d.get(IndexSchema.SOURCE),
        d.get(IndexSchema.EDITOR), d.get(IndexSchema.AUTHOR), d.get(IndexSchema.CORRESPONDENT),
        d.get(IndexSchema.SCRIPT), d.get(IndexSchema.CHARSET), fetched(d),
        d.get(IndexSchema.WARC_FILE), offset == null ? 0L : offset.numericValue().longValue(),
        d.get(IndexSchema.DIGEST),
        body == null || body.isEmpty() ? List.of() : List.of(body.split("\n\n")),
        tags, d.get(IndexSchema.GROUP), reprints, d.get(IndexSchema.STATUS),
        instant(d, IndexSchema.REMOVED_AT), captures(d.get(IndexSchema.CAPTURES)),
        d.get(IndexSchema.DATE_SOURCE), d.get(IndexSchema.DECODING_NOTE), firstCaptured(d));
  }

  static String published(Document d) {
    IndexableField f = d.getField(IndexSchema.PUBLISHED);
    if (f == null || f.numericValue() == null) {
      return null;
    }
    return Instant.ofEpochMilli(f.numericValue().longValue()).atZone(SHANGHAI)
        .toOffsetDateTime().toString();
  }

  private static String fetched(Document d) {
    return instant(d, IndexSchema.FETCHED_AT);
  }

  private static String instant(Document d, String field) {
    IndexableField f = d.getField(field);
    return f == null || f.numericValue() == null ? null
        : Instant.ofEpochMilli(f.numericValue().longValue()).toString();
  }

  /** The order of {@code sort}; null for relevance. */
  private static Sort sort(SearchRequest.Sort sort) {
    return switch (sort) {
      case RELEVANCE -> null;
      case DATE -> dateSort();
      case CAPTURED -> capturedSort();
    };
  }

  private static Sort capturedSort() {
    SortField first = new SortField(IndexSchema.FIRST_CAPTURED, SortField.Type.LONG, true);
    first.setMissingValue(Long.MIN_VALUE);
    return new Sort(first, SortField.FIELD_SCORE);
  }

  /** When the archive first captured the report; its capture time in an older index. */
  private static String firstCaptured(Document d) {
    String first = instant(d, IndexSchema.FIRST_CAPTURED);
    return first != null ? first : fetched(d);
  }

  private static Sort dateSort() {
    SortField published = new SortField(IndexSchema.PUBLISHED, SortField.Type.LONG, true);
    published.setMissingValue(Long.MIN_VALUE);
    return new Sort(published, SortField.FIELD_SCORE);
  }

  private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    FacetState current = facetState;
    if (current != null && current.reader == reader) {
      return current.state;
    }
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, schema.facetsConfig());
    } catch (IllegalArgumentException e) {
      // an index without any facet values yet (empty, say)
      state = null;
    }
    facetState = new FacetState(reader, state);
    return state;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    IndexSearcher searcher;
    try {
      index.refreshIfStale();
      searcher = index.searchers().acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return work.run(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new BadQueryException("q", "the query is too long: at most "
          + IndexSearcher.getMaxClauseCount() + " terms are searched (a character pair is a "
          + "term); search a shorter passage", "query_terms", IndexSearcher.getMaxClauseCount());
    } finally {
      try {
        index.searchers().release(searcher);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public long count() {
    try {
      index.refresh();
      return index.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FunctionalInterface
  private interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  private record EverythingKey(IndexReader reader, SearchRequest.Sort sort, int page, int size) {}

  private record EverythingAnswers(IndexReader reader,
      Map<EverythingKey, SearchResult> answers) {}

  private record ReprintCounts(IndexReader reader, Map<String, Integer> sizes) {}

  private record PageFields(IndexReader reader, ThreadLocal<StoredFields> perThread) {}
}
