package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `search` where there is no index says so in one line, and creates nothing there. */
class SearchWithoutIndexTest {

  @Test
  void saysWhereNoIndexIsAndLeavesTheDirectoryAlone(@TempDir Path home) {
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"--home", home.toString(), "search", "残联"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("no index at " + home.resolve("index/lucene"))
        .contains("run crawl or reindex first").doesNotContain("MMapDirectory");
    assertThat(Files.exists(home.resolve("index"))).isFalse();
  }
}
