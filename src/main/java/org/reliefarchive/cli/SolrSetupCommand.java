package org.reliefarchive.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.reliefarchive.config.SolrConfig;
import org.reliefarchive.solr.SolrClients;
import org.reliefarchive.solr.SolrConfigset;
import org.reliefarchive.solr.SolrSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code solr-setup}: put the reports collection on a SolrCloud cluster. */
@Command(
    name = "solr-setup",
    mixinStandardHelpOptions = true,
    description = "Upload the configset shipped in the jar to the SolrCloud cluster of "
        + "config/index.yaml (solr: zk_hosts or solr_urls) and create its collection. Then set "
        + "backend: solrcloud and run reindex to fill it from the archive.")
final class SolrSetupCommand implements Callable<Integer> {
  @ParentCommand ReliefArchiveCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--shards", defaultValue = "2", description = "Shards (default: 2).")
  int shards;

  @Option(names = "--replicas", defaultValue = "2",
      description = "Replicas of each shard (default: 2).")
  int replicas;

  @Option(names = "--configset", defaultValue = "reliefarchive",
      description = "Name of the configset in the cluster (default: reliefarchive).")
  String configset;

  @Option(names = "--write-configset", paramLabel = "DIR",
      description = "Only write the configset to DIR (the mapping file written afresh from "
          + "the character map), for `solr zk upconfig`; nothing is sent.")
  Path writeTo;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (writeTo != null) {
      SolrConfigset.writeTo(writeTo);
      Terminal.line(out, "Wrote the configset (%s) to %s", String.join(", ",
          SolrConfigset.FILES), writeTo);
      return 0;
    }
    if (shards < 1 || replicas < 1) {
      throw new ParameterException(spec.commandLine(), "--shards and --replicas must be at "
          + "least 1; got " + shards + " and " + replicas);
    }
    SolrConfig config = root.settings().index().solr();
    if (config == null) {
      throw new ParameterException(spec.commandLine(), "config/index.yaml has no solr: "
          + "section (zk_hosts or solr_urls, and collection)");
    }
    try (CloudSolrClient client = SolrClients.open(config)) {
      SolrSetup.Outcome done = SolrSetup.run(client, configset, config.collection(), shards,
          replicas);
      Terminal.line(out, done.created()
          ? "Uploaded configset %s and created collection %s (%d shards x %d replicas)."
          : "Uploaded configset %s; collection %s exists already and was left as it is.",
          done.configset(), done.collection(), shards, replicas);
    }
    return 0;
  }
}
