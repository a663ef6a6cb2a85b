package org.reliefarchive.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.reliefarchive.enrich.ReportTags;

/**
 * The one codec of a report's tags in the stored field {@link IndexSchema#TAGS_JSON}: a
 * {@link ReportTags} as JSON, mentions as offsets into the report's
 * {@link org.reliefarchive.enrich.TaggedText}. The indexer writes with it, the searcher reads
 * with it. Thread-safe.
 */
public final class TagsCodec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TagsCodec() {}

  /**
   * The stored form of {@code tags}.
   *
   * @throws IllegalStateException if the tags cannot be written (they always can)
   */
  public static String encode(ReportTags tags) {
    try {
      return JSON.writeValueAsString(tags == null ? ReportTags.NONE : tags);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write tags as JSON", e);
    }
  }

  /**
   * The tags of a stored field value; {@link ReportTags#NONE} for null (a report indexed
   * without tags).
   *
   * @throws IllegalArgumentException naming the problem if the value is not such tags
   */
  public static ReportTags decode(String stored) {
    if (stored == null || stored.isEmpty()) {
      return ReportTags.NONE;
    }
    try {
      return JSON.readValue(stored, ReportTags.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("stored tags are not report tags: "
          + e.getOriginalMessage(), e);
    }
  }
}
