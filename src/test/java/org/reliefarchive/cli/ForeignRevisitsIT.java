package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reliefarchive.TestConfig;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.enrich.CanonicalUrl;

/**
 * The revisit records of the hand-written Heritrix and Browsertrix WARCs ({@code foreign-warc/})
 * after {@code import}: each joins its report as a later, unchanged capture; the CDX lists it as
 * {@code warc/revisit}; the TimeMap counts it as a memento; and its replay shows the payload of
 * the response it repeats. Heritrix names that response by WARC-Refers-To, Browsertrix only by
 * target URI and date, with a payload kept gzip-encoded as sent.
 */
class ForeignRevisitsIT {
  private static final Path FOREIGN = Path.of("src/test/resources/foreign-warc");
  private static final String HERITRIX =
      "http://news.example.cn/system/2021/03/05/030012345.shtml";
  private static final String BROWSERTRIX = "https://gongyi.example.tw/news/2021/05/2001.html";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void linkedImportResolvesBothRevisits() throws Exception {
    checkRevisits(false);
  }

  @Test
  void copiedImportWritesThemAsRevisitsOfTheCopies() throws Exception {
    checkRevisits(true);
  }

  private void checkRevisits(boolean copy) throws Exception {
    Path config = TestConfig.copyTo(tmp.resolve("config"));
    Files.copy(FOREIGN.resolve("sources.yaml"), config.resolve("sources.yaml"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path files = Files.createDirectories(tmp.resolve("foreign"));
    for (String name : List.of("heritrix.warc.gz", "browsertrix.warc")) {
      Files.copy(FOREIGN.resolve(name), files.resolve(name));
    }
    Path home = tmp.resolve("home");
    List<String> args = new ArrayList<>(List.of("--config", config.toString(), "--home",
        home.toString(), "import"));
    if (copy) {
      args.add("--copy");
    }
    args.add(files.toString());
    CliIT.Result r = CliIT.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("and 2 revisits (later captures, payload unchanged)");

    Settings settings = Settings.load(config, home)
        .withServer(new ServerConfig("127.0.0.1", 0, 20, 100));
    try (Pipeline pipeline = new Pipeline(settings, Clock.systemUTC());
        WebServer web = new WebServer(pipeline.searcher, pipeline.index, settings.server(),
            settings.sources(), settings.archiveDir())) {
      String base = "http://127.0.0.1:" + web.port();

      // Heritrix: the revisit of 2021-04-05 repeats the response of 2021-03-05
      JsonNode captures = report(base, HERITRIX).path("captures");
      assertThat(captures).hasSize(2);
      assertThat(captures.get(1).path("record").asText()).isEqualTo("revisit");
      assertThat(captures.get(1).path("change").asText()).isEqualTo("unchanged");
      assertThat(captures.get(1).path("time").asText()).isEqualTo("2021-04-05T01:00:04Z");
      assertThat(get(base, "/cdx?url=" + HERITRIX + "&fl=timestamp,mime,status").body())
          .isEqualTo("20210305010004 text/html 200\n20210405010004 warc/revisit 200\n");
      assertThat(get(base, "/timemap/link/" + HERITRIX).body())
          .contains("/web/20210305010004/" + HERITRIX + ">; rel=\"first memento\"")
          .contains("/web/20210405010004/" + HERITRIX + ">; rel=\"last memento\"");
      HttpResponse<String> page = get(base, "/web/20210405010004/" + HERITRIX);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Memento-Datetime"))
          .hasValue("Mon, 5 Apr 2021 01:00:04 GMT");
      assertThat(get(base, "/web/20210405010004id_/" + HERITRIX).body())
          .contains("同心抗“疫”践初心");

      // Browsertrix: named by target URI and date only; the payload was sent gzip-encoded
      captures = report(base, BROWSERTRIX).path("captures");
      assertThat(captures).hasSize(2);
      assertThat(captures.get(1).path("record").asText()).isEqualTo("revisit");
      assertThat(captures.get(1).path("time").asText()).isEqualTo("2021-05-11T08:00:00Z");
      assertThat(get(base, "/timemap/link/" + BROWSERTRIX).body())
          .contains("/web/20210511080000/" + BROWSERTRIX + ">; rel=\"last memento\"");
      assertThat(get(base, "/web/20210511080000id_/" + BROWSERTRIX).body())
          .contains("醴陵");
    }
  }

  private JsonNode report(String base, String url) throws Exception {
    HttpResponse<String> r = get(base, "/api/reports/" + URLEncoder.encode(CanonicalUrl.id(url),
        StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private HttpResponse<String> get(String base, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
