package org.reliefarchive.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what a reader never sees as text: scripts, styles, forms controls, embedded media, hidden
 * elements; the box a removed form field sat in keeps the attribute {@link #FIELD_MARK}, and a
 * microdata item keeps its own publication time and address ({@link #ITEM_DATE},
 * {@link #ITEM_URL}) from the meta tags inside it, which go. Works in place on a parsed document,
 * in one pass that also collects the page's machine-readable markup and its blog entries
 * ({@link PageMarkup}); the head is kept for metadata.
 */
final class DomCleaner {
  private static final Set<String> REMOVED = Set.of("script", "style", "noscript", "iframe",
      "frame", "object", "embed", "select", "option", "button", "input", "textarea", "svg",
      "canvas", "template", "video", "audio", "map", "link", "meta", "title");

  /** Attribute left on the parent of a removed form field (input, textarea, select). */
  static final String FIELD_MARK = "data-ra-field";
  /** Attribute left on every ancestor (below the body) of a removed form field. */
  static final String FIELD_BELOW = "data-ra-field-below";
  private static final Set<String> FIELDS = Set.of("input", "textarea", "select");

  /** Strips invisible content from {@code doc}'s body and returns the markup it found. */
  PageMarkup clean(Document doc) {
    Scan scan = new Scan(doc.body());
    NodeTraversor.filter(scan, doc);
    for (Element e : scan.removed) {
      e.remove();
    }
    return new PageMarkup(List.copyOf(scan.metas), List.copyOf(scan.jsonLd), scan.time,
        scan.title == null ? "" : scan.title, List.copyOf(scan.entries),
        List.copyOf(scan.datedItems));
  }

  /**
   * Attribute left on a microdata item (an element with {@code itemscope}) whose own meta tag
   * gives its publication time (an answer's dateCreated on a question page): the time, as the
   * tag wrote it.
   */
  static final String ITEM_DATE = "data-ra-item-date";

  /** Attribute left on a microdata item with the address its own itemprop=url meta tag gives. */
  static final String ITEM_URL = "data-ra-item-url";

  /** The itemprops of an item's publication time. */
  private static final Set<String> ITEM_DATE_PROPS =
      Set.of("datecreated", "datepublished", "uploaddate");

  /**
   * Marks the nearest item around {@code meta} with its time when {@code meta} is one of
   * {@link #ITEM_DATE_PROPS}, and with its address when it is its url; the item's first such
   * tag wins.
   *
   * @return the item when this tag gave it its time, else null
   */
  private static Element markItem(Element meta) {
    if (!meta.hasAttr("itemprop") || !meta.hasAttr("content")) {
      return null;
    }
    String prop = meta.attr("itemprop").toLowerCase(Locale.ROOT);
    String mark;
    String value;
    if (ITEM_DATE_PROPS.contains(prop)) {
      mark = ITEM_DATE;
      value = meta.attr("content").strip();
      if (DateParser.machine(value) == null) {
        return null; // a blank or unreadable time leaves the item's next one its chance
      }
    } else if (prop.equals("url")) {
      mark = ITEM_URL;
      value = meta.absUrl("content"); // a relative address against the page's
    } else {
      return null;
    }
    if (value.isEmpty()) {
      return null;
    }
    for (Element p = meta.parent(); p != null; p = p.parent()) {
      if (p.hasAttr("itemscope")) {
        if (p.hasAttr(mark)) {
          return null;
        }
        p.attr(mark, value);
        return mark.equals(ITEM_DATE) ? p : null;
      }
    }
    return null;
  }

  /** True for a style attribute that hides the element (display: none). */
  static boolean hides(String css) {
    String style = css.toLowerCase(Locale.ROOT);
    int at = style.indexOf("display");
    while (at >= 0) {
      int i = at + 7;
      int n = style.length();
      while (i < n && Character.isWhitespace(style.charAt(i))) {
        i++;
      }
      if (i < n && style.charAt(i) == ':') {
        i++;
        while (i < n && Character.isWhitespace(style.charAt(i))) {
          i++;
        }
        if (style.regionMatches(true, i, "none", 0, 4)) {
          return true;
        }
      }
      at = style.indexOf("display", at + 7);
    }
    return false;
  }

  private static final class Scan implements NodeFilter {
    final Element body;
    final List<Element> removed = new ArrayList<>();
    final List<Element> metas = new ArrayList<>();
    final List<Element> jsonLd = new ArrayList<>();
    final List<Element> entries = new ArrayList<>();
    final List<Element> datedItems = new ArrayList<>();
    Element time;
    String title;
    int bodyDepth = -1;
    /** Depth of the removed element whose subtree the scan is in, or -1. */
    int removedDepth = -1;

    Scan(Element body) {
      this.body = body;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      if (e == body) {
        bodyDepth = depth;
      }
      String tag = e.normalName();
      switch (tag) {
        case "meta" -> {
          metas.add(e);
          Element dated = markItem(e);
          if (dated != null) {
            datedItems.add(dated);
          }
        }
        case "title" -> {
          if (title == null) {
            title = e.text().trim();
          }
        }
        case "script" -> {
          if ("application/ld+json".equalsIgnoreCase(e.attr("type"))) {
            jsonLd.add(e);
          }
        }
        case "time" -> {
          if (time == null && e.hasAttr("datetime")) {
            time = e;
          }
        }
        default -> { }
      }
      if (time == null && e.hasAttr("itemprop") && !tag.equals("time")
          && "datePublished".equalsIgnoreCase(e.attr("itemprop"))) {
        time = e;
      }
      if (bodyDepth < 0 || depth <= bodyDepth) {
        // the head stays whole, and so does the body element itself
        entry(e);
        return FilterResult.CONTINUE;
      }
      if (REMOVED.contains(tag)) {
        remove(e, depth);
        if (FIELDS.contains(tag) && !"hidden".equalsIgnoreCase(e.attr("type"))
            && e.parent() != null) {
          // the field goes, its box keeps a mark: a box of fields is a form, not text; its
          // ancestors learn that a field lies below them
          e.parent().attr(FIELD_MARK, "");
          for (Element p = e.parent(); p != null && p != body && !p.hasAttr(FIELD_BELOW);
              p = p.parent()) {
            p.attr(FIELD_BELOW, "");
          }
        }
        return tag.equals("meta") || tag.equals("script") || tag.equals("time")
            ? FilterResult.CONTINUE : FilterResult.SKIP_CHILDREN;
      }
      if (e.hasAttr("hidden")) {
        remove(e, depth);
        return FilterResult.CONTINUE;
      }
      String style = e.attr("style");
      if (!style.isEmpty() && hides(style)) {
        remove(e, depth);
      }
      entry(e);
      return FilterResult.CONTINUE;
    }

    private void remove(Element e, int depth) {
      removed.add(e);
      if (removedDepth < 0) {
        removedDepth = depth;
      }
    }

    /**
     * Keeps {@code e} when it is a blog entry (hAtom, microformats2) that stays in the page. Both
     * class names hold a y, which few class attributes do: the others are passed over at once.
     */
    private void entry(Element e) {
      if (removedDepth >= 0 || e.attributesSize() == 0) {
        return;
      }
      String classes = e.attr("class");
      if ((classes.indexOf('y') >= 0 || classes.indexOf('Y') >= 0)
          && (e.hasClass("hentry") || e.hasClass("h-entry"))) {
        entries.add(e);
      }
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node == body) {
        bodyDepth = -1;
      }
      if (depth == removedDepth && node instanceof Element) {
        removedDepth = -1;
      }
      return FilterResult.CONTINUE;
    }
  }
}
