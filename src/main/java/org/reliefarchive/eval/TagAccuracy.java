package org.reliefarchive.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.reliefarchive.enrich.TagFindings;
import org.reliefarchive.enrich.TraditionalToSimplified;

/**
 * Scores tags against hand annotations: per page what was missed and what was added, and per
 * kind the precision and recall over all pages (micro-averaged). Agency names are compared after
 * 繁→简.
 */
public final class TagAccuracy {
  /** What is scored. */
  public enum Kind {
    REGION,
    AGENCY_TYPE,
    AGENCY,
    BENEFICIARY
  }

  /**
   * The differences on one page.
   *
   * @param id the page id
   * @param missed per kind, what the annotation has and the tags lack
   * @param extra per kind, what the tags have and the annotation lacks
   */
  public record PageResult(String id, Map<Kind, List<String>> missed,
      Map<Kind, List<String>> extra) {

    /** True when tags and annotation agree on every kind. */
    public boolean clean() {
      return missed.values().stream().allMatch(List::isEmpty)
          && extra.values().stream().allMatch(List::isEmpty);
    }
  }

  private final Map<Kind, int[]> counts = new EnumMap<>(Kind.class);
  private final List<PageResult> pages = new ArrayList<>();

  /** An empty score. */
  public TagAccuracy() {
    for (Kind k : Kind.values()) {
      counts.put(k, new int[3]); // true positives, false positives, false negatives
    }
  }

  /** Scores the tags of one page and adds them to the totals. */
  public PageResult add(TagAnnotations.Page expected, TagFindings tags) {
    Map<Kind, List<String>> missed = new EnumMap<>(Kind.class);
    Map<Kind, List<String>> extra = new EnumMap<>(Kind.class);
    compare(Kind.REGION, expected.regions(), tags.regionPaths(), Function.identity(), missed,
        extra);
    compare(Kind.AGENCY_TYPE, expected.agencyTypes(), tags.agencyTypes(), Function.identity(),
        missed, extra);
    compare(Kind.AGENCY, expected.agencies(), tags.bodyNames(),
        TraditionalToSimplified::toSimplified, missed, extra);
    compare(Kind.BENEFICIARY, expected.beneficiaries(), tags.beneficiaryGroups(),
        Function.identity(), missed, extra);
    PageResult result = new PageResult(expected.id(), missed, extra);
    pages.add(result);
    return result;
  }

  /** The page results in the order added. */
  public List<PageResult> pages() {
    return List.copyOf(pages);
  }

  /** Precision of {@code kind}: found and right over found (1 when nothing was found). */
  public double precision(Kind kind) {
    int[] c = counts.get(kind);
    return c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]);
  }

  /** Recall of {@code kind}: found and right over annotated (1 when nothing was annotated). */
  public double recall(Kind kind) {
    int[] c = counts.get(kind);
    return c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2]);
  }

  /** Counts of {@code kind}: true positives, false positives, false negatives. */
  public int[] counts(Kind kind) {
    return counts.get(kind).clone();
  }

  private void compare(Kind kind, List<String> expected, List<String> actual,
      Function<String, String> norm, Map<Kind, List<String>> missed,
      Map<Kind, List<String>> extra) {
    Set<String> want = new LinkedHashSet<>();
    expected.forEach(s -> want.add(norm.apply(s)));
    Set<String> got = new LinkedHashSet<>();
    actual.forEach(s -> got.add(norm.apply(s)));
    List<String> miss = new ArrayList<>();
    List<String> add = new ArrayList<>();
    int[] c = counts.get(kind);
    for (String w : want) {
      if (got.contains(w)) {
        c[0]++;
      } else {
        c[2]++;
        miss.add(w);
      }
    }
    for (String g : got) {
      if (!want.contains(g)) {
        c[1]++;
        add.add(g);
      }
    }
    missed.put(kind, miss);
    extra.put(kind, add);
  }
}
