package org.reliefarchive.config;

/**
 * {@code config/index.yaml}: where reports are indexed and searched.
 *
 * @param dir directory of the embedded Lucene index (relative to the working directory)
 * @param ramBufferMb indexing buffer before a segment is flushed
 * @param commitIntervalSeconds how often a running crawl commits (searches see new documents
 *     sooner, through near-real-time readers)
 * @param backend {@link #EMBEDDED} (the Lucene index in {@code dir}, the default) or
 *     {@link #SOLRCLOUD} (the collection of {@code solr})
 * @param solr the SolrCloud collection; required for {@link #SOLRCLOUD}
 */
public record IndexConfig(String dir, int ramBufferMb, int commitIntervalSeconds, String backend,
    SolrConfig solr) {
  /** The embedded Lucene index. */
  public static final String EMBEDDED = "embedded";
  /** A SolrCloud collection. */
  public static final String SOLRCLOUD = "solrcloud";

  /** Validates ranges; messages name the key. */
  public IndexConfig {
    Check.notBlank("dir", dir);
    Check.inRange("ram_buffer_mb", ramBufferMb, 8, 8192);
    Check.inRange("commit_interval_seconds", commitIntervalSeconds, 1, 86_400);
    backend = backend == null || backend.isBlank() ? EMBEDDED : backend.strip();
    if (!backend.equals(EMBEDDED) && !backend.equals(SOLRCLOUD)) {
      throw new IllegalArgumentException("backend must be " + EMBEDDED + " or " + SOLRCLOUD
          + "; got '" + backend + "'");
    }
    if (backend.equals(SOLRCLOUD) && solr == null) {
      throw new IllegalArgumentException("backend: " + SOLRCLOUD + " needs the solr: section "
          + "(zk_hosts or solr_urls, and collection)");
    }
  }

  /** The embedded index with these settings. */
  public IndexConfig(String dir, int ramBufferMb, int commitIntervalSeconds) {
    this(dir, ramBufferMb, commitIntervalSeconds, EMBEDDED, null);
  }

  /** True when reports go to (and are searched in) a SolrCloud collection. */
  public boolean solrCloud() {
    return SOLRCLOUD.equals(backend);
  }
}
