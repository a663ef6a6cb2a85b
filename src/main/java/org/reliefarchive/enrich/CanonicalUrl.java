package org.reliefarchive.enrich;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical form of a URL and the stable report id derived from it, through the crawler's
 * own normaliser (crawler-commons' {@link BasicURLNormalizer}: lower-case scheme and host, no
 * default port, no fragment, dot segments resolved, percent escapes normalised, query parameters
 * sorted) with tracking parameters (utm_*, spm, from, share_token) removed. The crawler and the
 * index agree on what "the same URL" is, and two captures of one article share one id however
 * they were linked.
 */
public final class CanonicalUrl {
  /**
   * How ids are made, recorded with the index: an index whose ids were made otherwise is
   * refused until {@code reindex} rebuilds it.
   */
  public static final String ID_SCHEME = "basic-url-normalizer+sha256/2";

  private static final List<String> TRACKING = List.of("spm", "from", "share_token",
      "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "utm_id");
  private static final BasicURLNormalizer NORMALIZER = BasicURLNormalizer.newBuilder()
      .idnNormalization(BasicURLNormalizer.IdnNormalization.NONE)
      .queryParamsToRemove(TRACKING)
      .build();

  private CanonicalUrl() {}

  /**
   * Canonicalises {@code url}; a URL the normaliser cannot read is returned trimmed, unchanged.
   */
  public static String of(String url) {
    String trimmed = url.trim();
    String normal = NORMALIZER.filter(trimmed);
    return normal == null ? trimmed : normal;
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
}
