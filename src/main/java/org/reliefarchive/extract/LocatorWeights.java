package org.reliefarchive.extract;

/**
 * The numbers {@link BodyLocator} scores elements with, in one place. Each was set on the dev
 * split of the corpus ({@code evaluate}); change one only with the figures of both splits in
 * hand.
 *
 * @param minLineChars a line with fewer characters outside links and no punctuation scores
 *     nothing (a label, a button)
 * @param charsPerPoint characters outside links worth one point of a line's score, on top of one
 *     point per punctuation mark and one for being a line
 * @param maxLengthPoints most points a line gets for its length, so one huge cell does not
 *     outweigh a body of paragraphs
 * @param clutterDamping factor on what flows up from a clutter-named box, a box headed by a
 *     block marker (相关新闻) or a teaser item
 * @param nearTitleBoost factor on an element starting within a few lines after the heading, where
 *     bodies start
 * @param beforeTitleCut factor on an element ending before the heading, where bodies rarely are
 * @param siblingShare share of the best score a sibling needs to join the body (and the bonus
 *     share a sibling of the same class gets)
 * @param siblingMinScore least score a sibling needs to join the body, whatever the best scored
 * @param siblingMinChars characters outside links a low-scoring sibling paragraph needs to join
 * @param siblingMaxLinkShare most link share of such a paragraph
 * @param promoteMaxLinkShare most link share of an ancestor the body may be promoted to
 */
record LocatorWeights(
    int minLineChars,
    double charsPerPoint,
    double maxLengthPoints,
    double clutterDamping,
    double nearTitleBoost,
    double beforeTitleCut,
    double siblingShare,
    double siblingMinScore,
    int siblingMinChars,
    double siblingMaxLinkShare,
    double promoteMaxLinkShare) {

  /** The weights in use. */
  static final LocatorWeights DEFAULT =
      new LocatorWeights(10, 40.0, 6, 0.2, 1.5, 0.5, 0.2, 10, 80, 0.25, 0.3);
}
