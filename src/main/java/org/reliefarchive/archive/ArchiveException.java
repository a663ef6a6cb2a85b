package org.reliefarchive.archive;

import java.nio.file.Path;

/** A WARC file that cannot be written or read. The message names the file. */
public final class ArchiveException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param file the WARC file concerned
   * @param message what went wrong
   * @param cause the I/O failure
   */
  public ArchiveException(Path file, String message, Throwable cause) {
    super(file + ": " + message, cause);
  }
}
