package org.reliefarchive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;

/**
 * The passages holding every word, scored over the first hits only, over reports made of the real
 * reports' sentences: the reports found and the first page, order and scores, are those of the
 * whole query.
 */
class PassagesTest {
  private Directory dir;
  private ReportIndex index;

  @BeforeEach
  void open() throws IOException {
    dir = new ByteBuffersDirectory();
    index = ReportIndex.openWritable(dir, new IndexSchema(), new IndexConfig("x", 16, 30));
    GeneratedReports.add(index, 0, 1500, 5, 500);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
    dir.close();
  }

  @Test
  void firstHitsRescoredWithThePassagesAreTheWholeQuerysFirstHits() throws IOException {
    ReportSearcher reports = new ReportSearcher(index);
    IndexSearcher searcher = index.searchers().acquire();
    try {
      for (String words : List.of("志愿者 疫情", "社区 独居老人", "残疾人 帮扶 困难",
          "慰问 医护人员 家属", "防控 物资 捐赠")) {
        Query whole = reports.graded(words).full();
        Passages.Split split = Passages.split(whole);
        assertThat(split.passages()).as(words).isNotNull();
        assertThat(split.matching()).as(words).isNotEqualTo(whole);
        // the passages decide no match
        assertThat(searcher.count(split.matching())).as(words)
            .isPositive().isEqualTo(searcher.count(whole));
        TopDocs expected = searcher.search(whole, 20);
        TopDocs rescored = Passages.rescore(searcher,
            searcher.search(split.matching(), Passages.WINDOW), split.passages(), 20);
        assertThat(rescored.scoreDocs).as(words).hasSameSizeAs(expected.scoreDocs);
        for (int i = 0; i < expected.scoreDocs.length; i++) {
          assertThat(rescored.scoreDocs[i].doc).as(words + " #" + i)
              .isEqualTo(expected.scoreDocs[i].doc);
          assertThat(rescored.scoreDocs[i].score).as(words + " #" + i)
              .isCloseTo(expected.scoreDocs[i].score, within(1e-3f));
        }
      }
      // one word has no passage clause; a quoted phrase neither
      assertThat(Passages.split(reports.graded("志愿者").full()).passages()).isNull();
      assertThat(Passages.split(reports.graded("\"志愿者 疫情\"").full()).passages()).isNull();
    } finally {
      index.searchers().release(searcher);
    }
  }
}
