package org.reliefarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import org.reliefarchive.Corpus;
import org.reliefarchive.enrich.ArticleEnricher;
import org.reliefarchive.enrich.ReportTagger;
import org.reliefarchive.eval.IndexBench;
import org.reliefarchive.index.ReportIndex;

/**
 * Reports made of the real reports' sentences, as the bench makes them, tagged by the real
 * taggers (loaded once for all tests) and spread over a number of portals.
 */
final class GeneratedReports {
  private static ArticleEnricher enricher;
  private static IndexBench.Generator reports;

  private GeneratedReports() {}

  /**
   * Indexes reports {@code from} to {@code to} (exclusive) of portals p0 … p{portals-1},
   * committing after every {@code commitEvery} (0: only at the end), then refreshes.
   */
  static synchronized void add(ReportIndex index, int from, int to, int portals,
      int commitEvery) throws IOException {
    if (enricher == null) {
      enricher = new ArticleEnricher(ReportTagger.load(Path.of("config")));
      reports = new IndexBench.Generator(IndexBench.sentences(Corpus.dir()));
    }
    for (int i = from; i < to; i++) {
      index.upsert(enricher.enrich(reports.article(i), new ArticleEnricher.Capture(
          "p" + i % portals, "门户" + i % portals, null, Instant.EPOCH, "f.warc.gz", i,
          "sha1:X")));
      if (commitEvery > 0 && i % commitEvery == commitEvery - 1) {
        index.commit();
      }
    }
    index.commit();
    index.refresh();
  }
}
