package org.reliefarchive.eval;

/**
 * One report to score the taggers on: its text and what it should be tagged with.
 *
 * @param id the page or seed id
 * @param text the text to tag
 * @param titleEnd length of the title at the start of the text
 * @param homeProvince the portal's home province, or null
 * @param expected what a careful reader finds
 * @param split "dev" or "test" for corpus pages (by site), "seed" for the seed reports
 */
public record TagCase(String id, String text, int titleEnd, String homeProvince,
    TagAnnotations.Page expected, String split) {

  /** A seed report's case. */
  public TagCase(String id, String text, int titleEnd, String homeProvince,
      TagAnnotations.Page expected) {
    this(id, text, titleEnd, homeProvince, expected, "seed");
  }
}
