package org.reliefarchive.enrich;

import java.time.Instant;
import org.reliefarchive.extract.Article;

/**
 * Adds the portal, the stable id, the script, the tags and the text fingerprint to an extracted
 * article. Pure: the same inputs always give the same record.
 */
public final class ArticleEnricher {
  private final Tagger tagger;

  /** An enricher that finds tags with {@code tagger}. */
  public ArticleEnricher(Tagger tagger) {
    this.tagger = tagger;
  }

  /** An enricher that adds no tags (portal, id, script and fingerprint only). */
  public ArticleEnricher() {
    this((article, homeProvince) -> ReportTags.NONE);
  }

  /**
   * Finds the regions, agencies and beneficiary groups of an article, in the form a report keeps
   * them; {@link ReportTagger} is the one the pipeline uses.
   */
  @FunctionalInterface
  public interface Tagger {
    /**
     * The tags of one article.
     *
     * @param article the extracted article
     * @param homeProvince the portal's home province, a hint for ambiguous place names; may be
     *     null
     * @return the tags, never null
     */
    ReportTags tagsOf(Article article, String homeProvince);
  }

  // A text counts as traditional when more than 3% of its characters change under the 繁→简
  // map: simplified text still holds a few characters ICU maps (e.g. 於/于 in names).
  private static final double TRADITIONAL_SHARE = 0.03;

  /**
   * Enriches one article.
   *
   * @param article the extracted article
   * @param capture where and when it was captured, and by which portal
   * @return the enriched article
   */
  public EnrichedArticle enrich(Article article, Capture capture) {
    String text = article.title() + "\n" + article.text();
    int han = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
        han++;
      }
    }
    int traditional = TraditionalToSimplified.countTraditional(text);
    String script =
        han > 0 && traditional > TRADITIONAL_SHARE * han ? "traditional" : "simplified";
    return new EnrichedArticle(
        CanonicalUrl.id(article.url()),
        CanonicalUrl.of(article.url()),
        article,
        capture.portalId(),
        capture.portalName(),
        capture.homeProvince(),
        script,
        capture.fetchedAt(),
        capture.warcFile(),
        capture.warcOffset(),
        capture.payloadDigest(),
        tagger.tagsOf(article, capture.homeProvince()),
        TextFingerprint.simhash(article.text()),
        null);
  }

  /**
   * The capture an article came from.
   *
   * @param portalId portal id of sources.yaml
   * @param portalName display name of the portal
   * @param homeProvince the portal's home province, or null
   * @param fetchedAt capture time
   * @param warcFile WARC file name
   * @param warcOffset record offset
   * @param payloadDigest payload digest
   */
  public record Capture(
      String portalId,
      String portalName,
      String homeProvince,
      Instant fetchedAt,
      String warcFile,
      long warcOffset,
      String payloadDigest) {}
}
