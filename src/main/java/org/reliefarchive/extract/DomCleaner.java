package org.reliefarchive.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Removes what a reader never sees as text: scripts, styles, forms controls, embedded media,
 * hidden elements. Works in place on a parsed document; the head is kept for metadata.
 */
final class DomCleaner {
  private static final String REMOVED =
      "script, style, noscript, iframe, frame, object, embed, select, option, button, input, "
          + "textarea, svg, canvas, template, video, audio, map, link, meta, title";
  private static final Pattern HIDDEN =
      Pattern.compile("display\\s*:\\s*none", Pattern.CASE_INSENSITIVE);

  /** Strips invisible content from {@code doc}'s body. */
  void clean(Document doc) {
    Element body = doc.body();
    body.select(REMOVED).remove();
    List<Element> hidden = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e.hasAttr("hidden")) {
        hidden.add(e);
        continue;
      }
      String style = e.attr("style");
      if (!style.isEmpty() && HIDDEN.matcher(style).find()) {
        hidden.add(e);
      }
    }
    new Elements(hidden).remove();
  }
}
