package org.reliefarchive.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reliefarchive.config.AgencyConfig;

/**
 * The agency step: finds agency words and body endings with one automaton, names the specific
 * bodies ({@link BodyNamer}), drops mentions that are places, partners or recipients rather than
 * actors ({@link AgencyRoles}), and records the types and bodies that remain. A party branch
 * right after another agency (残联党支部, 社区党支部) belongs to it and is not counted apart.
 */
final class AgencyTagger implements TagStep {
  /** What a matched text means: its type, whether it counts alone and whether it ends bodies. */
  private record Entry(int type, boolean word, boolean ending, boolean ignore) {}

  private final AgencyConfig config;
  private final List<Entry> entries = new ArrayList<>();
  private final AhoCorasick automaton;
  private final BodyNamer namer;
  private final AgencyRoles roles;

  AgencyTagger(AgencyConfig config) {
    this.config = config;
    Map<String, Entry> bySurface = new LinkedHashMap<>();
    for (String s : config.ignore()) {
      bySurface.put(s, new Entry(-1, false, false, true));
    }
    List<AgencyConfig.AgencyType> types = config.types();
    for (int t = 0; t < types.size(); t++) {
      AgencyConfig.AgencyType type = types.get(t);
      for (String w : type.words()) {
        bySurface.putIfAbsent(w, new Entry(t, true, type.endings().contains(w), false));
      }
      for (String e : type.endings()) {
        bySurface.putIfAbsent(e, new Entry(t, false, true, false));
      }
    }
    entries.addAll(bySurface.values());
    this.automaton = new AhoCorasick(List.copyOf(bySurface.keySet()));
    this.namer = new BodyNamer(config);
    this.roles = new AgencyRoles(config);
  }

  @Override
  public void tag(TagContext ctx) {
    List<AgencyConfig.AgencyType> types = config.types();
    Map<Integer, List<Mention>> typeMentions = new LinkedHashMap<>();
    Map<String, AgencyBody> bodies = new LinkedHashMap<>();
    int previousEnd = 0;
    boolean previousActing = true;
    for (AhoCorasick.Match m : automaton.findLongest(ctx.text)) {
      Entry e = entries.get(m.pattern());
      int floor = previousEnd;
      boolean chained = m.start() == previousEnd && previousEnd > 0;
      previousEnd = m.end();
      if (e.ignore() || chained) {
        continue;
      }
      AgencyConfig.AgencyType type = types.get(e.type());
      BodyNamer.Front front = e.ending() ? namer.front(ctx, m.start(), floor) : null;
      int start = front == null ? m.start() : front.start();
      // a body right after another agency word (街道办事处岳府街社区) shares its role
      boolean acting = floor > 0 && start == floor ? previousActing
          : !roles.notActing(ctx.text, start, m.end(), type.canBePlace());
      previousActing = acting;
      if (!acting) {
        continue;
      }
      if (front != null) {
        int nameStart = type.dropPlacePrefix() && front.placeEnd() >= 0
            && front.placeEnd() < m.start() ? front.placeEnd() : front.start();
        String name = ctx.text.substring(nameStart, m.end());
        Mention mention = ctx.mention(nameStart, m.end());
        AgencyBody old = bodies.get(name);
        List<Mention> ms = new ArrayList<>(old == null ? List.of() : old.mentions());
        ms.add(mention);
        bodies.put(name, new AgencyBody(name, type.type(), ms));
        typeMentions.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(mention);
      } else if (e.word() && !type.needsBody()) {
        typeMentions.computeIfAbsent(e.type(), k -> new ArrayList<>())
            .add(ctx.mention(m.start(), m.end()));
      }
    }
    List<AgencyTag> tags = new ArrayList<>();
    for (int t = 0; t < types.size(); t++) {
      List<Mention> ms = typeMentions.get(t);
      if (ms != null) {
        tags.add(new AgencyTag(types.get(t).type(), ms));
      }
    }
    ctx.agencies = tags;
    ctx.bodies = List.copyOf(bodies.values());
  }
}
