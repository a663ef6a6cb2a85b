package org.reliefarchive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies the project's config/ directory, sub-directories included, for tests that edit it. */
public final class TestConfig {
  private TestConfig() {}

  /** Copies config/ into {@code target} and returns {@code target}. */
  public static Path copyTo(Path target) {
    Path source = Path.of("config");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path f : files.toList()) {
        Path to = target.resolve(source.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
