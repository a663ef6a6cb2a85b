package org.reliefarchive.search;

/**
 * One report in a result list.
 *
 * @param id stable report id
 * @param title the heading, as crawled (unescaped: escape it where shown)
 * @param url the captured URL
 * @param portal portal id
 * @param portalName portal display name
 * @param published publication time as ISO-8601 with offset, or null
 * @param snippet HTML: escaped text with the matched terms in {@code <mark>}, nothing else
 * @param score relevance score (NaN when sorted by date)
 */
public record SearchHit(
    String id,
    String title,
    String url,
    String portal,
    String portalName,
    String published,
    String snippet,
    float score) {}
