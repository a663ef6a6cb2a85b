package org.reliefarchive.solr;

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

/**
 * A MiniSolrCloudCluster for integration tests, run in a child JVM on the classpath that
 * src/test/solr-cluster/pom.xml resolves (target/solr-cluster.classpath, written before the
 * integration tests): Solr's Jetty 10 cannot share our classpath with Javalin's Jetty 12. The
 * child stops when its stdin closes, so it dies with the test JVM. One cluster per test class.
 */
public final class SolrTestCluster implements AutoCloseable {
  private static final Path CLASSPATH = Path.of("target", "solr-cluster.classpath");
  private static final Path LAUNCHER =
      Path.of("src", "test", "solr-cluster", "SolrClusterLauncher.java");

  private final Process process;
  private final BufferedReader out;
  private final Writer in;
  private final Path base;
  private final String zkHost;
  private final List<String> nodes = new ArrayList<>();

  private SolrTestCluster(int nodeCount) throws IOException {
    if (!Files.isRegularFile(CLASSPATH)) {
      throw new IllegalStateException(CLASSPATH + " is missing: run the integration tests "
          + "through Maven (mvn verify), whose pre-integration-test step writes it");
    }
    base = Files.createTempDirectory("solr-cluster");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    process = new ProcessBuilder(java, "-Xmx768m", "-cp", Files.readString(CLASSPATH).strip(),
        LAUNCHER.toString(), String.valueOf(nodeCount), base.resolve("cluster").toString())
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

  /** Starts a cluster of {@code nodeCount} nodes (about 20 s). */
  public static SolrTestCluster start(int nodeCount) throws IOException {
    return new SolrTestCluster(nodeCount);
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
