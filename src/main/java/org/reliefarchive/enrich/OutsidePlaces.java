package org.reliefarchive.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reliefarchive.config.ConfigException;

/**
 * The divisions of Hong Kong, Macao and Taiwan, which are not tagged, read from the
 * china-division package's {@code HK-MO-TW.json}. Many of their districts share a name with a
 * mainland county (台北市大同區 and 大庆市大同区, 台北市松山區 and 赤峰市松山区, 花蓮縣吉安鄉 and
 * 江西吉安), so a mainland reading of such a name is dropped when the text places it outside the
 * mainland and nothing in the text supports the mainland reading: the name follows its Taiwan or
 * Hong Kong city (台北市大同區), that city or its territory is named elsewhere, or two or more
 * districts of one such city are named.
 */
final class OutsidePlaces {
  /** One division outside the mainland; {@code parent} is null for 香港, 澳门 and 台湾. */
  record Place(String name, Place parent) {
    boolean isWithin(Place other) {
      for (Place p = this; p != null; p = p.parent) {
        if (p == other) {
          return true;
        }
      }
      return false;
    }
  }

  /** Endings stripped from a territory's or city's name to make its short form. */
  private static final List<String> SHORT_ENDINGS = List.of("特别行政区", "省", "市", "县");

  private static final OutsidePlaces NONE = new OutsidePlaces(new LinkedHashMap<>());

  private final List<List<Place>> places;
  private final AhoCorasick automaton;

  private OutsidePlaces(Map<String, List<Place>> bySurface) {
    this.places = bySurface.values().stream().map(List::copyOf).toList();
    this.automaton = new AhoCorasick(List.copyOf(bySurface.keySet()));
  }

  /** No places: every mainland reading stands. */
  static OutsidePlaces none() {
    return NONE;
  }

