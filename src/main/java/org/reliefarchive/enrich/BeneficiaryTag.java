package org.reliefarchive.enrich;

import java.util.List;

/**
 * A group of people a report's relief work is for (老年人, 儿童, 低保/困难群众 …).
 *
 * @param group the group, as named in {@code config/beneficiaries.yaml}
 * @param mentions where a word of the group was found
 */
public record BeneficiaryTag(String group, List<Mention> mentions) {

  /** Copies the mentions. */
  public BeneficiaryTag {
    mentions = List.copyOf(mentions);
  }
}
