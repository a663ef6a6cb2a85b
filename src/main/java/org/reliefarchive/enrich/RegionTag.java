package org.reliefarchive.enrich;

import java.util.List;

/**
 * A region a report is about, as a path of full names ("广东省/广州市/白云区"). A report gets one
 * tag per level: a tag for 永平街道 comes with tags for 白云区, 广州市 and 广东省.
 *
 * @param path full names from the province down, joined by '/'
 * @param level the level of the last name
 * @param implied true when the text never names this division itself and it is implied by a
 *     division below it (or by a name all of whose readings lie within it)
 * @param mentions where the division is named; for an implied tag, the mentions that imply it
 */
public record RegionTag(String path, RegionLevel level, boolean implied, List<Mention> mentions) {

  /** Copies the mentions. */
  public RegionTag {
    mentions = List.copyOf(mentions);
  }
}
