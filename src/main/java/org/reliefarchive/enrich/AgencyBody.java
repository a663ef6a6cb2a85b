package org.reliefarchive.enrich;

import java.util.List;

/**
 * A specific agency named in a report: a place or organisation name and an agency ending
 * (醴陵市民政局, 张掖市聋人协会, 齿轮厂社区).
 *
 * @param name the name in simplified characters (錦江區婦聯 → 锦江区妇联)
 * @param type its agency type
 * @param mentions where it is named
 */
public record AgencyBody(String name, String type, List<Mention> mentions) {

  /** Copies the mentions. */
  public AgencyBody {
    mentions = List.copyOf(mentions);
  }
}
