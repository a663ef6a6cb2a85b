package org.reliefarchive.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code config/sources.yaml}: the portals to crawl and the limits that apply to each unless it
 * sets its own.
 *
 * @param defaults limits for portals that do not set them
 * @param portals the portals, each with a unique id
 */
public record SourcesConfig(Defaults defaults, List<PortalConfig> portals) {

  /** Checks ids are unique and fills each portal's missing limits from the defaults. */
  public SourcesConfig {
    defaults = defaults == null ? Defaults.STANDARD : defaults;
    portals = Check.list(portals);
    Set<String> ids = new HashSet<>();
    for (PortalConfig p : portals) {
      if (!ids.add(p.id())) {
        throw new IllegalArgumentException("portals: id '" + p.id() + "' is used twice");
      }
    }
    Defaults d = defaults;
    portals = portals.stream().map(p -> p.withDefaults(d)).toList();
  }

  /** The portal with this id, or null. */
  public PortalConfig portal(String id) {
    return portals.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
  }

  /**
   * Limits shared by all portals.
   *
   * @param politenessDelayMs pause between two requests to one portal, in ms
   * @param maxDepth link depth from the seeds (-1: unlimited)
   * @param maxPages pages fetched per portal and run (-1: unlimited)
   * @param maxBytes payload bytes fetched per portal and run (-1 or absent: unlimited)
   * @param revisit when known articles are fetched again (absent: {@link
   *     RevisitPolicyConfig#STANDARD})
   * @param schedule cron expression of the re-crawls {@code serve} runs (absent: none)
   */
  public record Defaults(int politenessDelayMs, int maxDepth, int maxPages, Long maxBytes,
      RevisitPolicyConfig revisit, String schedule) {
    /** The values used when sources.yaml has no defaults block. */
    public static final Defaults STANDARD = new Defaults(1000, 6, 5000);

    /** Validates the ranges. */
    public Defaults {
      Check.inRange("defaults.politeness_delay_ms", politenessDelayMs, 0, 600_000);
      Check.inRange("defaults.max_depth", maxDepth, -1, 1000);
      Check.inRange("defaults.max_pages", maxPages, -1, 100_000_000);
      maxBytes = maxBytes == null ? -1L : Check.inRange("defaults.max_bytes", maxBytes, -1L,
          1L << 50);
      revisit = revisit == null ? RevisitPolicyConfig.STANDARD : revisit;
      if (schedule != null && schedule.isBlank()) {
        schedule = null;
      }
      if (schedule != null) {
        try {
          CronSchedule.parse(schedule);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("defaults.schedule: " + e.getMessage(), e);
        }
      }
    }

    /** Limits without byte limit, with the standard revisit policy and no schedule. */
    public Defaults(int politenessDelayMs, int maxDepth, int maxPages) {
      this(politenessDelayMs, maxDepth, maxPages, null, null, null);
    }
  }
}