  /**
   * Reads {@code file}: an object of territories, each an object of cities or areas, each a
   * list of district names (the layout of china-division's {@code HK-MO-TW.json}).
   *
   * @throws ConfigException if the file cannot be read or has another layout
   */
  static OutsidePlaces load(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new ConfigException(file, "cannot read it: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new ConfigException(file, "expected an object of territories, each an object of"
          + " cities holding lists of district names", null);
    }
    Map<String, List<Place>> bySurface = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> ts = root.fields(); ts.hasNext(); ) {
      Map.Entry<String, JsonNode> t = ts.next();
      Place territory = new Place(t.getKey(), null);
      addNames(bySurface, territory, true);
      if (!t.getValue().isObject()) {
        throw new ConfigException(file, "'" + t.getKey() + "' is not an object of cities", null);
      }
      for (Iterator<Map.Entry<String, JsonNode>> cs = t.getValue().fields(); cs.hasNext(); ) {
        Map.Entry<String, JsonNode> c = cs.next();
        Place city = new Place(c.getKey(), territory);
        addNames(bySurface, city, true);
        if (!c.getValue().isArray()) {
          throw new ConfigException(file, "'" + c.getKey() + "' is not a list of districts", null);
        }
        for (JsonNode d : c.getValue()) {
          // 嘉模堂区（氹仔）: the parish, and the island it is known by
          String text = d.asText().strip();
          int paren = text.indexOf('（');
          Place district = new Place(paren > 0 ? text.substring(0, paren) : text, city);
          addNames(bySurface, district, false);
          if (paren > 0 && text.endsWith("）") && text.length() - paren > 3) {
            add(bySurface, text.substring(paren + 1, text.length() - 1), district);
          }
        }
      }
    }
    return new OutsidePlaces(bySurface);
  }

  private static void addNames(Map<String, List<Place>> bySurface, Place place,
      boolean withShortForm) {
    add(bySurface, place.name(), place);
    if (withShortForm) {
      for (String ending : SHORT_ENDINGS) {
        String name = place.name();
        if (name.endsWith(ending) && name.length() - ending.length() >= 2) {
          add(bySurface, name.substring(0, name.length() - ending.length()), place);
          break;
        }
      }
    }
  }

  private static void add(Map<String, List<Place>> bySurface, String surface, Place place) {
    List<Place> list = bySurface.computeIfAbsent(surface, k -> new ArrayList<>());
    if (!list.contains(place)) {
      list.add(place);
    }
  }

  /**
   * Removes from {@code candidates} the mainland place names that, by the rules of this class,
   * name a place in Hong Kong, Macao or Taiwan.
   *
   * @param text the simplified text the candidates were found in
   * @param candidates mainland place names found in {@code text}, in text order; changed in place
   */
  void dropHomonyms(String text, List<RegionCandidate> candidates) {
    if (candidates.isEmpty() || places.isEmpty()) {
      return;
    }
    List<AhoCorasick.Match> matches = automaton.findAll(text);
    if (matches.isEmpty()) {
      return;
    }
    // every territory or city named anywhere (a district's own name names no ancestor)
    Set<Place> named = new HashSet<>();
    for (AhoCorasick.Match m : matches) {
      for (Place p : places.get(m.pattern())) {
        if (p.parent() == null || p.parent().parent() == null) {
          named.add(p);
        }
      }
    }
    Map<RegionCandidate, List<Place>> homonyms = new LinkedHashMap<>();
    for (RegionCandidate c : candidates) {
      List<Place> same = new ArrayList<>();
      for (AhoCorasick.Match m : matches) {
        if (m.start() == c.start && m.end() >= c.end) {
          same.addAll(places.get(m.pattern()));
        }
      }
      if (!same.isEmpty()) {
        homonyms.put(c, same);
      }
    }
    if (homonyms.isEmpty()) {
      return;
    }
    Set<RegionCandidate> drop = new HashSet<>();
    for (Map.Entry<RegionCandidate, List<Place>> e : homonyms.entrySet()) {
      RegionCandidate c = e.getKey();
      if (afterAncestor(matches, c, e.getValue())) {
        drop.add(c); // 台北市大同區, 花蓮縣吉安鄉
      } else if (!supported(c, candidates, homonyms)
          && (ancestorNamed(e.getValue(), named) || siblingNamed(c, e.getValue(), homonyms,
              text))) {
        drop.add(c);
      }
    }
    candidates.removeIf(drop::contains);
  }

  /** True when a territory or city above one of {@code same} ends right where {@code c} starts. */
  private boolean afterAncestor(List<AhoCorasick.Match> matches, RegionCandidate c,
      List<Place> same) {
    for (AhoCorasick.Match m : matches) {
      if (m.end() != c.start) {
        continue;
      }
      for (Place before : places.get(m.pattern())) {
        for (Place p : same) {
          if (p != before && p.isWithin(before)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean ancestorNamed(List<Place> same, Set<Place> named) {
    for (Place p : same) {
      for (Place a = p.parent(); a != null; a = a.parent()) {
        if (named.contains(a)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when another name, written differently, is a district of the same city. */
  private static boolean siblingNamed(RegionCandidate c, List<Place> same,
      Map<RegionCandidate, List<Place>> homonyms, String text) {
    String own = text.substring(c.start, c.end);
    for (Map.Entry<RegionCandidate, List<Place>> e : homonyms.entrySet()) {
      RegionCandidate other = e.getKey();
      if (other == c || text.substring(other.start, other.end).equals(own)) {
        continue;
      }
      for (Place p : same) {
        for (Place q : e.getValue()) {
          if (p != q && p.parent() != null && p.parent() == q.parent()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * True when another candidate, not itself a homonym, names a division above one of
   * {@code c}'s mainland readings (大庆 for 大同区).
   */
  private static boolean supported(RegionCandidate c, List<RegionCandidate> candidates,
      Map<RegionCandidate, List<Place>> homonyms) {
    for (RegionCandidate other : candidates) {
      if (other == c || homonyms.containsKey(other)) {
        continue;
      }
      for (RegionNames.Reading mine : c.readings) {
        for (RegionNames.Reading theirs : other.readings) {
          if (theirs.division() != mine.division()
              && mine.division().isWithin(theirs.division())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
