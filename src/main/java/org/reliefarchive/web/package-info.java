/**
 * The Javalin server: search page, report page, JSON API, exports, feeds, operator page and
 * health check. Pages are jte templates in {@code src/main/jte}, compiled into this package at
 * build time, that escape every value they show. It queries through {@code search}; from
 * {@code index} it takes the facet names of {@code IndexSchema} and, for /health and the
 * refresh after a crawl, the {@code ReportIndex} handle; it never crawls or writes.
 */
package org.reliefarchive.web;
