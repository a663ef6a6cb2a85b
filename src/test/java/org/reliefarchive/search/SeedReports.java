package org.reliefarchive.search;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.reliefarchive.Corpus;
import org.reliefarchive.enrich.ArticleEnricher;
import org.reliefarchive.extract.Article;
import org.reliefarchive.index.ReportIndex;

/** The five seed reports of ../shared/corpus, each read as its first line (title) and body. */
final class SeedReports {
  static final List<String> IDS = List.of("000_5a266c807a20fc24", "001_7588debbf427a884",
      "002_6dd55b3d006b9103", "003_027189717e97a6cf", "004_5e6e1b889cb9728c");

  private SeedReports() {}

  /** Indexes the five seeds with {@code tagger}'s tags, one portal, one capture time. */
  static void index(ReportIndex index, ArticleEnricher.Tagger tagger) throws IOException {
    ArticleEnricher enricher = new ArticleEnricher(tagger);
    for (String seed : IDS) {
      List<String> lines = Arrays.stream(Corpus.seed(seed).split("\n"))
          .map(String::strip).filter(s -> !s.isEmpty()).toList();
      Article a = new Article("http://seed/" + seed, lines.get(0), null, null, null, null, null,
          lines.subList(1, lines.size()), "UTF-8");
      index.upsert(enricher.enrich(a, new ArticleEnricher.Capture("p", "portal", null,
          Instant.parse("2021-11-11T00:00:00Z"), "f.warc.gz", 0, "sha1:X")));
    }
  }
}
