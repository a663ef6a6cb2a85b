package org.reliefarchive.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.reliefarchive.search.Snippet;

/**
 * URL query parts, and the one piece of HTML built outside the templates: a snippet marked for
 * the JSON API and the feed. Pages escape through their templates, never through here.
 */
final class Html {
  private Html() {}

  /** Escapes {@code s} for element content and quoted attribute values; null gives "". */
  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#x27;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** A snippet as HTML: its text escaped, its matched ranges in {@code <mark>}, nothing else. */
  static String marked(Snippet s) {
    return s == null ? "" : s.render("<mark>", "</mark>", Html::escape);
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
