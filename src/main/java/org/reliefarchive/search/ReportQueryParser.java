package org.reliefarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanNotQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
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
 * <p>Unquoted text is split into words ({@link QueryWords}: 甘肃残联 → 甘肃, 残联), which are AND-ed,
 * each in the title or the body; each word, like a quoted phrase, matches the texts that contain
 * it as a string, through a phrase of its bigrams (民政局 → 民政 政局) or, for one character, its
 * single-character term. The analyzer given is the index's own, so query terms and their
 * positions (one per character) are the index's, and the slop of {@code "…"~N} counts
 * characters. Wildcards and fuzziness mean nothing for bigrams: on Han text, {@code 民政*} or a
 * pasted question ending in {@code ?} is searched as its words. Occurrences of a word across the
 * boundary of a listed compound ({@link Compounds}: 民政 in 人民|政府), or inside one that gives it
 * another meaning (养老 in 养老保险) unless the user typed that compound, do not count. In a query
 * of two or more words, a word found only in a bulletin's source notes ({@link CreditLines})
 * does not count either.
 *
 * <p>Unquoted words are expanded with the {@link QuerySynonyms} given: a run of words a group
 * names (残障 人士) also finds the other words of its group (残疾人 …), each searched as one
 * string. Another word of the group counts at {@link #EXPANSION_WEIGHT} of its score, and a
 * report holding the user's own words of the run gets {@link #OWN_WORD_BONUS} on top, so of two
 * reports saying as much about the subject the one in the user's words comes first, while a
 * report built around a synonym still ranks above one naming the user's word once in passing.
 * Quoted phrases are never expanded.
 *
 * <p>Two or more unquoted words also score {@link #NEAR_WEIGHT} for each passage of the body
 * holding all of them (or their synonyms) within {@link #NEAR_SLOP} characters: a report whose
 * words meet in one passage is about them together, one that names each on another page of a
 * long text is not. This adds to the score only; it never decides which reports match.
 *
 * <p>A word naming a place or a year also finds the reports tagged with it ({@link TagWords}),
 * at {@link #TAG_SCORE}, as another way of saying the word: those holding the word itself still
 * come first.
 */
final class ReportQueryParser extends QueryParser {
  static final String ANY_FIELD = "_text";
  /** More words than this is a pasted passage: quoting it searches it as one phrase. */
  static final int MAX_WORDS = 64;
  /**
   * The weight of a word in the title against the same word in the body. A title names what
   * the report is about, a word in the body may be in passing: at 2 a word once in the title
   * scored about as much as a rarer word once in the body of a report about something else
   * (武汉的声音 under 志愿者 武汉 below a conference report naming 志愿者).
   */
  private static final float TITLE_BOOST = 4f;
  /**
   * Added to the score of a report holding the user's own words of a run that has synonyms:
   * about what one mention in a body scores, so it orders reports that say about as much, and
   * leaves a report about the subject in other words above one naming the user's word once. As
   * a constant above every text score (it was 1000) it put a long bulletin naming 低保 once above
   * one giving 最低生活保障 figures, and a report mentioning 香港 in passing above the Hong Kong
   * papers writing 本港; on the dev queries 0.5 and 1 gave the same figures, 2 slightly lower.
   */
  static final float OWN_WORD_BONUS = 1f;
  /** The share of its score a report gets for holding another word of a group. */
  static final float EXPANSION_WEIGHT = 0.5f;
  /**
   * The weight of the passages holding every unquoted word of the query. A passage is scored by
   * BM25 like a word, with the rarity of all its words, so one counts as much as several
   * mentions of a single word: it puts a report whose words meet (慰问 医护人员 家属 in one
   * sentence) above one that names them in three unrelated paragraphs.
   */
  static final float NEAR_WEIGHT = 1f;
  /** How far apart, in characters, the words of a passage may be: about a sentence. */
  static final int NEAR_SLOP = 30;
  /**
   * What a report tagged with the place or year a word names scores for that word when its text
   * does not hold the word: about a passing mention of an expansion in a long body, below the
   * word in a title or repeated in a short body.
   */
  static final float TAG_SCORE = 1f;

  private final Analyzer analyzer;
  private final QuerySynonyms synonyms;
  private final Map<Query, String> labels = new IdentityHashMap<>();
  private final Map<Query, Boolean> expanded = new IdentityHashMap<>();
  private final Map<String, List<String>> alsoSearched = new java.util.LinkedHashMap<>();
  private SpanQuery creditMarkers;

  ReportQueryParser(Analyzer analyzer) {
    this(analyzer, QuerySynonyms.none());
  }

  ReportQueryParser(Analyzer analyzer, QuerySynonyms synonyms) {
    super(ANY_FIELD, analyzer);
    this.analyzer = analyzer;
    this.synonyms = synonyms;
    setDefaultOperator(QueryParser.AND_OPERATOR);
    setAllowLeadingWildcard(false);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    return fieldQuery(field, queryText, quoted, 0);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop)
      throws ParseException {
    return fieldQuery(field, queryText, true, slop);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    if (hasHan(termStr)) {
      return getFieldQuery(field, termStr, false);
    }
    return super.getPrefixQuery(textField(field), termStr);
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    if (hasHan(termStr)) {
      return getFieldQuery(field, termStr.replace('*', ' ').replace('?', ' '), false);
    }
    return super.getWildcardQuery(textField(field), termStr);
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    if (hasHan(termStr)) {
      return getFieldQuery(field, termStr, false);
    }
    return super.getFuzzyQuery(textField(field), termStr, minSimilarity);
  }

  private String textField(String field) throws ParseException {
    return ANY_FIELD.equals(field) ? IndexSchema.BODY : checkField(field);
  }

  private static String checkField(String field) throws ParseException {
    if (IndexSchema.TITLE.equals(field) || IndexSchema.BODY.equals(field)) {
      return field;
    }
    throw new Refusal("unknown field '" + field + "'; allowed: title, body", "query_field",
        field);
  }

  private static boolean hasHan(String s) {
    return s.codePoints().anyMatch(
        c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /**
   * Quoted text is one string; unquoted text is its words, AND-ed. Without a field, each string
   * is looked for in the title (boosted) or the body, so the words of one query may be split
   * between the two.
   */
  private Query fieldQuery(String field, String text, boolean quoted, int slop)
      throws ParseException {
    String only = ANY_FIELD.equals(field) ? null : checkField(field);
    List<QueryWords.Word> strings = quoted ? List.of(QueryWords.Word.of(text))
        : QueryWords.split(text);
    if (strings.size() > MAX_WORDS) {
      throw new Refusal("the query has " + strings.size() + " words, at most " + MAX_WORDS
          + " are searched; put a long passage in quotes to search it as one phrase",
          "query_words", strings.size(), MAX_WORDS);
    }
    List<Query> clauses = new ArrayList<>();
    List<SpanQuery> near = new ArrayList<>();
    List<QuerySynonyms.Segment> runs = quoted || synonyms.isEmpty()
        ? QuerySynonyms.none().expand(strings.stream().map(QueryWords.Word::simplified).toList())
        : synonyms.expand(strings.stream().map(QueryWords.Word::simplified).toList());
    // a compound the user typed is meant: 养老保险 split into 养老 and 保险 still finds 养老保险
    String typed = letters(strings.stream().map(QueryWords.Word::simplified)
        .reduce("", String::concat));
    // a word found only in a bulletin's source notes is a passing mention: among several
    // words it would make a full match of a report about none of them (CreditLines); alone it
    // is a match that ranks low, and the search costs less without the notes' spans
    boolean notes = !quoted && strings.size() >= 2;
    for (QuerySynonyms.Segment run : runs) {
      List<Query> own = new ArrayList<>();
      StringBuilder label = new StringBuilder();
      for (QueryWords.Word string : strings.subList(run.from(), run.to())) {
        Query q = wordQuery(only, string.text(), string.simplified(), slop, typed, notes);
        if (q != null) {
          labels.put(q, string.text());
          own.add(q);
        }
        label.append(string.text());
      }
      if (own.isEmpty()) {
        continue;
      }
      if (!quoted && only == null) {
        SpanQuery sp = runSpans(strings.subList(run.from(), run.to()), run.expansions(), typed);
        if (sp != null) {
          near.add(sp);
        }
      }
      // a place or a year also finds the reports tagged with it (TagWords)
      List<Query> tags = quoted || only != null ? List.of()
          : TagWords.of(strings.subList(run.from(), run.to()).stream()
              .map(QueryWords.Word::simplified).reduce("", String::concat));
      if (run.expansions().isEmpty() && tags.isEmpty()) {
        clauses.addAll(own);
        continue;
      }
      Query ownWords = own.size() == 1 ? own.get(0) : all(own);
      if (run.expansions().isEmpty()) {
        // a place or year word without synonyms: the report scores for the word or, failing
        // that, for the tag; either counts as the user's own word, so no constant is needed
        // to put one before the other (and the word's phrase is searched once)
        List<Query> ways = new ArrayList<>();
        ways.add(ownWords);
        tags.forEach(tag -> ways.add(new BoostQuery(new ConstantScoreQuery(tag), TAG_SCORE)));
        Query wordOrTag = new DisjunctionMaxQuery(ways, 0f);
        labels.put(wordOrTag, label.toString());
        clauses.add(wordOrTag);
        continue;
      }
      // the words of a group are one thing said in several ways: a report scores for the best
      // way it says it, not once per way (安老院舍 also holds 安老院; a bulletin writing 低保 and
      // 最低生活保障 says it no more than one writing 低保 twice)
      List<Query> ways = new ArrayList<>();
      ways.add(ownWords);
      for (String other : run.expansions()) {
        Query q = wordQuery(only, other, other, 0, typed, false);
        if (q != null) {
          ways.add(new BoostQuery(q, EXPANSION_WEIGHT));
        }
      }
      for (Query tag : tags) {
        ways.add(new BoostQuery(new ConstantScoreQuery(tag), TAG_SCORE));
      }
      Query withSynonyms = new BooleanQuery.Builder()
          .add(new DisjunctionMaxQuery(ways, 0f), BooleanClause.Occur.SHOULD)
          .add(new BoostQuery(new ConstantScoreQuery(ownOrTagged(ownWords, tags)),
              OWN_WORD_BONUS), BooleanClause.Occur.SHOULD)
          .build();
      labels.put(withSynonyms, label.toString());
      expanded.put(withSynonyms, true);
      alsoSearched.putIfAbsent(label.toString(), run.expansions());
      clauses.add(withSynonyms);
    }
    if (clauses.size() <= 1) {
      return clauses.isEmpty() ? null : clauses.get(0);
    }
    if (near.size() < 2) {
      return all(clauses);
    }
    // the words' passages score on top of the required words; a SHOULD beside MUST clauses
    // never decides whether a report matches (GradedQuery keeps it out of the required parts).
    // The group is wrapped: the parser spreads the clauses of a query it gets back into the
    // query around it, and with AND as the default it would make the SHOULD a MUST.
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    clauses.forEach(q -> b.add(q, BooleanClause.Occur.MUST));
    b.add(new BoostQuery(new SpanNearQuery(near.toArray(SpanQuery[]::new), NEAR_SLOP, false),
        NEAR_WEIGHT), BooleanClause.Occur.SHOULD);
    return new BooleanQuery.Builder().add(b.build(), BooleanClause.Occur.MUST).build();
  }

  /**
   * The body spans of a run of words: its own words within {@link #NEAR_SLOP} of one another, or
   * one of its expansions. Null for a run a passage cannot hold: a year (2020年 is a report's
   * date more often than its text) or a word with punctuation.
   */
  private SpanQuery runSpans(List<QueryWords.Word> words, List<String> expansions,
      String typed) {
    if (words.stream().anyMatch(w -> TagWords.isYear(w.simplified()))) {
      return null;
    }
    List<SpanQuery> own = new ArrayList<>();
    for (QueryWords.Word w : words) {
      SpanQuery sp = bodySpans(w.simplified(), typed);
      if (sp == null) {
        return null;
      }
      own.add(sp);
    }
    List<SpanQuery> ways = new ArrayList<>();
    ways.add(own.size() == 1 ? own.get(0)
        : new SpanNearQuery(own.toArray(SpanQuery[]::new), NEAR_SLOP, false));
    for (String e : expansions) {
      SpanQuery sp = bodySpans(e, typed);
      if (sp != null) {
        ways.add(sp);
      }
    }
    return ways.size() == 1 ? ways.get(0) : new SpanOrQuery(ways.toArray(SpanQuery[]::new));
  }

  /**
   * The body spans of one string (simplified) without its occurrences inside a listed compound,
   * for the passages; null for text with punctuation or nothing searchable. Source notes are
   * not left out here: a passage only adds to the score of a report that matches without it,
   * and every word excluded from the notes costs a span search of its own.
   */
  private SpanQuery bodySpans(String simplified, String typed) {
    String plain = letters(simplified);
    if (plain.isEmpty() || !plain.equals(simplified)) {
      return null;
    }
    List<Token> kept = keptTokens(IndexSchema.BODY, plain);
    if (kept.isEmpty()) {
      return null;
    }
    return withoutCompounds(IndexSchema.BODY, spans(IndexSchema.BODY, kept),
        compounds(plain, typed));
  }

  /** {@code sp} without its occurrences inside {@code compounds}; {@code sp} for none. */
  private SpanQuery withoutCompounds(String field, SpanQuery sp, List<String> compounds) {
    if (compounds.isEmpty()) {
      return sp;
    }
    List<SpanQuery> excluded = new ArrayList<>();
    for (String c : compounds) {
      excluded.add(spans(field, keptTokens(field, c)));
    }
    return new SpanNotQuery(sp, excluded.size() == 1 ? excluded.get(0)
        : new SpanOrQuery(excluded.toArray(SpanQuery[]::new)));
  }

  /**
   * {@code word} (the body's matches of a string, {@code spans} the same as spans) less the
   * reports that hold it only in source notes ({@link CreditLines}). The spans are searched only
   * in the reports that hold the word and a note's marker, a few among many; the word scores as
   * before, so a report holding it in its text as well keeps its score.
   */
  private Query outsideNotes(Query word, SpanQuery spans) {
    SpanQuery markers = creditMarkers();
    Query onlyInNotes = new BooleanQuery.Builder()
        .add(markers, BooleanClause.Occur.MUST)
        .add(new SpanNotQuery(spans, CreditLines.inNotes(spans, markers)),
            BooleanClause.Occur.MUST_NOT)
        .build();
    return new BooleanQuery.Builder()
        .add(word, BooleanClause.Occur.MUST)
        .add(onlyInNotes, BooleanClause.Occur.MUST_NOT)
        .build();
  }

  /** The body spans of the marker of a source note. */
  private SpanQuery creditMarkers() {
    if (creditMarkers == null) {
      creditMarkers = spans(IndexSchema.BODY, keptTokens(IndexSchema.BODY, CreditLines.MARKER));
    }
    return creditMarkers;
  }

  /**
   * The listed compounds an occurrence of {@code plain} may not lie in ({@link Compounds}),
   * less those the user typed: a query typed 养老保险 asks for it.
   */
  private static List<String> compounds(String plain, String typed) {
    return Compounds.straddledBy(plain).stream().filter(c -> !typed.contains(c)).toList();
  }

  private static String letters(String text) {
    return text.replaceAll("[^\\p{L}\\p{N}]", "");
  }

  /**
   * The reports holding the user's own words of a run, or tagged with the place or year they
   * name: a report tagged 甘肃 is about the place the user wrote, not about another word for it.
   */
  private static Query ownOrTagged(Query ownWords, List<Query> tags) {
    if (tags.isEmpty()) {
      return ownWords;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder()
        .add(ownWords, BooleanClause.Occur.SHOULD);
    tags.forEach(t -> any.add(t, BooleanClause.Occur.SHOULD));
    return any.build();
  }

  private static Query all(List<Query> clauses) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    clauses.forEach(q -> all.add(q, BooleanClause.Occur.MUST));
    return all.build();
  }

  /**
   * One string ({@code text} as written, {@code simplified} its simplified form) in the title
   * (boosted) or the body, or in {@code only} when a field was named; occurrences inside a
   * listed compound the user did not type ({@code typed}) left out, and with {@code credits}
   * those in a bulletin's source notes. Null when the text holds nothing searchable.
   */
  private Query wordQuery(String only, String text, String simplified, int slop, String typed,
      boolean credits) {
    // a compound straddled by the word (民政 in 人民政府) is excluded from its matches
    String plain = letters(simplified);
    List<String> compounds = slop == 0 ? compounds(plain, typed) : List.of();
    boolean notes = credits && slop == 0 && plain.equals(simplified)
        && CreditLines.applies(plain);
    return only != null
        ? stringQuery(only, text, slop, compounds, notes)
        : anyField(stringQuery(IndexSchema.TITLE, text, slop, compounds, notes),
            stringQuery(IndexSchema.BODY, text, slop, compounds, notes));
  }

  /**
   * The words of the query a clause stands for, as the user wrote them (残障人士 for the run
   * 残障 | 人士 and its synonyms), or null for a clause the parser did not make from words.
   */
  String label(Query clause) {
    return labels.get(clause);
  }

  /**
   * Whether {@code clause} is a run of words with synonyms, which adds {@link #OWN_WORD_BONUS}
   * for the user's own words.
   */
  boolean expanded(Query clause) {
    return expanded.containsKey(clause);
  }

  /**
   * For each run of words the last parse expanded, as the user wrote it, the other words it
   * was also searched as (孤独症 → 自闭症), in the order the runs were typed.
   */
  Map<String, List<String>> alsoSearched() {
    return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(alsoSearched));
  }

  private static Query anyField(Query title, Query body) {
    if (title == null || body == null) {
      return null;
    }
    return new DisjunctionMaxQuery(List.of(new BoostQuery(title, TITLE_BOOST), body), 0.1f);
  }

  /**
   * The texts that contain {@code text} as a string: one term, or a phrase of the bigrams (and
   * of the words and single characters no bigram covers) at the positions the index gives them.
   * Positions count characters and not punctuation, so a phrase without punctuation does not
   * match across a comma in the text (困难提供 does not find 困难,提供), while one with
   * punctuation also finds the text without it.
   */
  private Query stringQuery(String field, String text, int slop, List<String> compounds,
      boolean credits) {
    List<Token> kept = keptTokens(field, text);
    if (kept.isEmpty()) {
      return null;
    }
    Query q;
    if (!compounds.isEmpty()) {
      q = withoutCompounds(field, spans(field, kept), compounds);
    } else if (kept.size() == 1) {
      q = new TermQuery(new Term(field, kept.get(0).term()));
    } else {
      PhraseQuery.Builder phrase = new PhraseQuery.Builder();
      phrase.setSlop(slop);
      int first = kept.get(0).position();
      for (Token t : kept) {
        phrase.add(new Term(field, t.term()), t.position() - first);
      }
      q = phrase.build();
    }
    if (credits && IndexSchema.BODY.equals(field)) {
      q = outsideNotes(q, q instanceof SpanQuery sq ? sq : spans(field, kept));
    }
    return q;
  }

  /**
   * The same string as spans, for leaving out its occurrences inside compounds (民政 in
   * 人民政府): the kept tokens of a string without punctuation stand at consecutive positions.
   */
  private static SpanQuery spans(String field, List<Token> tokens) {
    if (tokens.size() == 1) {
      return new SpanTermQuery(new Term(field, tokens.get(0).term()));
    }
    return new SpanNearQuery(tokens.stream()
        .map(t -> (SpanQuery) new SpanTermQuery(new Term(field, t.term())))
        .toArray(SpanQuery[]::new), 0, true);
  }

  /**
   * The index's tokens of {@code text} that a search needs: every bigram, and the words and
   * single characters no bigram covers, with their positions.
   */
  private List<Token> keptTokens(String field, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        tokens.add(new Token(term.toString(), pos, type.type()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // a single character is left out when a bigram covers it: the bigram at its position (it
    // starts the bigram) or at the position before (it ends it); CJKBigramFilter emits each
    // character just before the bigram it starts
    List<Token> kept = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean covered = t.single()
          && (i + 1 < tokens.size() && tokens.get(i + 1).bigram()
                  && tokens.get(i + 1).position() == t.position()
              || i > 0 && tokens.get(i - 1).bigram()
                  && tokens.get(i - 1).position() == t.position() - 1);
      if (!covered) {
        kept.add(t);
      }
    }
    return kept;
  }

  /** A query our rules refuse (not Lucene's grammar), with the reason a page shows. */
  static final class Refusal extends ParseException {
    private static final long serialVersionUID = 1L;
    final String reason;
    final transient Object[] details;

    Refusal(String message, String reason, Object... details) {
      super(message);
      this.reason = reason;
      this.details = details;
    }
  }

  /** A token of the index's analysis of query text. */
  private record Token(String term, int position, String type) {
    boolean bigram() {
      return CJKBigramFilter.DOUBLE_TYPE.equals(type);
    }

    boolean single() {
      return CJKBigramFilter.SINGLE_TYPE.equals(type);
    }
  }
}
