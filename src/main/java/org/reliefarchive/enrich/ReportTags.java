package org.reliefarchive.enrich;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a report talks about: the regions, agencies and beneficiary groups found in its text,
 * in simplified characters, each with where it was found.
 *
 * @param regionPaths hierarchical region paths, deepest only (e.g. 甘肃省/兰州市/安宁区); their
 *     ancestors are implied
 * @param primaryRegion the report's most specific main region path, or null
 * @param agencyTypes agency types (残联, 民政, 妇联 …)
 * @param agencies specific bodies (醴陵市民政局, 甘肃省残联 …)
 * @param beneficiaries beneficiary groups (残疾人, 老年人 …)
 * @param mentions where each tag was found, as offsets into {@link TaggedText}
 */
public record ReportTags(
    List<String> regionPaths,
    String primaryRegion,
    List<String> agencyTypes,
    List<String> agencies,
    List<String> beneficiaries,
    List<Mention> mentions) {

  /** No tags at all. */
  public static final ReportTags NONE =
      new ReportTags(List.of(), null, List.of(), List.of(), List.of(), List.of());

  /** Copies the lists. */
  public ReportTags {
    regionPaths = List.copyOf(regionPaths);
    agencyTypes = List.copyOf(agencyTypes);
    agencies = List.copyOf(agencies);
    beneficiaries = List.copyOf(beneficiaries);
    mentions = List.copyOf(mentions);
  }

  /**
   * The tags the taggers found, in the form the index keeps: deepest region paths only (their
   * ancestors are implied), and one flat list of mentions.
   */
  public static ReportTags of(TagFindings tags) {
    List<String> paths = tags.regionPaths();
    List<String> leaves = paths.stream()
        .filter(p -> paths.stream().noneMatch(q -> q.startsWith(p + "/"))).distinct().toList();
    List<Mention> mentions = new ArrayList<>();
    for (RegionTag r : tags.regions()) {
      r.mentions().forEach(m -> mentions.add(new Mention("region", r.path(), m.start(), m.end(),
          m.text())));
    }
    for (AgencyTag a : tags.agencies()) {
      a.mentions().forEach(m -> mentions.add(new Mention("agency_type", a.type(), m.start(),
          m.end(), m.text())));
    }
    for (AgencyBody b : tags.bodies()) {
      b.mentions().forEach(m -> mentions.add(new Mention("agency", b.name(), m.start(), m.end(),
          m.text())));
    }
    for (BeneficiaryTag b : tags.beneficiaries()) {
      b.mentions().forEach(m -> mentions.add(new Mention("beneficiary", b.group(), m.start(),
          m.end(), m.text())));
    }
    mentions.sort(Comparator.comparingInt(Mention::start));
    return new ReportTags(leaves, tags.primaryRegion(), tags.agencyTypes().stream().distinct()
        .toList(), tags.bodyNames().stream().distinct().toList(),
        tags.beneficiaryGroups().stream().distinct().toList(), mentions);
  }

  /**
   * One place a tag was found.
   *
   * @param kind region, agency_type, agency or beneficiary
   * @param value the tag value (a region path, an agency name …)
   * @param start offset of the first character in {@link TaggedText}
   * @param end offset after the last character
   * @param text the text found there, as written (traditional stays traditional)
   */
  public record Mention(String kind, String value, int start, int end, String text) {}
}
