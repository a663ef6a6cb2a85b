package org.reliefarchive.config;

import java.util.List;

/**
 * {@code config/regions/aliases.yaml}: abbreviations and nicknames of places that no rule derives
 * (穗 for 广州, 陇 for 甘肃), each listed only in forms whose context makes it unambiguous.
 *
 * @param aliases the abbreviations
 */
public record RegionAliasConfig(List<Alias> aliases) {

  /** Copies the list. */
  public RegionAliasConfig {
    aliases = Check.list(aliases);
  }

  /**
   * One abbreviation.
   *
   * @param target the division it stands for, as a path of full names ("广东省/广州市"); or
   * @param targets the divisions a form names all at once (京津冀: 北京市, 天津市, 河北省)
   * @param forms the exact texts matched (返穗, 来穗, 在穗 …), each unambiguous by itself
   * @param needsSupport true when a form counts only if a parent or child of the target is also
   *     mentioned (金城 is 兰州 only next to 甘肃 or a district of 兰州)
   */
  public record Alias(String target, List<String> targets, List<String> forms,
      boolean needsSupport) {

    /** Checks the targets and the forms; {@link #targets} holds the single target too. */
    public Alias {
      if (target != null && targets != null) {
        throw new IllegalArgumentException("aliases entry with target '" + target + "' has"
            + " targets as well; give one of them");
      }
      targets = target != null ? List.of(Check.notBlank("aliases.target", target).strip())
          : RegionConfig.words("aliases.targets", targets);
      if (targets.isEmpty()) {
        throw new IllegalArgumentException("aliases entry of forms " + forms + " has no target;"
            + " give target (one division) or targets (several)");
      }
      forms = RegionConfig.words("aliases.forms", forms);
      if (forms.isEmpty()) {
        throw new IllegalArgumentException("aliases.forms of '" + targets + "' is empty; list at"
            + " least one form");
      }
    }
  }
}
