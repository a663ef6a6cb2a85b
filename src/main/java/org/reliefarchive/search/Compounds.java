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
 * Compounds in which a search word is not the word it stands for: compounds of two words in
 * whose middle it falls (民政 in 人民|政府), and compounds that give a word another meaning (养老,
 * elderly care, in [养老]保险, pension insurance). A string search finds every occurrence of its
 * string, these included; the parser leaves them out. The list is {@code compounds.txt} beside
 * this class.
 */
public final class Compounds {
  private static final List<Compound> ALL = load();

  /**
   * A compound and the index of the character its second word starts at, or, for a compound
   * that changes the meaning of a word inside it, the start and end of that word (boundary -1).
   */
  private record Compound(String text, int boundary, int innerFrom, int innerTo) {
    /** Whether an occurrence of a word from {@code from} to {@code to} in it is not the word. */
    boolean breaks(int from, int to) {
      return boundary >= 0 ? from < boundary && boundary < to
          : from <= innerFrom && innerTo <= to;
    }
  }

  private Compounds() {}

  /**
   * The strings in which an occurrence of {@code word} (simplified, letters and digits only) is
   * not an occurrence of the word: it crosses the boundary of a listed compound, or holds the
   * word a compound gives another meaning (养老 → 养老保险). The compound when the word lies
   * inside it (民政 → 人民政府), the compound and the word together when the word runs past it
   * (民政协调 → 人民政协调). Empty for most words, and for words that hold a whole compound
   * (人民政府, 省人民政府, 养老保险).
   */
  public static List<String> straddledBy(String word) {
    List<String> out = new ArrayList<>();
    if (word.length() < 2) {
      return out;
    }
    for (Compound c : ALL) {
      String ct = c.text();
      // d: where the word starts, counted from the compound's start
      for (int d = 1 - word.length(); d < ct.length(); d++) {
        int from = Math.max(0, d);
        int to = Math.min(ct.length(), d + word.length());
        boolean holdsCompound = d <= 0 && d + word.length() >= ct.length();
        if (holdsCompound || !c.breaks(from, to)
            || !ct.regionMatches(from, word, from - d, to - from)) {
          continue;
        }
        String joined = (d < 0 ? word.substring(0, -d) : "") + ct
            + (d + word.length() > ct.length() ? word.substring(ct.length() - d) : "");
        if (!out.contains(joined)) {
          out.add(joined);
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
        int open = s.indexOf('[');
        int close = s.indexOf(']');
        if (open >= 0 || close >= 0) {
          // a compound that changes the meaning of the word in brackets: [养老]保险
          String text = s.replace("[", "").replace("]", "");
          if (bar >= 0 || close < open + 2 || s.indexOf('[', open + 1) >= 0
              || s.indexOf(']', close + 1) >= 0 || text.length() == close - 1) {
            throw new IllegalStateException("compounds.txt: '" + s + "' needs one word in "
                + "brackets inside a longer compound, and no '|'");
          }
          out.add(new Compound(text, -1, open, close - 1));
          continue;
        }
        if (bar <= 0 || bar == s.length() - 1 || s.indexOf('|', bar + 1) >= 0) {
          throw new IllegalStateException("compounds.txt: '" + s + "' needs one '|' between "
              + "two words");
        }
        out.add(new Compound(s.replace("|", ""), bar, -1, -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
