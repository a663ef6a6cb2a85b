package org.reliefarchive.crawl;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one crawl run did.
 *
 * @param portals per-portal counts
 * @param duration wall time of the run
 */
public record CrawlReport(List<PortalReport> portals, Duration duration) {

  /** Pages fetched over all portals. */
  public long fetched() {
    return portals.stream().mapToLong(PortalReport::fetched).sum();
  }

  /** Article pages fetched over all portals. */
  public long articles() {
    return portals.stream().mapToLong(PortalReport::articles).sum();
  }

  /**
   * One portal's counts.
   *
   * @param portalId the portal
   * @param fetched responses archived (any status)
   * @param articles article pages among them (status 200)
   * @param lists list pages among them (status 200)
   * @param bytes payload bytes archived
   * @param errors fetch errors by kind (e.g. "http 404", "timeout", "oversized")
   */
  public record PortalReport(
      String portalId, long fetched, long articles, long lists, long bytes,
      Map<String, Long> errors) {}
}
