package org.reliefarchive.sample;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A link trap: an endless calendar ({@code <prefix>2021-11-09.shtml}) whose every day links to
 * the day before and the day after. Its URLs look like list pages, so only a depth or page limit
 * stops a crawler in it. Pages are made on request; none is stored.
 */
final class CalendarTrap {
  private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.shtml");

  private final String prefix;
  private final String template;
  private final Charset charset;
  private final String contentType;

  /**
   * @param prefix path prefix of the calendar, e.g. {@code /gsnews/calendar/}
   * @param template page template with {@code {{date}}}, {@code {{prev}}}, {@code {{next}}}
   */
  CalendarTrap(String prefix, String template, Charset charset, String contentType) {
    this.prefix = prefix;
    this.template = template;
    this.charset = charset;
    this.contentType = contentType;
  }

  /** The calendar page for {@code path}, or empty when the path is not a valid calendar day. */
  Optional<Page> page(String path) {
    if (!path.startsWith(prefix)) {
      return Optional.empty();
    }
    Matcher m = DAY.matcher(path.substring(prefix.length()));
    if (!m.matches()) {
      return Optional.empty();
    }
    LocalDate day;
    try {
      day = LocalDate.parse(m.group(1));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    String html =
        ListPageRenderer.fill(
            template,
            Map.of(
                "date", day.toString(),
                "prev", day.minusDays(1).toString(),
                "next", day.plusDays(1).toString()));
    return Optional.of(Page.ok(contentType, HtmlEncoding.encode(html, charset)));
  }
}
