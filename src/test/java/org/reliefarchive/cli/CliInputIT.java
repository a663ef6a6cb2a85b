package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
