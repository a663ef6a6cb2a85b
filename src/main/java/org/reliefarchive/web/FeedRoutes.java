package org.reliefarchive.web;

import io.javalin.http.Context;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.search.SearchBackend;
import org.reliefarchive.search.SearchHit;
import org.reliefarchive.search.SearchRequest;
import org.reliefarchive.search.SearchResult;

/**
 * GET /feed.atom: the reports matching a search that the archive captured last, as an Atom feed,
 * so a saved search in a feed reader becomes an alert after each re-crawl. Entries are ordered
 * and dated by the report's first capture, not its publication date: a report a re-crawl finds
 * today is new to the reader even when it was published years ago, and an undated report has a
 * date too. Times are RFC 3339 with seconds, in UTC. Takes the parameters of /api/search.
 */
final class FeedRoutes {
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private final SearchBackend searcher;
  private final ServerConfig server;

  FeedRoutes(SearchBackend searcher, ServerConfig server) {
    this.searcher = searcher;
    this.server = server;
  }

  void feed(Context ctx) throws XMLStreamException {
    SearchRequest asked = SearchParams.read(ctx, server);
    SearchRequest request = new SearchRequest(asked.query(), asked.filters(),
        SearchRequest.Sort.CAPTURED, 1, Math.max(asked.size(), 30), asked.from(), asked.to());
    SearchResult result = searcher.search(request);
    // an alert lists reports holding every word: partial matches that fill a short page stay out
    List<SearchHit> hits = result.hits().stream().filter(h -> !h.partial()).toList();
    String base = ctx.scheme() + "://" + ctx.host();
    String query = ctx.queryString() == null ? "" : ctx.queryString();
    StringWriter out = new StringWriter();
    XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
    x.writeStartDocument("UTF-8", "1.0");
    x.writeStartElement("feed");
    x.writeDefaultNamespace(ATOM);
    element(x, "title", "ReliefArchive: " + (request.query().isEmpty() ? "全部报道"
        : request.query()));
    element(x, "id", base + "/feed.atom?" + query);
    // the feed changed when its newest entry appeared
    Instant updated = hits.isEmpty() ? Instant.now() : firstCapture(hits.get(0));
    element(x, "updated", rfc3339(updated));
    link(x, "self", base + "/feed.atom" + (query.isEmpty() ? "" : "?" + query));
    link(x, "alternate", base + "/" + (query.isEmpty() ? "" : "?" + query));
    x.writeStartElement("author");
    element(x, "name", "ReliefArchive");
    x.writeEndElement();
    for (SearchHit h : hits) {
      x.writeStartElement("entry");
      element(x, "title", h.title() == null ? h.url() : h.title());
      element(x, "id", "urn:reliefarchive:report:" + h.id());
      link(x, "alternate", base + "/reports/" + Html.url(h.id()));
      link(x, "via", h.url());
      String captured = rfc3339(firstCapture(h));
      element(x, "updated", captured);
      element(x, "published", captured);
      x.writeStartElement("author");
      element(x, "name", h.portalName() != null ? h.portalName() : h.portal());
      x.writeEndElement();
      // the snippet as escaped HTML with <mark>; as type="html" it is escaped once more
      x.writeStartElement("summary");
      x.writeAttribute("type", "html");
      x.writeCharacters(Html.marked(h.snippet()));
      x.writeEndElement();
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndDocument();
    x.close();
    ctx.contentType("application/atom+xml; charset=utf-8").result(out.toString());
  }

  /** When the archive first captured the hit; now for a hit that does not say. */
  private static Instant firstCapture(SearchHit h) {
    try {
      return h.firstCaptured() == null ? Instant.now() : Instant.parse(h.firstCaptured());
    } catch (DateTimeParseException e) {
      return Instant.now();
    }
  }

  /** 2024-05-01T08:00:00Z: RFC 3339 with seconds, as Atom's date construct requires. */
  static String rfc3339(Instant t) {
    return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
  }

  private static void element(XMLStreamWriter x, String name, String text)
      throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(stripInvalid(text));
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href)
      throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("href", href);
  }

  /** Drops characters XML 1.0 cannot carry (control characters crawled pages sometimes hold). */
  static String stripInvalid(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }
}
