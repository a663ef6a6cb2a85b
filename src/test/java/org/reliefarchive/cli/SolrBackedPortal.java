package org.reliefarchive.cli;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.UnaryOperator;
import org.reliefarchive.archive.FileTrees;
import org.reliefarchive.config.ConfigLoader;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.config.SourcesConfig;
import org.reliefarchive.sample.SamplePortal;
import org.reliefarchive.eval.LocalSolrCluster;

/**
 * The sample portal on loopback and a pipeline whose backend is the collection {@code reports}
 * (2 shards x 2 replicas) of a 2-node test cluster, with a temporary home; closed in reverse.
 */
final class SolrBackedPortal implements AutoCloseable {
  final LocalSolrCluster cluster;
  final SamplePortal portal;
  final SourcesConfig sources;
  final Path home;
  final Settings settings;
  final Pipeline pipeline;

  private SolrBackedPortal(LocalSolrCluster cluster, SamplePortal portal, SourcesConfig sources,
      Path home, Settings settings, Pipeline pipeline) {
    this.cluster = cluster;
    this.portal = portal;
    this.sources = sources;
    this.home = home;
    this.settings = settings;
    this.pipeline = pipeline;
  }

  /** Starts it all; {@code more} changes the settings before the pipeline is built. */
  static SolrBackedPortal start(UnaryOperator<Settings> more) throws Exception {
    LocalSolrCluster cluster = LocalSolrCluster.start(2);
    SamplePortal portal = null;
    Path home = null;
    try {
      cluster.createCollection("reports", 2, 2);
      portal = SamplePortal.start();
      SourcesConfig sources = new ConfigLoader().read(
          new ByteArrayInputStream(portal.sourcesYaml().getBytes(StandardCharsets.UTF_8)),
          Path.of("sources.yaml"), SourcesConfig.class);
      home = Files.createTempDirectory("relief-solr");
      Settings settings = more.apply(Settings.load(Path.of("config"), home)
          .withSources(sources));
      IndexConfig index = settings.index();
      settings = settings.withIndex(new IndexConfig(index.dir(), index.ramBufferMb(),
          index.commitIntervalSeconds(), IndexConfig.SOLRCLOUD, cluster.config("reports")));
      return new SolrBackedPortal(cluster, portal, sources, home, settings,
          new Pipeline(settings, Clock.systemUTC()));
    } catch (Exception | Error e) {
      try (LocalSolrCluster c = cluster) {
        if (portal != null) {
          portal.close();
        }
        if (home != null) {
          FileTrees.delete(home);
        }
      }
      throw e;
    }
  }

  @Override
  public void close() throws Exception {
    try (LocalSolrCluster c = cluster) {
      try {
        pipeline.close();
      } finally {
        portal.close();
        FileTrees.delete(home);
      }
    }
  }
}
