package org.reliefarchive.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns resolved place names into region tags, one per level, and picks the primary region:
 * from the top, the division with the most mentions in its subtree (ties: first mentioned), then
 * down into its busiest child as long as that child holds more than half of the mentions below
 * its parent. A report about one street of one district ends at the street; a report spread
 * over four cities of one province ends at the province.
 */
final class RegionTagBuilder {
  private final int minStreetMentions;

  RegionTagBuilder(int minStreetMentions) {
    this.minStreetMentions = minStreetMentions;
  }

  void build(TagContext ctx, List<RegionCandidate> candidates) {
    Map<Division, List<Mention>> direct = new LinkedHashMap<>();
    Map<Division, List<Mention>> evidence = new HashMap<>();
    Map<Division, Boolean> inTitle = new HashMap<>();
    for (RegionCandidate c : candidates) {
      if (c.resolved == null) {
        continue;
      }
      Mention m = ctx.mention(c.start, c.end);
      if (c.shared) {
        evidence.computeIfAbsent(c.resolved, k -> new ArrayList<>()).add(m);
      } else {
        direct.computeIfAbsent(c.resolved, k -> new ArrayList<>()).add(m);
        inTitle.merge(c.resolved, c.inTitle, Boolean::logicalOr);
      }
    }
    // a township named once in passing is left out; its county is still implied by it
    Set<Division> emitted = new LinkedHashSet<>();
    Map<Division, List<Mention>> implying = new HashMap<>();
    List<Division> sources = new ArrayList<>(direct.keySet());
    sources.addAll(evidence.keySet());
    for (Division d : sources) {
      List<Mention> ms = direct.containsKey(d) ? direct.get(d) : evidence.get(d);
      boolean passing = d.level() == RegionLevel.TOWN && direct.containsKey(d)
          && ms.size() < minStreetMentions && !inTitle.get(d);
      Division from = passing ? d.parent() : d;
      if (!passing && direct.containsKey(d)) {
        emitted.add(d);
      }
      for (Division a = from; a != null; a = a.parent()) {
        emitted.add(a);
        if (a != d || !direct.containsKey(d)) {
          implying.computeIfAbsent(a, k -> new ArrayList<>()).addAll(ms);
        }
      }
    }
    List<Division> ordered = new ArrayList<>(emitted);
    ordered.sort(Comparator.comparingInt(Division::depth).thenComparing(Division::path));
    List<RegionTag> tags = new ArrayList<>();
    for (Division d : ordered) {
      List<Mention> own = direct.get(d);
      List<Mention> ms = own != null ? own : sorted(implying.get(d));
      tags.add(new RegionTag(d.path(), d.level(), own == null, ms));
    }
    ctx.regions = tags;
    ctx.primaryRegion = primary(ordered, direct);
  }

  private static List<Mention> sorted(List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(new LinkedHashSet<>(mentions));
    out.sort(Comparator.comparingInt(Mention::start));
    return out;
  }

  private static String primary(List<Division> tagged, Map<Division, List<Mention>> direct) {
    if (tagged.isEmpty()) {
      return null;
    }
    Map<Division, Integer> count = new HashMap<>();
    Map<Division, Integer> first = new HashMap<>();
    for (Map.Entry<Division, List<Mention>> e : direct.entrySet()) {
      int n = e.getValue().size();
      int at = e.getValue().get(0).start();
      for (Division a = e.getKey(); a != null; a = a.parent()) {
        if (tagged.contains(a)) {
          count.merge(a, n, Integer::sum);
          first.merge(a, at, Math::min);
        }
      }
    }
    Comparator<Division> busiest = Comparator.<Division>comparingInt(
        d -> -count.getOrDefault(d, 0)).thenComparingInt(
        d -> first.getOrDefault(d, Integer.MAX_VALUE));
    Division top = tagged.stream().filter(d -> d.parent() == null).min(busiest).orElse(null);
    if (top == null) {
      return null;
    }
    Division at = top;
    while (true) {
      Division parent = at;
      Division best = tagged.stream().filter(d -> d.parent() == parent).min(busiest)
          .orElse(null);
      if (best == null
          || count.getOrDefault(best, 0) * 2 <= count.getOrDefault(parent, 0)) {
        return at.path();
      }
      at = best;
    }
  }
}
