package org.reliefarchive.archive;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * One capture in the {@link CaptureLedger}: what the WARC record says, without its payload.
 *
 * @param file WARC file name
 * @param offset byte offset of the record
 * @param end byte offset just after the record
 * @param type {@link ArchivedPage#RESPONSE} or {@link ArchivedPage#REVISIT}
 * @param url target URL
 * @param date capture time
 * @param status HTTP status
 * @param portal portal id, or null
 * @param kind page kind key (article, list, other)
 * @param digest payload digest, or null
 * @param id WARC-Record-ID
 * @param truncated true when the payload was cut at the size limit
 * @param refersFile for a revisit, the file of the response record it refers to
 * @param refersOffset for a revisit, the offset of that record
 * @param etag the ETag header, or null
 * @param lastModified the Last-Modified header, or null
 * @param location the Location header of a redirect, or null
 * @param mime the payload's media type without parameters ({@code warc/revisit} for a revisit,
 *     as CDX indexes write it); null in ledgers written before it was kept
 */
public record LedgerEntry(
    String file, long offset, long end, String type, String url, Instant date, int status,
    String portal, String kind, String digest, String id, boolean truncated, String refersFile,
    long refersOffset, String etag, String lastModified, String location, String mime) {

  /** An entry without media type (as ledgers written before it was kept hold them). */
  public LedgerEntry(String file, long offset, long end, String type, String url, Instant date,
      int status, String portal, String kind, String digest, String id, boolean truncated,
      String refersFile, long refersOffset, String etag, String lastModified, String location) {
    this(file, offset, end, type, url, date, status, portal, kind, digest, id, truncated,
        refersFile, refersOffset, etag, lastModified, location, null);
  }

  /** True for a full response with status 200 whose payload is whole. */
  @JsonIgnore
  public boolean isContent() {
    return ArchivedPage.RESPONSE.equals(type) && status >= 200 && status < 300 && !truncated;
  }

  /** Where this record is. */
  public RecordRef ref() {
    return new RecordRef(file, offset, id, date);
  }
}
