package org.reliefarchive.enrich;

/**
 * One capture of a report in its history, as ingest records it, the index stores it and the
 * report page shows it. Stored by {@code index.CaptureCodec}, the one codec of the history.
 *
 * @param time capture time (ISO-8601 UTC)
 * @param status HTTP status (200, 304 not modified, 404, 410, or a 3xx redirect)
 * @param change new, changed, unchanged, removed or restored
 * @param textDigest digest of the extracted title and text, or null for a removal
 * @param payloadDigest digest of the captured bytes, or null
 * @param warcFile WARC file of the capture's record
 * @param warcOffset offset of that record
 * @param record "response", or "revisit" when the archive kept no second copy
 * @param diff what changed since the previous version (paragraphs added, removed), or null
 * @param capped which fields were cut at their length cap on the way into the index ("title cut
 *     from 100000 to 300 characters"), or null when none was
 */
public record CaptureRecord(String time, int status, String change, String textDigest,
    String payloadDigest, String warcFile, long warcOffset, String record, String diff,
    String capped) {

  /** A capture whose fields were all within their caps. */
  public CaptureRecord(String time, int status, String change, String textDigest,
      String payloadDigest, String warcFile, long warcOffset, String record, String diff) {
    this(time, status, change, textDigest, payloadDigest, warcFile, warcOffset, record, diff,
        null);
  }
}
