package org.reliefarchive.crawl;

/**
 * What the {@link PageSink} made of one archived page, counted in the run's health.
 *
 * @param kind the outcome
 * @param reason why extraction failed (for {@link Kind#EXTRACTION_FAILED}), else null
 */
public record IngestOutcome(Kind kind, String reason) {
  /** A page that was not an article, or needed nothing. */
  public static final IngestOutcome IGNORED = new IngestOutcome(Kind.IGNORED, null);

  /** The outcome kinds. */
  public enum Kind {
    /** An article captured for the first time. */
    NEW,
    /** A known article whose text changed: a new version. */
    CHANGED,
    /** A known article whose text is the same. */
    UNCHANGED,
    /** A known article the source took down (404, 410, redirect to a list or home page). */
    REMOVED,
    /** An article page that yielded no article text. */
    EXTRACTION_FAILED,
    /** Not an article, or nothing to do. */
    IGNORED
  }

  /** An outcome without reason. */
  public static IngestOutcome of(Kind kind) {
    return new IngestOutcome(kind, null);
  }

  /** An extraction failure with its reason. */
  public static IngestOutcome failed(String reason) {
    return new IngestOutcome(Kind.EXTRACTION_FAILED, reason);
  }
}
