package org.reliefarchive.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reliefarchive.enrich.ReportTags;
import org.reliefarchive.search.ReportDetail;
import org.reliefarchive.search.SearchHit;

/**
 * Renders one report: heading, metadata, the clean text with its tag mentions marked, the tags,
 * a citation line, reprints, similar reports, the capture history when the archive has one, and
 * the archived copy in a sandboxed frame. Every crawled string is escaped.
 */
final class ReportPage {
  String render(ReportDetail r, List<SearchHit> similar, Messages m) {
    StringBuilder h = new StringBuilder(32_768);
    String title = r.title() == null || r.title().isBlank() ? r.url() : r.title();
    String lang = SearchUrl.langSuffix(m, '?');
    String id = Html.escape(Html.url(r.id()));
    String other = m.t("lang.other.code");
    h.append("<!DOCTYPE html><html lang=\"").append(m.t("html.lang")).append("\"><head>")
        .append("<meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(Html.escape(title)).append(" - ReliefArchive</title>")
        .append("<link rel=\"stylesheet\" href=\"/static/app.css\">")
        .append("<script src=\"/static/app.js\" defer></script></head><body>")
        .append("<header><a class=\"brand\" href=\"/").append(lang).append("\">ReliefArchive <span>")
        .append(m.t("brand.sub")).append("</span></a>")
        .append("<form action=\"/\" method=\"get\" role=\"search\"><input type=\"search\" ")
        .append("name=\"q\" placeholder=\"").append(m.t("search.placeholder"))
        .append("\" aria-label=\"").append(m.t("search.label")).append("\">");
    if (!Messages.DEFAULT.equals(m.code())) {
      h.append("<input type=\"hidden\" name=\"lang\" value=\"").append(m.code()).append("\">");
    }
    h.append("<button type=\"submit\">").append(m.t("search.button")).append("</button></form>")
        .append("<a class=\"lang\" hreflang=\"").append(other).append("\" href=\"/reports/")
        .append(id).append(SearchUrl.langSuffix(Messages.forLang(other), '?')).append("\">")
        .append(m.t("lang.other")).append("</a></header><main class=\"report\"><article>")
        .append("<p class=\"back\"><a href=\"/").append(lang).append("\">← ")
        .append(m.t("report.back")).append("</a></p>");
    h.append("<h1>").append(Html.escape(title)).append("</h1><dl class=\"facts\">");
    fact(h, m.t("report.portal"), r.portalName() != null ? r.portalName() : r.portal());
    fact(h, m.t("report.date"), r.date() == null ? null : r.date().replace('T', ' ')
        + (r.dateSource() == null ? "" : " (" + m.t("report.dateSource." + r.dateSource()) + ")"));
    fact(h, m.t("report.source"), r.source());
    fact(h, m.t("report.decoding"), r.decodingNote());
    fact(h, m.t("report.editor"), r.editor());
    fact(h, m.t("report.author"), r.author());
    fact(h, m.t("report.correspondent"), r.correspondent());
    fact(h, m.t("report.region"), r.tags().primaryRegion());
    if ("removed".equals(r.status())) {
      h.append("<dt>").append(m.t("report.status")).append("</dt><dd class=\"removed\">")
          .append(m.t("report.removed", Html.escape(r.removedAt()))).append("</dd>");
    }
    h.append("<dt>").append(m.t("report.url")).append("</dt><dd>");
    link(h, r.url(), r.url());
    h.append("</dd></dl>");
    body(h, r, m);
    h.append("<div class=\"cite\"><strong>").append(m.t("report.cite")).append("</strong> ")
        .append("<span class=\"cite-text\" data-copy=\"").append(m.t("report.cite.copy"))
        .append("\">").append(Html.escape(citation(r, m))).append("</span></div>")
        .append("</article><aside class=\"side\">");
    tags(h, r.tags(), m);
    reprints(h, r, m);
    similar(h, similar, m);
    Captures.render(h, r, m);
    h.append("</aside><section class=\"archived\"><h2>").append(m.t("report.archived"))
        .append("</h2><p class=\"meta\">").append(m.t("report.captured")).append(" ")
        .append(Html.escape(r.fetchedAt())).append(" · ")
        .append(Html.escape(r.warcFile())).append(" @ ").append(r.warcOffset())
        .append(" · ").append(Html.escape(r.digest())).append(". ")
        .append(m.t("report.sandbox")).append(" <a href=\"/reports/").append(id)
        .append("/archived\" rel=\"noopener noreferrer\">").append(m.t("report.open.archived"))
        .append("</a></p><iframe sandbox title=\"").append(m.t("report.archived"))
        .append("\" src=\"/reports/").append(id).append("/archived\"></iframe></section>")
        .append("</main></body></html>");
    return h.toString();
  }

  /** A citation line: title, portal, date, URL, archived at. */
  static String citation(ReportDetail r, Messages m) {
    String portal = r.portalName() != null ? r.portalName() : r.portal();
    String date = r.date() == null ? m.t("cite.undated") : r.date().substring(0, 10);
    String title = r.title() == null ? "" : r.title();
    if ("en".equals(m.code())) {
      return "“" + title + "”, " + portal + ", " + date + ". " + r.url()
          + " (archived by ReliefArchive, " + r.fetchedAt() + ")";
    }
    return "《" + title + "》，" + portal + "，" + date + "。" + r.url()
        + "（ReliefArchive 存档于 " + r.fetchedAt() + "）";
  }

  private static void fact(StringBuilder h, String label, String value) {
    if (value != null && !value.isBlank()) {
      h.append("<dt>").append(label).append("</dt><dd>").append(Html.escape(value))
          .append("</dd>");
    }
  }

  private static void link(StringBuilder h, String url, String text) {
    if (Html.isWebUrl(url)) {
      h.append("<a href=\"").append(Html.escape(url))
          .append("\" rel=\"noopener noreferrer nofollow\">").append(Html.escape(text))
          .append("</a>");
    } else {
      h.append(Html.escape(text));
    }
  }

  /** The paragraphs, with each tag mention wrapped in a mark naming the tag. */
  private static void body(StringBuilder h, ReportDetail r, Messages m) {
    List<ReportTags.Mention> mentions = new ArrayList<>(r.tags().mentions());
    mentions.sort(Comparator.comparingInt(ReportTags.Mention::start));
    String title = r.title() == null ? "" : r.title();
    int base = title.length() + 2;
    h.append("<div class=\"text\">");
    for (String p : r.paragraphs()) {
      int end = base + p.length();
      h.append("<p>");
      int at = base;
      for (ReportTags.Mention mention : mentions) {
        if (mention.start() < at || mention.end() > end || mention.start() >= mention.end()) {
          continue;
        }
        h.append(Html.escape(p.substring(at - base, mention.start() - base)))
            .append("<mark class=\"tag ").append(Html.escape(mention.kind()))
            .append("\" title=\"").append(Html.escape(m.tOr("tag." + mention.kind(),
                mention.kind()) + ": " + mention.value())).append("\">")
            .append(Html.escape(p.substring(mention.start() - base, mention.end() - base)))
            .append("</mark>");
        at = mention.end();
      }
      h.append(Html.escape(p.substring(at - base))).append("</p>");
      base = end + 2;
    }
    h.append("</div>");
  }

  private static void tags(StringBuilder h, ReportTags t, Messages m) {
    if (t.regionPaths().isEmpty() && t.agencyTypes().isEmpty() && t.agencies().isEmpty()
        && t.beneficiaries().isEmpty()) {
      return;
    }
    h.append("<section class=\"tags\"><h2>").append(m.t("report.tags")).append("</h2>");
    section(h, "region", t.regionPaths(), m);
    section(h, "agency_type", t.agencyTypes(), m);
    section(h, "agency", t.agencies(), m);
    section(h, "beneficiary", t.beneficiaries(), m);
    if (!t.mentions().isEmpty()) {
      h.append("<p class=\"note\">").append(m.t("report.mentions")).append("</p>");
    }
    h.append("</section>");
  }

  private static void section(StringBuilder h, String dim, List<String> values, Messages m) {
    if (values.isEmpty()) {
      return;
    }
    h.append("<h3>").append(m.t("tag." + dim)).append("</h3><p class=\"chips\">");
    for (String v : values) {
      h.append("<a class=\"chip ").append(dim).append("\" href=\"/?").append(dim).append('=')
          .append(Html.escape(Html.url(v))).append(SearchUrl.langSuffix(m, '&')).append("\">")
          .append(Html.escape(v)).append("</a> ");
    }
    h.append("</p>");
  }

  private static void reprints(StringBuilder h, ReportDetail r, Messages m) {
    if (r.reprints().isEmpty()) {
      return;
    }
    h.append("<section class=\"reprints\"><h2>").append(m.t("report.reprints",
        r.reprints().size())).append("</h2><ul>");
    for (ReportDetail.Reprint p : r.reprints()) {
      h.append("<li><a href=\"/reports/").append(Html.escape(Html.url(p.id())))
          .append(SearchUrl.langSuffix(m, '?')).append("\">")
          .append(Html.escape(p.portalName() != null ? p.portalName() : p.portal()))
          .append("</a> <span class=\"n\">")
          .append(m.t("report.reprint.captured", Html.escape(p.fetchedAt())))
          .append("</span></li>");
    }
    h.append("</ul></section>");
  }

  private static void similar(StringBuilder h, List<SearchHit> similar, Messages m) {
    if (similar.isEmpty()) {
      return;
    }
    h.append("<section class=\"similar\"><h2>").append(m.t("report.similar")).append("</h2><ul>");
    for (SearchHit s : similar) {
      h.append("<li><a href=\"/reports/").append(Html.escape(Html.url(s.id())))
          .append(SearchUrl.langSuffix(m, '?')).append("\">")
          .append(Html.escape(s.title())).append("</a> <span class=\"n\">")
          .append(Html.escape(s.portalName()));
      if (s.date() != null) {
        h.append(" · ").append(Html.escape(s.date().substring(0, Math.min(10, s.date().length()))));
      }
      h.append("</span></li>");
    }
    h.append("</ul></section>");
  }
}
