package org.reliefarchive.solr;

import java.util.Locale;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanNotQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.reliefarchive.search.BadQueryException;

/**
 * Writes a query the embedded parser compiled as the XML of Lucene's XML query parser, which
 * Solr reads with {@code {!xmlparser}}: the very terms, phrases and span exclusions the embedded
 * index searches (no second analysis on the Solr side), so both backends match the same
 * reports. A phrase becomes an ordered span of its terms whose slop covers the gaps between
 * their positions (a word no bigram covers); the compound exclusion stays a SpanNot.
 */
final class QueryXml {
  private QueryXml() {}

  /**
   * The XML of {@code query}.
   *
   * @throws BadQueryException for a kind of query the XML parser has no element for
   */
  static String of(Query query) {
    StringBuilder out = new StringBuilder();
    write(query, 1f, out);
    return out.toString();
  }

  private static void write(Query q, float boost, StringBuilder out) {
    if (q instanceof BoostQuery b) {
      write(b.getQuery(), boost * b.getBoost(), out);
    } else if (q instanceof BooleanQuery b) {
      out.append("<BooleanQuery");
      if (b.getMinimumNumberShouldMatch() > 0) {
        out.append(" minimumNumberShouldMatch=\"").append(b.getMinimumNumberShouldMatch())
            .append('"');
      }
      boost(boost, out).append('>');
      for (BooleanClause c : b.clauses()) {
        out.append("<Clause occurs=\"").append(occurs(c.getOccur())).append("\">");
        write(c.getQuery(), 1f, out);
        out.append("</Clause>");
      }
      out.append("</BooleanQuery>");
    } else if (q instanceof DisjunctionMaxQuery d) {
      out.append("<DisjunctionMaxQuery tieBreaker=\"").append(d.getTieBreakerMultiplier())
          .append('"');
      boost(boost, out).append('>');
      for (Query c : d.getDisjuncts()) {
        write(c, 1f, out);
      }
      out.append("</DisjunctionMaxQuery>");
    } else if (q instanceof ConstantScoreQuery c) {
      out.append("<ConstantScoreQuery");
      boost(boost, out).append('>');
      write(c.getQuery(), 1f, out);
      out.append("</ConstantScoreQuery>");
    } else if (q instanceof TermQuery t) {
      out.append("<TermQuery fieldName=\"").append(attr(t.getTerm().field())).append('"');
      boost(boost, out).append('>').append(text(t.getTerm().text())).append("</TermQuery>");
    } else if (q instanceof PhraseQuery p) {
      phrase(p, boost, out);
    } else if (q instanceof SpanQuery s) {
      span(s, boost, out);
    } else if (q instanceof MatchAllDocsQuery) {
      out.append("<MatchAllDocsQuery");
      boost(boost, out).append("/>");
    } else if (q instanceof TermRangeQuery r) {
      out.append("<RangeQuery fieldName=\"").append(attr(r.getField())).append('"');
      if (r.getLowerTerm() != null) {
        out.append(" lowerTerm=\"").append(attr(r.getLowerTerm().utf8ToString())).append('"');
      }
      if (r.getUpperTerm() != null) {
        out.append(" upperTerm=\"").append(attr(r.getUpperTerm().utf8ToString())).append('"');
      }
      out.append(" includeLower=\"").append(r.includesLower()).append("\" includeUpper=\"")
          .append(r.includesUpper()).append('"');
      boost(boost, out).append("/>");
    } else if (q instanceof RegexpQuery r) {
      // the XML parser has no element for a regular expression; its UserQuery reads one in the
      // classic syntax (/…/), as the region tags of a place word are matched
      out.append("<UserQuery fieldName=\"").append(attr(r.getField())).append('"');
      boost(boost, out).append(">/")
          .append(text(r.getRegexp().text().replace("/", "\\/"))).append("/</UserQuery>");
    } else if (q instanceof PointRangeQuery r && r.getNumDims() == 1
        && r.getBytesPerDim() == Long.BYTES) {
      // a publication time range, as a year word is matched
      out.append("<PointRangeQuery fieldName=\"").append(attr(r.getField()))
          .append("\" type=\"long\" lowerTerm=\"")
          .append(LongPoint.decodeDimension(r.getLowerPoint(), 0)).append("\" upperTerm=\"")
          .append(LongPoint.decodeDimension(r.getUpperPoint(), 0)).append('"');
      boost(boost, out).append("/>");
    } else {
      throw new BadQueryException("q", "this kind of query (" + q.getClass().getSimpleName()
          + ") cannot be searched in the SolrCloud collection", "query_syntax", q.toString());
    }
  }

