package org.reliefarchive.search;

/**
 * One report in a result list.
 *
 * @param id stable report id
 * @param title the heading, as crawled (unescaped: escape it where shown)
 * @param url the captured URL
 * @param portal portal id
 * @param portalName portal display name
 * @param date publication time as ISO-8601 with offset (Asia/Shanghai), or null
 * @param snippet HTML: escaped text with the matched terms in {@code <mark>}, nothing else
 * @param score relevance score, or null when sorted by date
 */
public record SearchHit(
    String id,
    String title,
    String url,
    String portal,
    String portalName,
    String date,
    String snippet,
    Float score) {}
