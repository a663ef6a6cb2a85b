package org.reliefarchive.enrich;

import java.time.Instant;
import java.util.List;
import org.reliefarchive.extract.Article;

/**
 * An extracted article with everything the index needs besides its text.
 *
 * @param id stable id: a hash of the canonical URL, the same on every capture
 * @param canonicalUrl the URL the id is computed from
 * @param article the extracted article
 * @param portalId the portal of sources.yaml
 * @param portalName the portal's display name
 * @param homeProvince the portal's home province, or null
 * @param script "traditional" or "simplified", from the body text
 * @param fetchedAt when the page was captured
 * @param warcFile WARC file of the capture
 * @param warcOffset offset of the capture in that file
 * @param payloadDigest digest of the captured bytes
 * @param tags regions, agencies and beneficiary groups found in the text
 * @param simhash fingerprint of the text, for grouping reprints (0: too short)
 * @param removedAt when the source was found to have taken the report down (404, 410, or a
 *     redirect to a home or list page), or null while it is online
 * @param captures every capture of the report with its change kind, oldest first, or null
 *     when unknown
 */
public record EnrichedArticle(
    String id,
    String canonicalUrl,
    Article article,
    String portalId,
    String portalName,
    String homeProvince,
    String script,
    Instant fetchedAt,
    String warcFile,
    long warcOffset,
    String payloadDigest,
    ReportTags tags,
    long simhash,
    Instant removedAt,
    List<CaptureRecord> captures) {

  /** Copies the captures. */
  public EnrichedArticle {
    captures = captures == null ? null : List.copyOf(captures);
  }

  /** An article without capture history. */
  public EnrichedArticle(String id, String canonicalUrl, Article article, String portalId,
      String portalName, String homeProvince, String script, Instant fetchedAt, String warcFile,
      long warcOffset, String payloadDigest, ReportTags tags, long simhash, Instant removedAt) {
    this(id, canonicalUrl, article, portalId, portalName, homeProvince, script, fetchedAt,
        warcFile, warcOffset, payloadDigest, tags, simhash, removedAt, null);
  }

  /** "removed" once the source took the report down, otherwise "online". */
  public String status() {
    return removedAt == null ? "online" : "removed";
  }

  /** The same report, marked as taken down by its source at {@code when}. */
  public EnrichedArticle removed(Instant when) {
    return new EnrichedArticle(id, canonicalUrl, article, portalId, portalName, homeProvince,
        script, fetchedAt, warcFile, warcOffset, payloadDigest, tags, simhash, when,
        captures);
  }

  /** The same report with this capture history. */
  public EnrichedArticle withCaptures(List<CaptureRecord> history) {
    return new EnrichedArticle(id, canonicalUrl, article, portalId, portalName, homeProvince,
        script, fetchedAt, warcFile, warcOffset, payloadDigest, tags, simhash, removedAt,
        history);
  }
}
