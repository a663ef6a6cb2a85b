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
   * @param target the division it stands for, as a path of full names ("广东省/广州市")
   * @param forms the exact texts matched (返穗, 来穗, 在穗 …), each unambiguous by itself
   * @param needsSupport true when a form counts only if a parent or child of the target is also
   *     mentioned (金城 is 兰州 only next to 甘肃 or a district of 兰州)
   */
  public record Alias(String target, List<String> forms, boolean needsSupport) {

    /** Checks the target and the forms. */
    public Alias {
      Check.notBlank("aliases.target", target);
      forms = RegionConfig.words("aliases.forms", forms);
      if (forms.isEmpty()) {
        throw new IllegalArgumentException("aliases.forms of '" + target + "' is empty; list at"
            + " least one form");
      }
    }
  }
}
