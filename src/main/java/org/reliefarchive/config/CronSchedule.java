package org.reliefarchive.config;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A five-field cron expression as in crontab(5): minute, hour, day of month, month, day of week.
 * Each field is {@code *}, a number, a range {@code a-b}, a step {@code *}{@code /n} or
 * {@code a-b/n}, or a comma-separated list of these; day of week 0 and 7 are Sunday. As in cron,
 * when both day of month and day of week are restricted, a day matching either one counts.
 * Immutable.
 */
public final class CronSchedule {
  private static final String[] NAMES = {"minute", "hour", "day of month", "month", "day of week"};
  private static final int[] MIN = {0, 0, 1, 1, 0};
  private static final int[] MAX = {59, 23, 31, 12, 7};

  private final String text;
  private final BitSet[] fields = new BitSet[5];
  private final boolean anyDayOfMonth;
  private final boolean anyDayOfWeek;

  private CronSchedule(String text) {
    this.text = text;
    String[] parts = text.trim().split("\\s+");
    if (parts.length != 5) {
      throw new IllegalArgumentException("'" + text + "' has " + parts.length
          + " fields; allowed: 5 (minute hour day-of-month month day-of-week), e.g. '30 2 * * *'");
    }
    for (int i = 0; i < 5; i++) {
      fields[i] = field(i, parts[i].toLowerCase(Locale.ROOT));
    }
    if (fields[4].get(7)) {
      fields[4].set(0);
    }
    anyDayOfMonth = parts[2].equals("*");
    anyDayOfWeek = parts[4].equals("*");
  }

  /**
   * Parses a cron expression.
   *
   * @throws IllegalArgumentException naming the field and the allowed values when it is malformed
   */
  public static CronSchedule parse(String text) {
    Check.notBlank("schedule", text);
    CronSchedule parsed = PARSED.get(text);
    if (parsed == null) {
      parsed = new CronSchedule(text); // throws for a malformed one, which is never kept
      PARSED.putIfAbsent(text, parsed);
    }
    return parsed;
  }

  /** Expressions parsed so far: a portal's schedule is parsed once, at load, not on each call. */
  private static final Map<String, CronSchedule> PARSED = new ConcurrentHashMap<>();

  /** The first minute strictly after {@code after} that the expression matches. */
  public ZonedDateTime next(ZonedDateTime after) {
    ZonedDateTime t = after.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    // four years of minutes bound the search; a valid expression matches well before (Feb 29)
    ZonedDateTime limit = t.plusYears(5);
    while (t.isBefore(limit)) {
      if (!fields[3].get(t.getMonthValue())) {
        t = t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1);
        continue;
      }
      if (!dayMatches(t)) {
        t = t.truncatedTo(ChronoUnit.DAYS).plusDays(1);
        continue;
      }
      if (!fields[1].get(t.getHour())) {
        t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
        continue;
      }
      if (!fields[0].get(t.getMinute())) {
        t = t.plusMinutes(1);
        continue;
      }
      return t;
    }
    throw new IllegalStateException("cron expression '" + text + "' never matches");
  }

  private boolean dayMatches(ZonedDateTime t) {
    boolean dom = fields[2].get(t.getDayOfMonth());
    boolean dow = fields[4].get(t.getDayOfWeek().getValue() % 7);
    if (anyDayOfMonth || anyDayOfWeek) {
      return dom && dow;
    }
    return dom || dow;
  }

  private static BitSet field(int i, String spec) {
    BitSet bits = new BitSet();
    for (String item : spec.split(",", -1)) {
      int step = 1;
      String range = item;
      int slash = item.indexOf('/');
      if (slash >= 0) {
        step = number(i, item.substring(slash + 1), 1, MAX[i]);
        range = item.substring(0, slash);
      }
      int lo;
      int hi;
      if (range.equals("*")) {
        lo = MIN[i];
        hi = MAX[i];
      } else if (range.contains("-")) {
        String[] ab = range.split("-", 2);
        lo = number(i, ab[0], MIN[i], MAX[i]);
        hi = number(i, ab[1], MIN[i], MAX[i]);
        if (lo > hi) {
          throw bad(i, item);
        }
      } else {
        lo = number(i, range, MIN[i], MAX[i]);
        hi = slash >= 0 ? MAX[i] : lo;
      }
      for (int v = lo; v <= hi; v += step) {
        bits.set(v);
      }
    }
    return bits;
  }

  private static int number(int i, String s, int min, int max) {
    try {
      int n = Integer.parseInt(s);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad(i, s);
  }

  private static IllegalArgumentException bad(int i, String item) {
    return new IllegalArgumentException("cron " + NAMES[i] + " field has '" + item
        + "'; allowed: *, numbers " + MIN[i] + "-" + MAX[i] + ", ranges a-b, steps */n, lists");
  }

  @Override
  public String toString() {
    return text;
  }
}
