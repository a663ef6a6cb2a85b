package org.reliefarchive.crawl;

import java.util.Locale;

/**
 * The archive or the index cannot be written any more (the disk is full, or the index writer
 * closed itself after such a failure). Unlike a failure on one page, it stops the run: every
 * further page would fail the same way.
 */
public final class StorageFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what cannot be written and why, for the one line the run ends with
   * @param cause the failure
   */
  public StorageFailure(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * The message of the disk-full error in {@code e}'s cause chain ("No space left on device",
   * "Disk quota exceeded"), or null when it holds none.
   */
  public static String diskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (m.contains("no space left on device") || m.contains("disk quota exceeded")
          || m.contains("not enough space on the disk")) {
        return t.getMessage();
      }
    }
    return null;
  }
}
