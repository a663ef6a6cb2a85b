package org.reliefarchive.search;

/**
 * One value of a facet dimension and the number of matching reports that have it.
 *
 * @param value the facet value
 * @param count matching reports
 * @param selected true when the request filters on this value
 */
public record FacetValue(String value, int count, boolean selected) {}
