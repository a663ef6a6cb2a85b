package org.reliefarchive.ingest;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.AlreadyClosedException;
import org.reliefarchive.archive.ArchivedPage;
import org.reliefarchive.archive.FetchedPage;
import org.reliefarchive.archive.RecordRef;
import org.reliefarchive.archive.WarcArchiveReader;
import org.reliefarchive.config.PortalConfig;
import org.reliefarchive.config.SourcesConfig;
import org.reliefarchive.crawl.IngestOutcome;
import org.reliefarchive.crawl.PageSink;
import org.reliefarchive.crawl.StorageFailure;
import org.reliefarchive.crawl.UrlRules;
import org.reliefarchive.enrich.ArticleEnricher;
import org.reliefarchive.enrich.CanonicalUrl;
import org.reliefarchive.enrich.CaptureRecord;
import org.reliefarchive.enrich.EnrichedArticle;
import org.reliefarchive.extract.Article;
import org.reliefarchive.extract.ArticleExtractor;
import org.reliefarchive.extract.ExtractionOutcome;
import org.reliefarchive.index.ReportIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Archived page → extract → enrich → index, for the crawler and for reindex alike, keeping each
 * report's capture history: a first capture is new; a later one is unchanged or changed by the
 * digest of its extracted text (a change is a new version, and the index shows the latest); a
 * 404, 410 or redirect to a list or home page marks the report removed, keeping its last good
 * version searchable. Captures must come in archive order per report, as the crawler and
 * reindex hand them. A failure on one page is logged with its stage and URL, counted, and the
 * run goes on.
 */
