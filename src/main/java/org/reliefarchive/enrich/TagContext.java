package org.reliefarchive.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * The working state of tagging one report: the text as written and normalised to simplified
 * characters (same length, so offsets agree), the portal's home province, and what the steps
 * found so far. One per report, used by one thread.
 */
final class TagContext {
  final String original;
  final String text;
  final int titleEnd;
  final String homeProvince;
  /** Spans of every place name matched in the text, resolved or not (for body names). */
  final List<int[]> placeSpans = new ArrayList<>();
  List<RegionTag> regions = List.of();
  String primaryRegion;
  List<AgencyTag> agencies = List.of();
  List<AgencyBody> bodies = List.of();
  List<BeneficiaryTag> beneficiaries = List.of();

  TagContext(String original, int titleEnd, String homeProvince) {
    this.original = original;
    this.text = TraditionalToSimplified.toSimplified(original);
    this.titleEnd = titleEnd;
    this.homeProvince = homeProvince;
  }

  Mention mention(int start, int end) {
    return new Mention(start, end, original.substring(start, end));
  }

  TagFindings tags() {
    return new TagFindings(regions, primaryRegion, agencies, bodies, beneficiaries);
  }
}
