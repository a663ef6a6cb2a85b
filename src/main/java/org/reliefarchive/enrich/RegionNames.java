package org.reliefarchive.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.reliefarchive.config.RegionAliasConfig;
import org.reliefarchive.config.RegionConfig;

/**
 * Every text that names a division: full names, short forms derived by rule (甘肃省 → 甘肃,
 * 醴陵市 → 醴陵, 永平街道 → 永平街) and the hand-listed aliases, each with the divisions it may
 * stand for. Built once from the gazetteer and the config; immutable.
 */
final class RegionNames {
  /** How a text names a division. */
  enum Kind {
    FULL,
    SHORT,
    ALIAS,
    /** An alias naming several divisions at once (京津冀): each reading is named. */
    EACH,
    /** A name on the stoplist: a place only right after a division above it (云南大理, 嘉兴南湖). */
    STOPPED
  }

  /**
   * One possible reading of a name.
   *
   * @param division the division it would name
   * @param kind how the name was made
   * @param needsSupport true when the reading counts only with a related division co-mentioned
   * @param arrival true for an arrival alias (来蓉, 返穗): a place right before it is an origin
   */
  record Reading(Division division, Kind kind, boolean needsSupport, boolean arrival) {}

  /** Characters that, first in a two-character name, also begin ordinary phrases. */
  private static final String FUNCTION_FIRST = "和与及在对向从为于把被由到";

  private final List<String> surfaces;
  private final List<List<Reading>> readings;
  private final boolean[] needsSupport;
  private final boolean[] stoppedOnly;

  RegionNames(Gazetteer gazetteer, RegionConfig config, RegionAliasConfig aliases) {
    Set<String> stop = new HashSet<>(config.stoplist());
    Map<String, List<Reading>> full = new LinkedHashMap<>();
    Map<String, List<Reading>> shortForms = new LinkedHashMap<>();
    List<String> endings = new ArrayList<>(config.shortFormEndings());
    endings.sort(Comparator.comparingInt(String::length).reversed());
    Pattern ethnic = ethnicTail(config.ethnicNames());
    Map<String, List<Reading>> stopped = new LinkedHashMap<>();
    for (Division d : gazetteer.divisions()) {
      String name = d.name();
      String shortForm = shortForm(d, config, endings, ethnic);
      for (String form : new String[] {name, shortForm}) {
        if (form != null && stop.contains(form) && form.length() >= config.minShortLength()) {
          stopped.computeIfAbsent(form, k -> new ArrayList<>())
              .add(new Reading(d, Kind.STOPPED, true, false));
        }
      }
      if (!stop.contains(name)) {
        // a two-character name opening with a function character is also plain text
        // (市和县两级, 在县里): it counts only with its city or province
        boolean wordLike = name.length() == 2 && FUNCTION_FIRST.indexOf(name.charAt(0)) >= 0;
        full.computeIfAbsent(name, k -> new ArrayList<>())
            .add(new Reading(d, Kind.FULL, d.level() == RegionLevel.TOWN || wordLike, false));
      }
      if (shortForm != null && shortForm.length() >= config.minShortLength()
          && !stop.contains(shortForm)) {
        boolean needsSupport = d.level() == RegionLevel.COUNTY || d.level() == RegionLevel.TOWN;
        shortForms.computeIfAbsent(shortForm, k -> new ArrayList<>())
            .add(new Reading(d, Kind.SHORT, needsSupport, false));
      }
    }
    Map<String, List<Reading>> all = new LinkedHashMap<>(full);
    for (Map.Entry<String, List<Reading>> e : shortForms.entrySet()) {
      if (full.containsKey(e.getKey())) {
        continue; // a full name wins over a short form that happens to spell it
      }
      // 吉林 is 吉林省 before 吉林市, 海南 海南省 before 海南藏族自治州
      int top = e.getValue().stream().mapToInt(r -> r.division().depth()).min().orElse(0);
      all.put(e.getKey(),
          e.getValue().stream().filter(r -> r.division().depth() == top).toList());
    }
    for (Map.Entry<String, List<Reading>> e : stopped.entrySet()) {
      // as for short forms, the higher division first: 青海玉树 is 玉树藏族自治州, not its seat
      // 玉树市, which the province would support as much and so leave the name unread
      int top = e.getValue().stream().mapToInt(r -> r.division().depth()).min().orElse(0);
      all.putIfAbsent(e.getKey(),
          e.getValue().stream().filter(r -> r.division().depth() == top).toList());
    }
    for (RegionAliasConfig.Alias alias : aliases.aliases()) {
      Kind kind = alias.targets().size() > 1 ? Kind.EACH : Kind.ALIAS;
      List<Division> targets = new ArrayList<>();
      for (String path : alias.targets()) {
        Division target = gazetteer.byPath(path);
        if (target == null) {
          throw new IllegalArgumentException("aliases target '" + path + "' is not a path of"
              + " the gazetteer (full names joined by '/', e.g. 广东省/广州市)");
        }
        targets.add(target);
      }
      for (String form : alias.forms()) {
        boolean arrival = config.arrivalPrefixes().stream().anyMatch(form::startsWith);
        all.put(form, targets.stream()
            .map(t -> new Reading(t, kind, alias.needsSupport(), arrival)).toList());
      }
    }
    for (String place : config.outsideMainland()) {
      all.put(place, List.of()); // matched so that the mainland name inside it is not
    }
    this.surfaces = List.copyOf(all.keySet());
    this.readings = all.values().stream().map(List::copyOf).toList();
    this.needsSupport = new boolean[readings.size()];
    this.stoppedOnly = new boolean[readings.size()];
    for (int i = 0; i < needsSupport.length; i++) {
      needsSupport[i] = !readings.get(i).isEmpty()
          && readings.get(i).stream().allMatch(Reading::needsSupport);
      stoppedOnly[i] = !readings.get(i).isEmpty()
          && readings.get(i).stream().allMatch(r -> r.kind() == Kind.STOPPED);
    }
  }

