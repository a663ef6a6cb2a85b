package org.reliefarchive.solr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.search.BadQueryException;
import org.reliefarchive.search.FacetValue;

/**
 * Facet filters and counts in the collection, as the embedded search gives them: each
 * dimension's filter is tagged and left out of that dimension's own counts (multi-select, as
 * drill-sideways counts), values of one dimension are ORed, dimensions ANDed; a region filter
 * names a path and finds the places below it. Counts come back shaped as {@code
 * search.FacetReader} shapes them: flat dimensions the top {@value #TOP} by count, periods all
 * of them newest first, regions as a tree opened under the selected paths.
 */
final class SolrFacets {
  private static final int TOP = 100;

  private SolrFacets() {}

  /**
   * Adds the filter queries of {@code filters} to {@code params}, each tagged by its dimension.
   *
   * @throws BadQueryException naming the filter when it is not a facet dimension
   */
  static void filter(ModifiableSolrParams params, Map<String, List<String>> filters) {
    for (Map.Entry<String, List<String>> f : filters.entrySet()) {
      String dim = f.getKey();
      if (!IndexSchema.FACET_DIMENSIONS.contains(dim)) {
        throw new BadQueryException(dim, "unknown filter '" + dim + "'; allowed: "
            + String.join(", ", IndexSchema.FACET_DIMENSIONS));
      }
      String fq = filterQuery(dim, f.getValue());
      if (fq != null) {
        params.add("fq", "{!tag=" + tag(dim) + "}" + fq);
      }
    }
  }

  /** The query of one dimension's selected values, ORed; null when none is given. */
  static String filterQuery(String dim, List<String> values) {
    List<String> terms = new ArrayList<>();
    for (String v : values) {
      if (v == null || v.isBlank()) {
        continue;
      }
      String value = IndexSchema.HIERARCHICAL.contains(dim)
          ? String.join("/", Arrays.stream(v.strip().split("/")).map(String::strip)
              .filter(p -> !p.isEmpty()).toList())
          : v.strip();
      terms.add(dim + ":" + quoted(value));
    }
    return terms.isEmpty() ? null : "(" + String.join(" OR ", terms) + ")";
  }

  /** Asks for the counts of every dimension, each without its own filter. */
  static void ask(ModifiableSolrParams params) {
    params.set("facet", true);
    params.set("facet.mincount", 1);
    params.set("facet.sort", "count");
    for (String dim : IndexSchema.FACET_DIMENSIONS) {
      params.add("facet.field", "{!ex=" + tag(dim) + " key=" + dim + "}" + dim);
      boolean all = IndexSchema.HIERARCHICAL.contains(dim) || IndexSchema.YEAR.equals(dim)
          || IndexSchema.MONTH.equals(dim);
      params.set("f." + dim + ".facet.limit", all ? -1 : TOP);
    }
  }

  /** The counts of every dimension, in the order they are shown. */
  static Map<String, List<FacetValue>> read(QueryResponse response,
      Map<String, List<String>> filters) {
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (String dim : IndexSchema.FACET_DIMENSIONS) {
      FacetField field = response.getFacetField(dim);
      Map<String, Integer> counts = new LinkedHashMap<>();
      if (field != null && field.getValues() != null) {
        for (FacetField.Count c : field.getValues()) {
          counts.put(c.getName(), (int) c.getCount());
        }
      }
      facets.put(dim, values(dim, counts, filters.getOrDefault(dim, List.of())));
    }
    return facets;
  }

  private static List<FacetValue> values(String dim, Map<String, Integer> counts,
      List<String> selected) {
    List<FacetValue> values;
    if (IndexSchema.HIERARCHICAL.contains(dim)) {
      values = level(counts, "", selected);
    } else {
      values = new ArrayList<>();
      for (Map.Entry<String, Integer> c : counts.entrySet()) {
        values.add(new FacetValue(c.getKey(), c.getValue(), selected.contains(c.getKey())));
      }
      if (IndexSchema.YEAR.equals(dim) || IndexSchema.MONTH.equals(dim)) {
        values.sort(Comparator.comparing(FacetValue::value).reversed());
      }
    }
    // a selected value with no hits left still shows, so it can be removed
    for (String s : selected) {
      if (!containsPath(values, s)) {
        String[] parts = s.split("/");
        values.add(new FacetValue(parts[parts.length - 1], s, 0, true, List.of()));
      }
    }
    return values;
  }

  /** The values right below {@code parent} ("" for the top), opened under selected paths. */
  private static List<FacetValue> level(Map<String, Integer> counts, String parent,
      List<String> selected) {
    List<Map.Entry<String, Integer>> below = new ArrayList<>();
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      String path = c.getKey();
      int cut = path.lastIndexOf('/');
      if ((cut < 0 ? "" : path.substring(0, cut)).equals(parent)) {
        below.add(c);
      }
    }
    // as the embedded facets order them: by count, then by path
    below.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey()));
    List<FacetValue> values = new ArrayList<>();
    for (Map.Entry<String, Integer> c : below.subList(0, Math.min(TOP, below.size()))) {
      String path = c.getKey();
      String label = path.substring(path.lastIndexOf('/') + 1);
      boolean open = selected.stream().anyMatch(s -> s.equals(path) || s.startsWith(path + "/"));
      values.add(new FacetValue(label, path, c.getValue(), selected.contains(path),
          open ? level(counts, path, selected) : List.of()));
    }
    return values;
  }

  private static boolean containsPath(List<FacetValue> values, String path) {
    for (FacetValue v : values) {
      if (v.path().equals(path) || containsPath(v.children(), path)) {
        return true;
      }
    }
    return false;
  }

  static String tag(String dim) {
    return "f_" + dim;
  }

  /** {@code value} as a quoted term of the standard query parser. */
  static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
