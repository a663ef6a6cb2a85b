package org.reliefarchive.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.json.BucketBasedJsonFacet;
import org.apache.solr.client.solrj.response.json.BucketJsonFacet;
import org.apache.solr.client.solrj.response.json.NestableJsonFacet;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.ShardParams;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.search.BadQueryException;
import org.reliefarchive.search.DetachedSearch;
import org.reliefarchive.search.FacetValue;
import org.reliefarchive.search.PartialFeedback;
import org.reliefarchive.search.ReportDetail;
import org.reliefarchive.search.ReportSearcher;
import org.reliefarchive.search.SearchBackend;
import org.reliefarchive.search.SearchHit;
import org.reliefarchive.search.SearchRequest;
import org.reliefarchive.search.SearchResult;
import org.reliefarchive.search.Snippet;

/**
 * Answers searches from the SolrCloud collection the way {@link ReportSearcher} answers them
 * from the embedded index: the query compiled by the same parser and sent as XML ({@link
 * QueryXml}), facet filters tagged and counted multi-select ({@link SolrFacets}), dates as a
 * range on the publication time, reprints folded, snippets marked by the same highlighter.
 * Totals, hits and counts equal the embedded index's on the same reports; relevance order may
 * differ, as each shard scores with its own term statistics. A short page is filled with reports
 * missing some words of the query, and the relaxed search counts them all, as the embedded
 * search does ({@link DetachedSearch.Graded}). Thread-safe.
 */
public final class SolrReportSearcher implements SearchBackend {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final int FOLD_WINDOW = 4;
  private static final String HIT_FIELDS = String.join(",", IndexSchema.ID, IndexSchema.TITLE,
      IndexSchema.BODY, IndexSchema.URL, IndexSchema.PORTAL, IndexSchema.PORTAL_NAME,
      IndexSchema.PUBLISHED, IndexSchema.PRIMARY_REGION, IndexSchema.AGENCY_TYPE,
      IndexSchema.GROUP, IndexSchema.FIRST_CAPTURED, IndexSchema.FETCHED_AT, IndexSchema.STATUS,
      "score");
  /**
   * What folding a window of hits reads: the page's other fields are fetched for it alone.
   * Searches that read little ask each shard for their fields in the same pass as for the top
   * ids ({@code distrib.singlePass}): one round of shard requests instead of two.
   */
  private static final String WINDOW_FIELDS = String.join(",", IndexSchema.ID,
      IndexSchema.GROUP, IndexSchema.FIRST_CAPTURED, IndexSchema.FETCHED_AT, "score");
  /** The request parameter holding the full query of a relaxed search, and its count's key. */
  private static final String FULL_PARAM = "full_q";
  /** The request parameters holding each required part of a query (part_q0, part_q1 …). */
  private static final String PART_PARAM = "part_q";
  /** The pseudo-fields saying whether a report holds each required part (holds0 …). */
  private static final String HOLDS = "holds";
  private static final String GROUPS_PARAM = "reprint_groups";
  private static final String PAGE_TAG = "page";

  private final SolrClient client;
  private final String collection;
  private final DetachedSearch compiler;

  /**
   * @param client the cluster's client; its owner closes it
   * @param collection the collection searched
   * @param compiler the query compiler and highlighter shared with the embedded search
   */
  public SolrReportSearcher(SolrClient client, String collection, DetachedSearch compiler) {
    this.client = client;
    this.collection = collection;
    this.compiler = compiler;
  }

