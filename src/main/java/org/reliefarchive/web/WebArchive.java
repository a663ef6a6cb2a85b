package org.reliefarchive.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What the web-archive routes read: the archive directory (its CDXJ index) and a writer of WACZ
 * packages over its records. Built by whoever builds the server.
 *
 * @param archiveDir the directory of the WARC files and {@code index.cdxj}
 * @param wacz writes a WACZ package of chosen captures
 */
public record WebArchive(Path archiveDir, WaczSource wacz) {
  /** Writes WACZ packages. */
  @FunctionalInterface
  public interface WaczSource {
    /**
     * Writes the package of {@code pages} to {@code out}, leaving it open.
     *
     * @return how many pages' records could not be read (left out)
     */
    int write(List<Page> pages, String title, OutputStream out) throws IOException;
  }

  /**
   * One page of a package: a report's capture.
   *
   * @param url the report's URL
   * @param title its title
   * @param capturedAt when the capture was made
   * @param warcFile the WARC file of the capture
   * @param offset the offset of its record
   */
  public record Page(String url, String title, Instant capturedAt, String warcFile,
      long offset) {}
}
