package org.reliefarchive.web;

import java.lang.reflect.RecordComponent;
import java.util.List;
import org.reliefarchive.search.ReportDetail;

/**
 * The capture history of a report (each time the archive fetched it), shown on the report page
 * when {@link ReportDetail} carries a {@code captures} list of records; nothing otherwise. The
 * list is read by record component name so the page shows it as soon as the search stage
 * provides it, whatever fields each capture has (time, status, digest …).
 */
final class Captures {
  private Captures() {}

  static void render(StringBuilder h, ReportDetail r, Messages m) {
    List<?> captures = list(r);
    if (captures.isEmpty()) {
      return;
    }
    h.append("<section class=\"captures\"><h2>").append(m.t("report.captures"))
        .append("</h2><ol>");
    for (Object c : captures) {
      h.append("<li>");
      if (c instanceof Record rec) {
        boolean first = true;
        for (RecordComponent rc : rec.getClass().getRecordComponents()) {
          Object v = value(rc, rec);
          if (v == null || v.toString().isBlank()) {
            continue;
          }
          h.append(first ? "" : " · ").append("<span class=\"").append(Html.escape(rc.getName()))
              .append("\">").append(Html.escape(v.toString())).append("</span>");
          first = false;
        }
      } else if (c != null) {
        h.append(Html.escape(c.toString()));
      }
      h.append("</li>");
    }
    h.append("</ol></section>");
  }

  /** The captures of {@code r}, or an empty list when the record has none. */
  static List<?> list(Object r) {
    for (RecordComponent rc : r.getClass().getRecordComponents()) {
      if ("captures".equals(rc.getName()) && List.class.isAssignableFrom(rc.getType())) {
        Object v = value(rc, r);
        return v instanceof List<?> l ? l : List.of();
      }
    }
    return List.of();
  }

  private static Object value(RecordComponent rc, Object owner) {
    try {
      return rc.getAccessor().invoke(owner);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
