package org.reliefarchive.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reliefarchive.config.AgencyConfig;

/**
 * Companies named by one word in Latin letters that no list holds, also in capitals (Hater,
 * Knowunity, ESR): a word is taken for a company where one of the type's {@code firm_frames},
 * which only firms stand in, follows it (Hater 的创始人 Brendan Alper, GIC旗下, Knowunity 总部位于),
 * and is then read like a well-known name: each of its mentions that one of the type's
 * {@code name_acts} follows is the company acting (Hater 将为你匹配, ESR在中国管理). A word seen in
 * no frame is left to the stricter reading of single capitalised words ({@code latin_acts}).
 */
final class LatinFirms {
  private final AgencyConfig.AgencyType type;

  LatinFirms(AgencyConfig.AgencyType type) {
    this.type = type;
  }

  /**
   * The spans {@code [start, end)} of the mentions of framed firms in {@code text} that an act
   * follows, in text order; empty when the type has no frames.
   */
  List<int[]> acting(String text) {
    List<int[]> out = new ArrayList<>();
    if (type.firmFrames().isEmpty()) {
      return out;
    }
    Set<String> firms = new HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      if (framed(text, m.end()) && !type.firmFrames().contains(m.group())) {
        firms.add(m.group());
      }
    }
    if (firms.isEmpty()) {
      return out;
    }
    for (m.reset(); m.find(); ) {
      if (firms.contains(m.group()) && actsAt(text, m.end())) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  /**
   * True when a frame follows {@code at}, after an optional space and an optional 的 (Hater 的创始人,
   * Knowunity 总部位于).
   */
  private boolean framed(String text, int at) {
    int i = skipSpace(text, at);
    if (RegionTagger.startsWithAny(text, i, type.firmFrames())) {
      return true;
    }
    if (i < text.length() && text.charAt(i) == '的') {
      return RegionTagger.startsWithAny(text, skipSpace(text, i + 1), type.firmFrames());
    }
    return false;
  }

  /**
   * True when one of the type's acts follows {@code at}, after an optional space, and is no frame:
   * a firm named as the owner of a product (MiniMax旗下的应用) or by its founder does not act.
   */
  private boolean actsAt(String text, int at) {
    int i = skipSpace(text, at);
    return !RegionTagger.startsWithAny(text, i, type.firmFrames())
        && (RegionTagger.startsWithAny(text, i, type.nameActs())
            || RegionTagger.startsWithAny(text, i, type.latinActs()));
  }

  private static int skipSpace(String text, int at) {
    return at < text.length() && text.charAt(at) == ' ' ? at + 1 : at;
  }

  /**
   * One word of Latin letters, capitalised (Hater) or in capitals of three or more (ESR, GIC), not
   * part of a longer word, a handle or a domain (Stride.vc, Booking.com).
   */
  private static final Pattern WORD = Pattern.compile(
      "(?<![A-Za-z0-9&'.@_-])(?:[A-Z][a-z][A-Za-z]*|[A-Z]{3,6})(?![A-Za-z0-9&'@_-]|\\.[A-Za-z])");
}
