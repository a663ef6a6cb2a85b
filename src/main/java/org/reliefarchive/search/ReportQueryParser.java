package org.reliefarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.reliefarchive.index.IndexSchema;

/**
 * The user's query syntax: words, "phrases", AND / OR / NOT, -word, +word, parentheses and
 * {@code title:} / {@code body:} prefixes; words are AND-ed by default. A word without a field
 * searches the title (boosted) and the body.
 *
 * <p>SmartCN splits some words users type into single characters (防控 → 防|控, 社工 → 社|工).
 * OR-ing those characters would match nearly everything, so a run of adjacent single-character
 * tokens becomes a phrase, and the remaining tokens of an unspaced query are AND-ed.
 */
final class ReportQueryParser extends QueryParser {
  static final String ANY_FIELD = "_text";
  private static final float TITLE_BOOST = 2f;

  private final Analyzer analyzer;

  ReportQueryParser(Analyzer analyzer) {
    super(ANY_FIELD, analyzer);
    this.analyzer = analyzer;
    setDefaultOperator(QueryParser.AND_OPERATOR);
    setAllowLeadingWildcard(false);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    if (ANY_FIELD.equals(field)) {
      Query title = fieldQuery(IndexSchema.TITLE, queryText, quoted);
      Query body = fieldQuery(IndexSchema.BODY, queryText, quoted);
      if (title == null || body == null) {
        return null;
      }
      return new DisjunctionMaxQuery(List.of(new BoostQuery(title, TITLE_BOOST), body), 0.1f);
    }
    return fieldQuery(checkField(field), queryText, quoted);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    return super.getPrefixQuery(textField(field), termStr);
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    return super.getWildcardQuery(textField(field), termStr);
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    return super.getFuzzyQuery(textField(field), termStr, minSimilarity);
  }

  private String textField(String field) throws ParseException {
    return ANY_FIELD.equals(field) ? IndexSchema.BODY : checkField(field);
  }

  private static String checkField(String field) throws ParseException {
    if (IndexSchema.TITLE.equals(field) || IndexSchema.BODY.equals(field)) {
      return field;
    }
    throw new ParseException("unknown field '" + field + "'; allowed: title, body");
  }

  private Query fieldQuery(String field, String text, boolean quoted) throws ParseException {
    if (quoted) {
      return super.getFieldQuery(field, text, true);
    }
    List<String> tokens = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        tokens.add(term.toString());
        positions.add(pos);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (tokens.isEmpty()) {
      return null;
    }
    if (tokens.size() == 1) {
      return new TermQuery(new Term(field, tokens.get(0)));
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int i = 0;
    while (i < tokens.size()) {
      int j = i;
      while (j < tokens.size() && tokens.get(j).length() == 1
          && (j == i || positions.get(j) == positions.get(j - 1) + 1)) {
        j++;
      }
      if (j - i >= 2) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int k = i; k < j; k++) {
          phrase.add(new Term(field, tokens.get(k)), positions.get(k));
        }
        all.add(phrase.build(), BooleanClause.Occur.MUST);
        i = j;
      } else {
        all.add(new TermQuery(new Term(field, tokens.get(i))), BooleanClause.Occur.MUST);
        i++;
      }
    }
    return all.build();
  }
}
