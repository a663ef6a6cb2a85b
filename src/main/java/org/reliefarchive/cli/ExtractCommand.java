package org.reliefarchive.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reliefarchive.extract.Article;
import org.reliefarchive.extract.ArticleExtractor;
import org.reliefarchive.extract.ExtractionOutcome;
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
    description = {
      "Extract the article of one saved HTML file or URL: the body text by default, every",
      "field with --json. Exits 1 when the page holds no article, saying why."
    })
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

  @Override
  public Integer call() throws Exception {
    Settings settings = root.settings();
    byte[] body;
    String pageUrl;
    String contentType = null;
    if (target.startsWith("http://") || target.startsWith("https://")) {
      HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofMillis(settings.crawl().connectTimeoutMs())).build();
      HttpRequest request = HttpRequest.newBuilder(URI.create(target))
          .timeout(Duration.ofMillis(settings.crawl().socketTimeoutMs()))
          .header("User-Agent", settings.crawl().userAgent()).GET().build();
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() >= 400) {
        throw new IOException(target + " answered HTTP " + response.statusCode());
      }
      body = response.body();
      pageUrl = response.uri().toString();
      contentType = response.headers().firstValue("Content-Type").orElse(null);
    } else {
      Path file = Path.of(target);
      try {
        body = Files.readAllBytes(file);
      } catch (NoSuchFileException e) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "no such file: " + target);
      }
      pageUrl = url != null ? url : file.toAbsolutePath().toUri().toString();
    }
    if (charset != null) {
      contentType = "text/html; charset=" + charset;
    }
    ExtractionOutcome outcome = new ArticleExtractor(settings.boilerplate())
        .extract(body, pageUrl, contentType, null);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(outcome)));
    } else if (outcome.isArticle()) {
      Article a = outcome.article();
      out.println(a.title());
      out.println();
      out.println(a.text());
    } else {
      spec.commandLine().getErr().println("no article: " + outcome.status() + ": "
          + outcome.reason());
    }
    out.flush();
    return outcome.isArticle() ? 0 : 1;
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
      m.put("source", a.source());
      m.put("editor", a.editor());
      m.put("author", a.author());
      m.put("correspondent", a.correspondent());
      m.put("charset", a.charset());
      m.put("paragraphs", a.paragraphs());
    }
    return m;
  }
}
