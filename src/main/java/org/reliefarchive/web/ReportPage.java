package org.reliefarchive.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.reliefarchive.enrich.ReportTags;
import org.reliefarchive.search.ReportDetail;
import org.reliefarchive.search.SearchHit;

/**
 * Renders one report: heading, metadata, the clean text with its tag mentions marked, the tags,
 * the archived copy in a sandboxed frame, reprints, similar reports and a citation line. Every
 * crawled string is escaped.
 */
final class ReportPage {
  private static final Map<String, String> KIND_LABELS = Map.of(
      "region", "地区", "agency_type", "机构类型", "agency", "机构", "beneficiary", "受助群体");

  String render(ReportDetail r, List<SearchHit> similar) {
    StringBuilder h = new StringBuilder(32_768);
    String title = r.title() == null || r.title().isBlank() ? r.url() : r.title();
    h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(Html.escape(title)).append(" - ReliefArchive</title>")
        .append("<link rel=\"stylesheet\" href=\"/static/app.css\"></head><body>")
        .append("<header><a class=\"brand\" href=\"/\">ReliefArchive <span>救助报道档案</span></a>")
        .append("<form action=\"/\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" ")
        .append("placeholder=\"搜索报道\" aria-label=\"搜索\"><button type=\"submit\">搜索</button>")
        .append("</form></header><main class=\"report\"><article>");
    h.append("<h1>").append(Html.escape(title)).append("</h1><dl class=\"facts\">");
    fact(h, "来源网站", r.portalName() != null ? r.portalName() : r.portal());
    fact(h, "发布时间", r.date() == null ? null : r.date().replace('T', ' '));
    fact(h, "来源", r.source());
    fact(h, "编辑", r.editor());
    fact(h, "作者", r.author());
    fact(h, "记者/通讯员", r.correspondent());
    fact(h, "主要地区", r.tags().primaryRegion());
    if ("removed".equals(r.status())) {
      h.append("<dt>状态</dt><dd class=\"removed\">原网页已删除（")
          .append(Html.escape(r.removedAt())).append("），以下为存档</dd>");
    }
    h.append("<dt>原文链接</dt><dd>");
    link(h, r.url(), r.url());
    h.append("</dd></dl>");
    body(h, r);
    h.append("<p class=\"cite\"><strong>引用：</strong>").append(Html.escape(citation(r)))
        .append("</p></article><aside class=\"side\">");
    tags(h, r.tags());
    reprints(h, r);
    similar(h, similar);
    h.append("</aside><section class=\"archived\"><h2>存档原页</h2><p class=\"meta\">")
        .append("抓取于 ").append(Html.escape(r.fetchedAt())).append(" · ")
        .append(Html.escape(r.warcFile())).append(" @ ").append(r.warcOffset())
        .append(" · ").append(Html.escape(r.digest()))
        .append("。存档页面在隔离框中显示，脚本不会运行。</p>")
        .append("<iframe sandbox title=\"存档原页\" src=\"/reports/")
        .append(Html.escape(Html.url(r.id()))).append("/archived\"></iframe></section>")
        .append("</main></body></html>");
    return h.toString();
  }

  /** A citation line: title, portal, date, URL, archived at. */
  static String citation(ReportDetail r) {
    return "《" + (r.title() == null ? "" : r.title()) + "》，"
        + (r.portalName() != null ? r.portalName() : r.portal()) + "，"
        + (r.date() == null ? "日期不详" : r.date().substring(0, 10)) + "。" + r.url()
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
  private static void body(StringBuilder h, ReportDetail r) {
    List<ReportTags.Mention> mentions = new ArrayList<>(r.tags().mentions());
    mentions.sort(Comparator.comparingInt(ReportTags.Mention::start));
    String title = r.title() == null ? "" : r.title();
    int base = title.length() + 2;
    h.append("<div class=\"text\">");
    for (String p : r.paragraphs()) {
      int end = base + p.length();
      h.append("<p>");
      int at = base;
      for (ReportTags.Mention m : mentions) {
        if (m.start() < at || m.end() > end || m.start() >= m.end()) {
          continue;
        }
        h.append(Html.escape(p.substring(at - base, m.start() - base)))
            .append("<mark class=\"tag ").append(Html.escape(m.kind()))
            .append("\" title=\"").append(Html.escape(KIND_LABELS.getOrDefault(m.kind(), m.kind())
                + "：" + m.value())).append("\">")
            .append(Html.escape(p.substring(m.start() - base, m.end() - base))).append("</mark>");
        at = m.end();
      }
      h.append(Html.escape(p.substring(at - base))).append("</p>");
      base = end + 2;
    }
    h.append("</div>");
  }

  private static void tags(StringBuilder h, ReportTags t) {
    section(h, "地区", "region", t.regionPaths());
    section(h, "机构类型", "agency_type", t.agencyTypes());
    section(h, "机构", "agency", t.agencies());
    section(h, "受助群体", "beneficiary", t.beneficiaries());
  }

  private static void section(StringBuilder h, String label, String dim, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    h.append("<section><h2>").append(label).append("</h2><p class=\"chips\">");
    for (String v : values) {
      h.append("<a class=\"chip ").append(dim).append("\" href=\"/?").append(dim).append('=')
          .append(Html.escape(Html.url(v))).append("\">").append(Html.escape(v)).append("</a> ");
    }
    h.append("</p></section>");
  }

  private static void reprints(StringBuilder h, ReportDetail r) {
    if (r.reprints().isEmpty()) {
      return;
    }
    h.append("<section><h2>转载（").append(r.reprints().size()).append("）</h2><ul>");
    for (ReportDetail.Reprint p : r.reprints()) {
      h.append("<li><a href=\"/reports/").append(Html.escape(Html.url(p.id()))).append("\">")
          .append(Html.escape(p.portalName() != null ? p.portalName() : p.portal()))
          .append("</a> <span class=\"n\">抓取 ").append(Html.escape(p.fetchedAt()))
          .append("</span></li>");
    }
    h.append("</ul></section>");
  }

  private static void similar(StringBuilder h, List<SearchHit> similar) {
    if (similar.isEmpty()) {
      return;
    }
    h.append("<section><h2>相似报道</h2><ul>");
    for (SearchHit s : similar) {
      h.append("<li><a href=\"/reports/").append(Html.escape(Html.url(s.id()))).append("\">")
          .append(Html.escape(s.title())).append("</a> <span class=\"n\">")
          .append(Html.escape(s.portalName())).append("</span></li>");
    }
    h.append("</ul></section>");
  }
}
