package org.reliefarchive.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reliefarchive.config.BeneficiaryConfig;

/**
 * The beneficiary step: one automaton over the words of every group; where words overlap the
 * longest wins (困难残疾人 is 残疾人, not also 低保/困难群众), and a word listed under several
 * groups names each of them (残疾儿童). With help words configured, a group word counts only in a
 * sentence that also holds one (慰问困难群众, 为留守儿童送去…): 进敬老院是一种悲哀 or 儿童聚会 name
 * people who receive nothing.
 */
final class BeneficiaryTagger implements TagStep {
  private final List<String> groups;
  /** For each pattern, the indexes of its groups; empty for an ignored phrase. */
  private final List<List<Integer>> groupsOf = new ArrayList<>();
  private final AhoCorasick automaton;
  /** The help words, or null when every group word counts. */
  private final AhoCorasick help;

  /** Characters that end a sentence, for the help-word window. */
  private static final String SENTENCE_ENDS = "。！？!?；;\n";

  BeneficiaryTagger(BeneficiaryConfig config) {
    this.help = config.helpWords().isEmpty() ? null : new AhoCorasick(config.helpWords());
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
    List<AhoCorasick.Match> helpWords = help == null ? null : help.findAll(ctx.text);
    for (AhoCorasick.Match m : automaton.findLongest(ctx.text)) {
      if (helpWords != null && !groupsOf.get(m.pattern()).isEmpty()
          && !helpInSentence(ctx.text, m, helpWords)) {
        continue;
      }
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

  /** True when a help word lies in the sentence holding {@code m} (and outside the match). */
  private static boolean helpInSentence(String text, AhoCorasick.Match m,
      List<AhoCorasick.Match> helpWords) {
    int from = m.start();
    while (from > 0 && SENTENCE_ENDS.indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    int to = m.end();
    while (to < text.length() && SENTENCE_ENDS.indexOf(text.charAt(to)) < 0) {
      to++;
    }
    for (AhoCorasick.Match h : helpWords) {
      if (h.start() >= from && h.end() <= to && (h.end() <= m.start() || h.start() >= m.end())) {
        return true;
      }
    }
    return false;
  }
}
