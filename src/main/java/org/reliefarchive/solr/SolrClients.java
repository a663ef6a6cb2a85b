package org.reliefarchive.solr;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.reliefarchive.config.SolrConfig;

/**
 * Builds the SolrJ {@link CloudSolrClient} of {@code config/index.yaml}. The HTTP side is
 * Apache HttpClient ({@link CloudLegacySolrClient}): SolrJ's Jetty-based client would bring a
 * Jetty 10 that cannot share the classpath with the Jetty 12 of our web server. The client
 * routes updates to shard leaders and spreads queries over live replicas, reading the cluster
 * state from ZooKeeper or, given node URLs, from any live node.
 */
public final class SolrClients {
  private SolrClients() {}

  /**
   * A client of the collection in {@code config}, with it as default collection. SolrJ 9 marks
   * the Apache HttpClient flavour deprecated in favour of its Jetty one, which we cannot load.
   */
  @SuppressWarnings("deprecation")
  public static CloudSolrClient open(SolrConfig config) {
    CloudLegacySolrClient.Builder builder = config.zkHosts().isEmpty()
        ? new CloudLegacySolrClient.Builder(List.copyOf(config.solrUrls()))
        : new CloudLegacySolrClient.Builder(List.copyOf(config.zkHosts()),
            Optional.ofNullable(config.zkChroot()));
    if (!config.zkHosts().isEmpty()) {
      builder.withZkConnectTimeout(15, TimeUnit.SECONDS)
          .withZkClientTimeout(30, TimeUnit.SECONDS);
    }
    builder.withConnectionTimeout(5_000).withSocketTimeout(60_000);
    CloudSolrClient client = builder.build();
    client.setDefaultCollection(config.collection());
    return client;
  }
}
