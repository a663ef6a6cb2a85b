package org.reliefarchive.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.reliefarchive.config.BoilerplateConfig;
import org.reliefarchive.config.ConfigLoader;

/** Loads test fixtures from the classpath and the project's boilerplate config. */
final class Fixtures {
  private Fixtures() {}

  /** The bytes of {@code fixtures/html/<path>}. */
  static byte[] html(String path) {
    String resource = "/fixtures/html/" + path;
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of a page of the development corpus, {@code src/test/resources/corpus/pages/<path>}. */
  static byte[] corpusPage(String path) {
    try {
      return Files.readAllBytes(Path.of("src/test/resources/corpus/pages", path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of a page of the shared corpus, {@code ../shared/corpus/pages/<path>}. */
  static byte[] sharedPage(String path) {
    try {
      return Files.readAllBytes(Path.of("../shared/corpus/pages", path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code config/boilerplate.yaml} of the project. */
  static BoilerplateConfig boilerplate() {
    return new ConfigLoader().load(Path.of("config/boilerplate.yaml"), BoilerplateConfig.class);
  }

  /** An extractor with the project's config. */
  static ArticleExtractor extractor() {
    return new ArticleExtractor(boilerplate());
  }
}