  @Override
  public SearchResult search(SearchRequest request) {
    long start = System.nanoTime();
    DetachedSearch.Graded graded = compiler.graded(request.query());
    boolean relaxed = request.relaxed() && graded.relaxable();
    Query text = relaxed ? graded.relaxed() : graded.full();
    int window = Math.min(10_000, request.page() * request.size() * FOLD_WINDOW);
    ModifiableSolrParams params = base(text, request.filters(), request.from(), request.to());
    SolrFacets.ask(params);
    if (relaxed) {
      // the full matches among the relaxed ones, with the same filters: the rest are partial
      params.set(FULL_PARAM, QueryXml.of(graded.full()));
      params.add("facet.query", "{!xmlparser key=" + FULL_PARAM + " v=$" + FULL_PARAM + "}");
    }
    params.set("rows", window);
    params.set("fl", WINDOW_FIELDS);
    params.set(ShardParams.DISTRIB_SINGLE_PASS, true);
    params.set("sort", sort(request.sort(), false));
    QueryResponse response = query(params);
    SolrDocumentList docs = response.getResults();
    Map<String, List<FacetValue>> facets = SolrFacets.read(response, request.filters());
    List<SolrDocument> folded = SolrHits.fold(docs);
    int from = (request.page() - 1) * request.size();
    List<SolrDocument> page = from >= folded.size() ? List.of()
        : folded.subList(from, Math.min(folded.size(), from + request.size()));
    long partial = 0;
    List<SolrDocument> more = List.of();
    if (relaxed) {
      Integer full = response.getFacetQuery() == null ? null
          : response.getFacetQuery().get(FULL_PARAM);
      partial = docs.getNumFound() - (full == null ? 0 : full);
    } else if (graded.relaxable() && docs.getNumFound() < window
        && from + request.size() > folded.size()) {
      PartialPage filled = partialPage(graded, request, folded);
      partial = filled.total();
      more = filled.page();
    }
    DetachedSearch.Graded marked = relaxed || !more.isEmpty() ? graded : null;
    List<SolrDocument> shown = new ArrayList<>(page);
    shown.addAll(more);
    Fetched fetched = fetch(shown, marked);
    List<SearchHit> hits = new ArrayList<>(hits(text, fetched.of(page), request.sort(),
        fetched.reprints(), marked));
    if (!more.isEmpty()) {
      hits.addAll(hits(graded.relaxed(), fetched.of(more), request.sort(), fetched.reprints(),
          marked));
    }
    long undated = undated(text, request, docs.getNumFound(), facets);
    return new SearchResult(compiler.understood(request.query()), docs.getNumFound(),
        request.page(), request.size(), hits, facets, (System.nanoTime() - start) / 1_000_000,
        undated, relaxed, partial, graded.alsoSearched());
  }

  /** A page of partial matches, and how many reports match partially. */
  private record PartialPage(List<SolrDocument> page, long total) {}

  /**
   * The reports that fill the rest of a page the full matches ({@code full}, folded, every one
   * of them) left short, as the embedded search fills it: those missing one part first, then
   * fewer, reprints of a report already shown left out, with the filters and dates of the
   * request; facet counts are not touched.
   */
  private PartialPage partialPage(DetachedSearch.Graded graded, SearchRequest request,
      List<SolrDocument> full) {
    int from = (request.page() - 1) * request.size();
    int wanted = from + request.size() - full.size();
    int skip = Math.max(0, from - full.size());
    ModifiableSolrParams params = base(graded.partial(), request.filters(), request.from(),
        request.to());
    boolean byRelevance = request.sort() == SearchRequest.Sort.RELEVANCE;
    params.set("rows", PartialFeedback.window(wanted, byRelevance, FOLD_WINDOW));
    params.set("fl", WINDOW_FIELDS);
    params.set(ShardParams.DISTRIB_SINGLE_PASS, true);
    params.set("sort", sort(request.sort(), false));
    SolrDocumentList docs = query(params).getResults();
    java.util.Set<String> shown = new java.util.HashSet<>();
    full.forEach(d -> shown.add(SolrHits.groupKey(d)));
    List<SolrDocument> more = new ArrayList<>();
    for (SolrDocument d : SolrHits.fold(docs)) {
      if (!shown.contains(SolrHits.groupKey(d))) {
        more.add(d);
      }
    }
    if (byRelevance) {
      more = PartialFeedback.ordered(more, pool -> byFeedback(full, pool));
    }
    List<SolrDocument> page = skip >= more.size() ? List.of()
        : more.subList(skip, Math.min(more.size(), wanted));
    return new PartialPage(page, docs.getNumFound());
  }

