package org.reliefarchive.enrich;

import java.util.List;

/** A place name found in the text, its possible readings and, once resolved, its division. */
final class RegionCandidate {
  final int start;
  final int end;
  final List<RegionNames.Reading> readings;
  final boolean inTitle;
  /** The division it names, or null while unresolved (or when it stays unresolved). */
  Division resolved;
  /** True when {@link #resolved} is only what all readings share (a province, say). */
  boolean shared;

  RegionCandidate(int start, int end, List<RegionNames.Reading> readings, boolean inTitle) {
    this.start = start;
    this.end = end;
    this.readings = readings;
    this.inTitle = inTitle;
  }

  boolean needsSupport() {
    return readings.stream().allMatch(RegionNames.Reading::needsSupport);
  }

  @Override
  public String toString() {
    return start + "-" + end + readings.stream().map(r -> r.division().path()).toList()
        + (resolved == null ? "" : "=" + resolved.path());
  }
}
