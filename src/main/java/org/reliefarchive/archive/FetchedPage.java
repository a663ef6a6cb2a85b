package org.reliefarchive.archive;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One fetched HTTP response, as the crawler got it: what goes into the archive.
 *
 * @param url the URL that was fetched (after redirects)
 * @param fetchedAt when the response arrived
 * @param status HTTP status code
 * @param headers response headers in order
 * @param body response payload, already decoded from any Content-Encoding
 * @param truncation whether and why the body was cut short (size limit or deadline)
 * @param portalId the portal of sources.yaml the URL belongs to
 * @param kind what the crawler took the page for
 */
public record FetchedPage(
    String url,
    Instant fetchedAt,
    int status,
    List<HttpHeader> headers,
    byte[] body,
    Truncation truncation,
    String portalId,
    PageKind kind) {

  /** Checks required fields and copies the header list. */
  public FetchedPage {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("url must be set");
    }
    if (fetchedAt == null) {
      throw new IllegalArgumentException("fetchedAt must be set");
    }
    headers = headers == null ? List.of() : List.copyOf(headers);
    body = body == null ? new byte[0] : body;
    kind = kind == null ? PageKind.OTHER : kind;
    truncation = truncation == null ? Truncation.NONE : truncation;
  }

  /** True when the body was cut short, for whatever reason. */
  public boolean truncated() {
    return truncation != Truncation.NONE;
  }

  /** The first value of a header (case-insensitive), or null. */
  public String header(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (HttpHeader h : headers) {
      if (h.name().toLowerCase(Locale.ROOT).equals(lower)) {
        return h.value();
      }
    }
    return null;
  }

  /** The Content-Type header, or null. */
  public String contentType() {
    return header("Content-Type");
  }

  /** What the crawler took a page for, decided by the portal's URL patterns. */
  public enum PageKind {
    /** An article page: extracted and indexed. */
    ARTICLE,
    /** A list page (home, section, pagination): followed, not indexed. */
    LIST,
    /** Anything else that was fetched (robots.txt, pages matching no pattern). */
    OTHER;

    /** The lower-case name used in WARC headers. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #key()}; unknown or null values give {@link #OTHER}. */
    public static PageKind fromKey(String key) {
      if (key == null) {
        return OTHER;
      }
      for (PageKind k : values()) {
        if (k.key().equalsIgnoreCase(key.trim())) {
          return k;
        }
      }
      return OTHER;
    }
  }
}
