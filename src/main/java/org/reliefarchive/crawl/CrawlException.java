package org.reliefarchive.crawl;

/** A portal whose crawl cannot start or run. The message names the portal. */
public final class CrawlException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String portalId;

  /**
   * @param portalId the portal concerned
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public CrawlException(String portalId, String message, Throwable cause) {
    super("portal " + portalId + ": " + message, cause);
    this.portalId = portalId;
  }

  /** The portal concerned. */
  public String portalId() {
    return portalId;
  }
}
