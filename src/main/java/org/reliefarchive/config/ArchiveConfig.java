package org.reliefarchive.config;

/**
 * {@code config/archive.yaml}: where and how fetched responses are kept.
 *
 * @param dir directory of the WARC files (relative to the working directory)
 * @param filePrefix first part of every WARC file name
 * @param maxFileBytes a new WARC file is started once the current one passes this size
 * @param gzip compress each record (.warc.gz)
 */
public record ArchiveConfig(String dir, String filePrefix, long maxFileBytes, boolean gzip) {

  /** Validates ranges; messages name the key. */
  public ArchiveConfig {
    Check.notBlank("dir", dir);
    Check.notBlank("file_prefix", filePrefix);
    if (!filePrefix.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException(
          "file_prefix is '" + filePrefix + "'; allowed: letters, digits, '.', '_' and '-'");
    }
    Check.inRange("max_file_bytes", maxFileBytes, 1024L * 1024, 1L << 40);
  }
}
