/**
 * Crawling with crawler4j: seeds, URL rules, politeness and robots.txt per portal from {@code
 * sources.yaml}. Every fetched response goes to the archive first; this package never parses
 * article text and never touches the index.
 */
package org.reliefarchive.crawl;
