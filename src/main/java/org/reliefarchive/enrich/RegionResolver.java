package org.reliefarchive.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which division each place name stands for. A name with one reading that needs no
 * support stands. Otherwise the reading related to the most other resolved names wins (白云区
 * next to 广州 is 广州's); then, for a name that stands alone, the reading in the portal's home
 * province, and failing that what all its readings share (a province, say). Anything else stays
 * unresolved: no guess is tagged. A township counts as supported only by its city or county, not
 * by a province alone, which is too coarse to pick one 城关镇 out of hundreds. Support counts the
 * divisions that lend it, not their mentions: a city named ten times does not outvote the county
 * named right before the township (浙江义乌城西街道 is 义乌's, not 重庆's).
 */
final class RegionResolver {
  private static final int ROUNDS = 3;

  /** Resolves {@code candidates} in place. */
  void resolve(List<RegionCandidate> candidates, Division home) {
    for (RegionCandidate c : candidates) {
      if (c.readings.size() == 1 && !c.readings.get(0).needsSupport()) {
        c.resolved = c.readings.get(0).division();
      }
    }
    byContext(candidates);
    if (home != null) {
      for (RegionCandidate c : candidates) {
        if (c.resolved != null) {
          continue;
        }
        List<Division> inHome = new ArrayList<>();
        for (RegionNames.Reading r : c.readings) {
          // only names that stand alone: a short form still needs its context
          if (!r.needsSupport() && r.division().isWithin(home)) {
            inHome.add(r.division());
          }
        }
        if (inHome.size() == 1) {
          c.resolved = inHome.get(0);
        }
      }
      byContext(candidates);
    }
    for (RegionCandidate c : candidates) {
      if (c.resolved == null && !c.needsSupport() && c.readings.size() > 1) {
        Division shared = commonAncestor(c.readings);
        if (shared != null) {
          c.resolved = shared;
          c.shared = true;
        }
      }
    }
    dropStrays(candidates, home);
  }

  /**
   * Unresolves a county named alone in a province the text names nowhere else, when the text
   * is about another province (two or more of its places): 新安县 and 宜川县 in a history of
   * 雄安 name the counties of dynasties past, not 河南's or 陕西's of today. A report that goes
   * to a far county names its province or city as well (陕西宜川县).
   */
  private static void dropStrays(List<RegionCandidate> candidates, Division home) {
    // the distinct divisions resolved in each province
    Map<Division, Set<Division>> named = new HashMap<>();
    Map<Division, Integer> mentions = new HashMap<>();
    for (RegionCandidate c : candidates) {
      if (c.resolved != null) {
        named.computeIfAbsent(c.resolved.province(), k -> new HashSet<>()).add(c.resolved);
        mentions.merge(c.resolved.province(), 1, Integer::sum);
      }
    }
    for (RegionCandidate c : candidates) {
      Division d = c.resolved;
      if (d == null || d.level() != RegionLevel.COUNTY || c.inTitle
          || (home != null && d.isWithin(home))) {
        continue;
      }
      Division province = d.province();
      boolean alone = named.get(province).size() == 1;
      boolean elsewhere = mentions.entrySet().stream()
          .anyMatch(e -> e.getKey() != province && e.getValue() >= 2);
      if (alone && elsewhere) {
        c.resolved = null;
      }
    }
  }


  private void byContext(List<RegionCandidate> candidates) {
    for (int round = 0; round < ROUNDS; round++) {
      boolean changed = false;
      for (RegionCandidate c : candidates) {
        if (c.resolved != null) {
          continue;
        }
        Division best = null;
        int bestScore = 0;
        boolean tie = false;
        for (RegionNames.Reading r : c.readings) {
          int score = support(r, c, candidates);
          if (score > bestScore) {
            best = r.division();
            bestScore = score;
            tie = false;
          } else if (score == bestScore && score > 0 && r.division() != best) {
            tie = true;
          }
        }
        if (best != null && !tie) {
          c.resolved = best;
          changed = true;
        }
      }
      if (!changed) {
        return;
      }
    }
  }

  /**
   * How many other resolved names support reading {@code r}: lie above, below or on it. A
   * township needs its city or county (a municipality for its towns); a two-character county short form needs its city (a
   * municipality for its districts), itself, a township of it, or a province name right before
   * it (甘肃灵台).
   */
  private static int support(RegionNames.Reading r, RegionCandidate self,
      List<RegionCandidate> all) {
    Division d = r.division();
    // two-character county short forms spell words (党和政府 → 和政); longer ones are distinctive
    // enough for a province to support them (新疆 … 霍尔果斯)
    boolean countyShort = d.level() == RegionLevel.COUNTY && r.kind() == RegionNames.Kind.SHORT
        && self.end - self.start <= 2;
    Set<Division> lenders = new HashSet<>();
    for (RegionCandidate other : all) {
      Division o = other.resolved;
      if (other == self || o == null || other.shared) {
        continue;
      }
      boolean related;
      if (d.level() == RegionLevel.TOWN) {
        // a municipality is the city of its towns (上海 … 朱家角)
        related = d.isWithin(o)
            && (o.level() != RegionLevel.PROVINCE || d.parent().parent() == o);
      } else if (countyShort) {
        related = o.isWithin(d)
            || (d.isWithin(o) && (o.level() != RegionLevel.PROVINCE || o == d.parent()))
            || (d.isWithin(o) && other.end == self.start);
      } else {
        related = d.isWithin(o) || o.isWithin(d);
      }
      if (related) {
        lenders.add(o);
      }
    }
    return lenders.size();
  }


  private static Division commonAncestor(List<RegionNames.Reading> readings) {
    Division common = readings.get(0).division();
    for (RegionNames.Reading r : readings) {
      while (common != null && !r.division().isWithin(common)) {
        common = common.parent();
      }
    }
    return common;
  }
}
