package org.reliefarchive.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.enrich.CanonicalUrl;
import org.reliefarchive.enrich.EnrichedArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of reports. Opened writable, it upserts by stable id and hands out
 * near-real-time searchers that see new reports before the next commit; opened read-only, it
 * follows the commits another process makes. Closing commits pending changes.
 */
public final class ReportIndex implements Closeable {
  /** Searches see changes at most this many milliseconds late. */
  public static final long REFRESH_INTERVAL_MS = 1000;
  /** Key of the commit data that names the text analysis the index was built with. */
  static final String ANALYSIS_KEY = "analysis";
  /**
   * What the index's terms and ids depend on, recorded with every commit: the text analysis, how
   * report ids are made from URLs, and what the postings hold ({@link IndexSchema#LAYOUT}). An
   * index recorded otherwise is refused until rebuilt.
   */
  public static final String BUILD = ChineseAnalyzer.VERSION + "; ids " + CanonicalUrl.ID_SCHEME
      + "; " + IndexSchema.LAYOUT;
  /** What {@link #analysisOf} says of an index from before the analysis was recorded. */
  static final String UNRECORDED_ANALYSIS = "SmartCN words (not recorded)";
  private static final Logger LOG = LoggerFactory.getLogger(ReportIndex.class);

  private final IndexSchema schema;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ReportDocuments documents;
  private final ReprintGroups groups = new ReprintGroups();
  private volatile long lastRefresh;
  private volatile ReportMirror mirror = ReportMirror.NONE;

