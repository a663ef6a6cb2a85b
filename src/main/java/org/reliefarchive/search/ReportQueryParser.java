package org.reliefarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
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
 * <p>Unquoted text is split into words ({@link QueryWords}: 甘肃残联 → 甘肃, 残联), which are AND-ed;
 * each word, like a quoted phrase, matches the texts that contain it as a string, through a
 * phrase of its bigrams (民政局 → 民政 政局) or, for one character, its single-character term.
 * The analyzer given is the index's own, so query terms and their positions are the index's.
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

  private Query fieldQuery(String field, String text, boolean quoted) {
    if (quoted) {
      return stringQuery(field, text);
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int clauses = 0;
    Query last = null;
    for (String word : QueryWords.split(text)) {
      Query q = stringQuery(field, word);
      if (q != null) {
        all.add(q, BooleanClause.Occur.MUST);
        clauses++;
        last = q;
      }
    }
    return clauses <= 1 ? last : all.build();
  }

  /**
   * The texts that contain {@code text} as a string: one term, or a phrase of the bigrams (and
   * the words and single characters the bigrams do not cover) at the positions the index gives
   * them, so a phrase with punctuation in it (困难,提供) matches the same text with the same
   * punctuation and no text where the two sides stand together.
   */
  private Query stringQuery(String field, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        tokens.add(new Token(term.toString(), pos, offset.startOffset(), offset.endOffset(),
            CJKBigramFilter.DOUBLE_TYPE.equals(type.type())));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Token> kept = new ArrayList<>();
    for (Token t : tokens) {
      if (t.bigram() || tokens.stream().noneMatch(b -> b.bigram() && b.covers(t))) {
        kept.add(t);
      }
    }
    if (kept.isEmpty()) {
      return null;
    }
    if (kept.size() == 1) {
      return new TermQuery(new Term(field, kept.get(0).term()));
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    int first = kept.get(0).position();
    for (Token t : kept) {
      phrase.add(new Term(field, t.term()), t.position() - first);
    }
    return phrase.build();
  }

  /** A token of the index's analysis of query text. */
  private record Token(String term, int position, int start, int end, boolean bigram) {
    /** True when this bigram spans the other token's characters. */
    boolean covers(Token single) {
      return start <= single.start && single.end <= end;
    }
  }
}
