package org.reliefarchive.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
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
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, schema.analyzer())
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
            .withBreakIterator(
                () -> LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getSentenceInstance(Locale.SIMPLIFIED_CHINESE), CHARS, 0.5f))
            .withMaxNoHighlightPassages(0)
            .build();
    int[] docIds = page.stream().mapToInt(sd -> sd.doc).toArray();
    Map<String, String[]> byField =
        highlighter.highlightFields(new String[] {IndexSchema.BODY}, text, docIds,
            new int[] {2});
    return byField.get(IndexSchema.BODY);
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
