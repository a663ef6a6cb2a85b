package org.reliefarchive.cli;

import java.io.IOException;
import java.time.Clock;
import org.apache.lucene.store.Directory;
import org.reliefarchive.archive.WarcArchive;
import org.reliefarchive.archive.WarcArchiveReader;
import org.reliefarchive.config.CrawlWorker;
import org.reliefarchive.enrich.ArticleEnricher;
import org.reliefarchive.enrich.ReportTagger;
import org.reliefarchive.extract.ArticleExtractor;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.ingest.CrawlRunner;
import org.reliefarchive.ingest.Ingest;
import org.reliefarchive.search.ReportSearcher;
import org.reliefarchive.search.SearchBackend;

/**
 * The writable pipeline of one process: archive, extractor, index (mirrored into the SolrCloud
 * collection when that is the backend), searcher and the ingest step that joins them. Closing
 * it closes the archive file and commits and closes the index.
 */
final class Pipeline implements AutoCloseable {
  final Settings settings;
  final WarcArchive archive;
  final Directory directory;
  final ReportIndex index;
  final SearchBackend searcher;
  final Ingest ingest;
  final CrawlRunner runner;
  /** The SolrCloud collection every report also goes to, and searches run in; or null. */
  final SolrCloud solr;

  Pipeline(Settings settings, Clock clock) {
    this(settings, clock, false);
  }

  /**
   * @param rebuilding true for {@code reindex}, which deletes every report first: an index built
   *     with another text analysis is accepted instead of refused
   */
  Pipeline(Settings settings, Clock clock, boolean rebuilding) {
    this(settings, clock, rebuilding, ReportIndex.fsDirectory(settings.indexDir()));
  }

  /** A pipeline whose index lives in {@code directory}, which it closes. */
  Pipeline(Settings settings, Clock clock, boolean rebuilding, Directory directory) {
    this.settings = settings;
    this.directory = directory;
    ReportIndex opened;
    try {
      opened = ReportIndex.openWritable(directory, settings.schema(), settings.index(),
          rebuilding);
    } catch (RuntimeException e) {
      closeQuietly(directory);
      throw e;
    }
    this.index = opened;
    this.solr = settings.index().solrCloud() ? new SolrCloud(settings) : null;
    if (solr != null) {
      // this machine's index keeps the capture history and reprint groups of what it crawls;
      // every report goes on to the collection, which answers the searches
      index.mirrorTo(solr.mirror);
    }
    CrawlWorker worker = settings.crawl().crawlWorker();
    this.archive = new WarcArchive(settings.archive(), settings.archiveDir(), clock,
        worker == null ? null : worker.tag());
    this.searcher = solr != null ? solr.searcher
        : new ReportSearcher(index, settings.synonyms());
    this.ingest = new Ingest(new ArticleExtractor(settings.boilerplate()), enricher(settings),
        index, settings.sources(), new WarcArchiveReader(settings.archiveDir()));
    this.runner = new CrawlRunner(new CrawlRunner.Parts(settings.crawl(), settings.index(),
        settings.stateDir(), worker == null ? settings.frontierDir()
            : settings.frontierDir().resolve(worker.tag()), settings.archiveDir(), archive, index,
        ingest, worker), clock);
  }

  /** The enricher with the taggers of the configuration. */
  static ArticleEnricher enricher(Settings settings) {
    return new ArticleEnricher(ReportTagger.load(settings.configDir()));
  }

  @Override
  public void close() throws IOException {
    try {
      archive.close();
    } finally {
      try {
        index.close();
      } finally {
        try {
          if (solr != null) {
            solr.close();
          }
        } finally {
          directory.close();
        }
      }
    }
  }

  private static void closeQuietly(Directory d) {
    try {
      d.close();
    } catch (IOException ignored) {
      // the original failure is the one worth reporting
    }
  }
}
