package org.reliefarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;

/**
 * Why a report scores what it does for a query, part by part: for each word (or run of words
 * with its synonyms) the query requires, the share of the score it adds, whether the report
 * holds the user's own words or only another word of the group, and each field match with its
 * frequency and the field's length. For reading the ranking of judged queries; searches never
 * use it.
 */
public final class ScoreExplainer {
  private final ReportIndex index;
  private final ReportSearcher searcher;

  /**
   * @param index the index the reports are in; its owner closes it
   * @param synonyms the synonyms queries are expanded with, as the searcher explained applies
   */
  public ScoreExplainer(ReportIndex index, QuerySynonyms synonyms) {
    this.index = index;
    this.searcher = new ReportSearcher(index, synonyms);
  }

  /**
   * One field match inside a part.
   *
   * @param field the index field (title or body)
   * @param score what it adds before the part's own boosts
   * @param freq occurrences of the string in the field
   * @param length the field's length in tokens (characters and character pairs)
   */
  public record FieldMatch(String field, float score, float freq, float length) {}

  /**
   * One required part of a query in one report.
   *
   * @param label what the user wrote for it
   * @param score what the part adds to the report's score
   * @param own whether the report holds the user's own words of the part
   * @param expanded whether the part has synonyms
   * @param matches the field matches it is made of
   */
  public record Part(String label, float score, boolean own, boolean expanded,
      List<FieldMatch> matches) {}

  /**
   * A report's score for a query, taken apart.
   *
   * @param id the report id
   * @param title its title
   * @param bodyChars the length of its text in characters
   * @param full whether it holds every part of the query
   * @param score its score for the whole query, or, when it misses a part, for the query that
   *     fills a short page with partial matches (0 when it matches neither)
   * @param parts one entry per required part of the query
   */
  public record Explained(String id, String title, int bodyChars, boolean full, float score,
      List<Part> parts) {}

  /**
   * The reports of {@code ids} (unknown ids left out) explained for {@code query}, in the
   * order given.
   *
   * @throws BadQueryException if the query cannot be parsed
   */
  public List<Explained> explain(String query, List<String> ids) {
    GradedQuery graded = searcher.graded(query);
    try {
      index.refreshIfStale();
      IndexSearcher s = index.searchers().acquire();
      try {
        List<Explained> out = new ArrayList<>();
        for (String id : ids) {
          TopDocs td = s.search(new TermQuery(new Term(IndexSchema.ID, id)), 1);
          if (td.scoreDocs.length == 0) {
            continue;
          }
          int doc = td.scoreDocs[0].doc;
          Document d = s.storedFields().document(doc, Set.of(IndexSchema.TITLE,
              IndexSchema.BODY));
          Explanation whole = s.explain(graded.full(), doc);
          if (!whole.isMatch() && graded.relaxable()) {
            Explanation relaxed = s.explain(graded.relaxed(), doc);
            whole = relaxed.isMatch() ? relaxed : whole;
          }
          boolean full = s.explain(graded.full(), doc).isMatch();
          List<Part> parts = new ArrayList<>();
          for (int p = 0; p < graded.required().size(); p++) {
            Query part = graded.required().get(p);
            Query own = ownWords(part);
            boolean expanded = own != part;
            Explanation e = s.explain(part, doc);
            List<FieldMatch> matches = new ArrayList<>();
            fieldMatches(e, matches);
            parts.add(new Part(graded.labels().size() > p ? graded.labels().get(p) : query,
                e.isMatch() ? e.getValue().floatValue() : 0f, s.explain(own, doc).isMatch(),
                expanded, matches));
          }
          String body = d.get(IndexSchema.BODY);
          out.add(new Explained(id, d.get(IndexSchema.TITLE), body == null ? 0 : body.length(),
              full, whole.isMatch() ? whole.getValue().floatValue() : 0f, parts));
        }
        return out;
      } finally {
        index.searchers().release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The user's own words of a run with synonyms (the query under its
   * {@link ReportQueryParser#OWN_WORD_BONUS} boost), or {@code part} itself.
   */
  private static Query ownWords(Query part) {
    if (part instanceof BooleanQuery b) {
      for (var c : b.clauses()) {
        if (c.getQuery() instanceof BoostQuery boost
            && boost.getBoost() == ReportQueryParser.OWN_WORD_BONUS
            && boost.getQuery() instanceof ConstantScoreQuery cs) {
          return cs.getQuery();
        }
      }
    }
    return part;
  }

  /** The scored leaves of {@code e} ("weight(field:…)") with their freq and dl. */
  private static void fieldMatches(Explanation e, List<FieldMatch> out) {
    String d = e.getDescription();
    if (e.isMatch() && d.startsWith("weight(")) {
      int colon = d.indexOf(':');
      String field = colon > 0 ? d.substring(7, colon).replaceAll("^[a-zA-Z]+\\(", "") : "?";
      float freq = find(e, "freq");
      out.add(new FieldMatch(field, e.getValue().floatValue(),
          freq >= 0 ? freq : find(e, "phraseFreq"), find(e, "dl")));
      return;
    }
    if (e.isMatch() && (d.startsWith("ConstantScore(" + IndexSchema.REGION + ":")
        || d.startsWith("ConstantScore(" + IndexSchema.PUBLISHED + ":"))) {
      // a place or year the report is tagged with (TagWords): no frequency, no length
      out.add(new FieldMatch(d.contains(IndexSchema.REGION + ":") ? "region tag" : "year tag",
          e.getValue().floatValue(), 1, 0));
      return;
    }
    if (d.startsWith("max of:")) {
      // a disjunction without tie-breaker: only its best match adds to the score
      Explanation best = null;
      for (Explanation c : e.getDetails()) {
        if (c.isMatch() && (best == null
            || c.getValue().doubleValue() > best.getValue().doubleValue())) {
          best = c;
        }
      }
      if (best != null) {
        fieldMatches(best, out);
      }
      return;
    }
    for (Explanation c : e.getDetails()) {
      fieldMatches(c, out);
    }
  }

  private static float find(Explanation e, String prefix) {
    String d = e.getDescription();
    if (d.startsWith(prefix + ",") || d.startsWith(prefix + "=") || d.equals(prefix)) {
      return e.getValue().floatValue();
    }
    for (Explanation c : e.getDetails()) {
      float v = find(c, prefix);
      if (v >= 0) {
        return v;
      }
    }
    return -1;
  }
}
