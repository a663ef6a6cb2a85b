package org.reliefarchive.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reliefarchive.config.BeneficiaryConfig;

/**
 * The beneficiary step: one automaton over the words of every group; where words overlap the
 * longest wins (困难残疾人 is 残疾人, not also 低保/困难群众), and a word listed under several
 * groups names each of them (残疾儿童).
 */
final class BeneficiaryTagger implements TagStep {
  private final List<String> groups;
  /** For each pattern, the indexes of its groups; empty for an ignored phrase. */
  private final List<List<Integer>> groupsOf = new ArrayList<>();
  private final AhoCorasick automaton;

  BeneficiaryTagger(BeneficiaryConfig config) {
    this.groups = config.groups().stream().map(BeneficiaryConfig.Group::group).toList();
    Map<String, List<Integer>> byWord = new LinkedHashMap<>();
    for (String s : config.ignore()) {
      byWord.put(s, new ArrayList<>());
    }
    for (int g = 0; g < config.groups().size(); g++) {
      for (String w : config.groups().get(g).words()) {
        List<Integer> gs = byWord.computeIfAbsent(w, k -> new ArrayList<>());
        if (!gs.contains(g) && !config.ignore().contains(w)) {
          gs.add(g);
        }
      }
    }
    groupsOf.addAll(byWord.values());
    this.automaton = new AhoCorasick(List.copyOf(byWord.keySet()));
  }

  @Override
  public void tag(TagContext ctx) {
    Map<Integer, List<Mention>> found = new LinkedHashMap<>();
    for (AhoCorasick.Match m : automaton.findLongest(ctx.text)) {
      for (int g : groupsOf.get(m.pattern())) {
        found.computeIfAbsent(g, k -> new ArrayList<>()).add(ctx.mention(m.start(), m.end()));
      }
    }
    List<BeneficiaryTag> tags = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      if (found.containsKey(g)) {
        tags.add(new BeneficiaryTag(groups.get(g), found.get(g)));
      }
    }
    ctx.beneficiaries = tags;
  }
}
