package org.reliefarchive.config;

import java.util.List;

/**
 * The {@code solr:} section of {@code config/index.yaml}: where the SolrCloud collection lives.
 * Give the ZooKeeper ensemble ({@code zk_hosts}, with an optional {@code zk_chroot} such as
 * {@code /solr}) or, without ZooKeeper access, one or more node URLs ({@code solr_urls}).
 *
 * @param zkHosts ZooKeeper {@code host:port} entries; empty to use {@code solrUrls}
 * @param zkChroot the ZooKeeper path Solr lives under, or blank for the root
 * @param solrUrls node URLs such as {@code http://solr1:8983/solr}; empty to use {@code zkHosts}
 * @param collection the collection name
 */
public record SolrConfig(List<String> zkHosts, String zkChroot, List<String> solrUrls,
    String collection) {

  /** Validates; messages name the key. */
  public SolrConfig {
    zkHosts = zkHosts == null ? List.of() : List.copyOf(zkHosts);
    solrUrls = solrUrls == null ? List.of() : List.copyOf(solrUrls);
    zkChroot = zkChroot == null || zkChroot.isBlank() ? null : zkChroot.strip();
    Check.notBlank("solr.collection", collection);
    if (zkHosts.isEmpty() == solrUrls.isEmpty()) {
      throw new IllegalArgumentException("solr: give either zk_hosts or solr_urls (one of "
          + "them, not both); got zk_hosts=" + zkHosts + ", solr_urls=" + solrUrls);
    }
    if (zkChroot != null && !zkChroot.startsWith("/")) {
      throw new IllegalArgumentException("solr.zk_chroot must start with '/'; got '" + zkChroot
          + "'");
    }
  }
}
