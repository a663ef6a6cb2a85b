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
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.search.BadQueryException;
import org.reliefarchive.search.DetachedSearch;
import org.reliefarchive.search.FacetValue;
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
 * differ, as each shard scores with its own term statistics. Not yet: filling a short page with
 * partial matches, and the relaxed search (both answer full matches only). Thread-safe.
 */
public final class SolrReportSearcher implements SearchBackend {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final int FOLD_WINDOW = 4;
  private static final String HIT_FIELDS = String.join(",", IndexSchema.ID, IndexSchema.TITLE,
      IndexSchema.BODY, IndexSchema.URL, IndexSchema.PORTAL, IndexSchema.PORTAL_NAME,
      IndexSchema.PUBLISHED, IndexSchema.PRIMARY_REGION, IndexSchema.AGENCY_TYPE,
      IndexSchema.GROUP, IndexSchema.FIRST_CAPTURED, IndexSchema.FETCHED_AT, IndexSchema.STATUS,
      "score");
  /** What folding a window of hits reads: the page's other fields are fetched for it alone. */
  private static final String WINDOW_FIELDS = String.join(",", IndexSchema.ID,
      IndexSchema.GROUP, IndexSchema.FIRST_CAPTURED, IndexSchema.FETCHED_AT, "score");

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
    Query text = compiler.parse(request.query());
    int window = Math.min(10_000, request.page() * request.size() * FOLD_WINDOW);
    ModifiableSolrParams params = base(text, request.filters(), request.from(), request.to());
    SolrFacets.ask(params);
    params.set("rows", window);
    params.set("fl", WINDOW_FIELDS);
    params.set("sort", sort(request.sort(), false));
    QueryResponse response = query(params);
    SolrDocumentList docs = response.getResults();
    Map<String, List<FacetValue>> facets = SolrFacets.read(response, request.filters());
    List<SolrDocument> folded = SolrHits.fold(docs);
    int from = (request.page() - 1) * request.size();
    List<SolrDocument> page = from >= folded.size() ? List.of()
        : withStoredFields(folded.subList(from, Math.min(folded.size(), from + request.size())));
    List<SearchHit> hits = hits(text, page, request.sort());
    long undated = undated(text, request, docs.getNumFound(), facets);
    return new SearchResult(compiler.understood(request.query()), docs.getNumFound(),
        request.page(), request.size(), hits, facets, (System.nanoTime() - start) / 1_000_000,
        undated, false, 0);
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

  private List<SearchHit> hits(Query text, List<SolrDocument> page, SearchRequest.Sort sort) {
    List<String> bodies = page.stream().map(d -> SolrHits.string(d, IndexSchema.BODY)).toList();
    List<Snippet> snippets = compiler.snippets(text, bodies);
    Map<String, Integer> reprints = reprintCounts(page);
    List<SearchHit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      SolrDocument d = page.get(i);
      String group = SolrHits.string(d, IndexSchema.GROUP);
      hits.add(SolrHits.hit(d, snippets.get(i), sort == SearchRequest.Sort.RELEVANCE,
          group == null ? 0 : reprints.getOrDefault(group, 1) - 1));
    }
    return hits;
  }

  /**
   * The reports of {@code window} (ids, groups and scores only) with every field a hit shows,
   * in one request and in the same order: the bodies of the hits shown, not of the whole fold
   * window, cross the network.
   */
  private List<SolrDocument> withStoredFields(List<SolrDocument> window) {
    if (window.isEmpty()) {
      return window;
    }
    List<String> ids = window.stream().map(d -> SolrHits.string(d, IndexSchema.ID)).toList();
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.add("fq", SolrFacets.filterQuery(IndexSchema.ID, ids));
    params.set("rows", ids.size());
    params.set("fl", HIT_FIELDS);
    Map<String, SolrDocument> byId = new HashMap<>();
    for (SolrDocument d : query(params).getResults()) {
      byId.put(SolrHits.string(d, IndexSchema.ID), d);
    }
    List<SolrDocument> out = new ArrayList<>(window.size());
    for (SolrDocument w : window) {
      SolrDocument full = byId.get(SolrHits.string(w, IndexSchema.ID));
      if (full != null) { // deleted between the two requests: left out
        full.setField("score", w.getFieldValue("score"));
        out.add(full);
      }
    }
    return out;
  }

  /** How many reports each group of {@code page} holds, in one request. */
  private Map<String, Integer> reprintCounts(List<SolrDocument> page) {
    List<String> groups = page.stream().map(d -> SolrHits.string(d, IndexSchema.GROUP))
        .filter(g -> g != null).distinct().toList();
    Map<String, Integer> counts = new HashMap<>();
    if (groups.isEmpty()) {
      return counts;
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.add("fq", SolrFacets.filterQuery(IndexSchema.GROUP, groups));
    params.set("rows", 0);
    params.set("facet", true);
    params.set("facet.field", IndexSchema.GROUP);
    params.set("facet.limit", -1);
    params.set("facet.mincount", 1);
    FacetField field = query(params).getFacetField(IndexSchema.GROUP);
    if (field != null && field.getValues() != null) {
      for (FacetField.Count c : field.getValues()) {
        counts.put(c.getName(), (int) c.getCount());
      }
    }
    return counts;
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
    params.set("q", "{!mlt qf=" + IndexSchema.TITLE + "," + IndexSchema.BODY
        + " mintf=2 mindf=1 minwl=2 maxqt=30 maxntp=50000}" + id);
    params.add("fq", "-" + IndexSchema.ID + ":" + SolrFacets.quoted(id));
    String group = SolrHits.string(d, IndexSchema.GROUP);
    if (group != null) {
      params.add("fq", "-" + IndexSchema.GROUP + ":" + SolrFacets.quoted(group));
    }
    params.set("rows", size * FOLD_WINDOW);
    params.set("fl", HIT_FIELDS);
    List<SolrDocument> folded = SolrHits.fold(query(params).getResults());
    float best = folded.stream().map(SolrHits::score).max(Float::compare).orElse(0f);
    List<SolrDocument> close = folded.stream()
        .filter(x -> SolrHits.score(x) >= ReportSearcher.SIMILAR_SHARE * best).limit(size)
        .toList();
    return Optional.of(hits(new MatchAllDocsQuery(), close, SearchRequest.Sort.RELEVANCE));
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
