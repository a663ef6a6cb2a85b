package org.reliefarchive.config;

import java.util.List;
import java.util.Locale;

/**
 * When a re-crawl fetches an article it has captured before. List pages (seeds, sections,
 * pagination) are fetched on every run; a known article only when it is due: an article whose
 * age is within a tier's {@code max_age_days} is fetched again once {@code every_days} have passed
 * since its last capture; older articles follow {@code older_every_days}.
 *
 * @param ageFrom {@code first_capture}: age counts from the first capture; {@code published}:
 *     from the publication date the extractor found (the first capture when there is none)
 * @param tiers age tiers, youngest first
 * @param olderEveryDays revisit interval of articles older than every tier, in days (0: every
 *     run, -1: never)
 */
public record RevisitPolicyConfig(String ageFrom, List<Tier> tiers, int olderEveryDays) {
  /** Young articles daily for two weeks, older ones monthly. */
  public static final RevisitPolicyConfig STANDARD =
      new RevisitPolicyConfig("first_capture", List.of(new Tier(14, 1)), 30);

  /** Validates the keys; messages name them. */
  public RevisitPolicyConfig {
    ageFrom = ageFrom == null ? "first_capture" : ageFrom.strip().toLowerCase(Locale.ROOT);
    if (!ageFrom.equals("first_capture") && !ageFrom.equals("published")) {
      throw new IllegalArgumentException(
          "revisit.age_from is '" + ageFrom + "'; allowed: first_capture, published");
    }
    tiers = Check.list(tiers);
    int last = -1;
    for (Tier t : tiers) {
      if (t.maxAgeDays() <= last) {
        throw new IllegalArgumentException("revisit.tiers must be ordered by max_age_days, "
            + "youngest first; " + t.maxAgeDays() + " follows " + last);
      }
      last = t.maxAgeDays();
    }
    Check.inRange("revisit.older_every_days", olderEveryDays, -1, 36_500);
  }

  /** True when age counts from the publication date. */
  public boolean byPublication() {
    return ageFrom.equals("published");
  }

  /**
   * One age tier.
   *
   * @param maxAgeDays articles up to this age (days) fall in the tier
   * @param everyDays revisit interval in days (0: every run, -1: never)
   */
  public record Tier(int maxAgeDays, int everyDays) {
    /** Validates the ranges. */
    public Tier {
      Check.inRange("revisit.tiers.max_age_days", maxAgeDays, 0, 36_500);
      Check.inRange("revisit.tiers.every_days", everyDays, -1, 36_500);
    }
  }
}
