package org.reliefarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The executable jar serves its pages from templates compiled at build time: every template of
 * src/main/jte is a class in it, beside jte's runtime.
 */
class TemplatesInJarIT {
  private static final Path JAR = Path.of("target/relief-archive.jar");

  @Test
  void everyTemplateIsACompiledClassInTheJar() throws Exception {
    List<String> templates;
    try (Stream<Path> files = Files.list(Path.of("src/main/jte"))) {
      templates = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jte"))
          .map(n -> n.substring(0, n.length() - ".jte".length())).toList();
    }
    assertThat(templates).contains("search", "report", "operator");
    try (JarFile jar = new JarFile(JAR.toFile())) {
      for (String t : templates) {
        assertThat(jar.getEntry("org/reliefarchive/web/Jte" + t + "Generated.class"))
            .as(t + ".jte").isNotNull();
      }
      assertThat(jar.getEntry("gg/jte/TemplateEngine.class")).isNotNull();
    }
  }
}