public final class Ingest implements PageSink {
  private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);

  private final ArticleExtractor extractor;
  private final ArticleEnricher enricher;
  private final ReportIndex index;
  private final SourcesConfig sources;
  private final WarcArchiveReader archive;
  private final ReportHistory history = new ReportHistory();
  private final Map<String, UrlRules> rules = new HashMap<>();
  private final AtomicLong indexed = new AtomicLong();
  private final Map<String, AtomicLong> skipped = new ConcurrentHashMap<>();

  public Ingest(ArticleExtractor extractor, ArticleEnricher enricher, ReportIndex index,
      SourcesConfig sources, WarcArchiveReader archive) {
    this.extractor = extractor;
    this.enricher = enricher;
    this.index = index;
    this.sources = sources;
    this.archive = archive;
    for (PortalConfig p : sources.portals()) {
      rules.put(p.id(), UrlRules.of(p));
    }
  }

  /** Reads the capture history of every report back from the index (before a crawl). */
  public void loadHistory() throws IOException {
    history.load(index);
    LOG.info("Capture history of {} reports read from the index", history.size());
  }

  /** Forgets every report's history (reindex starts from an empty index). */
  public void clearHistory() {
    history.clear();
  }

  /** The publication time of a known report, or null; for revisit policies. */
  public Instant published(String url) {
    return history.published(url);
  }

  @Override
  public IngestOutcome accept(ArchivedPage archived) {
    FetchedPage page = archived.page();
    if (page.kind() != FetchedPage.PageKind.ARTICLE) {
      return IngestOutcome.IGNORED;
    }
    int status = page.status();
    try {
      if (status >= 200 && status < 300 || status == 304 && archived.isRevisit()) {
        return version(archived);
      }
      if (status == 404 || status == 410 || isTakedownRedirect(page)) {
        return takedown(archived);
      }
      return IngestOutcome.IGNORED;
    } catch (IOException | RuntimeException e) {
      StorageFailure fatal = storageFailure(e);
      if (fatal != null) {
        throw fatal;
      }
      skipped.computeIfAbsent("ERROR", k -> new AtomicLong()).incrementAndGet();
      LOG.error("stage=index url={} {}", page.url(), e.toString());
      return IngestOutcome.failed("ERROR " + e.getClass().getSimpleName());
    }
  }

  /**
   * The failure as a {@link StorageFailure} when the index cannot be written any more: the disk
   * is full, or the writer closed itself after such a failure. Null for a failure of one page.
   */
  static StorageFailure storageFailure(Throwable e) {
    if (e instanceof StorageFailure s) {
      return s;
    }
    String full = StorageFailure.diskFull(e);
    if (full != null) {
      return new StorageFailure("cannot write the index: " + full, e);
    }
    if (e instanceof AlreadyClosedException) {
      String cause = StorageFailure.diskFull(e.getCause());
      return new StorageFailure("the index writer was closed by an earlier failure"
          + (cause != null ? ": " + cause : e.getCause() != null ? ": " + e.getCause() : ""), e);
    }
    return null;
  }

  /** A capture with content: new, unchanged, changed or restored. */
  private IngestOutcome version(ArchivedPage archived) throws IOException {
    FetchedPage page = archived.page();
    RecordRef content = archived.content();
    FetchedPage source = page;
    if (archived.isRevisit() && (content.warcFile() == null || content.offset() < 0)) {
      // another tool's revisit names its response by record id, URL and date, not by place
      content = revisited(archived);
      if (content == null) {
        skipped.computeIfAbsent(ImportFilter.REVISIT, k -> new AtomicLong()).incrementAndGet();
        LOG.info("stage=ingest url={} revisit record {} repeats no capture of a report",
            page.url(), archived.recordId());
        return IngestOutcome.failed(ImportFilter.REVISIT);
      }
    }
    if (page.body().length == 0 && archived.isRevisit()) {
      // a revisit record holds no payload: read the capture it refers to
      source = archive.read(content.warcFile(), content.offset()).page();
    }
    PortalConfig portal = page.portalId() == null ? null : sources.portal(page.portalId());
    ExtractionOutcome outcome = extract(source, portal);
    if (!outcome.isArticle()) {
      skipped.computeIfAbsent(outcome.status().name(), k -> new AtomicLong()).incrementAndGet();
      LOG.warn("stage=extract url={} {}: {}", page.url(), outcome.status(), outcome.reason());
      return IngestOutcome.failed(outcome.status().name());
    }
    FieldCaps caps = FieldCaps.apply(outcome.article());
    Article article = caps.article();
    if (caps.note() != null) {
      LOG.warn("stage=index url={} {}", page.url(), caps.note());
    }
    String digest = ReportHistory.textDigest(article);
    String id = CanonicalUrl.id(article.url());
    ReportHistory.Entry entry = history.entry(id);
    IngestOutcome.Kind kind;
    synchronized (entry) {
      if (entry.has(archived.warcFile(), archived.offset())) {
        return IngestOutcome.IGNORED;
      }
      String change;
      String diff = null;
      if (entry.textDigest == null) {
        change = "new";
        kind = IngestOutcome.Kind.NEW;
      } else if (entry.textDigest.equals(digest)) {
        change = entry.removedAt != null ? "restored" : "unchanged";
        kind = IngestOutcome.Kind.UNCHANGED;
      } else {
        change = entry.removedAt != null ? "restored" : "changed";
        kind = IngestOutcome.Kind.CHANGED;
        previousVersion(entry, portal);
        diff = ParagraphDiff.summary(entry.paragraphs, article.paragraphs(),
            entry.title != null && !entry.title.equals(article.title()));
      }
      entry.captures.add(new CaptureRecord(page.fetchedAt().toString(), page.status(),
          change, digest, archived.payloadDigest(), archived.warcFile(), archived.offset(),
          archived.recordType(), diff, caps.note()));
      entry.lastGood = content;
      entry.textDigest = digest;
      entry.title = article.title();
      entry.paragraphs = ParagraphDiff.hashes(article.paragraphs());
      entry.published = article.publishedAt() == null ? null
          : article.publishedAt().toInstant();
      entry.removedAt = null;
      index.upsert(enrich(article, page, content, archived.payloadDigest(), portal)
          .withCaptures(entry.captures));
    }
    indexed.incrementAndGet();
    return IngestOutcome.of(kind);
  }

  /**
   * Where the payload of a revisit record is: the capture of its report that the record's
   * WARC-Refers-To-Date names, else the latest capture with its payload digest (as pywb
   * resolves revisits); null when the report has no such capture.
   */
  private RecordRef revisited(ArchivedPage revisit) {
    ReportHistory.Entry entry = history.get(CanonicalUrl.id(revisit.page().url()));
    if (entry == null) {
      return null;
    }
    Instant refersDate = revisit.refersTo() == null ? null : revisit.refersTo().date();
    String digest = revisit.payloadDigest();
    synchronized (entry) {
      CaptureRecord byDigest = null;
      for (CaptureRecord c : entry.captures) {
        if (ArchivedPage.REVISIT.equals(c.record()) || c.warcFile() == null) {
          continue;
        }
        if (refersDate != null && refersDate.equals(time(c))) {
          return new RecordRef(c.warcFile(), c.warcOffset(), null, refersDate);
        }
        if (digest != null && digest.equals(c.payloadDigest())) {
          byDigest = c;
        }
      }
      return byDigest == null ? null : new RecordRef(byDigest.warcFile(), byDigest.warcOffset(),
          null, time(byDigest));
    }
  }

  private static Instant time(CaptureRecord c) {
    try {
      return Instant.parse(c.time());
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** A 404, 410 or redirect away: the report stays, marked removed, with its last good text. */
  private IngestOutcome takedown(ArchivedPage archived) throws IOException {
    FetchedPage page = archived.page();
    ReportHistory.Entry entry = history.get(CanonicalUrl.id(page.url()));
    if (entry == null) {
      return IngestOutcome.IGNORED;
    }
    synchronized (entry) {
      if (entry.lastGood == null || entry.has(archived.warcFile(), archived.offset())) {
        return IngestOutcome.IGNORED;
      }
      boolean first = entry.removedAt == null;
      entry.captures.add(new CaptureRecord(page.fetchedAt().toString(), page.status(),
          first ? "removed" : "unchanged", null, null, archived.warcFile(), archived.offset(),
          archived.recordType(), first ? describe(page) : null));
      if (first) {
        entry.removedAt = page.fetchedAt();
      }
      PortalConfig portal = page.portalId() == null ? null : sources.portal(page.portalId());
      ArchivedPage good = archive.read(entry.lastGood.warcFile(), entry.lastGood.offset());
      ExtractionOutcome outcome = extract(good.page(), portal);
      if (!outcome.isArticle()) {
        LOG.warn("stage=takedown url={} last good capture no longer extracts: {}", page.url(),
            outcome.reason());
        return IngestOutcome.IGNORED;
      }
      index.upsert(enrich(FieldCaps.apply(outcome.article()).article(), good.page(),
          good.content(), good.payloadDigest(),
          portal).removed(entry.removedAt).withCaptures(entry.captures));
      LOG.info("Report {} taken down by its source ({}) at {}", page.url(), describe(page),
          page.fetchedAt());
      return first ? IngestOutcome.of(IngestOutcome.Kind.REMOVED) : IngestOutcome.IGNORED;
    }
  }

  /** Reads the paragraphs and title of the version before, when only its digest is known. */
  private void previousVersion(ReportHistory.Entry entry, PortalConfig portal) {
    if (entry.paragraphs != null || entry.lastGood == null) {
      return;
    }
    try {
      ArchivedPage before = archive.read(entry.lastGood.warcFile(), entry.lastGood.offset());
      ExtractionOutcome o = extract(before.page(), portal);
      if (o.isArticle()) {
        entry.paragraphs = ParagraphDiff.hashes(o.article().paragraphs());
        entry.title = FieldCaps.apply(o.article()).article().title();
      }
    } catch (RuntimeException e) {
      LOG.debug("previous version of a report unreadable: {}", e.toString());
    }
  }

  private ExtractionOutcome extract(FetchedPage page, PortalConfig portal) {
    return extractor.extract(page.body(), page.url(), page.contentType(),
        portal == null ? null : portal.bodySelector(),
        portal != null && portal.urlCarriesDate(), null);
  }

  private EnrichedArticle enrich(Article article, FetchedPage page, RecordRef content,
      String payloadDigest, PortalConfig portal) {
    ArticleEnricher.Capture capture = new ArticleEnricher.Capture(
        page.portalId(),
        portal == null ? page.portalId() : portal.name(),
        portal == null ? null : portal.homeProvince(),
        page.fetchedAt(), content.warcFile(), content.offset(), payloadDigest);
    return enricher.enrich(article, capture);
  }

  /** A redirect of an article to a list page or the portal's home: the article is gone. */
  private boolean isTakedownRedirect(FetchedPage page) {
    if (page.status() < 300 || page.status() >= 400) {
      return false;
    }
    String location = page.header("Location");
    if (location == null || location.isBlank()) {
      return false;
    }
    URI target;
    try {
      target = URI.create(page.url()).resolve(location.strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    String path = target.getPath() == null ? "" : target.getPath();
    if (path.isEmpty() || path.equals("/") || path.matches("/(index|default)\\.\\w+")) {
      return true;
    }
    PortalConfig portal = page.portalId() == null ? null : sources.portal(page.portalId());
    if (portal != null && portal.seeds().contains(target.toString())) {
      return true;
    }
    UrlRules r = page.portalId() == null ? null : rules.get(page.portalId());
    return r != null && r.classify(target.toString()) == FetchedPage.PageKind.LIST;
  }

  private static String describe(FetchedPage page) {
    String location = page.header("Location");
    return location == null ? "HTTP " + page.status()
        : "HTTP " + page.status() + " to " + location;
  }

  /** Reports indexed so far (every version and takedown counts). */
  public long indexed() {
    return indexed.get();
  }

  /** Article pages not indexed, by reason. */
  public Map<String, Long> skipped() {
    Map<String, Long> out = new TreeMap<>();
    skipped.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }
}
