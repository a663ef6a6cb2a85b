package org.reliefarchive.enrich;

import java.util.List;
import org.reliefarchive.config.AgencyConfig;

/**
 * Tells an acting agency from one the report only visits, works with or helps: 来到马放塘社区 is a
 * place, 与成华区民政局配合 and 对接卫健局 name partners, 慰问疾控中心 a recipient. Looks only at the
 * clause of the mention (text between ，。；！？ and line breaks).
 */
final class AgencyRoles {
  private static final String CLAUSE_ENDS = "，。；！？,;!?\n：:";

  private final AgencyConfig config;

  AgencyRoles(AgencyConfig config) {
    this.config = config;
  }

  /** True when the mention at {@code [start, end)} is not an actor. */
  boolean notActing(String text, int start, int end, boolean canBePlace) {
    int clauseStart = start;
    while (clauseStart > 0 && CLAUSE_ENDS.indexOf(text.charAt(clauseStart - 1)) < 0) {
      clauseStart--;
    }
    int clauseEnd = end;
    while (clauseEnd < text.length() && CLAUSE_ENDS.indexOf(text.charAt(clauseEnd)) < 0) {
      clauseEnd++;
    }
    String before = text.substring(clauseStart, start);
    String after = text.substring(end, clauseEnd);
    if (canBePlace && endsWithAny(before, config.placeBefore())) {
      return true;
    }
    if (containsAny(before, config.passiveBefore())) {
      return true;
    }
    if (containsAny(before, config.orderWith()) && containsAny(after, config.orderAfter())) {
      return true; // 按照简阳市委市政府统一部署: the source of the orders, not an actor
    }
    return containsAny(before, config.partnerWith()) && containsAny(after, config.partnerAfter());
  }

  private static boolean endsWithAny(String s, List<String> words) {
    return words.stream().anyMatch(s::endsWith);
  }

  private static boolean containsAny(String s, List<String> words) {
    return words.stream().anyMatch(s::contains);
  }
}
