package org.reliefarchive.archive;

import java.time.Instant;

/**
 * Where one WARC record is.
 *
 * @param warcFile file name (no directory)
 * @param offset byte offset of the record
 * @param recordId its WARC-Record-ID
 * @param date its WARC-Date
 */
public record RecordRef(String warcFile, long offset, String recordId, Instant date) {}
