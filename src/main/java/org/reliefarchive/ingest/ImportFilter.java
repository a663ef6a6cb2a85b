package org.reliefarchive.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reliefarchive.archive.ArchivedPage;
import org.reliefarchive.archive.FetchedPage;
import org.reliefarchive.archive.FetchedPage.PageKind;
import org.reliefarchive.archive.WarcArchive;
import org.reliefarchive.config.PortalConfig;
import org.reliefarchive.config.SourcesConfig;
import org.reliefarchive.crawl.UrlRules;

/**
 * Decides what becomes of a capture that another tool archived (wget, Heritrix, Browsertrix,
 * pywb …): its records carry no portal, so the portal is the one given for the whole file or the
 * first one whose URL patterns follow the URL, and the page kind comes from that portal's
 * patterns as in a crawl. Captures that cannot become a report are turned away with a reason:
 * no portal, a status other than 200, a payload that is not HTML, the same URL and payload as a
 * capture seen before. A revisit record (its payload is that of an earlier response, which
 * {@link Ingest} finds) goes on as a later capture of its report. Import and
 * reindex use the same filter, so both make the same reports of the same files. Not
 * thread-safe: one filter per pass.
 */
public final class ImportFilter {
  /**
   * Reason: a revisit record whose earlier response is not among the captures of a report (by
   * WARC-Refers-To-Date or payload digest).
   */
  public static final String REVISIT = "revisit of no report's capture";
  /** Reason: no portal's URL patterns follow the URL. */
  public static final String NO_PORTAL = "no portal";
  /** Reason: an HTTP status other than 200. */
  public static final String NOT_200 = "not 200";
  /** Reason: the payload is not HTML. */
  public static final String NOT_HTML = "not HTML";
  /** Reason: same URL and payload digest as a capture already seen. */
  public static final String DUPLICATE = "duplicate";
  /** Reason: a list page (section, pagination): archived, not a report. */
  public static final String LIST_PAGE = "list page";

  private final SourcesConfig sources;
  private final Set<String> seen = new HashSet<>();

  /** @param sources the portals whose URL patterns map a capture to a portal */
  public ImportFilter(SourcesConfig sources) {
    this.sources = sources;
  }

  /**
   * What became of one capture.
   *
   * @param page the capture with its portal and page kind set, or null when turned away
   * @param reason why it was turned away, or null
   */
  public record Decision(ArchivedPage page, String reason) {
    /** True when the capture goes on to the ingest. */
    public boolean accepted() {
      return page != null;
    }

    static Decision skip(String reason) {
      return new Decision(null, reason);
    }
  }

  /**
   * Maps {@code capture} to a portal and page kind, or turns it away.
   *
   * @param capture a response or revisit record read from a foreign file
   * @param portalId the portal given for the whole file ({@code --portal}), or null to choose
   *     by URL
   */
  public Decision decide(ArchivedPage capture, String portalId) {
    FetchedPage page = capture.page();
    boolean revisit = capture.isRevisit();
    PortalConfig portal = portalId != null ? sources.portal(portalId) : portalOf(page.url());
    if (portal == null) {
      return Decision.skip(NO_PORTAL);
    }
    // a revisit of a server-not-modified profile holds the 304 the server answered
    if (page.status() != 200 && !(revisit && page.status() == 304)) {
      return Decision.skip(NOT_200);
    }
    // a revisit may keep no Content-Type (and holds no payload): the response it repeats tells
    if (!isHtml(page) && !(revisit && page.contentType() == null)) {
      return Decision.skip(NOT_HTML);
    }
    // a revisit is a later capture of the same payload by definition, not a duplicate
    if (!revisit && !seen.add(page.url() + ' ' + WarcArchive.payloadDigest(page.body()))) {
      return Decision.skip(DUPLICATE);
    }
    PageKind kind = UrlRules.of(portal).classify(page.url());
    if (kind == PageKind.LIST) {
      return Decision.skip(LIST_PAGE);
    }
    if (kind == PageKind.OTHER && portalId == null) {
      return Decision.skip(NO_PORTAL);
    }
    // with a portal given for the file, a page its patterns do not name is tried as an
    // article: the extractor refuses what is not one
    FetchedPage mapped = new FetchedPage(page.url(), page.fetchedAt(), page.status(),
        page.headers(), page.body(), page.truncation(), portal.id(), PageKind.ARTICLE);
    return new Decision(new ArchivedPage(mapped, capture.warcFile(), capture.offset(),
        capture.recordId(), capture.payloadDigest(), capture.recordType(),
        capture.refersTo()), null);
  }

  /** The first portal whose patterns would follow {@code url}, or null. */
  PortalConfig portalOf(String url) {
    for (PortalConfig p : sources.portals()) {
      if (UrlRules.of(p).shouldFollow(url)) {
        return p;
      }
    }
    return null;
  }

  /** HTML by its Content-Type, or, with none, by its first bytes. */
  static boolean isHtml(FetchedPage page) {
    String type = page.contentType();
    if (type != null && !type.isBlank()) {
      String base = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      return base.equals("text/html") || base.equals("application/xhtml+xml");
    }
    byte[] b = page.body();
    int i = 0;
    while (i < b.length && i < 512 && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r'
        || b[i] == '\t' || (b[i] & 0xff) == 0xef || (b[i] & 0xff) == 0xbb
        || (b[i] & 0xff) == 0xbf)) {
      i++;
    }
    return i < b.length && b[i] == '<';
  }

  /** Counts by reason, for a run's summary. */
  public static final class Counts {
    private final Map<String, Long> counts = new HashMap<>();

    /** Adds one to {@code reason}. */
    public void add(String reason) {
      add(reason, 1);
    }

    /** Adds {@code n} to {@code reason}. */
    public synchronized void add(String reason, long n) {
      counts.merge(reason, n, Long::sum);
    }

    /** The count of {@code reason}. */
    public synchronized long get(String reason) {
      return counts.getOrDefault(reason, 0L);
    }

    /** "reason n, reason n …", largest first; "none" when empty. */
    public synchronized String summary() {
      if (counts.isEmpty()) {
        return "none";
      }
      List<Map.Entry<String, Long>> list = new java.util.ArrayList<>(counts.entrySet());
      list.sort(Map.Entry.<String, Long>comparingByValue().reversed()
          .thenComparing(Map.Entry.comparingByKey()));
      StringBuilder out = new StringBuilder();
      for (Map.Entry<String, Long> e : list) {
        if (out.length() > 0) {
          out.append(", ");
        }
        out.append(e.getKey()).append(' ').append(e.getValue());
      }
      return out.toString();
    }

    /** A copy of the counts. */
    public synchronized Map<String, Long> asMap() {
      return Map.copyOf(counts);
    }
  }
}
