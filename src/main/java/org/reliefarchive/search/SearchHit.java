package org.reliefarchive.search;

import java.util.List;

/**
 * One report in a result list.
 *
 * @param id stable report id
 * @param title the heading, as crawled (unescaped: escape it where shown)
 * @param url the captured URL
 * @param portal portal id
 * @param portalName portal display name
 * @param date publication time as ISO-8601 with offset (Asia/Shanghai), or null
 * @param snippet a passage of the text with the matched ranges, plain (presenters escape it)
 * @param score relevance score, or null when sorted by date
 * @param primaryRegion the report's main region path, or null
 * @param agencyTypes agency types found in the report
 * @param group the reprint group (the id of its first report)
 * @param reprints how many other reports of the archive are reprints of this one
 * @param firstCaptured when the archive first captured the report (ISO-8601 UTC), or null
 * @param status "online", or "removed" once the source took the report down
 * @param match {@link #FULL} when the report holds every word of the query (or a synonym of
 *     it), {@link #PARTIAL} when it was added to fill the page while missing some
 * @param missing for a partial match, the words of the query (as typed) it does not hold
 */
public record SearchHit(
    String id,
    String title,
    String url,
    String portal,
    String portalName,
    String date,
    Snippet snippet,
    Float score,
    String primaryRegion,
    List<String> agencyTypes,
    String group,
    int reprints,
    String firstCaptured,
    String status,
    String match,
    List<String> missing) {
  /** The match level of a report holding every word of the query. */
  public static final String FULL = "full";
  /** The match level of a report missing some words, shown after the full matches. */
  public static final String PARTIAL = "partial";

  /** Copies the lists; a hit without match level is a full match. */
  public SearchHit {
    agencyTypes = agencyTypes == null ? List.of() : List.copyOf(agencyTypes);
    match = match == null ? FULL : match;
    missing = missing == null ? List.of() : List.copyOf(missing);
  }

  /** A full match. */
  public SearchHit(String id, String title, String url, String portal, String portalName,
      String date, Snippet snippet, Float score, String primaryRegion, List<String> agencyTypes,
      String group, int reprints, String firstCaptured, String status) {
    this(id, title, url, portal, portalName, date, snippet, score, primaryRegion, agencyTypes,
        group, reprints, firstCaptured, status, FULL, List.of());
  }

  /** This hit with another match level and the words it misses. */
  public SearchHit withMatch(String level, List<String> missingWords) {
    return new SearchHit(id, title, url, portal, portalName, date, snippet, score,
        primaryRegion, agencyTypes, group, reprints, firstCaptured, status, level,
        missingWords);
  }

  /** Whether the report misses some words of the query. */
  public boolean partial() {
    return PARTIAL.equals(match);
  }

  /** A hit without capture time, online. */
  public SearchHit(String id, String title, String url, String portal, String portalName,
      String date, Snippet snippet, Float score, String primaryRegion, List<String> agencyTypes,
      String group, int reprints) {
    this(id, title, url, portal, portalName, date, snippet, score, primaryRegion, agencyTypes,
        group, reprints, null, "online");
  }
}