  /**
   * {@code partial} in the order {@link PartialFeedback} gives it: each compared with the first
   * of {@code full} or, with none, with its own first reports, by the collection's MoreLikeThis.
   */
  private List<SolrDocument> byFeedback(List<SolrDocument> full, List<SolrDocument> partial) {
    List<SolrDocument> top = full.isEmpty() ? partial : full;
    int n = Math.min(PartialFeedback.REPORTS, top.size());
    List<String> ids = partial.stream().map(d -> SolrHits.string(d, IndexSchema.ID)).toList();
    int[] basis = new int[n];
    List<float[]> likeness = new ArrayList<>();
    for (int b = 0; b < n; b++) {
      basis[b] = full.isEmpty() ? b : -1;
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.set("q", likeQuery(SolrHits.string(top.get(b), IndexSchema.ID)));
      params.add("fq", "{!terms f=" + IndexSchema.ID + " cache=false}" + String.join(",", ids));
      params.set("rows", ids.size());
      params.set("fl", IndexSchema.ID + ",score");
      params.set(ShardParams.DISTRIB_SINGLE_PASS, true);
      Map<String, Float> like = new HashMap<>();
      for (SolrDocument d : query(params).getResults()) {
        like.put(SolrHits.string(d, IndexSchema.ID), SolrHits.score(d));
      }
      float[] row = new float[ids.size()];
      for (int i = 0; i < row.length; i++) {
        row[i] = like.getOrDefault(ids.get(i), 0f);
      }
      likeness.add(row);
    }
    float[] scores = new float[partial.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = SolrHits.score(partial.get(i));
    }
    // each hit keeps the score it is ordered by
    float[] gained = PartialFeedback.gained(scores, basis, likeness);
    List<SolrDocument> ordered = new ArrayList<>();
    for (int i : PartialFeedback.order(gained)) {
      SolrDocument d = partial.get(i);
      d.setField("score", gained[i]);
      ordered.add(d);
    }
    return ordered;
  }

  /**
   * Solr's mlt query for reports like report {@code id}, with the embedded MoreLikeThis's
   * settings as far as the parser takes them (it has no ceiling on a word's document frequency,
   * and reads the title and body fields where the embedded one reads their text as the body).
   */
  private static String likeQuery(String id) {
    return "{!mlt qf=" + IndexSchema.TITLE + "," + IndexSchema.BODY
        + " mintf=2 mindf=1 minwl=2 maxqt=30 maxntp=50000}" + id;
  }

