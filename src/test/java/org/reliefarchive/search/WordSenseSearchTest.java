package org.reliefarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reliefarchive.Corpus;
import org.reliefarchive.config.BoilerplateConfig;
import org.reliefarchive.config.ConfigLoader;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.enrich.ArticleEnricher;
import org.reliefarchive.enrich.ReportTagger;
import org.reliefarchive.extract.Article;
import org.reliefarchive.extract.ArticleExtractor;
import org.reliefarchive.extract.ExtractionOutcome;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;

/**
 * Occurrences of a word that are not the word the user means: in a statistical bulletin's
 * source notes ("城乡低保、农村特困人员供养数据来自县民政局") and inside a compound that gives it
 * another meaning (养老 in 养老保险). Over two saved pages as a crawl extracts them: 万载县's 2022
 * bulletin, which names 特困人员供养 and 民政局 only in its notes and 养老 only in 养老保险, and
 * 醴陵民政's report on its 养老机构 and 特困人员供养机构 during the epidemic.
 */
class WordSenseSearchTest {
  private static final String BULLETIN = "gov-misc/wanzai.gov.cn-tjgb-2022.html";
  private static final String LILING = "seeds/003_027189717e97a6cf.html";
  private Directory dir;
  private ReportIndex index;
  private ReportSearcher searcher;
  private String bulletinText;

  @BeforeEach
  void indexBulletinAndReport() throws IOException {
    dir = new ByteBuffersDirectory();
    index = ReportIndex.openWritable(dir, new IndexSchema(), new IndexConfig("x", 16, 30));
    ArticleExtractor extractor = new ArticleExtractor(new ConfigLoader()
        .load(Path.of("config/boilerplate.yaml"), BoilerplateConfig.class));
    ArticleEnricher enricher = new ArticleEnricher(ReportTagger.load(Path.of("config")));
    for (Path page : List.of(Corpus.project().resolve("pages").resolve(BULLETIN),
        Path.of("src/test/resources/fixtures/html").resolve(LILING))) {
      ExtractionOutcome out = extractor.extract(Files.readAllBytes(page),
          "http://archive.test/" + page.getFileName(), "text/html");
      Article a = out.article();
      assertThat(a).as(page.toString()).isNotNull();
      if (page.toString().endsWith(BULLETIN)) {
        bulletinText = String.join("\n", a.paragraphs());
      }
      index.upsert(enricher.enrich(a, new ArticleEnricher.Capture("p", "样例", null,
          Instant.parse("2023-01-01T00:00:00Z"), "f.warc.gz", 0, "sha1:X")));
    }
    index.commit();
    searcher = new ReportSearcher(index, QuerySynonyms.none());
  }

  @AfterEach
  void close() throws IOException {
    index.close();
    dir.close();
  }

  private List<String> full(String query) {
    return searcher.search(SearchRequest.of(query, 10)).hits().stream()
        .filter(h -> !h.partial()).map(h -> h.url().contains("wanzai") ? "bulletin"
            : "liling").toList();
  }

  @Test
  void wordsInABulletinsSourceNotesAreNoMatch() {
    assertThat(bulletinText).contains("城乡低保、农村特困人员供养数据来自县民政局");
    assertThat(bulletinText.indexOf("特困人员")).isEqualTo(bulletinText.lastIndexOf("特困人员"));
    assertThat(full("特困人员 供养")).containsExactly("liling");
    // the bulletin names 低保 and 民政局 only in its notes (its figures say 最低生活保障)
    assertThat(bulletinText.indexOf("低保")).isEqualTo(bulletinText.lastIndexOf("低保"));
    assertThat(full("民政局 低保")).isEmpty();
  }

  @Test
  void aWordAloneOrQuotedIsFoundInTheNotesToo() {
    assertThat(full("民政局")).containsExactlyInAnyOrder("liling", "bulletin");
    assertThat(full("\"民政局\" \"低保\"")).containsExactly("bulletin");
  }

  @Test
  void elderlyCareIsNotFoundInPensionInsurance() {
    assertThat(bulletinText).contains("养老保险").doesNotContain("养老机构");
    assertThat(full("养老")).containsExactly("liling");
    // typed as one string, the compound is what the user asks for
    assertThat(full("养老保险")).containsExactly("bulletin");
    assertThat(full("城镇职工基本养老保险 参保")).containsExactly("bulletin");
  }
}
