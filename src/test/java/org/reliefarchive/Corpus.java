package org.reliefarchive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds the shared corpus of real report texts and pages that sits beside the checkout. */
public final class Corpus {
  private Corpus() {}

  /** The {@code shared/corpus} directory. */
  public static Path dir() {
    for (Path p : new Path[] {Path.of("../shared/corpus"), Path.of("shared/corpus")}) {
      if (Files.isDirectory(p)) {
        return p.toAbsolutePath().normalize();
      }
    }
    throw new IllegalStateException("../shared/corpus not found beside the project");
  }

  /** The project's development corpus (pages, manifests, splits) in the test resources. */
  public static Path project() {
    return Path.of("src/test/resources/corpus").toAbsolutePath();
  }

  /** The manifests of every annotated page: the shared corpus and the project's corpus. */
  public static List<Path> manifests() {
    return List.of(dir().resolve("pages/manifest.json"), project());
  }

  /** The site → dev/test assignment of the pages of {@link #manifests()}. */
  public static Path splits() {
    return project().resolve("splits.json");
  }

  /** The text of one seed report, e.g. "004_5e6e1b889cb9728c". */
  public static String seed(String id) {
    try {
      return Files.readString(dir().resolve("seeds").resolve(id + ".txt"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
