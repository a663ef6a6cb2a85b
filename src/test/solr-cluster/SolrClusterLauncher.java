import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * Runs a MiniSolrCloudCluster for the integration tests, in a JVM of its own (Solr's Jetty 10
 * cannot share a classpath with Javalin's Jetty 12). Started with the classpath that
 * src/test/solr-cluster/pom.xml resolves, as a single-file program:
 *
 * <pre>java -cp CLASSPATH SolrClusterLauncher.java NODES BASE_DIR</pre>
 *
 * Prints {@code zk=HOST:PORT}, one {@code node=URL} per node and {@code ready}, then reads
 * commands from stdin: {@code stop N} and {@code start N} stop and restart node N (answering
 * {@code stopped N} / {@code started N}). End of input (the test JVM closed the pipe or died)
 * shuts the cluster down and exits, so no cluster outlives its test.
 */
public class SolrClusterLauncher {
  public static void main(String[] args) throws Exception {
    int nodes = Integer.parseInt(args[0]);
    Path base = Path.of(args[1]);
    Files.createDirectories(base);
    System.setProperty("solr.log.dir", base.resolve("logs").toString());
    System.setProperty("solr.security.allow.paths", "*");
    MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(nodes, base)
        .withJettyConfig(j -> j.setContext("/solr"))
        .build();
    System.out.println("zk=" + cluster.getZkServer().getZkAddress());
    for (JettySolrRunner j : cluster.getJettySolrRunners()) {
      System.out.println("node=" + j.getBaseUrl());
    }
    System.out.println("ready");
    System.out.flush();
    List<JettySolrRunner> runners = List.copyOf(cluster.getJettySolrRunners());
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    try {
      String line;
      while ((line = in.readLine()) != null) {
        String[] cmd = line.strip().split("\\s+");
        try {
          if (cmd.length == 2 && cmd[0].equals("stop")) {
            cluster.stopJettySolrRunner(runners.get(Integer.parseInt(cmd[1])));
            System.out.println("stopped " + cmd[1]);
          } else if (cmd.length == 2 && cmd[0].equals("start")) {
            JettySolrRunner j = runners.get(Integer.parseInt(cmd[1]));
            cluster.startJettySolrRunner(j, true);
            cluster.waitForNode(j, 60);
            System.out.println("started " + cmd[1]);
          } else {
            System.out.println("error unknown command: " + line);
          }
        } catch (Exception e) {
          System.out.println("error " + e);
        }
        System.out.flush();
      }
    } finally {
      cluster.shutdown();
      System.exit(0);
    }
  }
}
