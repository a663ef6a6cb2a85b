package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefarchive.TestConfig;

/** What the commands do with input that is not what they expect. */
class CliInputIT {
  @TempDir Path tmp;

  @Test
  void extractOnABinaryFileSaysSoInOneLine() throws Exception {
    byte[] png = new byte[200_000];
    new Random(1).nextBytes(png);
    System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, png, 0,
        8);
    Path image = Files.write(tmp.resolve("photo.html"), png);
    CliIT.Result r = CliIT.run("extract", image.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: " + image + " is not an HTML page: it starts like "
        + "a PNG image").doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(r.err().lines().count()).isLessThanOrEqualTo(2);
  }

  @Test
  void extractOnAFileLargerThanAnyPageSaysSoWithoutReadingItAll() throws Exception {
    // 60 MB of zero bytes ran jsoup out of memory
    Path zeros = tmp.resolve("zeros.html");
    try (var out = Files.newOutputStream(zeros)) {
      byte[] block = new byte[1 << 20];
      for (int i = 0; i < 60; i++) {
        out.write(block);
      }
    }
    CliIT.Result r = CliIT.run("extract", zeros.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: " + zeros + " is larger than max_response_bytes")
        .doesNotContain("\tat ").doesNotContain("OutOfMemoryError");
  }

  @Test
  void extractOfAMissingFileExits1() {
    CliIT.Result r = CliIT.run("extract", tmp.resolve("nowhere.html").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no such file: " + tmp.resolve("nowhere.html"))
        .doesNotContain("Usage:");
  }

  @Test
  void aYamlSyntaxErrorNamesItsLineAndColumn() throws Exception {
    Path config = TestConfig.copyTo(tmp.resolve("config"));
    Files.writeString(config.resolve("crawl.yaml"), "threads: 4\nuser_agent: x\n bad: - [\n");
    CliIT.Result r = CliIT.run("--config", config.toString(), "extract", "x.html");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("crawl.yaml: not valid YAML at line 3, column 5: ")
        .doesNotContain("\tat ");
  }

  @Test
  void searchAndExtractOutsideACheckoutUseTheConfigurationInTheJar() throws Exception {
    Path page = Path.of("src/test/resources/fixtures/html/people/utf8-declared-gb2312.html")
        .toAbsolutePath();
    Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
    Child extract = child(outside, "extract", page.toString());
    assertThat(extract.code()).as(extract.output()).isZero();
    assertThat(extract.output()).contains("using the configuration bundled in the jar")
        .doesNotContain("file not found");
    Child search = child(outside, "--home", outside.toString(), "search", "残联");
    assertThat(search.output()).contains("using the configuration bundled in the jar")
        .contains("no index").doesNotContain("sources.yaml");
  }

  private record Child(int code, String output) {}

  /** Runs the CLI in a new JVM whose working directory is {@code dir}. */
  private static Child child(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
        System.getProperty("java.class.path"), "org.reliefarchive.cli.Main"));
    command.addAll(List.of(args));
    Path log = Files.createTempFile("relief-child", ".log");
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    return new Child(p.exitValue(), Files.readString(log));
  }
}
