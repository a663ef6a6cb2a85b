package org.reliefarchive.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.search.FacetValue;
import org.reliefarchive.search.SearchHit;
import org.reliefarchive.search.SearchRequest;
import org.reliefarchive.search.SearchResult;

/**
 * Renders the search page as plain HTML: search box, facet links, timeline and province tiles,
 * results, pagination. Works without JavaScript; the URL carries the whole state. Scripts under
 * /static/ only enhance it (charts, the agency filter box). Every crawled string is escaped;
 * snippets arrive as plain text with match ranges and are escaped and marked here.
 */
final class SearchPage {
  private static final int MAX_FACET_VALUES = 10;

  private final Map<String, String> portalNames;

  /** @param portalNames display names of portal ids, for the facet list */
  SearchPage(Map<String, String> portalNames) {
    this.portalNames = Map.copyOf(portalNames);
  }

  /**
   * The page for {@code request}; with {@code result} null it shows the search box and
   * {@code error} only.
   */
  String render(SearchRequest request, SearchResult result, String error, Messages m) {
    String q = request == null ? "" : request.query();
    SearchUrl state = request == null ? null : SearchUrl.of(request, m);
    StringBuilder h = new StringBuilder(32_768);
    h.append("<!DOCTYPE html><html lang=\"").append(m.t("html.lang")).append("\"><head>")
        .append("<meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(q.isEmpty() ? "" : Html.escape(q) + " - ")
        .append("ReliefArchive ").append(m.t("brand.sub")).append("</title>")
        .append("<link rel=\"stylesheet\" href=\"/static/app.css\">")
        .append("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feed.atom")
        .append(state == null ? "" : "?" + Html.escape(state.query(false))).append("\">")
        .append("<script src=\"/static/app.js\" defer></script>");
    if (result != null) {
      h.append("<script src=\"/static/charts.js\" defer></script>");
    }
    h.append("</head><body>");
    header(h, request, state, m);
    h.append("<main>");
    if (error != null) {
      h.append("<p class=\"error\" role=\"alert\">").append(Html.escape(error)).append("</p>");
    }
    if (result != null) {
      h.append("<aside class=\"facets\">");
      for (Map.Entry<String, List<FacetValue>> dim : result.facets().entrySet()) {
        facet(h, state, dim.getKey(), dim.getValue(), m);
      }
      h.append("</aside><section class=\"results\">");
      summary(h, request, state, result, m);
      SearchCharts.render(h, state, result, m);
      if (result.hits().isEmpty()) {
        h.append("<div class=\"empty\"><p>").append(m.t("empty")).append("</p><ul><li>")
            .append(m.t("empty.tip1")).append("</li><li>").append(m.t("empty.tip2"))
            .append("</li><li>").append(m.t("empty.tip3")).append("</li></ul></div>");
      }
      h.append("<ol class=\"hits\" start=\"")
          .append((request.page() - 1) * request.size() + 1).append("\">");
      for (SearchHit hit : result.hits()) {
        hit(h, hit, m);
      }
      h.append("</ol>");
      pagination(h, request, state, result, m);
      h.append("</section>");
    }
    h.append("</main></body></html>");
    return h.toString();
  }

  private static void header(StringBuilder h, SearchRequest request, SearchUrl state,
      Messages m) {
    String q = request == null ? "" : request.query();
    String other = m.t("lang.other.code");
    String langHref = state != null ? state.lang(other).href()
        : "/" + SearchUrl.langSuffix(Messages.forLang(other), '?');
    h.append("<header><a class=\"brand\" href=\"/").append(SearchUrl.langSuffix(m, '?'))
        .append("\">ReliefArchive <span>").append(m.t("brand.sub")).append("</span></a>")
        .append("<form action=\"/\" method=\"get\" role=\"search\">")
        .append("<input type=\"search\" name=\"q\" value=\"").append(Html.escape(q))
        .append("\" placeholder=\"").append(m.t("search.placeholder")).append("\" aria-label=\"")
        .append(m.t("search.label")).append("\"").append(q.isEmpty() ? " autofocus" : "")
        .append(">");
    if (request != null) {
      for (Map.Entry<String, List<String>> f : request.filters().entrySet()) {
        for (String v : f.getValue()) {
          hidden(h, f.getKey(), v);
        }
      }
      hidden(h, "from", request.from() == null ? null : request.from().toString());
      hidden(h, "to", request.to() == null ? null : request.to().toString());
    }
    if (!Messages.DEFAULT.equals(m.code())) {
      hidden(h, "lang", m.code());
    }
    h.append("<button type=\"submit\">").append(m.t("search.button")).append("</button></form>")
        .append("<a class=\"lang\" hreflang=\"").append(other).append("\" href=\"")
        .append(Html.escape(langHref)).append("\">").append(m.t("lang.other")).append("</a>")
        .append("<p class=\"syntax\">").append(m.t("search.syntax")).append("</p></header>");
  }

  private static void hidden(StringBuilder h, String name, String value) {
    if (value != null) {
      h.append("<input type=\"hidden\" name=\"").append(Html.escape(name))
          .append("\" value=\"").append(Html.escape(value)).append("\">");
    }
  }

  private void summary(StringBuilder h, SearchRequest request, SearchUrl state,
      SearchResult result, Messages m) {
    boolean byDate = request.sort() == SearchRequest.Sort.DATE;
    h.append("<div class=\"summary\"><span class=\"count\">")
        .append(m.t("count", result.total())).append("</span> <span class=\"took\">")
        .append(m.t("took", result.tookMs())).append("</span><span class=\"actions\">")
        .append("<a href=\"").append(Html.escape(state.sort(byDate ? "relevance" : "date").href()))
        .append("\">").append(m.t(byDate ? "sort.relevance" : "sort.date")).append("</a>")
        .append(" · ").append(m.t("export")).append(": <a class=\"export-csv\" href=\"/export.csv?")
        .append(Html.escape(state.query(false))).append("\" download>CSV</a> <a class=\"")
        .append("export-jsonl\" href=\"/export.jsonl?").append(Html.escape(state.query(false)))
        .append("\" download>JSON Lines</a> · <a class=\"feed\" href=\"/feed.atom?")
        .append(Html.escape(state.query(false))).append("\" title=\"").append(m.t("feed.title"))
        .append("\">").append(m.t("feed")).append("</a></span></div>");
    boolean any = !request.filters().isEmpty() || request.from() != null
        || request.to() != null;
    if (!any) {
      return;
    }
    h.append("<div class=\"chips\" aria-label=\"").append(m.t("filters")).append("\">");
    for (Map.Entry<String, List<String>> f : request.filters().entrySet()) {
      for (String v : f.getValue()) {
        h.append("<a class=\"chip removable\" data-dim=\"").append(Html.escape(f.getKey()))
            .append("\" title=\"").append(m.t("chip.remove")).append("\" href=\"")
            .append(Html.escape(state.toggle(f.getKey(), v).href())).append("\"><span class=\"")
            .append("dim\">").append(m.t("dim." + f.getKey())).append("</span> ")
            .append(Html.escape(display(f.getKey(), v, m))).append(" <span aria-hidden=\"true\">")
            .append("×</span></a> ");
      }
    }
    if (request.from() != null || request.to() != null) {
      h.append("<a class=\"chip removable\" data-dim=\"date\" title=\"").append(m.t("chip.remove"))
          .append("\" href=\"").append(Html.escape(state.range(null, null).href()))
          .append("\"><span class=\"dim\">").append(m.t("dim.date")).append("</span> ")
          .append(Html.escape(range(request.from(), request.to())))
          .append(" <span aria-hidden=\"true\">×</span></a> ");
    }
    SearchRequest cleared = new SearchRequest(request.query(), Map.of(), request.sort(), 1,
        request.size());
    h.append("<a class=\"clear\" href=\"").append(Html.escape(SearchUrl.of(cleared, m).href()))
        .append("\">").append(m.t("filters.clear")).append("</a></div>");
  }

  /** A date range as briefly as it reads: 2024-05, 2024, or 2024-05-03 – 2024-06-01. */
  static String range(LocalDate from, LocalDate to) {
    if (from != null && to != null && from.getDayOfMonth() == 1
        && to.equals(from.withDayOfMonth(from.lengthOfMonth()))) {
      return from.toString().substring(0, 7);
    }
    if (from != null && to != null && from.getDayOfYear() == 1 && from.getYear() == to.getYear()
        && to.getMonthValue() == 12 && to.getDayOfMonth() == 31) {
      return String.valueOf(from.getYear());
    }
    return (from == null ? "…" : from.toString()) + " – " + (to == null ? "…" : to.toString());
  }

  private void facet(StringBuilder h, SearchUrl state, String dim, List<FacetValue> values,
      Messages m) {
    if (values.isEmpty()) {
      return;
    }
    boolean filterable = IndexSchema.AGENCY.equals(dim);
    h.append("<section class=\"facet\" data-dim=\"").append(Html.escape(dim)).append("\"")
        .append(filterable ? " data-filter=\"" + m.t("facet.filter") + "\" data-none=\""
            + m.t("facet.filter.none") + "\"" : "")
        .append("><h2>").append(m.t("dim." + dim)).append("</h2>");
    if (filterable) {
      // every agency, in a box that scrolls; app.js adds a filter field above it
      h.append("<div class=\"scroll\">");
      facetList(h, state, dim, values, Integer.MAX_VALUE, m);
      h.append("</div>");
    } else {
      facetList(h, state, dim, values, MAX_FACET_VALUES, m);
    }
    h.append("</section>");
  }

  private void facetList(StringBuilder h, SearchUrl state, String dim, List<FacetValue> values,
      int shownMax, Messages m) {
    h.append("<ul>");
    int shown = 0;
    int hidden = 0;
    for (FacetValue v : values) {
      // long flat lists (months, years) show their largest values; selected ones always
      if (shown >= shownMax && !v.selected()) {
        hidden++;
        continue;
      }
      shown++;
      facetValue(h, state, dim, v, m);
    }
    h.append("</ul>");
    if (hidden > 0) {
      h.append("<details class=\"more\"><summary>").append(m.t("facet.more", hidden))
          .append("</summary><ul>");
      int seen = 0;
      for (FacetValue v : values) {
        if (seen++ >= shownMax && !v.selected()) {
          facetValue(h, state, dim, v, m);
        }
      }
      h.append("</ul></details>");
    }
  }

  private void facetValue(StringBuilder h, SearchUrl state, String dim, FacetValue v,
      Messages m) {
    h.append("<li><a").append(v.selected() ? " class=\"selected\" aria-current=\"true\"" : "")
        .append(" href=\"").append(Html.escape(state.toggle(dim, v.path()).href()))
        .append("\"><span class=\"box\" aria-hidden=\"true\"></span><span class=\"v\">")
        .append(Html.escape(display(dim, v.value(), m))).append("</span><span class=\"n\">")
        .append(v.count()).append("</span></a>");
    if (!v.children().isEmpty()) {
      facetList(h, state, dim, v.children(), Integer.MAX_VALUE, m);
    }
    h.append("</li>");
  }

  private static void hit(StringBuilder h, SearchHit hit, Messages m) {
    h.append("<li class=\"hit\"><h3><a href=\"/reports/").append(Html.escape(Html.url(hit.id())))
        .append(SearchUrl.langSuffix(m, '?')).append("\">")
        .append(Html.escape(hit.title() == null || hit.title().isBlank()
            ? hit.url() : hit.title()))
        .append("</a>");
    if (hit.reprints() > 0) {
      h.append(" <span class=\"badge\" title=\"").append(m.t("reprints.title")).append("\">")
          .append(m.t("reprints", hit.reprints())).append("</span>");
    }
    h.append("</h3><p class=\"meta\"><span class=\"portal\">")
        .append(Html.escape(hit.portalName() != null ? hit.portalName() : hit.portal()))
        .append("</span>");
    if (hit.date() != null) {
      h.append(" · <time datetime=\"").append(Html.escape(hit.date())).append("\">")
          .append(Html.escape(hit.date().substring(0, Math.min(10, hit.date().length()))))
          .append("</time>");
    }
    if (Html.isWebUrl(hit.url())) {
      h.append(" · <a class=\"orig\" href=\"").append(Html.escape(hit.url()))
          .append("\" rel=\"noopener noreferrer nofollow\">").append(m.t("original"))
          .append("</a>");
    }
    if (hit.primaryRegion() != null) {
      h.append(" <span class=\"chip region\">").append(Html.escape(hit.primaryRegion()))
          .append("</span>");
    }
    for (String a : hit.agencyTypes()) {
      h.append(" <span class=\"chip agency_type\">").append(Html.escape(a)).append("</span>");
    }
    h.append("</p><p class=\"snippet\">").append(Html.marked(hit.snippet())).append("</p></li>");
  }

  private static void pagination(StringBuilder h, SearchRequest request, SearchUrl state,
      SearchResult result, Messages m) {
    long pages = (result.total() + request.size() - 1) / request.size();
    if (pages <= 1) {
      return;
    }
    h.append("<nav class=\"pages\" aria-label=\"").append(m.t("pages")).append("\">");
    if (request.page() > 1) {
      h.append("<a rel=\"prev\" href=\"").append(Html.escape(state.page(request.page() - 1)
          .href())).append("\">").append(m.t("page.prev")).append("</a> ");
    }
    h.append("<span>").append(m.t("page.of", request.page(), pages)).append("</span>");
    if (request.page() < pages) {
      h.append(" <a rel=\"next\" href=\"").append(Html.escape(state.page(request.page() + 1)
          .href())).append("\">").append(m.t("page.next")).append("</a>");
    }
    h.append("</nav>");
  }

  private String display(String dim, String value, Messages m) {
    if (IndexSchema.PORTAL.equals(dim)) {
      return portalNames.getOrDefault(value, value);
    }
    if (IndexSchema.STATUS.equals(dim)) {
      return m.tOr("status." + value, value);
    }
    return value;
  }
}
