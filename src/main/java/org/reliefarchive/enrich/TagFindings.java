package org.reliefarchive.enrich;

import java.util.List;

/**
 * Everything the taggers found in one report. Mentions point into the text that was tagged
 * ({@link TaggedText} for an article).
 *
 * @param regions the regions, every level as its own path, parents before children
 * @param primaryRegion the path of the report's main region, or null when it names none
 * @param agencies the agency types acting in the report
 * @param bodies the specific agencies named
 * @param beneficiaries the beneficiary groups
 */
public record TagFindings(
    List<RegionTag> regions,
    String primaryRegion,
    List<AgencyTag> agencies,
    List<AgencyBody> bodies,
    List<BeneficiaryTag> beneficiaries) {

  /** Copies the lists. */
  public TagFindings {
    regions = List.copyOf(regions);
    agencies = List.copyOf(agencies);
    bodies = List.copyOf(bodies);
    beneficiaries = List.copyOf(beneficiaries);
  }

  /** The region paths. */
  public List<String> regionPaths() {
    return regions.stream().map(RegionTag::path).toList();
  }

  /** The agency types. */
  public List<String> agencyTypes() {
    return agencies.stream().map(AgencyTag::type).toList();
  }

  /** The names of the specific agencies. */
  public List<String> bodyNames() {
    return bodies.stream().map(AgencyBody::name).toList();
  }

  /** The beneficiary groups. */
  public List<String> beneficiaryGroups() {
    return beneficiaries.stream().map(BeneficiaryTag::group).toList();
  }
}