  private ReportIndex(Directory directory, IndexSchema schema, IndexWriter writer)
      throws IOException {
    this.schema = schema;
    this.writer = writer;
    this.documents = new ReportDocuments(schema);
    this.searchers =
        writer != null
            ? new SearcherManager(writer, null)
            : new SearcherManager(directory, null);
    if (writer != null) {
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        groups.load(reader);
      }
    }
  }

  /**
   * Opens (or creates) the index for writing.
   *
   * @param directory where the index lives; the caller closes it after this index
   * @param schema the schema
   * @param config buffer size
   * @throws UncheckedIOException if the index cannot be opened, e.g. another process writes it
   */
  public static ReportIndex openWritable(Directory directory, IndexSchema schema,
      IndexConfig config) {
    return openWritable(directory, schema, config, false);
  }

  /**
   * Opens (or creates) the index for writing.
   *
   * @param rebuilding true when the caller is about to delete every report and index the archive
   *     again: an index built with another text analysis is then accepted
   * @throws IndexAnalysisException if the index holds reports analysed otherwise than this
   *     version analyses text, and {@code rebuilding} is false
   * @throws UncheckedIOException if the index cannot be opened, e.g. another process writes it
   */
  public static ReportIndex openWritable(Directory directory, IndexSchema schema,
      IndexConfig config, boolean rebuilding) {
    try {
      boolean sameAnalysis = checkAnalysis(directory, rebuilding);
      IndexWriterConfig iwc = new IndexWriterConfig(schema.analyzer());
      iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      iwc.setRAMBufferSizeMB(config.ramBufferMb());
      IndexWriter writer = new IndexWriter(directory, iwc);
      if (sameAnalysis) {
        labelAnalysis(writer);
      }
      // else the old label stays until deleteAll: a rebuild killed before that leaves the old
      // index refused, not passed off as analysed this way
      // an empty commit makes a new index readable by other processes at once
      writer.commit();
      return new ReportIndex(directory, schema, writer);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index for writing: " + e.getMessage(), e);
    }
  }

  /**
   * Opens an existing index for reading only.
   *
   * @throws UncheckedIOException if there is no index there
   */
  public static ReportIndex openReadOnly(Directory directory, IndexSchema schema) {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IOException("no index in " + directory + " (run crawl or reindex first)");
      }
      checkAnalysis(directory, false);
      return new ReportIndex(directory, schema, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  /**
   * The text analysis and id scheme the index in {@code directory} was built with: {@link
   * #BUILD} for an index of this version, {@code null} when there is no index or
   * it is empty, and a description of the older analysis for an index from before analyses were
   * recorded.
   */
  public static String analysisOf(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return null;
    }
    SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
    String recorded = commit.getUserData().get(ANALYSIS_KEY);
    if (recorded != null) {
      return recorded;
    }
    return commit.totalMaxDoc() == 0 ? null : UNRECORDED_ANALYSIS;
  }

  /**
   * True when the index is new, empty or analysed as this version analyses.
   *
   * @throws IndexAnalysisException if it is not, unless {@code allowOther}
   */
  private static boolean checkAnalysis(Directory directory, boolean allowOther)
      throws IOException {
    String built = analysisOf(directory);
    boolean same = built == null || built.equals(BUILD);
    if (!same && !allowOther) {
      throw new IndexAnalysisException(directory, built);
    }
    return same;
  }

  /** Opens an {@link FSDirectory} at {@code path}; the caller closes it. */
  public static Directory fsDirectory(Path path) {
    try {
      Files.createDirectories(path);
      return FSDirectory.open(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open index directory " + path, e);
    }
  }

  /** The schema this index was opened with. */
  public IndexSchema schema() {
    return schema;
  }

  /** True when this index was opened for writing. */
  public boolean writable() {
    return writer != null;
  }

  /**
   * Adds the report or replaces the one with the same id, and puts it in the group of its
   * near-identical reprints.
   *
   * @throws IllegalStateException if the index is read-only
   */
  public void upsert(EnrichedArticle article) throws IOException {
    requireWriter();
    String group = groups.assign(article.id(), article.simhash());
    org.apache.lucene.document.Document doc = documents.toDocument(article, group);
    writer.updateDocument(new Term(IndexSchema.ID, article.id()), doc);
    mirror.upsert(doc);
  }

  /**
   * From now on, every upsert, commit and full delete also goes to {@code mirror} (a SolrCloud
   * collection); its owner closes it after this index.
   */
  public void mirrorTo(ReportMirror mirror) {
    this.mirror = mirror == null ? ReportMirror.NONE : mirror;
  }

  /** Commits pending changes so other processes and a restart see them. */
  public void commit() throws IOException {
    requireWriter();
    writer.commit();
    mirror.commit();
  }

  /**
   * Deletes every report (reindex starts from an empty index); the next commit records this
   * version's analysis.
   */
  public void deleteAll() throws IOException {
    requireWriter();
    writer.deleteAll();
    labelAnalysis(writer);
    groups.clear();
    mirror.deleteAll();
  }

  private static void labelAnalysis(IndexWriter writer) {
    writer.setLiveCommitData(Map.of(ANALYSIS_KEY, BUILD).entrySet());
  }

  /** Makes recent changes (or, read-only, the latest commit) visible to new searchers. */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      LOG.warn("Index refresh failed: {}", e.toString());
    }
  }

  /**
   * Refreshes unless that was done less than {@link #REFRESH_INTERVAL_MS} ago: searches call
   * this, so a busy server opens at most one new reader a second, and a running crawl is not
   * made to flush a tiny segment for every query.
   */
  public void refreshIfStale() {
    long now = System.nanoTime();
    long last = lastRefresh;
    if (last != 0 && now - last < REFRESH_INTERVAL_MS * 1_000_000L) {
      return;
    }
    lastRefresh = now;
    refresh();
  }

  /** The searcher manager; acquire and release searchers through it. */
  public SearcherManager searchers() {
    return searchers;
  }

  /** Number of reports visible to searchers now. */
  public int count() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      searchers.release(s);
    }
  }

  /** Commits (when writable) and closes; the directory stays open for its owner. */
  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      if (writer != null) {
        writer.close();
      }
    }
  }


  private void requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("the index was opened read-only");
    }
  }
}
