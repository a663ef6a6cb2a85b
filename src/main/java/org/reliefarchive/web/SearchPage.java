package org.reliefarchive.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.search.FacetValue;
import org.reliefarchive.search.SearchHit;
import org.reliefarchive.search.SearchRequest;
import org.reliefarchive.search.SearchResult;

/**
 * The search page: search box, facet links, timeline and province tiles, results, pagination.
 * Works without JavaScript; the URL carries the whole state. Scripts under /static/ only enhance
 * it (charts, the agency filter box). This class builds a {@link SearchView} of the links and
 * texts; {@code search.jte} writes it, escaping every value.
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
    return render(request, result, error, null, m);
  }

  /** The page with a note that {@code crawl}, when not null, is still adding reports. */
  String render(SearchRequest request, SearchResult result, String error, SearchView.Crawl crawl,
      Messages m) {
    return Templates.render("search.jte", view(request, result, error, crawl, m));
  }

  SearchView view(SearchRequest request, SearchResult result, String error, SearchView.Crawl crawl,
      Messages m) {
    String q = request == null ? "" : request.query();
    SearchUrl state = request == null ? null : SearchUrl.of(request, m);
    SearchView.Results results = null;
    if (result != null) {
      List<SearchView.Facet> facets = new ArrayList<>();
      for (Map.Entry<String, List<FacetValue>> dim : result.facets().entrySet()) {
        if (!dim.getValue().isEmpty()) {
          facets.add(facet(state, dim.getKey(), dim.getValue(), m));
        }
      }
      // reports missing some words follow the full matches under a note saying so; in a
      // relaxed search (counts include them) they stay in rank order, each marked
      List<SearchView.Hit> hits = new ArrayList<>();
      List<SearchView.Hit> partial = new ArrayList<>();
      for (SearchHit hit : result.hits()) {
        (hit.partial() && !result.relaxed() ? partial : hits).add(hit(hit, m));
      }
      results = new SearchView.Results(summary(request, state, result, m),
          dates(request, m), facets,
          SearchCharts.of(state, result), (request.page() - 1) * request.size() + 1, hits,
          pagination(request, state, result), partial,
          (int) Math.min(result.total(), Integer.MAX_VALUE));
    }
    String repaired = result == null || result.query().isBlank() || result.query().equals(q)
        ? null : result.query();
    return new SearchView(m, header(request, state, m), q,
        state == null ? null : state.query(false), error, repaired,
        result == null ? null : alsoSearched(result.alsoSearched(), m), results, crawl);
  }

  /** The most words listed for one query word; a long list (香港's districts) ends with …. */
  static final int MAX_SYNONYMS_SHOWN = 6;

  /**
   * The words the synonyms expanded, each with what it was also searched as (孤独症 → 自闭症;
   * 社工 → 社会工作者), or null when the query has none.
   */
  static String alsoSearched(Map<String, List<String>> expansions, Messages m) {
    if (expansions.isEmpty()) {
      return null;
    }
    List<String> runs = new ArrayList<>();
    expansions.forEach((typed, others) -> {
      List<String> shown = others.size() > MAX_SYNONYMS_SHOWN
          ? new ArrayList<>(others.subList(0, MAX_SYNONYMS_SHOWN)) : new ArrayList<>(others);
      if (others.size() > MAX_SYNONYMS_SHOWN) {
        shown.add("…");
      }
      runs.add(typed + " → " + String.join(m.t("synonyms.sep"), shown));
    });
    return String.join(m.t("synonyms.runs.sep"), runs);
  }

  private static Header header(SearchRequest request, SearchUrl state, Messages m) {
    String q = request == null ? "" : request.query();
    String other = m.t("lang.other.code");
    String langHref = state != null ? state.lang(other).href()
        : "/" + SearchUrl.langSuffix(Messages.forLang(other), '?');
    List<Header.Field> hidden = new ArrayList<>();
    if (request != null) {
      request.filters().forEach((dim, values) -> values.forEach(v ->
          hidden.add(new Header.Field(dim, v))));
      if (request.from() != null) {
        hidden.add(new Header.Field("from", request.from().toString()));
      }
      if (request.to() != null) {
        hidden.add(new Header.Field("to", request.to().toString()));
      }
    }
    if (!Messages.DEFAULT.equals(m.code())) {
      hidden.add(new Header.Field("lang", m.code()));
    }
    return new Header(m, q, q.isEmpty(), hidden, langHref, true);
  }

  /** The date form: its fields hold the range, hidden fields the rest of the state. */
  private static SearchView.DateForm dates(SearchRequest request, Messages m) {
    List<Header.Field> hidden = new ArrayList<>();
    hidden.add(new Header.Field("q", request.query()));
    request.filters().forEach((dim, values) -> values.forEach(v ->
        hidden.add(new Header.Field(dim, v))));
    hidden.add(new Header.Field("sort", request.sort().name().toLowerCase(Locale.ROOT)));
    if (request.relaxed()) {
      hidden.add(new Header.Field("relaxed", "1"));
    }
    if (!Messages.DEFAULT.equals(m.code())) {
      hidden.add(new Header.Field("lang", m.code()));
    }
    return new SearchView.DateForm(request.from() == null ? null : request.from().toString(),
        request.to() == null ? null : request.to().toString(), hidden);
  }

  private SearchView.Summary summary(SearchRequest request, SearchUrl state,
      SearchResult result, Messages m) {
    boolean byDate = request.sort() == SearchRequest.Sort.DATE;
    List<SearchView.Chip> chips = new ArrayList<>();
    request.filters().forEach((dim, values) -> values.forEach(v -> chips.add(
        new SearchView.Chip(dim, display(dim, v, m), state.toggle(dim, v).href(),
            lang(dim, m)))));
    if (request.from() != null || request.to() != null) {
      chips.add(new SearchView.Chip("date", range(request.from(), request.to()),
          state.range(null, null).href(), null));
    }
    SearchRequest cleared = new SearchRequest(request.query(), Map.of(), request.sort(), 1,
        request.size());
    return new SearchView.Summary(result.total(), result.tookMs(), byDate,
        state.sort(byDate ? "relevance" : "date").href(), state.query(false), chips,
        SearchUrl.of(cleared, m).href());
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

  private SearchView.Facet facet(SearchUrl state, String dim, List<FacetValue> values,
      Messages m) {
    // every agency, in a box that scrolls; app.js adds a filter field above it
    boolean filterable = IndexSchema.AGENCY.equals(dim);
    int shownMax = filterable ? Integer.MAX_VALUE : MAX_FACET_VALUES;
    List<SearchView.FacetLink> shown = new ArrayList<>();
    List<SearchView.FacetLink> more = new ArrayList<>();
    int seen = 0;
    for (FacetValue v : values) {
      // long flat lists (months, years) show their largest values; selected ones always
      boolean inView = seen++ < shownMax || v.selected();
      (inView ? shown : more).add(link(state, dim, v, m));
    }
    return new SearchView.Facet(dim, filterable, lang(dim, m), shown, more);
  }

  /** The language of a dimension's values: crawled names are Chinese; dates and statuses not. */
  private static String lang(String dim, Messages m) {
    boolean names = !IndexSchema.STATUS.equals(dim) && !IndexSchema.YEAR.equals(dim)
        && !IndexSchema.MONTH.equals(dim);
    return names ? m.textLang() : null;
  }

  private SearchView.FacetLink link(SearchUrl state, String dim, FacetValue v, Messages m) {
    List<SearchView.FacetLink> children = new ArrayList<>();
    for (FacetValue child : v.children()) {
      children.add(link(state, dim, child, m));
    }
    return new SearchView.FacetLink(display(dim, v.value(), m), v.count(), v.selected(),
        state.toggle(dim, v.path()).href(), children);
  }

  private static SearchView.Hit hit(SearchHit hit, Messages m) {
    return new SearchView.Hit("/reports/" + Html.url(hit.id()) + SearchUrl.langSuffix(m, '?'),
        hit.title() == null || hit.title().isBlank() ? hit.url() : hit.title(), hit.reprints(),
        hit.portalName() != null ? hit.portalName() : hit.portal(), hit.date(),
        Html.isWebUrl(hit.url()) ? hit.url() : null, hit.primaryRegion(), hit.agencyTypes(),
        Part.of(hit.snippet()), "removed".equals(hit.status()), hit.missing());
  }

  private static SearchView.Pagination pagination(SearchRequest request, SearchUrl state,
      SearchResult result) {
    long pages = (result.total() + request.size() - 1) / request.size();
    if (pages <= 1) {
      return null;
    }
    int page = request.page();
    return new SearchView.Pagination(page, pages,
        page > 1 ? state.page(page - 1).href() : null,
        page < pages ? state.page(page + 1).href() : null);
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