  /** True when every reading of surface {@code i} is a stoplisted name. */
  boolean stoppedOnly(int i) {
    return stoppedOnly[i];
  }

  /** True when every reading of surface {@code i} needs support. */
  boolean needsSupport(int i) {
    return needsSupport[i];
  }

  /** The texts to match; index i has the readings {@link #readings(int)}. */
  List<String> surfaces() {
    return surfaces;
  }

  /** The readings of surface {@code i}. */
  List<Reading> readings(int i) {
    return readings.get(i);
  }

  private static String shortForm(Division d, RegionConfig config, List<String> endings,
      Pattern ethnic) {
    String name = d.name();
    if (d.level() == RegionLevel.TOWN) {
      // 永平街道 is written 永平街, 朱家角镇 朱家角; townships (乡) keep their ending
      if (name.endsWith("街道") && name.length() >= 4) {
        return name.substring(0, name.length() - 1);
      }
      // a two-character town short form (高峰, 新场) is too often a word
      return name.endsWith("镇") && name.length() >= 4 ? name.substring(0, name.length() - 1)
          : null;
    }
    if (d.level() == RegionLevel.COUNTY
        && config.countyShortForms().stream().noneMatch(name::endsWith)) {
      return null;
    }
    for (String ending : endings) {
      if (name.endsWith(ending) && name.length() > ending.length()) {
        String stem = name.substring(0, name.length() - ending.length());
        String bare = ethnic.matcher(stem).replaceFirst("");
        // a people's name that leaves less than a name is part of the place's own name
        // (内蒙古自治区 is 内蒙古, not 内)
        return bare.length() < config.minShortLength() ? stem : bare;
      }
    }
    return null;
  }

  private static Pattern ethnicTail(List<String> names) {
    StringBuilder alternatives = new StringBuilder();
    for (String n : names) {
      if (alternatives.length() > 0) {
        alternatives.append('|');
      }
      // a one-character people (回, 藏, 白) is stripped only together with 族
      alternatives.append(Pattern.quote(n)).append(n.length() == 1 ? "族" : "族?");
    }
    return Pattern.compile("(?:" + alternatives + ")+$");
  }
}
