package org.reliefarchive.archive;

/**
 * A fetched page together with where the archive keeps it.
 *
 * @param page the response; for a revisit record the body is the one fetched when it is at hand
 *     (a crawl) and empty when read back from the archive
 * @param warcFile file name of the WARC file (no directory)
 * @param offset byte offset of the record in that file
 * @param recordId the WARC-Record-ID
 * @param payloadDigest the WARC-Payload-Digest ("sha1:" + base32)
 * @param recordType {@link #RESPONSE} or {@link #REVISIT}
 * @param refersTo for a revisit record, the earlier response record with the same payload; null
 *     for a response record
 */
public record ArchivedPage(
    FetchedPage page, String warcFile, long offset, String recordId, String payloadDigest,
    String recordType, RecordRef refersTo) {
  /** WARC-Type of a full capture. */
  public static final String RESPONSE = "response";
  /** WARC-Type of a capture whose payload the archive holds already. */
  public static final String REVISIT = "revisit";

  /** A response record. */
  public ArchivedPage(FetchedPage page, String warcFile, long offset, String recordId,
      String payloadDigest) {
    this(page, warcFile, offset, recordId, payloadDigest, RESPONSE, null);
  }

  /** True for a revisit record (unchanged payload, or a 304 answer). */
  public boolean isRevisit() {
    return REVISIT.equals(recordType);
  }

  /** Where the payload of this capture is stored: this record, or the one a revisit refers to. */
  public RecordRef content() {
    return isRevisit() && refersTo != null ? refersTo
        : new RecordRef(warcFile, offset, recordId, page.fetchedAt());
  }
}
