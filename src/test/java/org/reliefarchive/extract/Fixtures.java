package org.reliefarchive.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

  /**
   * The distinct lines ({@link BlockCollector}) of every page of the development corpus and the
   * shared corpus, cleaned as the extractor cleans them: real text to check that a faster way to
   * test a line answers as the plain one does.
   */
  static synchronized List<String> corpusLines() {
    if (corpusLines == null) {
      Set<String> lines = new LinkedHashSet<>();
      for (Path dir : List.of(Path.of("src/test/resources/corpus/pages"),
          Path.of("../shared/corpus/pages"))) {
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
            DecodedHtml decoded = new HtmlDecoder().decode(Files.readAllBytes(f), null);
            if (!decoded.isDecoded()) {
              continue;
            }
            Document doc = Jsoup.parse(decoded.html());
            new DomCleaner().clean(doc);
            for (TextBlock b : new BlockCollector().collect(doc.body())) {
              lines.add(b.text());
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      corpusLines = List.copyOf(lines);
    }
    return corpusLines;
  }

  private static List<String> corpusLines;

  /** {@code config/boilerplate.yaml} of the project. */
  static BoilerplateConfig boilerplate() {
    return new ConfigLoader().load(Path.of("config/boilerplate.yaml"), BoilerplateConfig.class);
  }

  /** An extractor with the project's config. */
  static ArticleExtractor extractor() {
    return new ArticleExtractor(boilerplate());
  }
}
