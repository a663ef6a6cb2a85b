package org.reliefarchive.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.reliefarchive.config.BoilerplateConfig;
import org.reliefarchive.config.Check;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the bytes of one fetched page into an {@link Article}, generically, without per-site
 * rules: decoding ({@link HtmlDecoder}), cleaning ({@link DomCleaner}), cutting into lines
 * ({@link BlockCollector}), body detection ({@link BodyLocator}), boilerplate removal
 * ({@link BoilerplateFilter}), metadata ({@link TitleFinder}, {@link DateFinder},
 * {@link BylineParser}). Pages without an article get an outcome with a reason. Thread-safe: one
 * instance can serve all crawler threads.
 */
public final class ArticleExtractor {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleExtractor.class);
  /** Body text below this many characters (outside links) is no article text. */
  static final int MIN_BODY_CHARS = 40;
  /**
   * A body that states something (a sentence end) on a page that is not a list of links is kept
   * from this many characters: a short forum post or a one-line notice is still what its page
   * says (花了1天半的时间买了4个平板，总算是解决了。。), unlike a caption or a label.
   */
  static final int MIN_STATEMENT_CHARS = 15;
  /**
   * Bodies shorter than this (characters outside links) on a page with the words of a shop are a
   * product page's blurb, not an article. (A password field is no sign: news pages carry login
   * boxes.)
   */
  static final int SHORT_BODY_CHARS = 300;

  private final HtmlDecoder decoder = new HtmlDecoder();
  private final DomCleaner cleaner = new DomCleaner();
  private final BlockCollector collector = new BlockCollector();
  private final BodyLocator locator;
  private final TitleFinder titles = new TitleFinder();
  private final DateFinder dates = new DateFinder();
  private final BylineParser bylines = new BylineParser();
  private final BoilerplateFilter filter;
  private final List<String> shopButtons;
  private final List<String> shopMarkers;
  private final List<String> shopSheetLabels;

  /**
   * An extractor using the markers and hints of {@code config}.
   *
   * @throws IllegalArgumentException if config is null
   */
  public ArticleExtractor(BoilerplateConfig config) {
    Check.notNull("config", config);
    this.locator = new BodyLocator(config.negativeHintPattern(), config.positiveHintPattern(),
        config.blockMarkers(), config.lineMarkers(), config.linePatternList());
    this.filter = new BoilerplateFilter(config, bylines);
    this.shopButtons = config.shopButtons();
    this.shopMarkers = config.shopMarkers();
    this.shopSheetLabels = config.shopSheetLabels();
  }

  /**
   * Extracts the article of one page with generic body detection.
   *
   * @param body the page bytes as fetched (null is read as empty)
   * @param url the page URL (may be null; used for dates in the path and in the article)
   * @param contentType the HTTP Content-Type header value or null
   * @return the outcome; never null, never throws on bad input
   */
  public ExtractionOutcome extract(byte[] body, String url, String contentType) {
    return extract(body, url, contentType, null);
  }

  /**
   * Extracts the article of one page.
   *
   * @param body the page bytes as fetched (null is read as empty)
   * @param url the page URL (may be null)
   * @param contentType the HTTP Content-Type header value or null
   * @param bodySelector a CSS selector for the body element of this portal, or null for generic
   *     detection; when it matches nothing, generic detection is used
   * @return the outcome; never null, never throws on bad input
   */
  public ExtractionOutcome extract(byte[] body, String url, String contentType,
      String bodySelector) {
    return extract(body, url, contentType, bodySelector, null);
  }

  /**
   * Extracts the article of one page and records why: the chosen body container, dropped blocks
   * and the rules that dropped them, where title and date came from.
   *
   * @param body the page bytes as fetched (null is read as empty)
   * @param url the page URL (may be null)
   * @param contentType the HTTP Content-Type header value or null
   * @param bodySelector a CSS selector for the body element of this portal, or null
   * @param trace filled with the decisions when not null; null records nothing and costs nothing
   * @return the outcome; never null, never throws on bad input
   */
  public ExtractionOutcome extract(byte[] body, String url, String contentType,
      String bodySelector, ExtractionTrace trace) {
    return extract(body, url, contentType, bodySelector, false, trace);
  }

  /**
   * Extracts the article of one page with the settings of its portal, and records why.
   *
   * @param body the page bytes as fetched (null is read as empty)
   * @param url the page URL (may be null)
   * @param contentType the HTTP Content-Type header value or null
   * @param bodySelector a CSS selector for the body element of this portal, or null
   * @param urlDates whether the portal's URLs carry the publication date in their path; only
   *     then a page that states no date is dated by its URL
   * @param trace filled with the decisions when not null; null records nothing and costs nothing
   * @return the outcome; never null, never throws on bad input
   */
  public ExtractionOutcome extract(byte[] body, String url, String contentType,
      String bodySelector, boolean urlDates, ExtractionTrace trace) {
    try {
      DecodedHtml decoded = decoder.decode(body, contentType);
      if (trace != null) {
        trace.charsetReason(decoded.reason());
      }
      if (!decoded.isDecoded()) {
        return ExtractionOutcome.failed(ExtractionOutcome.Status.UNKNOWN_CHARSET,
            decoded.reason());
      }
      return extract(decoded, url, bodySelector, urlDates, trace);
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("extract failed for {}: {}", url, e.toString());
      return ExtractionOutcome.failed(ExtractionOutcome.Status.NO_MAIN_TEXT,
          "extraction failed: " + e);
    }
  }

  /**
   * Why a page with a short body is a shop's product page, or null: a buy button and one more
   * shop word in the page outside the body's own text (buttons and labels included).
   */
  private String shopPage(String html, String bodyText, int bodyPlain) {
    List<String> buttons = present(html, bodyText, shopButtons);
    if (buttons.isEmpty()) {
      return null;
    }
    List<String> found = new ArrayList<>(buttons);
    found.addAll(present(html, bodyText, shopMarkers));
    return found.size() < 2 ? null : "a shop's product page: " + String.join(", ", found)
        + ", and " + bodyPlain + " characters of text outside links in the best block";
  }

  /**
   * True when {@code bodyText} holds two or more of the labels of a product's data sheet, each
   * followed by a colon (商品名称：…, 商品编号：…): the spec list of a shop's product page, which
   * may run past {@link #SHORT_BODY_CHARS} with its service and rights notices.
   */
  private boolean productSheet(CharSequence bodyText) {
    String text = bodyText.toString();
    int found = 0;
    for (String label : shopSheetLabels) {
      if (text.contains(label + "：") || text.contains(label + ":")) {
        found++;
      }
    }
    return found >= 2;
  }

  /** Characters an entry of a blog's feed holds at least: a post or its summary, not a title. */
  static final int FEED_ENTRY_CHARS = 100;

  /**
   * Why a page whose body lies in one of several blog entries is a feed, or null: a blog's home,
   * category and archive pages show their posts in full or in summary, each marked as an entry of
   * its own (hAtom's {@code hentry}, microformats2's {@code h-entry}), where a post's own page holds
   * one. Entries of under {@link #FEED_ENTRY_CHARS} characters (a widget's list of recent post
   * titles) do not count.
   */
  static String feedOfEntries(PageMarkup markup, List<Element> roots) {
    List<Element> entries = new ArrayList<>();
    for (Element e : markup.entries()) {
      if (e.text().length() >= FEED_ENTRY_CHARS
          && entries.stream().noneMatch(o -> e.parents().contains(o))) {
        entries.add(e);
      }
    }
    if (entries.size() < 2) {
      return null;
    }
    for (Element root : roots) {
      for (Element entry : entries) {
        if (root == entry || root.parents().contains(entry) || entry.parents().contains(root)) {
          return String.format(Locale.ROOT, "a feed of %d blog entries (each marked hentry or"
              + " h-entry), not one post", entries.size());
        }
      }
    }
    return null;
  }

  /** The words found more often in {@code html} than in the body's text. */
  private static List<String> present(String html, String bodyText, List<String> words) {
    List<String> found = new ArrayList<>();
    for (String w : words) {
      if (html.contains(w) && count(html, w) > count(bodyText, w)) {
        found.add(w);
      }
    }
    return found;
  }

  private static int count(String text, String word) {
    int n = 0;
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
      n++;
    }
    return n;
  }

  private ExtractionOutcome extract(DecodedHtml decoded, String url, String bodySelector,
      boolean urlDates, ExtractionTrace trace) {
    Document doc = Jsoup.parse(decoded.html(), url == null ? "" : url);
    PageMarkup markup = cleaner.clean(doc);
    DateFinder.Dated markupDate = dates.fromMarkup(markup);
    List<TextBlock> blocks = collector.collect(doc.body());
    TitleFinder.Match title = titles.find(markup, blocks, blocks.size());
    if (trace != null) {
      trace.titleSource(title.blockIndex() >= 0
          ? title.source() + ", line " + title.blockIndex() : title.source());
    }
    BodyLocator.Located located = locate(doc, blocks, title.blockIndex(), bodySelector, trace);
    List<Integer> bodyLines = locator.bodyLines(located, blocks, trace);
    PageStats page = PageStats.of(blocks, bodyLines);
    if (trace != null) {
      trace.pageCounts(page.describe());
    }
    String verdict = page.notAnArticle(located.thread());
    if (verdict == null) {
      StringBuilder bodyText = new StringBuilder();
      for (int i : bodyLines) {
        bodyText.append(blocks.get(i).text()).append('\n');
      }
      if (page.bodyPlain() < SHORT_BODY_CHARS || productSheet(bodyText)) {
        verdict = shopPage(decoded.html(), bodyText.toString(), page.bodyPlain());
      }
    }
    if (verdict == null) {
      verdict = feedOfEntries(markup, located.roots());
    }
    if (verdict != null) {
      LOG.debug("not an article: {} ({})", url, verdict);
      return ExtractionOutcome.failed(ExtractionOutcome.Status.NOT_AN_ARTICLE, verdict);
    }
    int bodyStart = bodyLines.isEmpty() ? blocks.size() : bodyLines.get(0);
    if (title.mayGiveWay() && bodyStart < blocks.size()) {
      TitleFinder.Match later = titles.find(markup, blocks, bodyStart);
      if (title.givesWayTo(later)) {
        title = later;
        if (trace != null) {
          trace.titleSource(title.blockIndex() >= 0
              ? title.source() + ", line " + title.blockIndex() : title.source());
        }
      }
    }
    bodyLines = withAdoptionLine(blocks, title.blockIndex(), bodyLines);
    BoilerplateFilter.Result filtered = filter.filter(blocks, bodyLines, title.title(), trace);
    int kept = filtered.paragraphs().stream().mapToInt(String::length).sum();
    int minimum = page.bodySentences() > 0 && page.pageLinkShare() <= 0.4
        ? MIN_STATEMENT_CHARS : MIN_BODY_CHARS;
    if (kept < minimum) {
      return ExtractionOutcome.failed(ExtractionOutcome.Status.NO_MAIN_TEXT,
          String.format(Locale.ROOT, "body has %d characters after clean-up (minimum %d)", kept,
              minimum));
    }
    DateFinder.Dated itemDate = located.best() == null ? null
        : DateFinder.ofItem(located.best(), url, markup.datedItems());
    if (itemDate != null) {
      markupDate = itemDate; // the page's own item, not its first (an answer, not its question)
    }
    DateFinder.Dated date = DateFinder.preferPrecise(markupDate,
        dates.fromText(blocks, title.blockIndex(), bodyLines, url, urlDates));
    if (markupDate == null && (date == null || DateFinder.isWeak(date))) {
      DateFinder.Dated modified = dates.modifiedFromMarkup(markup);
      date = modified != null ? modified : date;
    }
    if (trace != null) {
      trace.dateSource(date == null ? "none" : date.source());
    }
    Byline byline = headerByline(blocks, title.blockIndex(), bodyStart)
        .orElse(filtered.byline())
        .orElse(bodyByline(filtered.paragraphs()));
    Article article = new Article(url, title.title(), date == null ? null : date.value(),
        byline.source(), byline.editor(), byline.author(), byline.correspondent(),
        filtered.paragraphs(), decoded.charset(), date == null ? null : date.kind(),
        decoded.lossy() ? decoded.reason() : null);
    return ExtractionOutcome.article(article);
  }

  private BodyLocator.Located locate(Document doc, List<TextBlock> blocks, int titleIndex,
      String bodySelector, ExtractionTrace trace) {
    if (bodySelector != null && !bodySelector.isBlank()) {
      try {
        Element chosen = doc.selectFirst(bodySelector);
        if (chosen != null) {
          BodyLocator.Located generic = locator.locate(blocks, titleIndex);
          if (trace != null) {
            ElementStats s = generic.of(chosen);
            trace.body(ExtractionTrace.container(chosen, s, 0));
          }
          return new BodyLocator.Located(List.of(chosen), generic.stats(), chosen, 0);
        }
        LOG.debug("body selector {} matched nothing; generic detection", bodySelector);
      } catch (RuntimeException e) {
        LOG.warn("bad body selector {}: {}", bodySelector, e.getMessage());
      }
    }
    return locator.locate(blocks, titleIndex, trace);
  }

  /** Lines under a heading where a document's adoption line may stand. */
  private static final int ADOPTION_LINES = 3;

  /**
   * {@code body} with the adoption line of a law, decision or regulation in front when it stands
   * under the heading, outside the body's box ((2007年6月29日第十届全国人民代表大会常务委员会第二十八次
   * 会议通过), set in the heading's paragraph): it is part of the document.
   */
  static List<Integer> withAdoptionLine(List<TextBlock> blocks, int titleIndex,
      List<Integer> body) {
    if (titleIndex < 0 || body.isEmpty()) {
      return body;
    }
    int bodyStart = body.get(0);
    for (int i = titleIndex + 1; i < Math.min(bodyStart, titleIndex + 1 + ADOPTION_LINES); i++) {
      if (BoilerplateFilter.isAdoptionLine(TextNormalizer.line(blocks.get(i).text()))) {
        List<Integer> out = new ArrayList<>(body.size() + 1);
        out.add(i);
        out.addAll(body);
        return out;
      }
    }
    return body;
  }

  /** Byline fields from the lines between the heading and the body. */
  private Byline headerByline(List<TextBlock> blocks, int titleIndex, int bodyStart) {
    Byline b = Byline.EMPTY;
    if (titleIndex < 0 || titleIndex >= bodyStart) {
      return b;
    }
    for (int i = titleIndex + 1; i < bodyStart && i <= titleIndex + 12; i++) {
      String text = TextNormalizer.line(blocks.get(i).text());
      if (text.length() <= BylineParser.MAX_INFO_LINE) {
        b = b.orElse(bylines.parse(text));
      }
    }
    return b;
  }

  /** Byline fields from the first and last short paragraphs of the body. */
  private Byline bodyByline(List<String> paragraphs) {
    Byline b = Byline.EMPTY;
    int n = paragraphs.size();
    for (int i = 0; i < n; i++) {
      if (i < 2 || i >= n - 6) {
        b = b.orElse(bylines.parse(paragraphs.get(i)));
      }
    }
    return b;
  }
}
