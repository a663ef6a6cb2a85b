package org.reliefarchive.search;

import java.util.List;
import org.reliefarchive.enrich.CaptureRecord;
import org.reliefarchive.enrich.ReportTags;

/**
 * Everything the archive knows about one report.
 *
 * @param id stable id
 * @param url captured URL
 * @param title heading
 * @param portal portal id
 * @param portalName portal display name
 * @param homeProvince the portal's home province, or null
 * @param date publication time (ISO-8601, Asia/Shanghai), or null
 * @param source 来源, or null
 * @param editor 编辑, or null
 * @param author 作者, or null
 * @param correspondent 记者/通讯员, or null
 * @param script traditional or simplified
 * @param charset charset the page was decoded with
 * @param fetchedAt capture time (ISO-8601 UTC)
 * @param warcFile WARC file of the capture
 * @param warcOffset offset of the capture in it
 * @param digest payload digest
 * @param paragraphs the clean text
 * @param tags regions, agencies, beneficiary groups and where each was found
 * @param group reprint group
 * @param reprints the other reports of the group, earliest capture first
 * @param status "online", or "removed" once the source took the report down
 * @param removedAt when the source took it down (ISO-8601 UTC), or null
 * @param captures every capture of the report, oldest first, with what changed (empty when the
 *     index predates capture history)
 * @param dateSource where the date was read ("markup", "info line", "body line", "URL",
 *     "modification markup"), or null without date
 * @param decodingNote what was wrong with the page's bytes when some became replacement
 *     characters, or null
 * @param firstCaptured when the archive first captured the report (ISO-8601 UTC), or null
 */
public record ReportDetail(
    String id,
    String url,
    String title,
    String portal,
    String portalName,
    String homeProvince,
    String date,
    String source,
    String editor,
    String author,
    String correspondent,
    String script,
    String charset,
    String fetchedAt,
    String warcFile,
    long warcOffset,
    String digest,
    List<String> paragraphs,
    ReportTags tags,
    String group,
    List<Reprint> reprints,
    String status,
    String removedAt,
    List<CaptureRecord> captures,
    String dateSource,
    String decodingNote,
    String firstCaptured) {

  /** A report whose first capture is not known apart from its captures. */
  public ReportDetail(String id, String url, String title, String portal, String portalName,
      String homeProvince, String date, String source, String editor, String author,
      String correspondent, String script, String charset, String fetchedAt, String warcFile,
      long warcOffset, String digest, List<String> paragraphs, ReportTags tags, String group,
      List<Reprint> reprints, String status, String removedAt, List<CaptureRecord> captures,
      String dateSource, String decodingNote) {
    this(id, url, title, portal, portalName, homeProvince, date, source, editor, author,
        correspondent, script, charset, fetchedAt, warcFile, warcOffset, digest, paragraphs, tags,
        group, reprints, status, removedAt, captures, dateSource, decodingNote,
        captures == null || captures.isEmpty() ? fetchedAt : captures.get(0).time());
  }

  /** A report without capture history. */
  public ReportDetail(String id, String url, String title, String portal, String portalName,
      String homeProvince, String date, String source, String editor, String author,
      String correspondent, String script, String charset, String fetchedAt, String warcFile,
      long warcOffset, String digest, List<String> paragraphs, ReportTags tags, String group,
      List<Reprint> reprints, String status, String removedAt) {
    this(id, url, title, portal, portalName, homeProvince, date, source, editor, author,
        correspondent, script, charset, fetchedAt, warcFile, warcOffset, digest, paragraphs, tags,
        group, reprints, status, removedAt, List.of(), null, null, fetchedAt);
  }

  /**
   * Another report of the same reprint group.
   *
   * @param id its id
   * @param url its URL
   * @param portal its portal id
   * @param portalName its portal's name
   * @param date its publication time, or null
   * @param fetchedAt the time of the capture shown
   * @param firstCaptured when the archive first captured it
   * @param status "online", or "removed" once its source took it down
   */
  public record Reprint(String id, String url, String portal, String portalName, String date,
      String fetchedAt, String firstCaptured, String status) {

    /** A copy whose first capture is the one shown, online. */
    public Reprint(String id, String url, String portal, String portalName, String date,
        String fetchedAt) {
      this(id, url, portal, portalName, date, fetchedAt, fetchedAt, "online");
    }
  }
}
