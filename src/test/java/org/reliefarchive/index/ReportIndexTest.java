package org.reliefarchive.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.reliefarchive.config.IndexConfig;

/** The index records its text analysis and id scheme and refuses to mix either. */
class ReportIndexTest {
  private static final IndexConfig CONFIG = new IndexConfig("x", 16, 30);

  @Test
  void newIndexRecordsItsAnalysis() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      assertThat(ReportIndex.analysisOf(dir)).isNull();
      ReportIndex.openWritable(dir, new IndexSchema(), CONFIG).close();
      assertThat(ReportIndex.analysisOf(dir)).isEqualTo(ReportIndex.BUILD);
      // and opens again without complaint
      ReportIndex.openWritable(dir, new IndexSchema(), CONFIG).close();
      ReportIndex.openReadOnly(dir, new IndexSchema()).close();
    }
  }

  @Test
  void indexOfAnotherAnalysisIsRefusedUntilRebuilt() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      // an index of an earlier version: reports, and no analysis in its commit
      try (IndexWriter old = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
        Document d = new Document();
        d.add(new TextField(IndexSchema.BODY, "甘肃省残联", Field.Store.YES));
        old.addDocument(d);
      }
      assertThat(ReportIndex.analysisOf(dir)).isEqualTo(ReportIndex.UNRECORDED_ANALYSIS);
      assertThatThrownBy(() -> ReportIndex.openWritable(dir, new IndexSchema(), CONFIG))
          .isInstanceOf(IndexAnalysisException.class)
          .hasMessageContaining(ReportIndex.UNRECORDED_ANALYSIS)
          .hasMessageContaining("reindex");
      assertThatThrownBy(() -> ReportIndex.openReadOnly(dir, new IndexSchema()))
          .isInstanceOf(IndexAnalysisException.class);
      // refused means untouched: the old report is still there
      try (var reader = DirectoryReader.open(dir)) {
        assertThat(reader.numDocs()).isEqualTo(1);
      }

      // a rebuild killed before it deleted anything leaves the index as it was, still refused
      ReportIndex.openWritable(dir, new IndexSchema(), CONFIG, true).close();
      assertThat(ReportIndex.analysisOf(dir)).isEqualTo(ReportIndex.UNRECORDED_ANALYSIS);
      try (ReportIndex rebuilt = ReportIndex.openWritable(dir, new IndexSchema(), CONFIG, true)) {
        rebuilt.deleteAll();
        rebuilt.commit();
      }
      assertThat(ReportIndex.analysisOf(dir)).isEqualTo(ReportIndex.BUILD);
      ReportIndex.openReadOnly(dir, new IndexSchema()).close();
    }
  }

  @Test
  void indexWhoseIdsWereMadeOtherwiseIsRefusedUntilRebuilt() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      // an index of the previous version: this analysis, ids from the hand-written canonicaliser
      try (IndexWriter old = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
        old.setLiveCommitData(java.util.Map.of(ReportIndex.ANALYSIS_KEY, ChineseAnalyzer.VERSION)
            .entrySet());
        Document d = new Document();
        d.add(new TextField(IndexSchema.BODY, "甘肃省残联", Field.Store.YES));
        old.addDocument(d);
      }
      assertThatThrownBy(() -> ReportIndex.openReadOnly(dir, new IndexSchema()))
          .isInstanceOf(IndexAnalysisException.class).hasMessageContaining("reindex")
          .hasMessageContaining(org.reliefarchive.enrich.CanonicalUrl.ID_SCHEME);
    }
  }

  @Test
  void indexWithoutOffsetsInTheBodyIsRefusedUntilRebuilt() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      // an index of the previous version: this analysis and id scheme, a body without offsets
      String previous = ChineseAnalyzer.VERSION + "; ids "
          + org.reliefarchive.enrich.CanonicalUrl.ID_SCHEME;
      try (IndexWriter old = new IndexWriter(dir, new IndexWriterConfig(new ChineseAnalyzer()))) {
        old.setLiveCommitData(java.util.Map.of(ReportIndex.ANALYSIS_KEY, previous).entrySet());
        Document d = new Document();
        d.add(new TextField(IndexSchema.BODY, "甘肃省残联", Field.Store.YES));
        old.addDocument(d);
      }
      assertThatThrownBy(() -> ReportIndex.openReadOnly(dir, new IndexSchema()))
          .isInstanceOf(IndexAnalysisException.class)
          .hasMessageContaining("built with '" + previous + "'")
          .hasMessageContaining(IndexSchema.LAYOUT).hasMessageContaining("reindex");
      try (ReportIndex rebuilt = ReportIndex.openWritable(dir, new IndexSchema(),
          new IndexConfig("x", 16, 30), true)) {
        rebuilt.deleteAll();
        rebuilt.commit();
      }
      ReportIndex.openReadOnly(dir, new IndexSchema()).close();
    }
  }
}