  /** The query, filters and date range of a search, without paging or facets. */
  private static ModifiableSolrParams base(Query text, Map<String, List<String>> filters,
      LocalDate from, LocalDate to) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("defType", "xmlparser");
    params.set("q", QueryXml.of(text));
    SolrFacets.filter(params, filters);
    if (from != null || to != null) {
      String lo = from == null ? "*"
          : String.valueOf(from.atStartOfDay(SHANGHAI).toInstant().toEpochMilli());
      String hi = to == null ? "*"
          : String.valueOf(to.plusDays(1).atStartOfDay(SHANGHAI).toInstant().toEpochMilli() - 1);
      params.add("fq", IndexSchema.PUBLISHED + ":[" + lo + " TO " + hi + "]");
    }
    return params;
  }

  /**
   * Matching reports without a publication date, with every filter but the year, so the year
   * counts and this add up: without a year filter the matches less the year counts.
   */
  private long undated(Query text, SearchRequest request, long total,
      Map<String, List<FacetValue>> facets) {
    if (!request.filters().containsKey(IndexSchema.YEAR)) {
      long dated = 0;
      for (FacetValue year : facets.get(IndexSchema.YEAR)) {
        dated += year.count();
      }
      return total - dated;
    }
    Map<String, List<String>> others = new LinkedHashMap<>(request.filters());
    others.remove(IndexSchema.YEAR);
    ModifiableSolrParams params = base(text, others, request.from(), request.to());
    params.add("fq", "-" + IndexSchema.PUBLISHED + ":[* TO *]");
    params.set("rows", 0);
    return query(params).getResults().getNumFound();
  }

  /**
   * The hits of {@code page} (documents with every field a hit shows): snippets marked for
   * {@code text}, reprints counted, and, when {@code marked} is given, each marked full or
   * partial with the words it misses.
   */
  private List<SearchHit> hits(Query text, List<SolrDocument> page, SearchRequest.Sort sort,
      Map<String, Integer> reprints, DetachedSearch.Graded marked) {
    List<String> bodies = page.stream().map(d -> SolrHits.string(d, IndexSchema.BODY)).toList();
    List<String> titles = page.stream().map(d -> SolrHits.string(d, IndexSchema.TITLE)).toList();
    List<Snippet> snippets = compiler.snippets(text, titles, bodies);
    List<SearchHit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      SolrDocument d = page.get(i);
      String group = SolrHits.string(d, IndexSchema.GROUP);
      SearchHit hit = SolrHits.hit(d, snippets.get(i), sort == SearchRequest.Sort.RELEVANCE,
          group == null ? 0 : reprints.getOrDefault(group, 1) - 1);
      if (marked != null) {
        List<String> missing = new ArrayList<>();
        for (int p = 0; p < marked.required().size(); p++) {
          if (!Boolean.TRUE.equals(d.getFirstValue(HOLDS + p))) {
            missing.add(marked.label(p));
          }
        }
        hit = hit.withMatch(missing.isEmpty() ? SearchHit.FULL : SearchHit.PARTIAL, missing);
      }
      hits.add(hit);
    }
    return hits;
  }

  /** The reports of a page with every field a hit shows, and how many reports each group has. */
  private record Fetched(Map<String, SolrDocument> byId, Map<String, Integer> reprints) {
    /**
     * The reports of {@code window} (ids, groups and scores) with their fields, in the same
     * order; one deleted since the search is left out.
     */
    List<SolrDocument> of(List<SolrDocument> window) {
      List<SolrDocument> out = new ArrayList<>(window.size());
      for (SolrDocument w : window) {
        SolrDocument full = byId.get(SolrHits.string(w, IndexSchema.ID));
        if (full != null) {
          full.setField("score", w.getFieldValue("score"));
          out.add(full);
        }
      }
      return out;
    }
  }

  /**
   * Every field a hit shows for the reports of {@code window}, with the size of each of their
   * reprint groups (a facet over the whole collection) and, when {@code marked} is given,
   * which required parts each holds: one request, so the bodies of the hits shown, not of the
   * whole fold window, cross the network.
   */
  private Fetched fetch(List<SolrDocument> window, DetachedSearch.Graded marked) {
    Map<String, SolrDocument> byId = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    if (window.isEmpty()) {
      return new Fetched(byId, counts);
    }
    List<String> ids = window.stream().map(d -> SolrHits.string(d, IndexSchema.ID)).toList();
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.add("fq", "{!tag=" + PAGE_TAG + "}" + SolrFacets.filterQuery(IndexSchema.ID, ids));
    params.set("rows", ids.size());
    StringBuilder fl = new StringBuilder(HIT_FIELDS);
    if (marked != null) {
      for (int p = 0; p < marked.required().size(); p++) {
        params.set(PART_PARAM + p, "{!xmlparser}" + QueryXml.of(marked.required().get(p)));
        fl.append(',').append(HOLDS).append(p).append(":exists(query($").append(PART_PARAM)
            .append(p).append("))");
      }
    }
    params.set("fl", fl.toString());
    params.set(ShardParams.DISTRIB_SINGLE_PASS, true);
    List<String> groups = window.stream().map(d -> SolrHits.string(d, IndexSchema.GROUP))
        .filter(g -> g != null).distinct().toList();
    if (!groups.isEmpty()) {
      // counted over the whole collection: the page's filter is left out, the groups' put in
      params.set(GROUPS_PARAM, SolrFacets.filterQuery(IndexSchema.GROUP, groups));
      params.set("json.facet", "{groups:{type:terms,field:" + IndexSchema.GROUP
          + ",limit:-1,mincount:1,domain:{excludeTags:" + PAGE_TAG + ",filter:{param:"
          + GROUPS_PARAM + "}}}}");
    }
    QueryResponse response = query(params);
    for (SolrDocument d : response.getResults()) {
      byId.put(SolrHits.string(d, IndexSchema.ID), d);
    }
    NestableJsonFacet json = response.getJsonFacetingResponse();
    BucketBasedJsonFacet buckets = json == null ? null : json.getBucketBasedFacets("groups");
    if (buckets != null) {
      for (BucketJsonFacet b : buckets.getBuckets()) {
        counts.put(String.valueOf(b.getVal()), (int) b.getCount());
      }
    }
    return new Fetched(byId, counts);
  }

  @Override
  public Optional<ReportDetail> report(String id) {
    SolrDocument d = byId(id);
    if (d == null) {
      return Optional.empty();
    }
    String group = SolrHits.string(d, IndexSchema.GROUP);
    List<ReportDetail.Reprint> reprints = new ArrayList<>();
    if (group != null) {
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.set("q", "*:*");
      params.add("fq", IndexSchema.GROUP + ":" + SolrFacets.quoted(group));
      params.set("rows", 200);
      for (SolrDocument m : query(params).getResults()) {
        if (!id.equals(SolrHits.string(m, IndexSchema.ID))) {
          reprints.add(SolrHits.reprint(m));
        }
      }
      reprints.sort(Comparator.comparing(ReportDetail.Reprint::firstCaptured,
          Comparator.nullsLast(Comparator.naturalOrder())));
    }
    return Optional.of(SolrHits.detail(d, reprints));
  }

  private SolrDocument byId(String id) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "{!term f=" + IndexSchema.ID + "}" + id);
    params.set("rows", 1);
    SolrDocumentList docs = query(params).getResults();
    return docs.isEmpty() ? null : docs.get(0);
  }

  @Override
  public long forEach(SearchRequest request, Consumer<ReportDetail> consumer) {
    Query text = compiler.parse(request.query());
    ModifiableSolrParams params = base(text, request.filters(), request.from(), request.to());
    params.set("rows", 1000);
    params.set("sort", sort(request.sort(), true));
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    long n = 0;
    while (true) {
      params.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = query(params);
      for (SolrDocument d : response.getResults()) {
        consumer.accept(SolrHits.detail(d, List.of()));
        n++;
      }
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return n;
      }
      cursor = next;
    }
  }

  @Override
  public Optional<List<SearchHit>> similar(String id, int size) {
    SolrDocument d = byId(id);
    if (d == null) {
      return Optional.empty();
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    // the settings of the embedded MoreLikeThis, in the names of Solr's mlt query parser
    params.set("q", likeQuery(id));
    params.add("fq", "-" + IndexSchema.ID + ":" + SolrFacets.quoted(id));
    String group = SolrHits.string(d, IndexSchema.GROUP);
    if (group != null) {
      params.add("fq", "-" + IndexSchema.GROUP + ":" + SolrFacets.quoted(group));
    }
    params.set("rows", size * FOLD_WINDOW);
    params.set("fl", WINDOW_FIELDS);
    params.set(ShardParams.DISTRIB_SINGLE_PASS, true);
    List<SolrDocument> folded = SolrHits.fold(query(params).getResults());
    float best = folded.stream().map(SolrHits::score).max(Float::compare).orElse(0f);
    List<SolrDocument> close = folded.stream()
        .filter(x -> SolrHits.score(x) >= ReportSearcher.SIMILAR_SHARE * best).limit(size)
        .toList();
    Fetched fetched = fetch(close, null);
    return Optional.of(hits(new MatchAllDocsQuery(), fetched.of(close),
        SearchRequest.Sort.RELEVANCE, fetched.reprints(), null));
  }

  @Override
  public void warmUp() {
    compiler.warmUp();
  }

  @Override
  public Query parse(String queryText) {
    Query q = compiler.parse(queryText);
    // refuses here, not at search time, what the collection cannot search
    QueryXml.of(q);
    return q;
  }

  @Override
  public String understood(String queryText) {
    return compiler.understood(queryText);
  }

  @Override
  public long count() {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("rows", 0);
    return query(params).getResults().getNumFound();
  }

  /**
   * The order of {@code sort} in Solr's terms, the id last so that every order is total (a
   * cursor needs one). Relevance on export breaks ties by date, as the embedded export does.
   */
  private static String sort(SearchRequest.Sort sort, boolean export) {
    return switch (sort) {
      case RELEVANCE -> export ? "score desc," + IndexSchema.PUBLISHED + " desc,id asc"
          : "score desc,id asc";
      case DATE -> IndexSchema.PUBLISHED + " desc,score desc,id asc";
      case CAPTURED -> IndexSchema.FIRST_CAPTURED + " desc,score desc,id asc";
    };
  }

  private QueryResponse query(ModifiableSolrParams params) {
    try {
      // POST: a long query's XML would not fit in a URL
      return client.query(collection, params, SolrRequest.METHOD.POST);
    } catch (SolrException e) {
      if (e.code() == 400 && e.getMessage() != null
          && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("too many clauses")) {
        throw new BadQueryException("q", "the query is too long; search a shorter passage",
            "query_terms", 1024);
      }
      throw new UncheckedIOException(new IOException("the SolrCloud collection " + collection
          + " failed to answer: " + e.getMessage() + rootCause(e), e));
    } catch (SolrServerException | IOException e) {
      throw new UncheckedIOException(new IOException("the SolrCloud collection " + collection
          + " cannot be reached: " + e.getMessage() + rootCause(e), e));
    }
  }

  /** The first cause of {@code e}, said after its own message ("refused connection …"). */
  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e || root.getMessage() == null ? "" : " (" + root.getMessage() + ")";
  }
}
