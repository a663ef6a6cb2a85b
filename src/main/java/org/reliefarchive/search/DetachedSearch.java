package org.reliefarchive.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;

/**
 * The parts of the embedded search that another engine's results need, run without the
 * embedded index: query text compiled exactly as {@link ReportSearcher} compiles it (so the
 * SolrCloud backend searches the same terms, phrases and exclusions), and the snippets of a page
 * of hits, marked by the same highlighter over a small in-memory index of their bodies.
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
   */
  public List<Snippet> snippets(Query text, List<String> bodies) {
    List<Snippet> out = new ArrayList<>(bodies.size());
    if (bodies.isEmpty()) {
      return out;
    }
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(schema.analyzer()))) {
        for (String body : bodies) {
          Document d = new Document();
          d.add(new Field(IndexSchema.BODY, body == null ? "" : body, IndexSchema.BODY_TEXT));
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

  @Override
  public void close() throws IOException {
    try {
      emptyIndex.close();
    } finally {
      empty.close();
    }
  }
}
