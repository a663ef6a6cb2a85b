package org.reliefarchive.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Compounds of two words in whose middle a search word is not a word of the text: 民政 in
 * 人民|政府. A string search finds every occurrence of its string, these included; the parser
 * leaves out the occurrences that straddle one of these boundaries. The list is
 * {@code compounds.txt} beside this class.
 */
public final class Compounds {
  private static final List<Compound> ALL = load();

  /** A compound and the index of the character its second word starts at. */
  private record Compound(String text, int boundary) {}

  private Compounds() {}

  /**
   * The compounds in which {@code word} (simplified) occurs across the boundary, so that an
   * occurrence of the word there is not one; empty for most words.
   */
  public static List<String> straddledBy(String word) {
    List<String> out = new ArrayList<>();
    if (word.length() < 2) {
      return out;
    }
    for (Compound c : ALL) {
      if (word.length() >= c.text().length()) {
        continue; // the word holds the whole compound (人民政府, 省人民政府)
      }
      for (int at = c.text().indexOf(word); at >= 0; at = c.text().indexOf(word, at + 1)) {
        if (at < c.boundary() && c.boundary() < at + word.length()) {
          out.add(c.text());
          break;
        }
      }
    }
    return out;
  }

  private static List<Compound> load() {
    List<Compound> out = new ArrayList<>();
    try (InputStream in = Compounds.class.getResourceAsStream("compounds.txt")) {
      if (in == null) {
        throw new IllegalStateException("compounds.txt is missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        int bar = s.indexOf('|');
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        if (bar <= 0 || bar == s.length() - 1 || s.indexOf('|', bar + 1) >= 0) {
          throw new IllegalStateException("compounds.txt: '" + s + "' needs one '|' between "
              + "two words");
        }
        out.add(new Compound(s.replace("|", ""), bar));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
