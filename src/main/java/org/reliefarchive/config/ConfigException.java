package org.reliefarchive.config;

import java.nio.file.Path;

/**
 * A configuration file that cannot be used: missing, unreadable, malformed, or holding a value
 * outside what is allowed. The message names the file, the key and what is allowed.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Path file;

  /**
   * @param file the file that was being read, or null when the value came from elsewhere
   * @param message what was wrong, naming the key and the allowed values
   * @param cause the underlying failure, may be null
   */
  public ConfigException(Path file, String message, Throwable cause) {
    super(file == null ? message : file + ": " + message, cause);
    this.file = file;
  }

  /** The file that was being read, or null. */
  public Path file() {
    return file;
  }
}