  /** A phrase as the ordered span of its terms; the gaps between positions widen the slop. */
  private static void phrase(PhraseQuery p, float boost, StringBuilder out) {
    Term[] terms = p.getTerms();
    int[] positions = p.getPositions();
    if (terms.length == 1) {
      write(new TermQuery(terms[0]), boost, out);
      return;
    }
    int gaps = 0;
    for (int i = 1; i < positions.length; i++) {
      gaps += positions[i] - positions[i - 1] - 1;
    }
    out.append("<SpanNear slop=\"").append(p.getSlop() + gaps).append("\" inOrder=\"")
        .append(p.getSlop() == 0).append('"');
    boost(boost, out).append('>');
    for (Term t : terms) {
      spanTerm(t, out);
    }
    out.append("</SpanNear>");
  }

  private static void span(SpanQuery s, float boost, StringBuilder out) {
    if (s instanceof SpanTermQuery t) {
      out.append("<SpanTerm fieldName=\"").append(attr(t.getTerm().field())).append('"');
      boost(boost, out).append('>').append(text(t.getTerm().text())).append("</SpanTerm>");
    } else if (s instanceof SpanNearQuery n) {
      out.append("<SpanNear slop=\"").append(n.getSlop()).append("\" inOrder=\"")
          .append(n.isInOrder()).append('"');
      boost(boost, out).append('>');
      for (SpanQuery c : n.getClauses()) {
        span(c, 1f, out);
      }
      out.append("</SpanNear>");
    } else if (s instanceof SpanOrQuery o) {
      out.append("<SpanOr");
      boost(boost, out).append('>');
      for (SpanQuery c : o.getClauses()) {
        span(c, 1f, out);
      }
      out.append("</SpanOr>");
    } else if (s instanceof SpanNotQuery n) {
      // the parser's exclusions have no distance (pre = post = 0), the XML element's default
      out.append("<SpanNot");
      boost(boost, out).append("><Include>");
      span(n.getInclude(), 1f, out);
      out.append("</Include><Exclude>");
      span(n.getExclude(), 1f, out);
      out.append("</Exclude></SpanNot>");
    } else {
      throw new BadQueryException("q", "this kind of span (" + s.getClass().getSimpleName()
          + ") cannot be searched in the SolrCloud collection", "query_syntax", s.toString());
    }
  }

  private static void spanTerm(Term t, StringBuilder out) {
    out.append("<SpanTerm fieldName=\"").append(attr(t.field())).append("\">")
        .append(text(t.text())).append("</SpanTerm>");
  }

  private static StringBuilder boost(float boost, StringBuilder out) {
    if (boost != 1f) {
      out.append(" boost=\"").append(String.format(Locale.ROOT, "%s", boost)).append('"');
    }
    return out;
  }

  private static String occurs(BooleanClause.Occur o) {
    return switch (o) {
      case MUST -> "must";
      case SHOULD -> "should";
      case MUST_NOT -> "mustNot";
      case FILTER -> "filter";
    };
  }

  static String text(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> {
          // XML 1.0 has no form for most control characters; analysis never makes them
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  private static String attr(String s) {
    return text(s);
  }
}
