package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefarchive.TestConfig;
import org.reliefarchive.config.ConfigLoader;
import org.reliefarchive.config.CrawlWorker;
import org.reliefarchive.config.SourcesConfig;

/**
 * {@code crawl --worker}: a malformed worker, a portal of another worker and a bad
 * {@code worker:} in sources.yaml stop the crawl before anything is fetched, with a message
 * naming what was wrong.
 */
class CrawlWorkerOptionTest {
  @TempDir Path tmp;
  private Path config;
  private Path home;

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  @BeforeEach
  void copyConfig() throws Exception {
    config = tmp.resolve("config");
    TestConfig.copyTo(config);
    home = tmp.resolve("home");
  }

  private Result crawl(String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "--config";
    args[1] = config.toString();
    args[2] = "--home";
    args[3] = home.toString();
    System.arraycopy(more, 0, args, 4, more.length);
    return run(args);
  }

  private void editSources(String from, String to) throws Exception {
    Path sources = config.resolve("sources.yaml");
    String yaml = Files.readString(sources);
    assertThat(yaml).contains(from);
    Files.writeString(sources, yaml.replaceFirst(java.util.regex.Pattern.quote(from), to));
  }

  @Test
  void aMalformedWorkerIsAUsageError() {
    for (String bad : new String[] {"3/2", "2", "0/2", "x/y"}) {
      Result r = crawl("crawl", "--worker", bad);
      assertThat(r.code()).as(bad).isEqualTo(2);
      assertThat(r.err()).contains("--worker is '" + bad + "'").contains("Usage:");
    }
  }

  @Test
  void aPortalOfAnotherWorkerIsAUsageError() throws Exception {
    SourcesConfig sources = new ConfigLoader().load(config.resolve("sources.yaml"),
        SourcesConfig.class);
    String id = sources.portals().get(0).id();
    int owner = new CrawlWorker(1, 2).ownerOf(sources.portals().get(0));
    String other = (3 - owner) + "/2";
    Result r = crawl("crawl", "--worker", other, "--portal", id);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--portal " + id + " belongs to worker " + owner + "/2, not to "
        + "this worker " + other);
    assertThat(home.resolve("index")).doesNotExist();
  }

  @Test
  void aPortalsWorkerAboveTheCountNamesThePortal() throws Exception {
    editSources("    worker: null", "    worker: 5");
    Result r = crawl("crawl", "--worker", "1/2");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("portals[gscn].worker is 5").contains("allowed: 1 to 2")
        .doesNotContain("\tat ");
    assertThat(home.resolve("index")).doesNotExist();
  }

  @Test
  void aWorkerThatIsNotANumberNamesTheFileAndPortal() throws Exception {
    editSources("    worker: null", "    worker: 0");
    Result r = crawl("search", "残联");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("sources.yaml").contains("portals[gscn].worker is 0");

    editSources("    worker: 0", "    worker: two");
    r = crawl("search", "残联");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("sources.yaml").contains("worker").doesNotContain("\tat ");
  }

  @Test
  void aMalformedWorkerInCrawlYamlNamesTheFileAndKey() throws Exception {
    Path crawl = config.resolve("crawl.yaml");
    Files.writeString(crawl, Files.readString(crawl).replace("worker: null", "worker: 2/x"));
    Result r = crawl("search", "残联");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("crawl.yaml").contains("worker is '2/x'");
  }
}
