/**
 * Immutable records bound from {@code config/*.yaml} and the one loader that reads them.
 * Records validate themselves in compact constructors; this package reads files and nothing
 * else: it never touches the network, Lucene or the crawler.
 */
package org.reliefarchive.config;
