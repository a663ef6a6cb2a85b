package org.reliefarchive.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads expected-output YAML of fixtures and normalises text for comparison. */
final class Expectations {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");

  private Expectations() {}

  /** The YAML fixture {@code fixtures/html/<path>}. */
  static JsonNode yaml(String path) {
    try {
      return YAML.readTree(Fixtures.html(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A text field, or null when absent or null. */
  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** A list of strings, empty when absent. */
  static List<String> strings(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    node.path(field).forEach(v -> out.add(v.asText()));
    return out;
  }

  /** Glosses removed, U+00A0 and U+3000 as spaces, whitespace runs as one space. */
  static String plain(String text) {
    return text == null ? null
        : TextNormalizer.removeGlosses(text).replace('\u00A0', ' ').replace('\u3000', ' ')
            .replaceAll("\\s+", " ").trim();
  }

  /** {@link #plain} in simplified characters, for comparing names across scripts. */
  static String simplified(String text) {
    return text == null ? null : T2S.transliterate(plain(text));
  }
}
