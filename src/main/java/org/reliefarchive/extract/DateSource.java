package org.reliefarchive.extract;

/**
 * Where an article's publication date was read, most trustworthy first. Kept with the date in the
 * record and the API, so a reader can tell a date the page states from one inferred.
 */
public enum DateSource {
  /** A publication meta tag, JSON-LD datePublished or {@code <time datetime>}. */
  MARKUP("markup"),
  /** The info line between the heading and the body (发布时间, 来源 … date). */
  INFO_LINE("info line"),
  /** A source or date line at the start or end of the body. */
  BODY_LINE("body line"),
  /** A date in the URL path, used only for portals whose configuration says URLs carry it. */
  URL("URL"),
  /** A modification meta tag, on a page that states no publication date. */
  MODIFIED_MARKUP("modification markup");

  private final String label;

  DateSource(String label) {
    this.label = label;
  }

  /** The short name shown in the API and the report page ("markup", "info line" …). */
  public String label() {
    return label;
  }

  /** The source of {@code label}, or null for null or an unknown label. */
  public static DateSource ofLabel(String label) {
    for (DateSource s : values()) {
      if (s.label.equals(label)) {
        return s;
      }
    }
    return null;
  }
}
