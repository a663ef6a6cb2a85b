package org.reliefarchive.web;

import java.time.Instant;
import java.util.Optional;

/**
 * Reads an archived capture back, for the archived copy of a report. Implemented over the WARC
 * archive by whoever builds the server.
 */
@FunctionalInterface
public interface ArchiveSource {
  /** The capture at {@code offset} of {@code warcFile}, or empty if there is none. */
  Optional<ArchivedCopy> read(String warcFile, long offset);

  /**
   * One archived response.
   *
   * @param url the captured URL
   * @param fetchedAt capture time
   * @param status HTTP status
   * @param contentType the Content-Type the server sent, or null
   * @param body the payload bytes as captured
   */
  record ArchivedCopy(String url, Instant fetchedAt, int status, String contentType,
      byte[] body) {}

  /** A source without archive: every read is empty. */
  ArchiveSource NONE = (file, offset) -> Optional.empty();
}
