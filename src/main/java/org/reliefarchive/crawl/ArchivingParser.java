package org.reliefarchive.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.parser.Parser;
import edu.uci.ics.crawler4j.url.TLDList;
import edu.uci.ics.crawler4j.url.WebURLFactory;
import java.io.IOException;

/**
 * crawler4j's parser, preceded by archiving: crawler4j parses a page for links before it calls
 * {@code visit}, and skips {@code visit} when parsing fails, so archiving here is the only way
 * to keep every fetched page, malformed ones included.
 */
final class ArchivingParser extends Parser {
  private final PortalCrawl crawl;
  private final ConditionalFetcher fetcher;

  ArchivingParser(CrawlConfig config, BasicURLNormalizer normalizer, TLDList tlds,
      WebURLFactory factory, PortalCrawl crawl, ConditionalFetcher fetcher) throws IOException {
    super(config, normalizer, tlds, factory);
    this.crawl = crawl;
    this.fetcher = fetcher;
  }

  @Override
  public void parse(Page page) throws Exception {
    // the same thread fetched the page just before
    crawl.capture(page, fetcher.lastTruncation());
    super.parse(page);
  }
}
