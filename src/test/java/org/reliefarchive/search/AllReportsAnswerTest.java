package org.reliefarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;

/**
 * The answer for all reports (no words, filters or dates), given once per reader, over reports
 * made of the real reports' sentences: the same as a search's until the index changes, then new.
 */
class AllReportsAnswerTest {
  private Directory dir;
  private ReportIndex index;

  @BeforeEach
  void open() throws IOException {
    dir = new ByteBuffersDirectory();
    index = ReportIndex.openWritable(dir, new IndexSchema(), new IndexConfig("x", 16, 30));
    add(0, 120);
  }

  private void add(int from, int to) throws IOException {
    GeneratedReports.add(index, from, to, 5, 0);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
    dir.close();
  }

  @Test
  void allReportsAreAnsweredAgainOnlyWhenTheIndexChanges() throws IOException {
    ReportSearcher searcher = new ReportSearcher(index);
    SearchRequest all = new SearchRequest("", Map.of(), null, 1, 20);
    SearchResult first = searcher.search(all);
    assertThat(first.total()).isEqualTo(120);
    assertThat(first.facets().get(IndexSchema.PORTAL)).hasSize(5);
    SearchResult again = searcher.search(all);
    assertThat(again.hits()).isSameAs(first.hits());
    assertThat(again.facets()).isSameAs(first.facets());
    // a blank filter is no filter; another page is another answer
    assertThat(searcher.search(new SearchRequest(" ", Map.of(IndexSchema.PORTAL, List.of("")),
        null, 1, 20)).hits()).isSameAs(first.hits());
    SearchResult second = searcher.search(new SearchRequest("", Map.of(), null, 2, 20));
    assertThat(second.hits()).isNotEmpty().doesNotContainAnyElementsOf(first.hits());
    // a filtered request is searched, not taken from the answer for all reports
    SearchResult p1 = searcher.search(new SearchRequest("", Map.of(IndexSchema.PORTAL,
        List.of("p1")), null, 1, 20));
    assertThat(p1.total()).isEqualTo(24);
    add(120, 150);
    SearchResult after = searcher.search(all);
    assertThat(after.hits()).isNotSameAs(first.hits());
    assertThat(after.total()).isEqualTo(150);
    assertThat(after.facets().get(IndexSchema.PORTAL).stream().mapToLong(FacetValue::count)
        .sum()).isEqualTo(150);
  }
}
