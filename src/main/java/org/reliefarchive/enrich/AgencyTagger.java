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
    boolean outsideMainland = ctx.regions.isEmpty() && outsideMainland(ctx.text);
    Map<Integer, List<Mention>> typeMentions = new LinkedHashMap<>();
    Map<String, AgencyBody> bodies = new LinkedHashMap<>();
    int previousEnd = 0;
    boolean previousActing = true;
    AgencyBody previousBody = null;
    int previousBodyStart = -1;
    for (AhoCorasick.Match m : automaton.findLongest(ctx.text)) {
      Entry e = entries.get(m.pattern());
      int floor = previousEnd;
      boolean chained = m.start() == previousEnd && previousEnd > 0;
      int gap = m.start() - previousEnd;
      previousEnd = m.end();
      if (e.ignore()) {
        continue;
      }
      // a body named right after another of the same type continues its name: a legal form
      // (苏豪控股集团有限公司), a branch or a subsidiary (TCL集团西安分公司, 雄安集团交通有限公司)
      if (previousBody != null && e.ending() && previousBodyStart >= 0
          && types.get(e.type()).type().equals(previousBody.type())
          && gap >= 0 && gap <= MAX_UNIT_GAP && allHan(ctx.text, m.end() - (m.end() - m.start())
              - gap, m.start()) && !boundaryBetween(ctx.text, m.start() - gap, m.start())) {
        String longer = ctx.text.substring(previousBodyStart, m.end());
        AgencyBody merged = new AgencyBody(longer, previousBody.type(),
            List.of(ctx.mention(previousBodyStart, m.end())));
        bodies.remove(previousBody.name());
        AgencyBody old = bodies.get(longer);
        List<Mention> ms = new ArrayList<>(old == null ? List.of() : old.mentions());
        ms.addAll(merged.mentions());
        bodies.put(longer, new AgencyBody(longer, previousBody.type(), ms));
        previousBody = bodies.get(longer);
        continue;
      }
      if (chained) {
        continue;
      }
      previousBody = null;
      previousBodyStart = -1;
      AgencyConfig.AgencyType type = types.get(e.type());
      if (outsideMainland && config.mainlandTypes().contains(type.type())) {
        continue; // 教育局 in a Hong Kong report is the Education Bureau there
      }
      BodyNamer.Front front = e.ending() ? namer.front(ctx, m.start(), floor) : null;
      if (front != null && type.canBePlace() && hasLatin(ctx.text, front.start(), m.start())) {
        continue; // Flarum社区, an online community, is no neighbourhood committee
      }
      int start = front == null ? m.start() : front.start();
      // a body right after another agency word (街道办事处岳府街社区) shares its role
      boolean acting = floor > 0 && start == floor ? previousActing
          : !roles.notActing(ctx.text, start, m.end(), type.canBePlace());
      previousActing = acting;
      if (!acting) {
        continue;
      }
      if (front != null && (startsWithAny(ctx.text, front.start(), config.foreignFronts())
          || startsWithAny(ctx.text, m.end(), config.titleAfter()))) {
        // a body abroad (加拿大记者协会) or inside a person's title (农机协会优秀工作者)
        continue;
      }
      if (front == null && e.word() && startsWithAny(ctx.text, m.end(), config.titleAfter())) {
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
        previousBody = bodies.get(name);
        previousBodyStart = nameStart;
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

  /** True when the text names two or more words of Hong Kong, Macao or Taiwan. */
  private boolean outsideMainland(String text) {
    int n = 0;
    for (String w : config.outsideMainland()) {
      for (int i = text.indexOf(w); i >= 0 && n < 2; i = text.indexOf(w, i + w.length())) {
        n++;
      }
    }
    return n >= 2;
  }

  private static boolean hasLatin(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
        return true;
      }
    }
    return false;
  }

  /** Most characters between two body names that make one name (集团 + 西安分 + 公司). */
  private static final int MAX_UNIT_GAP = 6;

  private static boolean allHan(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!BodyNamer.isHan(c) && !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }

  private boolean boundaryBetween(String text, int from, int to) {
    for (String b : config.boundaries()) {
      int i = text.indexOf(b, from);
      if (i >= 0 && i + b.length() <= to) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String text, int at, List<String> words) {
    for (String w : words) {
      if (text.startsWith(w, at)) {
        return true;
      }
    }
    return false;
  }
}
