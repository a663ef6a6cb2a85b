package org.reliefarchive.config;

import java.util.List;

/**
 * {@code config/beneficiaries.yaml}: beneficiary groups and the words that name them. The longest
 * word wins where words overlap, so 困难残疾人 can belong to 残疾人 alone while 困难 names
 * 低保/困难群众; a word listed under two groups names both (残疾儿童).
 *
 * @param groups the groups, in the order they are reported
 * @param ignore phrases that contain a group word but name no beneficiaries (妇女联合会, 儿童节);
 *     matched and dropped
 * @param helpWords words of help, services or benefits (慰问, 救助, 补贴, 免费 …); when not empty, a
 *     group word counts only in a clause that holds one of them, so the people of a story, a
 *     film or a survey answer who receive nothing are not beneficiaries; null is empty
 * @param notHelp phrases that contain a help word but give no help (一帮 a bunch, 帮派 a gang);
 *     null is empty
 * @param staff words for the people who work somewhere (员工, 工作人员); a group word followed
 *     by one within a few characters of its clause names the staff of a place for the group
 *     (安老院舍三万多名员工), not the group; null is empty
 * @param nameEndings endings of the names of offices, committees, societies and courses; a group
 *     word followed by one, right away or after a few characters of the same name (儿童局,
 *     妇女儿童工作委员会, 养老服务管理专业), is part of that name, not the group; null is empty
 * @param givers words of giving; a group word followed by one, right away or through 们, 的 and
 *     爱心 (两位老人的爱心捐款), or through 为 and the rest of its clause (老人为校庆捐款), names the
 *     givers, not people helped; null is empty
 */
public record BeneficiaryConfig(List<Group> groups, List<String> ignore, List<String> helpWords,
    List<String> notHelp, List<String> staff, List<String> nameEndings, List<String> givers) {

  /** Checks and copies the lists. */
  public BeneficiaryConfig {
    groups = Check.list(groups);
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("groups is empty; list at least one group");
    }
    ignore = RegionConfig.words("ignore", ignore);
    helpWords = RegionConfig.words("help_words", helpWords == null ? List.of() : helpWords);
    notHelp = RegionConfig.words("not_help", notHelp == null ? List.of() : notHelp);
    staff = RegionConfig.words("staff", staff == null ? List.of() : staff);
    nameEndings = RegionConfig.words("name_endings", nameEndings == null ? List.of()
        : nameEndings);
    givers = RegionConfig.words("givers", givers == null ? List.of() : givers);
  }

  /**
   * One group.
   *
   * @param group its name, the facet value (老年人, 儿童 …)
   * @param words the words that name it (独居老人, 空巢老人, 长者 → 老年人)
   * @param helpPhrases phrases that name the group as receiving help (慰问医护人员, 为医护人员):
   *     they count on their own, with no other help word in their clause; null is empty
   */
  public record Group(String group, List<String> words, List<String> helpPhrases) {

    /** Checks the name and the words. */
    public Group {
      Check.notBlank("groups.group", group);
      words = RegionConfig.words("groups.words", words);
      helpPhrases = RegionConfig.words("groups.help_phrases",
          helpPhrases == null ? List.of() : helpPhrases);
      if (words.isEmpty() && helpPhrases.isEmpty()) {
        throw new IllegalArgumentException("groups entry '" + group + "' has no words");
      }
    }
  }
}
