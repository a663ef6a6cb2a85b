package org.reliefarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;

/**
 * Answers {@link SearchRequest}s over a {@link ReportIndex}: parses the query, applies facet
 * filters with drill-sideways (so a selected dimension still counts its other values), pages,
 * sorts and highlights. Read-only and thread-safe.
 */
public final class ReportSearcher {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final int SNIPPET_CHARS = 110;
  private static final int FACET_VALUES = 50;

  private final ReportIndex index;
  private final IndexSchema schema;
  private volatile FacetState facetState;

  /** @param index the index to search; its owner closes it */
  public ReportSearcher(ReportIndex index) {
    this.index = index;
    this.schema = index.schema();
  }

  /**
   * Runs one search.
   *
   * @throws BadQueryException if the query cannot be parsed or a filter names an unknown facet
   */
  public SearchResult search(SearchRequest request) {
    long start = System.nanoTime();
    Query text = parse(request.query());
    IndexSearcher searcher;
    try {
      index.refresh();
      searcher = index.searchers().acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      DrillDownQuery drillDown = new DrillDownQuery(schema.facetsConfig(), text);
      for (Map.Entry<String, List<String>> f : request.filters().entrySet()) {
        if (!IndexSchema.FACET_DIMENSIONS.contains(f.getKey())) {
          throw new BadQueryException(
              f.getKey(), "unknown filter '" + f.getKey() + "'; allowed: "
                  + String.join(", ", IndexSchema.FACET_DIMENSIONS));
        }
        for (String v : f.getValue()) {
          if (v != null && !v.isBlank()) {
            drillDown.add(f.getKey(), v.strip());
          }
        }
      }
      int topN = request.page() * request.size();
      SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
      TopDocs top;
      Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
      Sort sort = request.sort() == SearchRequest.Sort.DATE ? dateSort() : null;
      if (state != null) {
        DrillSideways sideways = new DrillSideways(searcher, schema.facetsConfig(), state);
        DrillSideways.DrillSidewaysResult r =
            sort == null
                ? sideways.search(drillDown, topN)
                : sideways.search(drillDown, null, null, topN, sort, true);
        top = r.hits;
        for (String dim : IndexSchema.FACET_DIMENSIONS) {
          facets.put(dim, facetValues(r.facets.getTopChildren(FACET_VALUES, dim),
              request.filters().getOrDefault(dim, List.of())));
        }
      } else {
        top = sort == null ? searcher.search(drillDown, topN)
            : searcher.search(drillDown, topN, sort, true);
      }
      List<SearchHit> hits = hits(searcher, text, top, request);
      long total = top.totalHits.value;
      return new SearchResult(request.query(), total, request.page(), request.size(), hits,
          facets, (System.nanoTime() - start) / 1_000_000);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        index.searchers().release(searcher);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Parses the user's query syntax into a Lucene query; blank text matches every report.
   *
   * @throws BadQueryException naming parameter "q" if the syntax is wrong
   */
  public Query parse(String queryText) {
    if (queryText == null || queryText.isBlank()) {
      return new MatchAllDocsQuery();
    }
    try {
      // '/' would start a regular expression; in reports it separates words (防疫/复工)
      String escaped = queryText.replace("\\", "\\\\").replace("/", "\\/");
      Query q = new ReportQueryParser(schema.analyzer()).parse(escaped);
      return q == null ? new MatchAllDocsQuery() : q;
    } catch (ParseException e) {
      String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      throw new BadQueryException(
          "q",
          "cannot parse the query: " + first.replaceFirst("^Cannot parse '[^']*': ", "")
              + ". Allowed: words, \"phrases\", AND, OR, NOT, -word, (groups), title:word");
    }
  }

  private List<SearchHit> hits(IndexSearcher searcher, Query text, TopDocs top,
      SearchRequest request) throws IOException {
    int from = (request.page() - 1) * request.size();
    ScoreDoc[] all = top.scoreDocs;
    if (from >= all.length) {
      return List.of();
    }
    ScoreDoc[] page = java.util.Arrays.copyOfRange(all, from, all.length);
    String[] snippets = snippets(searcher, text, page);
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document d = searcher.storedFields().document(page[i].doc);
      String body = d.get(IndexSchema.BODY);
      String snippet = snippets[i] != null ? snippets[i] : leadSnippet(body);
      hits.add(
          new SearchHit(
              d.get(IndexSchema.ID),
              d.get(IndexSchema.TITLE),
              d.get(IndexSchema.URL),
              d.get(IndexSchema.PORTAL),
              d.get(IndexSchema.PORTAL_NAME),
              published(d),
              snippet,
              request.sort() == SearchRequest.Sort.DATE ? null : Float.valueOf(page[i].score)));
    }
    return hits;
  }

  private String[] snippets(IndexSearcher searcher, Query text, ScoreDoc[] page)
      throws IOException {
    if (text instanceof MatchAllDocsQuery || page.length == 0) {
      return new String[page.length];
    }
    // highlight the text query only: highlighting the whole drill-down query is ~10x slower
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, schema.analyzer())
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.SIMPLIFIED_CHINESE),
                        SNIPPET_CHARS, 0.5f))
            .withMaxNoHighlightPassages(0)
            .build();
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    Map<String, String[]> byField =
        highlighter.highlightFields(new String[] {IndexSchema.BODY}, text, docIds,
            new int[] {2});
    return byField.get(IndexSchema.BODY);
  }

  private static String leadSnippet(String body) {
    if (body == null) {
      return "";
    }
    String lead = body.length() > SNIPPET_CHARS ? body.substring(0, SNIPPET_CHARS) + "…" : body;
    return escape(lead.replace("\n\n", " "));
  }

  /** Escapes text for HTML element content and attribute values. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#x27;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String published(Document d) {
    IndexableField f = d.getField(IndexSchema.PUBLISHED);
    if (f == null || f.numericValue() == null) {
      return null;
    }
    return Instant.ofEpochMilli(f.numericValue().longValue()).atZone(SHANGHAI)
        .toOffsetDateTime().toString();
  }

  private static Sort dateSort() {
    SortField published = new SortField(IndexSchema.PUBLISHED, SortField.Type.LONG, true);
    published.setMissingValue(Long.MIN_VALUE);
    return new Sort(published, SortField.FIELD_SCORE);
  }

  private static List<FacetValue> facetValues(FacetResult result, List<String> selected) {
    List<FacetValue> values = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        values.add(new FacetValue(lv.label, lv.value.intValue(), selected.contains(lv.label)));
      }
    }
    // a selected value with no hits left still shows, so it can be removed
    for (String s : selected) {
      if (values.stream().noneMatch(v -> v.value().equals(s))) {
        values.add(new FacetValue(s, 0, true));
      }
    }
    return values;
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

  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}
}
