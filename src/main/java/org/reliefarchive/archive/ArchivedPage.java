package org.reliefarchive.archive;

/**
 * A fetched page together with where the archive keeps it.
 *
 * @param page the response
 * @param warcFile file name of the WARC file (no directory)
 * @param offset byte offset of the record in that file
 * @param recordId the WARC-Record-ID
 * @param payloadDigest the WARC-Payload-Digest ("sha1:" + base32)
 */
public record ArchivedPage(
    FetchedPage page, String warcFile, long offset, String recordId, String payloadDigest) {}
