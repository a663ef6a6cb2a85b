package org.reliefarchive.config;

/**
 * {@code config/index.yaml}: the Lucene index.
 *
 * @param dir directory of the index (relative to the working directory)
 * @param ramBufferMb indexing buffer before a segment is flushed
 * @param commitIntervalSeconds how often a running crawl commits (searches see new documents
 *     sooner, through near-real-time readers)
 */
public record IndexConfig(String dir, int ramBufferMb, int commitIntervalSeconds) {

  /** Validates ranges; messages name the key. */
  public IndexConfig {
    Check.notBlank("dir", dir);
    Check.inRange("ram_buffer_mb", ramBufferMb, 8, 8192);
    Check.inRange("commit_interval_seconds", commitIntervalSeconds, 1, 86_400);
  }
}
