package org.reliefarchive.web;

import org.reliefarchive.enrich.CaptureRecord;
import org.reliefarchive.search.ReportDetail;

/**
 * The capture history of a report on its page: each time the archive fetched it, with the HTTP
 * status, what changed (new, changed, unchanged, removed, restored) and how. Nothing when the
 * index holds no history for the report.
 */
final class Captures {
  private Captures() {}

  static void render(StringBuilder h, ReportDetail r, Messages m) {
    if (r.captures() == null || r.captures().isEmpty()) {
      return;
    }
    h.append("<section class=\"captures\"><h2>").append(m.t("report.captures"))
        .append(" (").append(r.captures().size()).append(")</h2><ol>");
    for (CaptureRecord c : r.captures()) {
      String change = c.change() == null ? "" : c.change();
      h.append("<li class=\"").append(Html.escape(change)).append("\"><time datetime=\"")
          .append(Html.escape(c.time())).append("\">").append(Html.escape(display(c.time())))
          .append("</time> <span class=\"change\">")
          .append(Html.escape(m.tOr("change." + change, change))).append("</span> <span ")
          .append("class=\"n\">HTTP ").append(c.status());
      if ("revisit".equals(c.record())) {
        h.append(" · ").append(m.t("capture.revisit"));
      }
      h.append("</span>");
      if (c.diff() != null && !c.diff().isBlank()) {
        h.append("<p class=\"diff\">").append(Html.escape(c.diff())).append("</p>");
      }
      h.append("</li>");
    }
    h.append("</ol></section>");
  }

  /** 2024-05-01T08:00:00Z as 2024-05-01 08:00 (UTC). */
  static String display(String time) {
    if (time == null || time.length() < 16) {
      return time == null ? "" : time;
    }
    return time.substring(0, 10) + " " + time.substring(11, 16) + " UTC";
  }
}
