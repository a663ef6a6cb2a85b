package org.reliefarchive.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.reliefarchive.index.IndexSchema;

/**
 * Highlighted snippets: escaped body text with the matched terms in {@code <mark>} and nothing
 * else. Only the text query is highlighted, never the facet drill-down around it (which costs
 * about ten times as much and marks nothing more).
 */
public final class Snippets {
  static final int CHARS = 110;

  private final IndexSchema schema;

  Snippets(IndexSchema schema) {
    this.schema = schema;
  }

  String[] highlight(IndexSearcher searcher, Query text, List<ScoreDoc> page)
      throws IOException {
    if (text instanceof MatchAllDocsQuery || page.isEmpty()) {
      return new String[page.size()];
    }
    UnifiedHighlighter highlighter = new ExclusionAwareHighlighter(
        UnifiedHighlighter.builder(searcher, schema.analyzer())
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
            .withBreakIterator(
                () -> LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getSentenceInstance(Locale.SIMPLIFIED_CHINESE), CHARS, 0.5f))
            .withMaxNoHighlightPassages(0));
    int[] docIds = page.stream().mapToInt(sd -> sd.doc).toArray();
    Map<String, String[]> byField =
        highlighter.highlightFields(new String[] {IndexSchema.BODY}, text, docIds,
            new int[] {2});
    return byField.get(IndexSchema.BODY);
  }

  /**
   * The highlighter re-analyses a hit's text into a small index holding only the query's terms,
   * and collects them skipping excluded parts: the compound of a span exclusion (人民政府 for
   * 民政) would then be missing there and 民政 inside it marked. This one keeps excluded terms
   * too; they never mark anything themselves.
   */
  private static final class ExclusionAwareHighlighter extends UnifiedHighlighter {
    ExclusionAwareHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
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

  /** The start of the body, escaped, for hits without a highlight. */
  static String lead(String body) {
    if (body == null) {
      return "";
    }
    String lead = body.length() > CHARS ? body.substring(0, CHARS) + "…" : body;
    return escape(lead.replace("\n\n", " "));
  }

  /** Escapes text for HTML element content and attribute values; null gives "". */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
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

}
