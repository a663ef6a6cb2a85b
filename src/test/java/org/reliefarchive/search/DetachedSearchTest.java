package org.reliefarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.enrich.ReportTags;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;

/**
 * What the SolrCloud backend asks of the embedded search without its index: the snippets of a
 * page of bodies equal those the embedded index marks, and the graded query the same parts.
 */
class DetachedSearchTest {
  private static final QuerySynonyms SYNONYMS =
      QuerySynonyms.load(Path.of("config/synonyms.txt"));
  private Directory dir;
  private ReportIndex index;
  private ReportSearcher searcher;
  private DetachedSearch detached;

  @BeforeEach
  void indexSeeds() throws IOException {
    dir = new ByteBuffersDirectory();
    index = ReportIndex.openWritable(dir, new IndexSchema(), new IndexConfig("x", 16, 30));
    SeedReports.index(index, (x, home) -> new ReportTags(List.of(), null, List.of(),
        List.of(), List.of(), List.of()));
    index.commit();
    searcher = new ReportSearcher(index, SYNONYMS);
    detached = new DetachedSearch(new IndexSchema(), SYNONYMS);
  }

  @AfterEach
  void close() throws IOException {
    detached.close();
    index.close();
    dir.close();
  }

  @Test
  void snippetsOfBodiesAloneEqualTheIndexedOnes() {
    // words, 繁 for 简, a phrase, a synonym, the compound exclusion (民政 not in 人民政府),
    // an excluded word
    for (String q : List.of("残联", "殘聯 慰問", "\"疫情防控\"", "残障人士 防疫", "民政",
        "残联 -妇联", "独居老人 OR 妇联")) {
      SearchResult r = searcher.search(SearchRequest.of(q, 10));
      assertThat(r.hits()).as(q).isNotEmpty();
      DetachedSearch.Graded graded = detached.graded(q);
      boolean marked = false;
      for (SearchHit h : r.hits()) {
        String body = String.join("\n\n", searcher.report(h.id()).orElseThrow().paragraphs());
        // a partial match filling the page is marked for the words it holds
        Snippet alone = detached.snippets(h.partial() ? graded.relaxed() : graded.full(),
            java.util.Collections.singletonList(h.title()), List.of(body)).get(0);
        assertThat(alone.render("[", "]", t -> t)).as(q + " " + h.title())
            .isEqualTo(h.snippet().render("[", "]", t -> t));
        marked |= !alone.marks().isEmpty();
      }
      assertThat(marked).as(q).isTrue();
    }
  }

  @Test
  void theGradedQueryHasTheEmbeddedParts() {
    DetachedSearch.Graded g = detached.graded("永平街 独居老人 残联");
    assertThat(g.relaxable()).isTrue();
    assertThat(g.required()).hasSize(3);
    assertThat(List.of(g.label(0), g.label(1), g.label(2)))
        .containsExactly("永平街", "独居老人", "残联");
    assertThat(g.full()).isEqualTo(searcher.parse("永平街 独居老人 残联"));
    assertThat(detached.graded("残联").relaxable()).isFalse();
    // the shown score drops the constants that rank match levels
    assertThat(DetachedSearch.textScore(2 * GradedQuery.PER_PART + 3.5f)).isEqualTo(3.5f);
  }
}
