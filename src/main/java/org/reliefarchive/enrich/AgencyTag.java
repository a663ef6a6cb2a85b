package org.reliefarchive.enrich;

import java.util.List;

/**
 * An agency type acting in a report (残联, 民政, 街道/社区 …).
 *
 * @param type the type, as named in {@code config/agencies.yaml}
 * @param mentions where the type is named: its words and the specific bodies of the type
 */
public record AgencyTag(String type, List<Mention> mentions) {

  /** Copies the mentions. */
  public AgencyTag {
    mentions = List.copyOf(mentions);
  }
}
