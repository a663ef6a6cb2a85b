package org.reliefarchive.enrich;

/**
 * One tagging step: reads the text of a {@link TagContext} and records what it finds there.
 * Steps run in a fixed order; a later step may use what an earlier one recorded (the agency step
 * reads the place names the region step found).
 */
interface TagStep {
  /** TagFindings {@code context}. */
  void tag(TagContext context);
}
