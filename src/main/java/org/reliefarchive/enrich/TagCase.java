package org.reliefarchive.enrich;

/**
 * One report to score the taggers on: its text and what it should be tagged with.
 *
 * @param id the page or seed id
 * @param text the text to tag
 * @param titleEnd length of the title at the start of the text
 * @param homeProvince the portal's home province, or null
 * @param expected what a careful reader finds
 */
public record TagCase(
    String id, String text, int titleEnd, String homeProvince, TagAnnotations.Page expected) {}
