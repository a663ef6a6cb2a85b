package org.reliefarchive.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;

/**
 * The parts of the embedded search that another engine's results need, run without the
 * embedded index: query text compiled exactly as {@link ReportSearcher} compiles it (so the
 * SolrCloud backend searches the same terms, phrases and exclusions), and the snippets of a page
 * of hits, marked by the same highlighter over a small in-memory index of their bodies (of the
 * query's terms in them, which is all the highlighter reads).
 * Thread-safe.
 */
public final class DetachedSearch implements Closeable {
  private final IndexSchema schema;
  private final ByteBuffersDirectory empty = new ByteBuffersDirectory();
  private final ReportIndex emptyIndex;
  private final ReportSearcher compiler;
  private final Snippets snippets;

  /** @param synonyms the words each query word also finds, as the embedded searcher has them */
  public DetachedSearch(IndexSchema schema, QuerySynonyms synonyms) {
    this.schema = schema;
    // the compiler reads nothing from its index; an empty one in memory serves
    this.emptyIndex = ReportIndex.openWritable(empty, schema, new IndexConfig("memory", 8, 60));
    this.compiler = new ReportSearcher(emptyIndex, synonyms);
    this.snippets = new Snippets(schema);
  }

  /** The compiled query of {@code queryText}; see {@link ReportSearcher#parse}. */
  public Query parse(String queryText) {
    return compiler.parse(queryText);
  }

  /**
   * The compiled query of {@code queryText} with its required parts, for finding the reports
   * that miss some of them as {@link ReportSearcher} finds them.
   */
  public Graded graded(String queryText) {
    return new Graded(compiler.graded(queryText));
  }

  /**
   * A score as users see it: without the constants that rank reports holding more parts or
   * the user's own words first (see {@link GradedQuery#textScore}).
   */
  public static float textScore(float score) {
    return GradedQuery.textScore(score);
  }

  /**
   * A query seen as the parts it requires (see {@link GradedQuery}), in the terms another
   * engine needs: the query as written, the reports holding at least one part (those holding
   * more first), the reports among them missing a part, and each required part with what the
   * user wrote for it.
   */
  public static final class Graded {
    private final GradedQuery graded;

    private Graded(GradedQuery graded) {
      this.graded = graded;
    }

    /** The query as written. */
    public Query full() {
      return graded.full();
    }

    /** Whether reports missing a part can be looked for: two or more required parts. */
    public boolean relaxable() {
      return graded.relaxable();
    }

    /** See {@link GradedQuery#relaxed()}. */
    public Query relaxed() {
      return graded.relaxed();
    }

    /** See {@link GradedQuery#partial()}. */
    public Query partial() {
      return graded.partial();
    }

    /** The required parts, in order. */
    public List<Query> required() {
      return graded.required();
    }

    /** See {@link GradedQuery#alsoSearched()}. */
    public java.util.Map<String, List<String>> alsoSearched() {
      return graded.alsoSearched();
    }

    /** What the user wrote for required part {@code i}, "…" where unknown. */
    public String label(int i) {
      String l = graded.labels().size() > i ? graded.labels().get(i) : null;
      return l == null ? "…" : l;
    }
  }

  /** See {@link ReportSearcher#understood}. */
  public String understood(String queryText) {
    return compiler.understood(queryText);
  }

  /** Loads SmartCN's dictionaries. */
  public void warmUp() {
    compiler.warmUp();
  }

  /**
   * The snippet of each body in {@code bodies} for {@code text}, or its lead where the query
   * marks nothing, as the embedded searcher shows them.
   *
   * @param titles the title of each report, or null: a report may match the query only through
   *     its title (慰问 in the heading, a synonym in the body), and the highlighter marks the
   *     body of a report only where the report matches the whole query
   */
  public List<Snippet> snippets(Query text, List<String> titles, List<String> bodies) {
    List<Snippet> out = new ArrayList<>(bodies.size());
    if (bodies.isEmpty()) {
      return out;
    }
    Set<String> named = terms(text);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        Analyzer analyzer = named == null ? null : only(named)) {
      IndexWriterConfig config = new IndexWriterConfig(analyzer == null ? schema.analyzer()
          : analyzer).setUseCompoundFile(false).setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter w = new IndexWriter(dir, config)) {
        for (int i = 0; i < bodies.size(); i++) {
          Document d = new Document();
          String body = bodies.get(i);
          d.add(new Field(IndexSchema.BODY, body == null ? "" : body, IndexSchema.BODY_TEXT));
          String title = titles == null ? null : titles.get(i);
          if (title != null) {
            d.add(new TextField(IndexSchema.TITLE, title, Field.Store.NO));
          }
          w.addDocument(d);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<ScoreDoc> page = new ArrayList<>(bodies.size());
        for (int i = 0; i < bodies.size(); i++) {
          page.add(new ScoreDoc(i, 1f));
        }
        Snippet[] marked = snippets.highlight(searcher, text, page, bodies);
        for (int i = 0; i < bodies.size(); i++) {
          String body = bodies.get(i) == null ? "" : bodies.get(i);
          out.add(marked[i] != null ? marked[i] : Snippets.lead(body));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Every term {@code text} names, excluded ones too (a compound left out with SpanNot must be
   * there for the exclusion to hold), or null when it matches terms it does not name.
   */
  private static Set<String> terms(Query text) {
    Set<String> terms = new HashSet<>();
    boolean[] open = {false};
    text.visit(new QueryVisitor() {
      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }

      @Override
      public void consumeTerms(Query q, Term... found) {
        for (Term t : found) {
          terms.add(t.text());
        }
      }

      @Override
      public void consumeTermsMatching(Query q, String field,
          java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> a) {
        open[0] = true;
      }
    });
    return open[0] ? null : terms;
  }

  /**
   * The schema's analysis keeping only the tokens of {@code terms}, at their positions and
   * offsets: what the highlighter reads of a body is the postings of the query's terms, and a
   * small index of those alone is built in a fraction of the time a whole body's takes.
   */
  private Analyzer only(Set<String> terms) {
    return new AnalyzerWrapper(Analyzer.GLOBAL_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return schema.analyzer();
      }

      @Override
      protected TokenStreamComponents wrapComponents(String fieldName,
          TokenStreamComponents components) {
        TokenStream kept = new FilteringTokenFilter(components.getTokenStream()) {
          private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

          @Override
          protected boolean accept() {
            return terms.contains(term.toString());
          }
        };
        return new TokenStreamComponents(components.getSource(), kept);
      }
    };
  }

  @Override
  public void close() throws IOException {
    try {
      emptyIndex.close();
    } finally {
      empty.close();
    }
  }
}
