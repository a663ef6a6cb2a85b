package org.reliefarchive.cli;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.reliefarchive.archive.ArchivedPage;
import org.reliefarchive.archive.FetchedPage;
import org.reliefarchive.config.PortalConfig;
import org.reliefarchive.config.SourcesConfig;
import org.reliefarchive.crawl.PageSink;
import org.reliefarchive.enrich.ArticleEnricher;
import org.reliefarchive.extract.ArticleExtractor;
import org.reliefarchive.extract.ExtractionOutcome;
import org.reliefarchive.index.ReportIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Archived page → extract → enrich → index, for the crawler and for reindex alike. Only article
 * pages with status 2xx are extracted. A failure on one page is logged with its stage and URL,
 * counted, and the run goes on.
 */
final class Ingest implements PageSink {
  private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);

  private final ArticleExtractor extractor;
  private final ArticleEnricher enricher;
  private final ReportIndex index;
  private final SourcesConfig sources;
  private final AtomicLong indexed = new AtomicLong();
  private final Map<String, AtomicLong> skipped = new ConcurrentHashMap<>();
  private final AtomicLong firstIndexedNanos = new AtomicLong();

  Ingest(ArticleExtractor extractor, ArticleEnricher enricher, ReportIndex index,
      SourcesConfig sources) {
    this.extractor = extractor;
    this.enricher = enricher;
    this.index = index;
    this.sources = sources;
  }

  @Override
  public void accept(ArchivedPage archived) {
    FetchedPage page = archived.page();
    if (page.kind() != FetchedPage.PageKind.ARTICLE || page.status() < 200
        || page.status() >= 300) {
      return;
    }
    try {
      PortalConfig portal = page.portalId() == null ? null : sources.portal(page.portalId());
      ExtractionOutcome outcome = extractor.extract(page.body(), page.url(), page.contentType(),
          portal == null ? null : portal.bodySelector());
      if (!outcome.isArticle()) {
        skipped.computeIfAbsent(outcome.status().name(), k -> new AtomicLong()).incrementAndGet();
        LOG.warn("stage=extract url={} {}: {}", page.url(), outcome.status(), outcome.reason());
        return;
      }
      ArticleEnricher.Capture capture = new ArticleEnricher.Capture(
          page.portalId(),
          portal == null ? page.portalId() : portal.name(),
          portal == null ? null : portal.homeProvince(),
          page.fetchedAt(), archived.warcFile(), archived.offset(), archived.payloadDigest());
      index.upsert(enricher.enrich(outcome.article(), capture));
      if (indexed.incrementAndGet() == 1) {
        firstIndexedNanos.set(System.nanoTime());
      }
    } catch (IOException | RuntimeException e) {
      skipped.computeIfAbsent("ERROR", k -> new AtomicLong()).incrementAndGet();
      LOG.error("stage=index url={} {}", page.url(), e.toString());
    }
  }

  /** Reports indexed so far. */
  long indexed() {
    return indexed.get();
  }

  /** Article pages not indexed, by reason. */
  Map<String, Long> skipped() {
    Map<String, Long> out = new TreeMap<>();
    skipped.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }
}
