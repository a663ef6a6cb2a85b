package org.reliefarchive.archive;

import java.util.Locale;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * Why a response body was cut short, as WARC 1.1 names it in {@code WARC-Truncated}: at the size
 * limit ({@code length}) or at the deadline for the whole response ({@code time}).
 */
public enum Truncation {
  /** The body is whole. */
  NONE(WarcTruncationReason.NOT_TRUNCATED),
  /** The body reached {@code max_response_bytes}; the rest was not read. */
  LENGTH(WarcTruncationReason.LENGTH),
  /** The response did not end within {@code response_deadline_ms}; the rest was not read. */
  TIME(WarcTruncationReason.TIME);

  private final WarcTruncationReason warc;

  Truncation(WarcTruncationReason warc) {
    this.warc = warc;
  }

  /** The WARC-Truncated reason of this truncation. */
  WarcTruncationReason warc() {
    return warc;
  }

  /** The value of WARC-Truncated, or null for a whole body. */
  public String key() {
    return this == NONE ? null : warc.name().toLowerCase(Locale.ROOT);
  }

  /** The truncation a WARC record states; reasons other than length and time count as length. */
  static Truncation of(WarcTruncationReason reason) {
    if (reason == null || reason == WarcTruncationReason.NOT_TRUNCATED) {
      return NONE;
    }
    return reason == WarcTruncationReason.TIME ? TIME : LENGTH;
  }
}
