package org.reliefarchive.cli;

import java.io.IOException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.reliefarchive.config.SolrConfig;
import org.reliefarchive.search.DetachedSearch;
import org.reliefarchive.solr.SolrClients;
import org.reliefarchive.solr.SolrMirror;
import org.reliefarchive.solr.SolrReportSearcher;

/**
 * The SolrCloud backend of one process, wired from {@code config/index.yaml}: the client, the
 * searcher of the collection and the mirror that writes into it. Closing it commits what the
 * mirror holds and closes the client.
 */
final class SolrCloud implements AutoCloseable {
  final CloudSolrClient client;
  final DetachedSearch compiler;
  final SolrReportSearcher searcher;
  final SolrMirror mirror;

  SolrCloud(Settings settings) {
    SolrConfig config = settings.index().solr();
    this.client = SolrClients.open(config);
    this.compiler = new DetachedSearch(settings.schema(), settings.synonyms());
    this.searcher = new SolrReportSearcher(client, config.collection(), compiler);
    this.mirror = new SolrMirror(client, config.collection());
  }

  /** Closes without committing: a process that only searched. */
  void closeReading() throws IOException {
    try {
      compiler.close();
    } finally {
      client.close();
    }
  }

  @Override
  public void close() throws IOException {
    try {
      mirror.close();
    } finally {
      closeReading();
    }
  }
}
