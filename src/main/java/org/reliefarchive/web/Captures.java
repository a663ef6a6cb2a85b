package org.reliefarchive.web;

import java.util.ArrayList;
import java.util.List;
import org.reliefarchive.enrich.CaptureRecord;
import org.reliefarchive.search.ReportDetail;

/**
 * The capture history of a report on its page (template {@code captures.jte}): each time the
 * archive fetched it, with the HTTP status, what changed (new, changed, unchanged, removed,
 * restored) and how. Nothing when the index holds no history for the report.
 */
final class Captures {
  private Captures() {}

  /** The history in the page's language; its rows are empty without one. */
  record View(Messages m, List<Row> rows) {}

  /**
   * One capture.
   *
   * @param change new, changed, unchanged, removed or restored ("" when not recorded)
   * @param time capture time, ISO-8601 UTC
   * @param status HTTP status
   * @param revisit true for a revisit record (same payload, not stored again)
   * @param diff what changed, or null
   */
  record Row(String change, String time, int status, boolean revisit, String diff) {
    /** The time as it reads: 2024-05-01 08:00 UTC. */
    String display() {
      return Captures.display(time);
    }
  }

  static View view(ReportDetail r, Messages m) {
    List<Row> rows = new ArrayList<>();
    if (r.captures() != null) {
      for (CaptureRecord c : r.captures()) {
        rows.add(new Row(c.change() == null ? "" : c.change(), c.time(), c.status(),
            "revisit".equals(c.record()), c.diff() == null || c.diff().isBlank() ? null
                : c.diff()));
      }
    }
    return new View(m, rows);
  }

  /** 2024-05-01T08:00:00Z as 2024-05-01 08:00 (UTC). */
  static String display(String time) {
    if (time == null || time.length() < 16) {
      return time == null ? "" : time;
    }
    return time.substring(0, 10) + " " + time.substring(11, 16) + " UTC";
  }
}
