package org.reliefarchive.enrich;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The canonical form of a URL and the stable report id derived from it: lower-case scheme and
 * host, no default port, no fragment, no tracking parameters (utm_*, spm, from), remaining query
 * parameters sorted. Two captures of one article share one id however they were linked.
 */
public final class CanonicalUrl {
  private CanonicalUrl() {}

  /**
   * Canonicalises {@code url}; a URL that cannot be parsed is returned trimmed, unchanged.
   */
  public static String of(String url) {
    try {
      URI u = new URI(url.trim());
      String scheme = u.getScheme() == null ? "http" : u.getScheme().toLowerCase(Locale.ROOT);
      String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
      int port = u.getPort();
      if (("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)) {
        port = -1;
      }
      String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
      String query = u.getRawQuery();
      if (query != null) {
        query =
            Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty())
                .filter(p -> !isTracking(p.split("=", 2)[0].toLowerCase(Locale.ROOT)))
                .sorted()
                .collect(Collectors.joining("&"));
        if (query.isEmpty()) {
          query = null;
        }
      }
      return scheme + "://" + host + (port == -1 ? "" : ":" + port) + path
          + (query == null ? "" : "?" + query);
    } catch (URISyntaxException e) {
      return url.trim();
    }
  }

  /** The stable id of a URL: 16 hex digits of the SHA-256 of its canonical form. */
  public static String id(String url) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(of(url).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static boolean isTracking(String name) {
    return name.startsWith("utm_") || name.equals("spm") || name.equals("from")
        || name.equals("share_token");
  }
}
