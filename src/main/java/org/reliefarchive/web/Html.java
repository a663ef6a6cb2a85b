package org.reliefarchive.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.reliefarchive.search.Snippets;

/** Escaping for HTML text, attribute values and URL query parts. Crawled text goes through here. */
final class Html {
  private Html() {}

  /** Escapes {@code s} for element content and quoted attribute values; null gives "". */
  static String escape(String s) {
    return Snippets.escape(s);
  }

  /** Encodes {@code s} as one query-string value. */
  static String url(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }

  /** True for http(s) URLs, the only ones we turn into links. */
  static boolean isWebUrl(String url) {
    return url != null && (url.startsWith("http://") || url.startsWith("https://"));
  }
}
