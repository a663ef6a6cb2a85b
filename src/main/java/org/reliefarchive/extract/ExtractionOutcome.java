package org.reliefarchive.extract;

/**
 * What the extractor made of one page: an article, or the reason there is none. Never thrown,
 * never null.
 *
 * @param status the kind of outcome
 * @param article the article when {@code status == ARTICLE}, otherwise null
 * @param reason a human-readable explanation, e.g. "12 links and 40 characters of text"
 */
public record ExtractionOutcome(Status status, Article article, String reason) {

  /** Kinds of outcome. */
  public enum Status {
    /** An article was found. */
    ARTICLE,
    /** A list, search, index or media page: no article on it. */
    NOT_AN_ARTICLE,
    /** An article page whose body could not be found or is too short. */
    NO_MAIN_TEXT,
    /** The bytes could not be decoded in any supported charset without mojibake. */
    UNKNOWN_CHARSET
  }

  /** Checks that an article is present exactly when the status says so. */
  public ExtractionOutcome {
    if (status == null) {
      throw new IllegalArgumentException("status must be set");
    }
    if ((status == Status.ARTICLE) != (article != null)) {
      throw new IllegalArgumentException("article must be present exactly for ARTICLE");
    }
    reason = reason == null ? "" : reason;
  }

  /** An outcome holding an article. */
  public static ExtractionOutcome article(Article article) {
    return new ExtractionOutcome(Status.ARTICLE, article, "");
  }

  /** An outcome without article, for the given reason. */
  public static ExtractionOutcome failed(Status status, String reason) {
    return new ExtractionOutcome(status, null, reason);
  }

  /** True when an article was found. */
  public boolean isArticle() {
    return status == Status.ARTICLE;
  }
}
