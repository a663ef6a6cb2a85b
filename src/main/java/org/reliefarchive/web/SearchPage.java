package org.reliefarchive.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.search.FacetValue;
import org.reliefarchive.search.SearchHit;
import org.reliefarchive.search.SearchRequest;
import org.reliefarchive.search.SearchResult;

/**
 * Renders the search page as plain HTML: search box, facet links, results, pagination. Works
 * without JavaScript; the URL carries the whole state. Every crawled string is escaped; snippets
 * arrive escaped from the searcher with only {@code <mark>} added.
 */
final class SearchPage {
  private static final Map<String, String> DIM_LABELS = Map.of(
      IndexSchema.REGION, "地区", IndexSchema.AGENCY_TYPE, "机构类型", IndexSchema.AGENCY, "机构",
      IndexSchema.BENEFICIARY, "受助群体", IndexSchema.PORTAL, "来源网站",
      IndexSchema.YEAR, "年份", IndexSchema.MONTH, "月份", IndexSchema.STATUS, "状态");

  private static final int MAX_FACET_VALUES = 12;

  private final Map<String, String> portalNames;

  /** @param portalNames display names of portal ids, for the facet list */
  SearchPage(Map<String, String> portalNames) {
    this.portalNames = Map.copyOf(portalNames);
  }

  String render(SearchRequest request, SearchResult result, String error) {
    String q = request == null ? "" : request.query();
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(q.isEmpty() ? "" : Html.escape(q) + " - ")
        .append("ReliefArchive 救助报道档案</title>")
        .append("<link rel=\"stylesheet\" href=\"/static/app.css\"></head><body>")
        .append("<header><a class=\"brand\" href=\"/\">ReliefArchive <span>救助报道档案</span></a>")
        .append("<form action=\"/\" method=\"get\" role=\"search\">")
        .append("<input type=\"search\" name=\"q\" value=\"").append(Html.escape(q))
        .append("\" placeholder=\"搜索报道，如 残联 疫情防控\" aria-label=\"搜索\" autofocus>");
    if (request != null) {
      for (Map.Entry<String, List<String>> f : request.filters().entrySet()) {
        for (String v : f.getValue()) {
          h.append("<input type=\"hidden\" name=\"").append(Html.escape(f.getKey()))
              .append("\" value=\"").append(Html.escape(v)).append("\">");
        }
      }
    }
    h.append("<button type=\"submit\">搜索</button></form>")
        .append("<p class=\"syntax\">语法：空格 = 且；<code>OR</code> 或；<code>NOT</code>/<code>-词</code> 排除；")
        .append("<code>\"短语\"</code> 精确匹配；<code>title:词</code> 只搜标题。简体、繁體皆可。</p>")
        .append("</header><main>");
    if (error != null) {
      h.append("<p class=\"error\" role=\"alert\">").append(Html.escape(error)).append("</p>");
    }
    if (result != null) {
      h.append("<aside class=\"facets\">");
      for (Map.Entry<String, List<FacetValue>> dim : result.facets().entrySet()) {
        facet(h, request, dim.getKey(), dim.getValue());
      }
      h.append("</aside><section class=\"results\">");
      summary(h, request, result);
      if (result.hits().isEmpty()) {
        h.append("<div class=\"empty\"><p>没有找到匹配的报道。</p><ul>")
            .append("<li>换个说法，或减少关键词</li><li>去掉左侧已选的筛选条件</li>")
            .append("<li>简体、繁體都能搜到彼此</li></ul></div>");
      }
      h.append("<ol class=\"hits\" start=\"")
          .append((request.page() - 1) * request.size() + 1).append("\">");
      for (SearchHit hit : result.hits()) {
        hit(h, hit);
      }
      h.append("</ol>");
      pagination(h, request, result);
      h.append("</section>");
    }
    h.append("</main></body></html>");
    return h.toString();
  }

  private void summary(StringBuilder h, SearchRequest request, SearchResult result) {
    h.append("<div class=\"summary\"><span class=\"count\">共 <strong>").append(result.total())
        .append("</strong> 篇报道</span>");
    String other = request.sort() == SearchRequest.Sort.DATE ? "relevance" : "date";
    String label = request.sort() == SearchRequest.Sort.DATE ? "按相关度排序" : "按日期排序";
    h.append(" · <a href=\"").append(Html.escape(link(request, null, null, other, 1)))
        .append("\">").append(label).append("</a>");
    String state = link(request, null, null, null, 1).substring(2);
    h.append(" · 导出全部：<a href=\"/export.csv?").append(Html.escape(state))
        .append("\">CSV</a> <a href=\"/export.jsonl?").append(Html.escape(state))
        .append("\">JSON Lines</a> · <a href=\"/feed.atom?").append(Html.escape(state))
        .append("\">订阅 (Atom)</a>");
    for (Map.Entry<String, List<String>> f : request.filters().entrySet()) {
      for (String v : f.getValue()) {
        h.append(" <a class=\"chip\" title=\"移除筛选\" href=\"")
            .append(Html.escape(link(request, f.getKey(), v, null, 1))).append("\">")
            .append(Html.escape(display(f.getKey(), v))).append(" ×</a>");
      }
    }
    h.append("</div>");
  }

