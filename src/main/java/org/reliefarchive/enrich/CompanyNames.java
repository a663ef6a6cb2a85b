package org.reliefarchive.enrich;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.reliefarchive.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Names of companies from a list of listed companies (a type's {@code names_file}), kept only
 * where a name cannot be read otherwise in a text. A list of stock names holds everyday words
 * (太阳能), places (张家界) and descriptions (中国医药: the medicine of China, 上海机场: the airport
 * of Shanghai) as well as names; such a name would fire on text that names no company, so it is
 * dropped by a general rule, not by hand: a name is kept when it has three characters or more, is
 * not a word of SmartCN's dictionary, is not a place, is not a place followed by one word, and does
 * not end with an ending of its type (招商银行 is read as a body by its ending 银行). A listed name
 * ending with 股份, 控股 or 集团 (通威股份, 比亚迪股份) is also tried without it, as news write it.
 */
final class CompanyNames {
  private static final Logger LOG = LoggerFactory.getLogger(CompanyNames.class);

  /** Words a listing adds after the name news write (比亚迪股份 → 比亚迪). */
  private static final List<String> LISTING_ENDINGS = List.of("股份", "控股", "集团");

  /** Fewest characters of a kept name: a two-character name is most often a word (小米, 京东). */
  static final int MIN_LENGTH = 3;

  /** How many names each rule dropped. */
  record Counts(int listed, int kept, int shortNames, int words, int places, int described,
      int endings) {}

  private final List<String> kept;
  private final Counts counts;

  private CompanyNames(List<String> kept, Counts counts) {
    this.kept = List.copyOf(kept);
    this.counts = counts;
  }

  /**
   * Reads the names of {@code file}, one a line; blank lines and lines starting with {@code #}
   * are skipped.
   *
   * @throws ConfigException if the file cannot be read
   */
  static List<String> read(Path file) {
    List<String> names = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new ConfigException(file, "cannot read the list of names: " + e.getMessage(), e);
    }
    return names;
  }

  /**
   * The names of {@code listed} that read as nothing but a company.
   *
   * @param listed names as listed
   * @param places every place name (full, short and alias forms): a name that is one is dropped
   * @param fronts places that make a description with the one word after them (中国, 上海)
   * @param endings endings of the type's body names: a name ending with one is left to them
   */
  static CompanyNames readable(List<String> listed, Set<String> places, Set<String> fronts,
      List<String> endings) {
    Set<String> kept = new LinkedHashSet<>();
    int shortNames = 0;
    int words = 0;
    int placeNames = 0;
    int described = 0;
    int byEnding = 0;
    for (String name : listed) {
      for (String form : forms(name)) {
        if (endings.stream().anyMatch(form::endsWith)) {
          byEnding++;
        } else if (form.length() < MIN_LENGTH) {
          shortNames++;
        } else if (places.contains(form)) {
          placeNames++;
        } else {
          List<String> parts = WordSplit.words(form);
          if (parts.size() == 1) {
            words++;
          } else if (parts.size() == 2 && fronts.contains(parts.get(0))) {
            described++;
          } else {
            kept.add(form);
          }
        }
      }
    }
    Counts counts = new Counts(listed.size(), kept.size(), shortNames, words, placeNames,
        described, byEnding);
    return new CompanyNames(new ArrayList<>(kept), counts);
  }

  /** The name as listed and, where it ends with a listing's word, the name without it. */
  private static List<String> forms(String name) {
    for (String ending : LISTING_ENDINGS) {
      if (name.endsWith(ending) && name.length() > ending.length()) {
        return List.of(name, name.substring(0, name.length() - ending.length()));
      }
    }
    return List.of(name);
  }

  /** The names kept, in the order of the list. */
  List<String> names() {
    return kept;
  }

  Counts counts() {
    return counts;
  }

  /** Logs what the rule kept and dropped from {@code file}. */
  void log(String file) {
    LOG.info("{}: {} names listed, {} kept; dropped {} of fewer than {} characters, {} words of"
        + " the dictionary, {} places, {} places followed by one word, {} ending as a body"
        + " name does", file, counts.listed(), counts.kept(), counts.shortNames(), MIN_LENGTH,
        counts.words(), counts.places(), counts.described(), counts.endings());
  }
}
