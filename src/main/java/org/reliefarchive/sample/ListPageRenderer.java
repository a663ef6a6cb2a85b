package org.reliefarchive.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reliefarchive.sample.Manifest.ArticleEntry;
import org.reliefarchive.sample.Manifest.ListPageEntry;
import org.reliefarchive.sample.Manifest.PortalEntry;

/**
 * Renders the home page and the section list pages of one portal from its templates
 * ({@code templates/<portal>/home.html}, {@code list.html}, {@code item.html}), with numbered
 * pagination links to every page of a section, as portals do.
 */
final class ListPageRenderer {
  private static final Pattern PATH_DATE =
      Pattern.compile("/(\\d{4})/(\\d{2})(?:/(\\d{2}))?/");

  private final PortalEntry portal;
  private final Map<String, ArticleEntry> articlesByPath;
  private final List<ListPageEntry> pages;
  private final String homeTemplate;
  private final String listTemplate;
  private final String itemTemplate;

  ListPageRenderer(
      PortalEntry portal, Map<String, ArticleEntry> articlesByPath, List<ListPageEntry> pages) {
    this.portal = portal;
    this.articlesByPath = articlesByPath;
    this.pages = pages;
    this.homeTemplate = template("home.html");
    this.listTemplate = template("list.html");
    this.itemTemplate = template("item.html");
  }

  /** Reads {@code templates/<portal>/<name>}. */
  String template(String name) {
    return Resources.text("templates/" + portal.id() + "/" + name);
  }

  /** The HTML of one home or list page. */
  String render(ListPageEntry page) {
    String items = items(page.articles());
    if ("home".equals(page.kind())) {
      return fill(homeTemplate, Map.of("items", items));
    }
    return fill(
        listTemplate,
        Map.of(
            "sectionId", page.section(),
            "sectionName", HtmlEncoding.escape(portal.sectionName(page.section())),
            "page", String.valueOf(page.page()),
            "items", items,
            "pager", pager(page)));
  }

  /** One item line per article path, in the portal's item markup. */
  String items(List<String> paths) {
    StringBuilder out = new StringBuilder();
    for (String path : paths) {
      ArticleEntry a = articlesByPath.get(path);
      String title = a.title() != null ? a.title() : a.originId();
      out.append(
          fill(
              itemTemplate,
              Map.of(
                  "path", path, "title", HtmlEncoding.escape(title), "date", dateOf(path))));
    }
    return out.toString();
  }

  private String pager(ListPageEntry page) {
    List<ListPageEntry> siblings = new ArrayList<>();
    for (ListPageEntry p : pages) {
      if ("section".equals(p.kind()) && page.section().equals(p.section())) {
        siblings.add(p);
      }
    }
    siblings.sort(Comparator.comparingInt(ListPageEntry::page));
    // Big5 portals write their labels in traditional script
    boolean traditional = "Big5".equalsIgnoreCase(portal.encoding());
    String first = traditional ? "首頁" : "首页";
    String prev = traditional ? "上一頁" : "上一页";
    String next = traditional ? "下一頁" : "下一页";
    String last = traditional ? "末頁" : "尾页";
    int n = siblings.size();
    int current = page.page();
    StringBuilder out = new StringBuilder();
    out.append(link(siblings.get(0).path(), first));
    if (current > 1) {
      out.append(link(siblings.get(current - 2).path(), prev));
    }
    for (ListPageEntry p : siblings) {
      if (p.page() == current) {
        out.append("<span class=\"current\">").append(current).append("</span> ");
      } else {
        out.append(link(p.path(), String.valueOf(p.page())));
      }
    }
    if (current < n) {
      out.append(link(siblings.get(current).path(), next));
    }
    out.append(link(siblings.get(n - 1).path(), last));
    return out.toString().trim();
  }

  private static String link(String href, String label) {
    return "<a href=\"" + href + "\">" + label + "</a> ";
  }

  /** The date an article path carries ({@code /2021/11/09/} or {@code /2020/04/}), or "". */
  static String dateOf(String path) {
    Matcher m = PATH_DATE.matcher(path);
    if (!m.find()) {
      return "";
    }
    return m.group(3) == null
        ? m.group(1) + "-" + m.group(2)
        : m.group(1) + "-" + m.group(2) + "-" + m.group(3);
  }

  /** Replaces every {@code {{key}}} of the template. */
  static String fill(String template, Map<String, String> values) {
    String out = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      out = out.replace("{{" + e.getKey() + "}}", e.getValue());
    }
    return out;
  }
}
