package org.reliefarchive.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.reliefarchive.archive.FileTrees;
import org.reliefarchive.config.SolrConfig;
import org.reliefarchive.solr.SolrClients;
import org.reliefarchive.solr.SolrSetup;

/**
 * A MiniSolrCloudCluster on loopback, for the integration tests and {@code bench --backend
 * solrcloud}, run in a child JVM on the classpath that src/test/solr-cluster/pom.xml resolves
 * (target/solr-cluster.classpath, written before the integration tests or by {@link
 * #CLASSPATH_COMMAND}): Solr's Jetty 10 cannot share our classpath with Javalin's Jetty 12. Both
 * files live in the project's checkout, not in the jar. The child stops when its stdin closes,
 * so it dies with the JVM that started it.
 */
public final class LocalSolrCluster implements AutoCloseable {
  private static final Path CLASSPATH = Path.of("target", "solr-cluster.classpath");
  private static final Path LAUNCHER =
      Path.of("src", "test", "solr-cluster", "SolrClusterLauncher.java");
  /** Writes the cluster's classpath file, run in the checkout (needs Maven Central once). */
  public static final String CLASSPATH_COMMAND = "mvn -B -q -f src/test/solr-cluster/pom.xml "
      + "dependency:build-classpath -Dmdep.outputFile=$PWD/target/solr-cluster.classpath";

  private final Process process;
  private final BufferedReader out;
  private final Writer in;
  private final Path base;
  private final String zkHost;
  private final List<String> nodes = new ArrayList<>();

  private LocalSolrCluster(Path checkout, int nodeCount, String heap) throws IOException {
    Path classpath = checkout.resolve(CLASSPATH);
    Path launcher = checkout.resolve(LAUNCHER);
    if (!Files.isRegularFile(launcher)) {
      throw new IllegalStateException("no " + launcher + ": the test cluster runs from the "
          + "project's checkout (run from there, or point at a running SolrCloud)");
    }
    if (!Files.isRegularFile(classpath)) {
      throw new IllegalStateException(classpath + " is missing: run the integration tests "
          + "through Maven (mvn verify), whose pre-integration-test step writes it, or in "
          + "the checkout: " + CLASSPATH_COMMAND);
    }
    base = Files.createTempDirectory("solr-cluster");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    process = new ProcessBuilder(java, "-Xmx" + heap, "-cp", Files.readString(classpath).strip(),
        launcher.toString(), String.valueOf(nodeCount), base.resolve("cluster").toString())
        .redirectError(base.resolve("solr.log").toFile())
        .start();
    out = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8));
    in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    String zk = null;
    String line;
    while ((line = out.readLine()) != null && !line.equals("ready")) {
      if (line.startsWith("zk=")) {
        zk = line.substring(3);
      } else if (line.startsWith("node=")) {
        nodes.add(line.substring(5));
      }
    }
    if (line == null || zk == null) {
      process.destroyForcibly();
      throw new IOException("the Solr cluster did not start; see " + base.resolve("solr.log"));
    }
    zkHost = zk;
  }

  /**
   * Starts a cluster of {@code nodeCount} nodes (about 20 s) with 768 MB of heap, from the
   * checkout in the working directory.
   */
  public static LocalSolrCluster start(int nodeCount) throws IOException {
    return new LocalSolrCluster(Path.of(""), nodeCount, "768m");
  }

  /**
   * Starts a cluster of {@code nodeCount} nodes from the project's checkout at {@code checkout}
   * with a heap of {@code heap} (as {@code -Xmx} takes it) for all of them.
   *
   * @throws IllegalStateException if the checkout lacks the launcher or the classpath file
   */
  public static LocalSolrCluster start(Path checkout, int nodeCount, String heap)
      throws IOException {
    return new LocalSolrCluster(checkout, nodeCount, heap);
  }

  /** Where the cluster logs. */
  public Path log() {
    return base.resolve("solr.log");
  }

  /** The collection {@code collection} of this cluster, reached through ZooKeeper. */
  public SolrConfig config(String collection) {
    int slash = zkHost.indexOf('/');
    return new SolrConfig(List.of(slash < 0 ? zkHost : zkHost.substring(0, slash)),
        slash < 0 ? null : zkHost.substring(slash), List.of(), collection);
  }

  /** Uploads our configset and creates {@code collection} with the shards and replicas. */
  public void createCollection(String collection, int shards, int replicas) throws IOException {
    try (CloudSolrClient client = SolrClients.open(config(collection))) {
      SolrSetup.run(client, "reliefarchive", collection, shards, replicas);
    }
  }

  /** Base URLs of the nodes. */
  public List<String> nodes() {
    return List.copyOf(nodes);
  }

  /** Stops node {@code n}; its cores stay on disk. */
  public void stopNode(int n) throws IOException {
    command("stop " + n, "stopped " + n);
  }

  /** Starts node {@code n} again on its port and waits until it is live. */
  public void startNode(int n) throws IOException {
    command("start " + n, "started " + n);
  }

  private void command(String command, String done) throws IOException {
    in.write(command + "\n");
    in.flush();
    String line = out.readLine();
    if (!done.equals(line)) {
      throw new IOException("the Solr cluster answered '" + line + "' to '" + command + "'");
    }
  }

  @Override
  public void close() throws IOException {
    try {
      in.close();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } finally {
      FileTrees.delete(base);
    }
  }
}
