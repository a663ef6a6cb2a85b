package org.reliefarchive.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.reliefarchive.enrich.CaptureRecord;

/**
 * The one codec of a report's capture history in the stored field {@link IndexSchema#CAPTURES}:
 * a JSON list of {@link CaptureRecord}. The indexer writes with it, the searcher and ingest read
 * with it. Thread-safe.
 */
public final class CaptureCodec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CaptureCodec() {}

  /**
   * The stored form of {@code captures}; null for null (no history known).
   *
   * @throws IllegalStateException if a record cannot be written (it always can)
   */
  public static String encode(List<CaptureRecord> captures) {
    if (captures == null) {
      return null;
    }
    try {
      return JSON.writeValueAsString(captures);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write captures as JSON", e);
    }
  }

  /**
   * The captures of a stored field value; empty for null (an index from before histories).
   *
   * @throws IllegalArgumentException naming the problem if the value is not such a list
   */
  public static List<CaptureRecord> decode(String stored) {
    if (stored == null || stored.isEmpty()) {
      return List.of();
    }
    try {
      return List.of(JSON.readValue(stored, CaptureRecord[].class));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("stored captures are not a list of captures: "
          + e.getOriginalMessage(), e);
    }
  }
}
