package org.reliefarchive.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates in the forms Chinese portals use: 2020-04-06 21:05:37, 2020/4/6,
 * 2020年4月6日 21时05分, 2020.4.15, two-digit years followed by a time (21-11-09 14:04 is
 * 2021-11-09), ISO 8601 in meta tags, and dates in URL paths (/2021/11/09/, /2023-12/01/,
 * /20240509/, t20240513_), and English month names as blog templates write them (Dec 28 Sat 2013
 * 00:28, 28 December 2013). Results are in Asia/Shanghai (+08:00); a date without time is midnight.
 */
public final class DateParser {
  /** China Standard Time; China has no daylight saving time since 1991. */
  static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

  private static final Pattern TEXT_DATE =
      Pattern.compile(
          "(?<![\\d.])((?:19|20)\\d{2}|\\d{2})\\s*([-/.年])\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})"
              + "(?![\\d.]\\d)\\s*[日号號]?"
              + "(?:\\s*(?:T|\\s)?\\s*(\\d{1,2})\\s*[:：时時点點]\\s*(\\d{1,2})"
              + "(?:\\s*[:：分]\\s*(\\d{1,2}))?)?");
  private static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
  private static final String WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
  private static final String CLOCK = "(?:\\s*,?\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?";
  /** Month name first, as blog templates write it: Dec 28 Sat 2013 00:28, December 28, 2013. */
  private static final Pattern ENGLISH_MONTH_FIRST = Pattern.compile(
      "(?<![a-z])(" + MONTHS + ")[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+" + WEEKDAY
          + "((?:19|20)\\d{2})(?!\\d)" + CLOCK, Pattern.CASE_INSENSITIVE);
  /** Day first: 28 Dec 2013, 28 December 2013 10:00. */
  private static final Pattern ENGLISH_DAY_FIRST = Pattern.compile(
      "(?<![\\d:])(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")[a-z]*\\.?,?\\s+"
          + "((?:19|20)\\d{2})(?!\\d)" + CLOCK, Pattern.CASE_INSENSITIVE);
  private static final Pattern URL_DATE =
      Pattern.compile(
          "(?<!\\d)((?:19|20)\\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\\d|3[01])(?!\\d)");
  private static final Pattern ISO_OFFSET = Pattern.compile("(Z|[+-]\\d{2}:?\\d{2})$");
  private static final Pattern COMPACT_OFFSET = Pattern.compile(".*[+-]\\d{4}$");
  private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");

  private DateParser() {}

  /** A date found in text, and whether it carried a time. */
  record Found(OffsetDateTime value, boolean hasTime) {}

  /** The first plausible date in {@code text}, or null. */
  static Found firstIn(String text) {
    if (text == null) {
      return null;
    }
    // every form starts its year with two digits in a row: most lines have none, and the
    // expressions are not run on them; a match starts at such a pair or later
    int pair = digitPair(text);
    if (pair < 0) {
      return null;
    }
    Matcher m = TEXT_DATE.matcher(text);
    for (boolean found = m.find(pair); found; found = m.find()) {
      Found f = fromMatch(m);
      if (f != null) {
        return f;
      }
    }
    return english(text, pair);
  }

  /** Index of the first two ASCII digits in a row in {@code text}, or -1. */
  private static int digitPair(String text) {
    for (int i = 1, n = text.length(); i < n; i++) {
      if (isDigit(text.charAt(i)) && isDigit(text.charAt(i - 1))) {
        return i - 1;
      }
    }
    return -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * True when {@code text} holds, from {@code from} on, four digits in a row starting with 19 or
   * 20: the year every English form needs.
   */
  private static boolean holdsYear(String text, int from) {
    for (int i = from, n = text.length(); i + 3 < n; i++) {
      char c = text.charAt(i);
      char d = text.charAt(i + 1);
      if (((c == '1' && d == '9') || (c == '2' && d == '0')) && isDigit(text.charAt(i + 2))
          && isDigit(text.charAt(i + 3))) {
        return true;
      }
    }
    return false;
  }

  /** The first date written with an English month name, or null. */
  private static Found english(String text, int digitsFrom) {
    if (!holdsYear(text, digitsFrom)) {
      return null;
    }
    // a month name is capitalised (Dec, DEC); "may 12" in a sentence is no date
    Matcher m = ENGLISH_MONTH_FIRST.matcher(text);
    while (m.find()) {
      if (Character.isUpperCase(m.group(1).charAt(0))) {
        return of(m.group(3), m.group(1), m.group(2), m.group(4), m.group(5), m.group(6));
      }
    }
    m = ENGLISH_DAY_FIRST.matcher(text);
    while (m.find()) {
      if (Character.isUpperCase(m.group(2).charAt(0))) {
        return of(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), m.group(6));
      }
    }
    return null;
  }

  private static Found of(String year, String monthName, String day, String hour, String minute,
      String second) {
    int month = MONTHS.indexOf(monthName.substring(0, 3).toLowerCase(java.util.Locale.ROOT)) / 4
        + 1;
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
      if (hour != null && Integer.parseInt(hour) < 24 && Integer.parseInt(minute) < 60) {
        LocalDateTime t = date.atTime(Integer.parseInt(hour), Integer.parseInt(minute),
            second == null ? 0 : Math.min(59, Integer.parseInt(second)));
        return new Found(OffsetDateTime.of(t, CHINA), true);
      }
      return new Found(OffsetDateTime.of(date.atStartOfDay(), CHINA), false);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Found fromMatch(Matcher m) {
    String y = m.group(1);
    boolean hasTime = m.group(5) != null;
    int year = Integer.parseInt(y);
    if (y.length() == 2) {
      // Two-digit years only in the short info-line form with a time: 21-11-09 14:04.
      if (!hasTime || m.group(2).equals("年") || m.group(2).equals(".")) {
        return null;
      }
      year += 2000;
    }
    if (year < 1990 || year > 2099) {
      return null;
    }
    try {
      LocalDate date = LocalDate.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
      LocalDateTime t = date.atStartOfDay();
      if (hasTime) {
        int h = Integer.parseInt(m.group(5));
        int min = Integer.parseInt(m.group(6));
        int s = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
        if (h > 23 || min > 59 || s > 59) {
          hasTime = false;
        } else {
          t = date.atTime(h, min, s);
        }
      }
      return new Found(OffsetDateTime.of(t, CHINA), hasTime);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /**
   * A machine-readable date from a meta tag or JSON-LD: ISO 8601 with or without offset, or any
   * text form {@link #firstIn} reads. Null when unreadable.
   */
  static OffsetDateTime machine(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    try {
      if (ISO_OFFSET.matcher(v).find() && v.contains("T")) {
        String iso = COMPACT_OFFSET.matcher(v).matches() ? v.substring(0, v.length() - 2) + ":"
            + v.substring(v.length() - 2) : v;
        return OffsetDateTime.parse(iso).withOffsetSameInstant(CHINA);
      }
      if (v.contains("T")) {
        return LocalDateTime.parse(v).atOffset(CHINA);
      }
    } catch (DateTimeParseException e) {
      // fall through to the text forms
    }
    if (EPOCH.matcher(v).matches()) {
      long epoch = Long.parseLong(v);
      long seconds = v.length() == 13 ? epoch / 1000 : epoch;
      return Instant.ofEpochSecond(seconds).atOffset(CHINA);
    }
    Found f = firstIn(v);
    return f == null ? null : f.value();
  }

  /** A date in a URL path, or null. */
  public static OffsetDateTime inUrl(String url) {
    if (url == null) {
      return null;
    }
    int q = url.indexOf('?');
    String path = q < 0 ? url : url.substring(0, q);
    int scheme = path.indexOf("://");
    int slash = path.indexOf('/', scheme < 0 ? 0 : scheme + 3);
    if (slash < 0) {
      return null;
    }
    Matcher m = URL_DATE.matcher(path.substring(slash));
    while (m.find()) {
      try {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
        return d.atStartOfDay().atOffset(CHINA);
      } catch (DateTimeException e) {
        // not a date; look further
      }
    }
    return null;
  }
}
