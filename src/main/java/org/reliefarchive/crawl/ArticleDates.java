package org.reliefarchive.crawl;

import java.time.Instant;

/** Publication dates of articles captured before, for revisit policies that age by them. */
@FunctionalInterface
public interface ArticleDates {
  /** No dates known. */
  ArticleDates NONE = url -> null;

  /** The publication time of the article at {@code url}, or null when unknown. */
  Instant published(String url);
}
