package org.reliefarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefarchive.Corpus;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.enrich.ArticleEnricher;
import org.reliefarchive.enrich.ReportTagger;
import org.reliefarchive.extract.Article;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;

/**
 * Query words naming a place or a year also find the reports tagged with it: the two 中国甘肃网
 * seed reports (甘肃省残联, 2021; 齿轮厂社区 in 兰州's 安宁区, 2020), their article text as the
 * page prints it (title, date line, body up to the copyright notice), tagged by the project's
 * region tagger.
 */
class TagWordsSearchTest {
  private static final QuerySynonyms SYNONYMS =
      QuerySynonyms.load(Path.of("config/synonyms.txt"));
  private static final DateTimeFormatter INFO_DATE = DateTimeFormatter.ofPattern("yy-MM-dd HH:mm");
  private Directory dir;
  private ReportIndex index;
  private ReportSearcher searcher;
  private final List<String> bodies = new ArrayList<>();

  @BeforeEach
  void indexGansuSeeds() throws IOException {
    dir = new ByteBuffersDirectory();
    index = ReportIndex.openWritable(dir, new IndexSchema(), new IndexConfig("x", 16, 30));
    ArticleEnricher enricher = new ArticleEnricher(ReportTagger.load(Path.of("config")));
    for (String seed : List.of("000_5a266c807a20fc24", "001_7588debbf427a884")) {
      List<String> lines = Arrays.stream(Corpus.seed(seed).split("\n"))
          .map(String::strip).filter(s -> !s.isEmpty()).toList();
      // lines: where-you-are bar, title, "yy-MM-dd HH:mm 来源:…", body …, 版权声明 …
      int end = 3;
      while (!lines.get(end).startsWith("版权声明")) {
        end++;
      }
      List<String> body = lines.subList(3, end);
      bodies.add(String.join("\n", body));
      LocalDateTime published = LocalDateTime.parse(lines.get(2).substring(0, 14), INFO_DATE);
      Article a = new Article("http://seed/" + seed, lines.get(1),
          published.atOffset(ZoneOffset.ofHours(8)), null, null, null, null, body, "UTF-8",
          null, null);
      index.upsert(enricher.enrich(a, new ArticleEnricher.Capture("gansu", "中国甘肃网", "甘肃省",
          Instant.parse("2023-01-01T00:00:00Z"), "f.warc.gz", 0, "sha1:X")));
    }
    index.commit();
    searcher = new ReportSearcher(index, SYNONYMS);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
    dir.close();
  }

  private static List<String> full(SearchResult r) {
    return r.hits().stream().filter(h -> !h.partial())
        .map(h -> h.url().substring("http://seed/".length(), "http://seed/".length() + 3))
        .toList();
  }

  @Test
  void aPlaceFindsAReportTaggedWithItThatNeverWritesIt() {
    // the 齿轮厂社区 report names 安宁区 and 兰州, never 甘肃
    assertThat(bodies.get(1)).contains("兰州").doesNotContain("甘肃");
    SearchResult r = searcher.search(SearchRequest.of("甘肃 空巢老人", 10));
    assertThat(full(r)).contains("001");
    assertThat(r.hits()).allSatisfy(h -> assertThat(h.score()).isPositive()
        .isLessThan(GradedQuery.PER_PART));
  }

  @Test
  void aQuotedPlaceIsLookedForInTheTextOnly() {
    assertThat(full(searcher.search(SearchRequest.of("\"甘肃\" 空巢老人", 10))))
        .doesNotContain("001");
  }

  @Test
  void aYearFindsTheReportsPublishedInItThatNeverWriteIt() {
    assertThat(bodies).noneMatch(b -> b.contains("2020") || b.contains("2021"));
    assertThat(full(searcher.search(SearchRequest.of("2020年 关爱", 10))))
        .containsExactly("001");
    assertThat(full(searcher.search(SearchRequest.of("2021 疫情防控", 10))))
        .containsExactly("000");
  }

  @Test
  void aWordNamingNoPlaceFindsOnlyItsText() {
    // 残联 is in the 甘肃省残联 report only; the 安宁区 report is tagged with places, not 残联
    assertThat(full(searcher.search(SearchRequest.of("残联 疫情防控", 10))))
        .containsExactly("000");
  }
}
