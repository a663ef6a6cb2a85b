package org.reliefarchive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reliefarchive.extract.Article;
import org.reliefarchive.extract.ArticleExtractor;
import org.reliefarchive.extract.ExtractionOutcome;
import org.reliefarchive.extract.ExtractionTrace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code extract}: show what the extractor makes of one page. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = 
        "Extract the article of one saved HTML file or URL: the body text by default, "
        + "every field with --json. Exits 1 when the page holds no article, saying why.")
final class ExtractCommand implements Callable<Integer> {
  @ParentCommand ReliefArchiveCommand root;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE_OR_URL", description = "A saved page or a URL.")
  String target;

  @Option(names = "--charset", paramLabel = "NAME",
      description = "Charset as an HTTP header would give it (e.g. GBK); default: detect.")
  String charset;

  @Option(names = "--url", paramLabel = "URL",
      description = "The page's original URL, for a saved file (dates in the URL, links).")
  String url;

  @Option(names = "--json", description = "Print every field as JSON.")
  boolean json;

  @Option(names = "--explain", description = "Also show why: the chosen body container and its"
      + " score, the runners-up, each dropped block with the rule that dropped it, where the"
      + " title and date came from.")
  boolean explain;

  @Override
  public Integer call() throws Exception {
    Settings settings = root.settings(true);
    int limit = settings.crawl().maxResponseBytes();
    byte[] body;
    String pageUrl;
    String contentType = null;
    if (target.startsWith("http://") || target.startsWith("https://")) {
      HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofMillis(settings.crawl().connectTimeoutMs())).build();
      HttpRequest request = HttpRequest.newBuilder(URI.create(target))
          .timeout(Duration.ofMillis(settings.crawl().socketTimeoutMs()))
          .header("User-Agent", settings.crawl().userAgent()).GET().build();
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        if (response.statusCode() >= 400) {
          throw new IOException(target + " answered HTTP " + response.statusCode());
        }
        body = in.readNBytes(limit + 1);
      }
      pageUrl = response.uri().toString();
      contentType = response.headers().firstValue("Content-Type").orElse(null);
    } else {
      Path file = Path.of(target);
      try (InputStream in = Files.newInputStream(file)) {
        body = in.readNBytes(limit + 1);
      } catch (NoSuchFileException e) {
        // a runtime failure (exit 1), not a usage error: the command line itself was right
        throw new IOException("no such file: " + target, e);
      }
      pageUrl = url != null ? url : file.toAbsolutePath().toUri().toString();
    }
    if (body.length > limit) {
      throw new IOException(target + " is larger than max_response_bytes = " + limit
          + " bytes (crawl.yaml); the crawler would not read a page this large either");
    }
    String binary = binaryKind(body);
    if (binary != null) {
      throw new IOException(target + " is not an HTML page: it starts like " + binary);
    }
    if (charset != null) {
      contentType = "text/html; charset=" + charset;
    }
    ExtractionTrace trace = explain ? new ExtractionTrace() : null;
    ExtractionOutcome outcome = new ArticleExtractor(settings.boilerplate())
        .extract(body, pageUrl, contentType, null, trace);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> m = toJson(outcome);
      if (trace != null) {
        m.put("explain", explainJson(trace));
      }
      out.println(new ObjectMapper().findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
    } else {
      if (outcome.isArticle()) {
        Article a = outcome.article();
        out.println(a.title());
        out.println();
        out.println(a.text());
      } else {
        spec.commandLine().getErr().println("no article: " + outcome.status() + ": "
            + outcome.reason());
      }
      if (trace != null) {
        printExplain(out, trace);
      }
    }
    out.flush();
    return outcome.isArticle() ? 0 : 1;
  }

  /** The kind of a file whose first bytes are a well-known binary signature, or null. */
  static String binaryKind(byte[] b) {
    String[][] magic = {
      {"89504e47", "a PNG image"}, {"ffd8ff", "a JPEG image"}, {"47494638", "a GIF image"},
      {"25504446", "a PDF document"}, {"504b0304", "a ZIP archive (or an Office file, a jar)"},
      {"1f8b", "gzip data"}, {"7f454c46", "an ELF program"}, {"cafebabe", "a Java class"},
      {"d0cf11e0", "an old Office document"}, {"52494646", "a RIFF file (WebP, WAV, AVI)"},
      {"000000", "binary data (it begins with zero bytes)"},
    };
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < Math.min(4, b.length); i++) {
      hex.append(String.format(Locale.ROOT, "%02x", b[i] & 0xff));
    }
    for (String[] m : magic) {
      if (hex.toString().startsWith(m[0])) {
        return m[1];
      }
    }
    return null;
  }

  private static Map<String, Object> explainJson(ExtractionTrace t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("charset", t.charsetReason());
    m.put("title", t.titleSource());
    m.put("date", t.dateSource());
    m.put("body", t.body() == null ? null : container(t.body()));
    m.put("promotedFrom", t.promotedFrom() == null ? null : container(t.promotedFrom()));
    m.put("joined", t.joined().stream().map(ExtractCommand::container).toList());
    m.put("runnersUp", t.candidates().stream().map(ExtractCommand::container).toList());
    m.put("linesOutsideBody", t.outsideLines());
    List<Map<String, Object>> drops = new ArrayList<>();
    for (ExtractionTrace.Drop d : t.drops()) {
      Map<String, Object> dm = new LinkedHashMap<>();
      dm.put("line", d.line());
      dm.put("lines", d.lines());
      dm.put("rule", d.rule());
      dm.put("excerpt", d.excerpt());
      drops.add(dm);
    }
    m.put("dropped", drops);
    return m;
  }

  private static Map<String, Object> container(ExtractionTrace.Container c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("element", c.label());
    m.put("tag", c.tag());
    m.put("id", c.id());
    m.put("class", c.className());
    m.put("score", Math.round(c.score() * 10) / 10.0);
    m.put("lines", c.firstLine() + "-" + c.lastLine());
    m.put("chars", c.chars());
    m.put("linkShare", c.linkShare());
    return m;
  }

  private static void printExplain(PrintWriter out, ExtractionTrace t) {
    out.println();
    out.println("--- explain");
    out.println("charset: " + t.charsetReason());
    out.println("title:   " + t.titleSource());
    out.println("date:    " + t.dateSource());
    if (t.body() != null) {
      out.printf(Locale.ROOT, "body:    %s score %.1f, lines %d-%d, %d chars%n",
          t.body().label(), t.body().score(), t.body().firstLine(), t.body().lastLine(),
          t.body().chars());
    }
    if (t.promotedFrom() != null) {
      out.printf(Locale.ROOT, "  promoted from %s score %.1f, lines %d-%d%n",
          t.promotedFrom().label(), t.promotedFrom().score(), t.promotedFrom().firstLine(),
          t.promotedFrom().lastLine());
    }
    for (ExtractionTrace.Container c : t.joined()) {
      out.printf(Locale.ROOT, "  joined %s score %.1f, lines %d-%d%n", c.label(), c.score(),
          c.firstLine(), c.lastLine());
    }
    for (ExtractionTrace.Container c : t.candidates()) {
      out.printf(Locale.ROOT, "  runner-up %s score %.1f, lines %d-%d%n", c.label(), c.score(),
          c.firstLine(), c.lastLine());
    }
    out.println("lines outside the body: " + t.outsideLines());
    if (!t.pageCounts().isEmpty()) {
      out.println("counts:  " + t.pageCounts());
    }
    for (ExtractionTrace.Drop d : t.drops()) {
      out.printf(Locale.ROOT, "  dropped line %d%s: %s: %s%n", d.line(),
          d.lines() > 1 ? " (+" + (d.lines() - 1) + ")" : "", d.rule(), d.excerpt());
    }
  }

  private static Map<String, Object> toJson(ExtractionOutcome outcome) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", outcome.status());
    m.put("reason", outcome.reason());
    Article a = outcome.article();
    if (a != null) {
      m.put("url", a.url());
      m.put("title", a.title());
      m.put("published", a.publishedAt() == null ? null : a.publishedAt().toString());
      m.put("dateSource", a.dateSource() == null ? null : a.dateSource().label());
      m.put("source", a.source());
      m.put("editor", a.editor());
      m.put("author", a.author());
      m.put("correspondent", a.correspondent());
      m.put("charset", a.charset());
      m.put("decodingNote", a.decodingNote());
      m.put("paragraphs", a.paragraphs());
    }
    return m;
  }
}
