package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefarchive.TestConfig;
import org.reliefarchive.crawl.MutablePortal;

/** A crawl that raises an alarm exits with its own code and keeps the failed URLs. */
class CrawlExitCodeIT {
  @TempDir Path home;

  @Test
  void aPortalWhoseSeedsAreUnreachableRaisesAnAlarmAndExits3() throws Exception {
    Path config = TestConfig.copyTo(home.resolve("config"));
    String seed;
    try (MutablePortal portal = MutablePortal.start()) {
      // the portal is gone before the crawl: its port refuses connections
      Files.writeString(config.resolve("sources.yaml"), portal.sourcesYaml(""));
      seed = portal.baseUrl() + "/news/";
    }
    CliIT.Result r = CliIT.run("--config", config.toString(), "--home", home.toString(),
        "crawl");

    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(CrawlCommand.EXIT_ALARM);
    assertThat(r.out()).contains("ALARM mut: no articles").contains("failed: ")
        .contains(seed);
    String runs = Files.readString(home.resolve("index/crawl/runs.jsonl"));
    assertThat(runs).contains("\"failedUrls\"").contains(seed);
  }
}
