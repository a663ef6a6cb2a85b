package org.reliefarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.enrich.ArticleEnricher;
import org.reliefarchive.enrich.CaptureRecord;
import org.reliefarchive.extract.Article;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.search.ReportSearcher;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Atom feed of the real server over a small index whose reports were captured at known
 * times: entries ordered and dated by first capture, and the feed valid against RFC 4287's
 * RELAX NG schema (src/test/resources/atom/atom.rnc, checked with Jing).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AtomFeedIT {
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private final HttpClient http = HttpClient.newHttpClient();
  private ReportIndex index;
  private Javalin app;

  @BeforeAll
  void indexAndServe() throws Exception {
    index = ReportIndex.openWritable(new ByteBuffersDirectory(), new IndexSchema(),
        new IndexConfig("x", 16, 30));
    // published this spring, captured the day after
    add("http://a.example/spring.html", "兰州市残联救助春季助残活动",
        "2024-05-01T09:30+08:00", "2024-05-02T08:00:00Z", List.of());
    // published five years ago, found only by a re-crawl in June: new to the reader
    add("http://b.example/old.html", "临泽县民政局二〇一九年冬季救助困难群众",
        "2019-03-01T10:00+08:00", "2024-06-01T10:00:00Z", List.of());
    // no date on the page
    add("http://c.example/undated.html", "锦江区妇联走访慰问救助留守儿童", null,
        "2024-05-15T00:00:00Z", List.of());
    // first captured in April, changed in June: its first capture dates it
    add("http://d.example/changed.html", "永平街道救助站夏季防暑救助行动", "2024-06-20T08:00+08:00",
        "2024-06-21T00:00:00Z", List.of(
            new CaptureRecord("2024-04-01T00:00:00Z", 200, "new", "t1", "p1", "f", 0,
                "response", null),
            new CaptureRecord("2024-06-21T00:00:00Z", 200, "changed", "t2", "p2", "f", 1,
                "response", "1 paragraph changed")));
    index.commit();
    app = WebApp.create(new ReportSearcher(index), index,
        new ServerConfig("127.0.0.1", 0, 20, 100), Map.of());
    app.start("127.0.0.1", 0);
  }

  @AfterAll
  void stop() throws Exception {
    if (app != null) {
      app.stop();
    }
    index.close();
  }

  private void add(String url, String title, String published, String captured,
      List<CaptureRecord> captures) throws Exception {
    Article a = new Article(url, title,
        published == null ? null : OffsetDateTime.parse(published), null, null, null, null,
        List.of(title + "。" + url.substring(7, 8).repeat(3) + "地区的工作人员开展救助工作，"
            + title.substring(0, 4) + "共帮扶" + url.length() + "户。"), "UTF-8");
    var e = new ArticleEnricher().enrich(a, new ArticleEnricher.Capture("p", "样例网站", null,
        Instant.parse(captured), "f.warc.gz", 0, "sha1:X"));
    index.upsert(captures.isEmpty() ? e : e.withCaptures(captures));
  }

  private String feed(String query) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
        + app.port() + "/feed.atom" + query)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return r.body();
  }

  private static List<String> texts(Element parent, String name) {
    List<String> out = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  /** The errors Jing finds in {@code xml} against the Atom schema; empty when valid. */
  private static List<String> schemaErrors(String xml) throws Exception {
    List<String> errors = new ArrayList<>();
    ErrorHandler collect = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    };
    PropertyMapBuilder props = new PropertyMapBuilder();
    props.put(ValidateProperty.ERROR_HANDLER, collect);
    ValidationDriver jing = new ValidationDriver(props.toPropertyMap(),
        CompactSchemaReader.getInstance());
    assertThat(jing.loadSchema(new InputSource(
        AtomFeedIT.class.getResource("/atom/atom.rnc").toString()))).as("%s", errors).isTrue();
    boolean valid = jing.validate(new InputSource(new StringReader(xml)));
    assertThat(valid).isEqualTo(errors.isEmpty());
    return errors;
  }

  @Test
  void entriesAreOrderedAndDatedByFirstCapture() throws Exception {
    String xml = feed("?q=" + URLEncoder.encode("救助", StandardCharsets.UTF_8));
    Element feed = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
        .getDocumentElement();
    NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
    List<String> links = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    List<String> published = new ArrayList<>();
    for (int i = 0; i < entries.getLength(); i++) {
      Element e = (Element) entries.item(i);
      NodeList l = e.getElementsByTagNameNS(ATOM, "link");
      for (int j = 0; j < l.getLength(); j++) {
        if ("via".equals(((Element) l.item(j)).getAttribute("rel"))) {
          links.add(((Element) l.item(j)).getAttribute("href"));
        }
      }
      updated.addAll(texts(e, "updated"));
      published.addAll(texts(e, "published"));
    }
    assertThat(links).containsExactly("http://b.example/old.html",
        "http://c.example/undated.html", "http://a.example/spring.html",
        "http://d.example/changed.html");
    assertThat(updated).containsExactly("2024-06-01T10:00:00Z", "2024-05-15T00:00:00Z",
        "2024-05-02T08:00:00Z", "2024-04-01T00:00:00Z");
    assertThat(published).isEqualTo(updated);
    // the feed changed when its newest entry appeared
    assertThat(texts(feed, "updated").get(0)).isEqualTo("2024-06-01T10:00:00Z");
    assertThat(xml).doesNotContain("1970-01-01");
  }

  @Test
  void theFeedIsValidAtom() throws Exception {
    for (String query : List.of("", "?q=" + URLEncoder.encode("救助", StandardCharsets.UTF_8),
        "?q=" + URLEncoder.encode("没有这个词", StandardCharsets.UTF_8))) {
      String xml = feed(query);
      assertThat(schemaErrors(xml)).as(xml).isEmpty();
      // what the schema's Schematron notes say, which Jing does not run
      Element feed = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
          .getDocumentElement();
      assertThat(texts(feed, "name")).isNotEmpty();
    }
  }

  @Test
  void theSchemaRefusesATimeWithoutSeconds() throws Exception {
    String entry = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:x</id>"
        + "<updated>%s</updated><author><name>n</name></author></feed>";
    assertThat(schemaErrors(entry.formatted("2021-11-09T14:04:00+08:00"))).isEmpty();
    assertThat(schemaErrors(entry.formatted("2021-11-09T14:04+08:00"))).isNotEmpty();
  }
}
