/**
 * Ingest: one archived page through extract → enrich → index, once ({@link
 * org.reliefarchive.ingest.Ingest}, with each report's capture history), and the crawl runs
 * and schedules that feed it ({@link org.reliefarchive.ingest.CrawlRunner}, {@link
 * org.reliefarchive.ingest.CrawlScheduler}). Imports config, crawl, archive, extract, enrich and
 * index; never search or web, and prints nothing (progress is shown through a callback).
 */
package org.reliefarchive.ingest;
