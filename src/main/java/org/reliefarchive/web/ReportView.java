package org.reliefarchive.web;

import java.util.List;

/**
 * What the report page shows (template {@code report.jte}), built by {@link ReportPage}: every
 * link already a URL, crawled text as crawled.
 *
 * @param m labels of the page's language
 * @param header the header with the search box
 * @param title the title, or the URL of an untitled report
 * @param backHref the search page
 * @param facts metadata lines: label key and value
 * @param removedAt when the source took the report down, or null
 * @param url the original URL
 * @param webUrl true when {@code url} is an http(s) URL, shown as a link
 * @param paragraphs the clean text, each paragraph cut at its tag mentions
 * @param citation the citation line, in pieces of our words and crawled text
 * @param tags tag links by dimension
 * @param mentionsNote true to explain the underlined words
 * @param reprints every copy of the article in the archive, this one included, earliest first
 *     capture first; empty when the report has no reprint
 * @param reprintCount copies other than this one
 * @param similar similar reports
 * @param captures the capture history (empty without one)
 * @param archived where the archived copy is and how to open it
 */
record ReportView(Messages m, Header header, String title, String backHref, List<Fact> facts,
    String removedAt, String url, boolean webUrl, List<List<Part>> paragraphs, List<Piece> citation,
    List<TagGroup> tags, boolean mentionsNote, List<Copy> reprints, int reprintCount,
    List<Link> similar,
    Captures.View captures, Archived archived) {

  /** A metadata line: the key of its label, its value, and whether the value is crawled text. */
  record Fact(String label, String value, boolean crawled) {}

  /** A piece of a line that mixes our words with crawled text. */
  record Piece(String text, boolean crawled) {}

  /** The tags of one dimension, each a link to the search page filtered by it. */
  record TagGroup(String dim, List<Link> links) {}

  /**
   * One copy of a reprinted article: where and when it ran.
   *
   * @param href its report page, or null for the report shown
   * @param portal the portal it ran on
   * @param published its publication day, or null when it states none
   * @param firstCaptured when the archive first captured it, as it reads (2024-05-01 08:00 UTC)
   * @param removed true when its source took it down
   */
  record Copy(String href, String portal, String published, String firstCaptured,
      boolean removed) {}

  /** A link with its text and a note after it (null for none). */
  record Link(String href, String text, String note) {}

  /**
   * The archived copy.
   *
   * @param fetchedAt capture time
   * @param warcFile WARC file
   * @param warcOffset offset of the record in it
   * @param digest payload digest
   * @param href the copy, served under a sandbox policy
   * @param replay the capture replayed with its banner ({@code /web/ts/url}), or null
   * @param timemap every capture of the URL (Memento TimeMap), or null
   */
  record Archived(String fetchedAt, String warcFile, long warcOffset, String digest,
      String href, String replay, String timemap) {}
}
