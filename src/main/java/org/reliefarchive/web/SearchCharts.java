package org.reliefarchive.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.search.FacetValue;
import org.reliefarchive.search.SearchResult;

/**
 * The two pictures of the search page, rendered as plain links so they work without JavaScript:
 * a timeline of matching reports (a bar per month, or per year over long spans; a bar narrows the
 * date range) and a tile grid of China's provinces shaded by count (a tile filters by region).
 * {@code /static/charts.js} draws the same links as ECharts charts. Heights and shades are
 * classes ({@code h0}…{@code h10}, {@code lv0}…{@code lv5}): the CSP allows no inline style.
 * This class computes them; {@code search.jte} writes them.
 */
final class SearchCharts {
  /** Longest span drawn per month; longer spans are drawn per year. */
  static final int MAX_MONTHS = 48;

  /** Provincial-level divisions as tiles: full name, short label, row, column. */
  record Tile(String name, String label, int row, int col) {}

  static final List<Tile> TILES = List.of(
      new Tile("黑龙江省", "黑龙江", 0, 6),
      new Tile("新疆维吾尔自治区", "新疆", 1, 0), new Tile("内蒙古自治区", "内蒙古", 1, 3),
      new Tile("北京市", "北京", 1, 4), new Tile("辽宁省", "辽宁", 1, 5),
      new Tile("吉林省", "吉林", 1, 6),
      new Tile("甘肃省", "甘肃", 2, 1), new Tile("宁夏回族自治区", "宁夏", 2, 2),
      new Tile("山西省", "山西", 2, 3), new Tile("河北省", "河北", 2, 4),
      new Tile("天津市", "天津", 2, 5),
      new Tile("西藏自治区", "西藏", 3, 0), new Tile("青海省", "青海", 3, 1),
      new Tile("陕西省", "陕西", 3, 2), new Tile("河南省", "河南", 3, 3),
      new Tile("山东省", "山东", 3, 4),
      new Tile("四川省", "四川", 4, 1), new Tile("重庆市", "重庆", 4, 2),
      new Tile("湖北省", "湖北", 4, 3), new Tile("安徽省", "安徽", 4, 4),
      new Tile("江苏省", "江苏", 4, 5), new Tile("上海市", "上海", 4, 6),
      new Tile("云南省", "云南", 5, 1), new Tile("贵州省", "贵州", 5, 2),
      new Tile("湖南省", "湖南", 5, 3), new Tile("江西省", "江西", 5, 4),
      new Tile("浙江省", "浙江", 5, 5),
      new Tile("广西壮族自治区", "广西", 6, 2), new Tile("广东省", "广东", 6, 3),
      new Tile("福建省", "福建", 6, 4), new Tile("台湾省", "台湾", 6, 5),
      new Tile("海南省", "海南", 7, 2), new Tile("澳门特别行政区", "澳门", 7, 3),
      new Tile("香港特别行政区", "香港", 7, 4));

  private SearchCharts() {}

  /** Both pictures; either may be null, not both. */
  record Charts(Timeline timeline, Provinces provinces) {}

  /**
   * The timeline: a bar per month or per year, from the first to the last period with reports.
   *
   * @param perMonth true for a bar per month, false for a bar per year
   * @param bars the bars, oldest first
   * @param last the last period (the first is the first bar's), or null without bars
   * @param undated matching reports without a date, shown beside the bars so they add up
   */
  record Timeline(boolean perMonth, List<Bar> bars, String last, long undated) {}

  /** A bar: its period, its count, its height class 0…10, the page kept to that period. */
  record Bar(String key, int count, int height, String href) {}

  /** The tiles of the grid, and the region values that have no tile. */
  record Provinces(List<TileLink> tiles, List<SearchView.FacetLink> others) {}

  /** A province tile: its place, count, shade 0…5, selection and the link that toggles it. */
  record TileLink(Tile tile, int count, int level, boolean selected, String href) {}

  /** Both pictures, or null when no report has a date or a province. */
  static Charts of(SearchUrl state, SearchResult result) {
    Timeline t = timeline(state, result.facets(), result.undated());
    Provinces p = provinces(state, result.facets().getOrDefault(IndexSchema.REGION, List.of()));
    return t == null && p == null ? null : new Charts(t, p);
  }

  static Timeline timeline(SearchUrl state, Map<String, List<FacetValue>> facets,
      long undated) {
    Map<YearMonth, Integer> months = new TreeMap<>();
    for (FacetValue v : facets.getOrDefault(IndexSchema.MONTH, List.of())) {
      try {
        months.put(YearMonth.parse(v.value()), v.count());
      } catch (DateTimeParseException e) {
        // a month value we did not write; not drawn
      }
    }
    if (months.isEmpty()) {
      return undated == 0 ? null : new Timeline(true, List.of(), null, undated);
    }
    YearMonth first = ((TreeMap<YearMonth, Integer>) months).firstKey();
    YearMonth last = ((TreeMap<YearMonth, Integer>) months).lastKey();
    Map<String, Integer> counts = new LinkedHashMap<>();
    boolean perMonth = first.until(last, ChronoUnit.MONTHS) < MAX_MONTHS;
    if (perMonth) {
      for (YearMonth ym = first; !ym.isAfter(last); ym = ym.plusMonths(1)) {
        counts.put(ym.toString(), months.getOrDefault(ym, 0));
      }
    } else {
      for (int y = first.getYear(); y <= last.getYear(); y++) {
        counts.put(String.valueOf(y), 0);
      }
      months.forEach((ym, n) -> counts.merge(String.valueOf(ym.getYear()), n, Integer::sum));
    }
    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    List<Bar> bars = new ArrayList<>();
    counts.forEach((key, n) -> bars.add(new Bar(key, n,
        n == 0 ? 0 : Math.max(1, Math.round(10f * n / max)), state.range(key, key).href())));
    return new Timeline(perMonth, bars,
        perMonth ? last.toString() : String.valueOf(last.getYear()), undated);
  }

  static Provinces provinces(SearchUrl state, List<FacetValue> regions) {
    Map<String, FacetValue> byName = new LinkedHashMap<>();
    for (FacetValue v : regions) {
      byName.put(v.value(), v);
    }
    if (byName.values().stream().noneMatch(v -> v.count() > 0)) {
      return null;
    }
    int max = byName.values().stream().mapToInt(FacetValue::count).max().orElse(1);
    List<FacetValue> others = new ArrayList<>(byName.values());
    List<TileLink> tiles = new ArrayList<>();
    for (Tile t : TILES) {
      FacetValue v = byName.get(t.name());
      others.remove(v);
      int n = v == null ? 0 : v.count();
      String path = v == null ? t.name() : v.path();
      tiles.add(new TileLink(t, n, level(n, max), v != null && v.selected(),
          state.toggle(IndexSchema.REGION, path).href()));
    }
    // region values outside the grid (a gazetteer with other top-level names) stay reachable
    List<SearchView.FacetLink> rest = new ArrayList<>();
    for (FacetValue v : others) {
      rest.add(new SearchView.FacetLink(v.value(), v.count(), v.selected(),
          state.toggle(IndexSchema.REGION, v.path()).href(), List.of()));
    }
    return new Provinces(tiles, rest);
  }

  /** Shade 0 for none, 1…5 on a square-root scale of the largest count. */
  static int level(int count, int max) {
    if (count <= 0 || max <= 0) {
      return 0;
    }
    return 1 + Math.min(4, (int) Math.floor(5 * Math.sqrt((double) count / max) - 1e-9));
  }
}