  private void facet(StringBuilder h, SearchRequest request, String dim, List<FacetValue> values) {
    if (values.isEmpty()) {
      return;
    }
    h.append("<section class=\"facet\" data-dim=\"").append(Html.escape(dim)).append("\"><h2>")
        .append(Html.escape(DIM_LABELS.getOrDefault(dim, dim))).append("</h2>");
    facetList(h, request, dim, values, 0);
    h.append("</section>");
  }

  private void facetList(StringBuilder h, SearchRequest request, String dim,
      List<FacetValue> values, int depth) {
    h.append("<ul>");
    int shown = 0;
    for (FacetValue v : values) {
      // long flat lists (months, agencies) show their largest values; selected ones always
      if (depth == 0 && shown >= MAX_FACET_VALUES && !v.selected()) {
        continue;
      }
      shown++;
      h.append("<li><a").append(v.selected() ? " class=\"selected\" aria-current=\"true\"" : "")
          .append(" href=\"").append(Html.escape(link(request, dim, v.path(), null, 1)))
          .append("\"><span class=\"box\">").append(v.selected() ? "☑" : "☐")
          .append("</span> ").append(Html.escape(display(dim, v.value())))
          .append(" <span class=\"n\">").append(v.count()).append("</span></a>");
      if (!v.children().isEmpty()) {
        facetList(h, request, dim, v.children(), depth + 1);
      }
      h.append("</li>");
    }
    h.append("</ul>");
  }

  private void hit(StringBuilder h, SearchHit hit) {
    h.append("<li class=\"hit\"><h3><a href=\"/reports/").append(Html.escape(Html.url(hit.id())))
        .append("\">").append(Html.escape(hit.title() == null || hit.title().isBlank()
            ? hit.url() : hit.title()))
        .append("</a>");
    if (hit.reprints() > 0) {
      h.append(" <span class=\"badge\" title=\"同一篇文章在其他网站的转载\">")
          .append(hit.reprints()).append(" 篇转载</span>");
    }
    h.append("</h3><p class=\"meta\">")
        .append(Html.escape(hit.portalName() != null ? hit.portalName() : hit.portal()));
    if (hit.date() != null) {
      h.append(" · <time datetime=\"").append(Html.escape(hit.date())).append("\">")
          .append(Html.escape(hit.date().substring(0, Math.min(10, hit.date().length()))))
          .append("</time>");
    }
    if (Html.isWebUrl(hit.url())) {
      h.append(" · <a class=\"orig\" href=\"").append(Html.escape(hit.url()))
          .append("\" rel=\"noopener noreferrer nofollow\">原文</a>");
    }
    if (hit.primaryRegion() != null) {
      h.append(" <span class=\"chip region\">").append(Html.escape(hit.primaryRegion()))
          .append("</span>");
    }
    for (String a : hit.agencyTypes()) {
      h.append(" <span class=\"chip agency_type\">").append(Html.escape(a)).append("</span>");
    }
    // the snippet is escaped text with <mark> only, made by the searcher
    h.append("</p><p class=\"snippet\">").append(hit.snippet()).append("</p></li>");
  }

  private void pagination(StringBuilder h, SearchRequest request, SearchResult result) {
    long pages = (result.total() + request.size() - 1) / request.size();
    if (pages <= 1) {
      return;
    }
    h.append("<nav class=\"pages\" aria-label=\"分页\">");
    if (request.page() > 1) {
      h.append("<a rel=\"prev\" href=\"")
          .append(Html.escape(link(request, null, null, null, request.page() - 1)))
          .append("\">上一页</a> ");
    }
    h.append("<span>第 ").append(request.page()).append(" / ").append(pages).append(" 页</span>");
    if (request.page() < pages) {
      h.append(" <a rel=\"next\" href=\"")
          .append(Html.escape(link(request, null, null, null, request.page() + 1)))
          .append("\">下一页</a>");
    }
    h.append("</nav>");
  }

  private String display(String dim, String value) {
    return IndexSchema.PORTAL.equals(dim) ? portalNames.getOrDefault(value, value) : value;
  }

  /**
   * The URL of the page with one facet value toggled, the sort changed or another page. A
   * toggle or a new sort goes back to page 1.
   */
  static String link(SearchRequest r, String toggleDim, String toggleValue, String sort,
      int page) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    r.filters().forEach((k, v) -> filters.put(k, new ArrayList<>(v)));
    if (toggleDim != null) {
      List<String> values = filters.computeIfAbsent(toggleDim, k -> new ArrayList<>());
      if (!values.remove(toggleValue)) {
        values.add(toggleValue);
      }
    }
    StringBuilder u = new StringBuilder("/?q=").append(Html.url(r.query()));
    filters.forEach((k, vs) -> vs.forEach(v -> u.append('&').append(Html.url(k)).append('=')
        .append(Html.url(v))));
    String s = sort != null ? sort : r.sort().name().toLowerCase(java.util.Locale.ROOT);
    u.append("&sort=").append(s);
    if (page > 1) {
      u.append("&page=").append(page);
    }
    return u.toString();
  }
}
