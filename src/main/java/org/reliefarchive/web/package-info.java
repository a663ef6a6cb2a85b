/**
 * The Javalin server: search page, report page, JSON API, exports, feeds, operator page and
 * health check. Every crawled string is escaped before it is shown. It queries through {@code
 * search}; from {@code index} it takes the facet names of {@code IndexSchema} and, for /health
 * and the refresh after a crawl, the {@code ReportIndex} handle; it never crawls or writes.
 */
package org.reliefarchive.web;
