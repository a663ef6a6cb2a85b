package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.reliefarchive.TestConfig;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.search.ReportSearcher;

/**
 * {@code export --wacz} and {@code /export.wacz}: the package opened with a zip reader, its
 * hashes checked, and every page's record found through its CDX index.
 */
class WaczExportIT {
  private static final Path FOREIGN = Path.of("src/test/resources/foreign-warc");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void exportCommandAndRouteWriteAWaczWhosePagesAreFoundThroughItsIndex() throws Exception {
    Path config = TestConfig.copyTo(tmp.resolve("config"));
    Files.copy(FOREIGN.resolve("sources.yaml"), config.resolve("sources.yaml"),
        StandardCopyOption.REPLACE_EXISTING);
    Path home = tmp.resolve("home");
    Path foreign = Files.createDirectories(tmp.resolve("foreign"));
    for (String name : List.of("heritrix.warc.gz", "browsertrix.warc", "wayback.arc")) {
      Files.copy(FOREIGN.resolve(name), foreign.resolve(name));
    }
    CliIT.Result imported = CliIT.run("--config", config.toString(), "--home", home.toString(),
        "import", foreign.toString());
    assertThat(imported.code()).as(imported.err()).isZero();

    Path wacz = tmp.resolve("all.wacz");
    CliIT.Result r = CliIT.run("--config", config.toString(), "--home", home.toString(),
        "export", "--wacz", wacz.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("5 pages");
    // the records of a gzipped, an uncompressed WARC and an ARC file: all five reports
    assertThat(checkedPages(wacz)).hasSize(5);

    CliIT.Result one = CliIT.run("--config", config.toString(), "--home", home.toString(),
        "export", "--wacz", tmp.resolve("one.wacz").toString(), "醴陵");
    assertThat(one.code()).as(one.err()).isZero();
    assertThat(checkedPages(tmp.resolve("one.wacz")))
        .containsExactly("https://gongyi.example.tw/news/2021/05/2001.html");
    // the page's response with the request Browsertrix wrote after it, and the revisit that
    // repeats its payload a day later
    assertThat(records(tmp.resolve("one.wacz"))).containsExactly(
        "response https://gongyi.example.tw/news/2021/05/2001.html",
        "request https://gongyi.example.tw/news/2021/05/2001.html",
        "revisit https://gongyi.example.tw/news/2021/05/2001.html");
    // Heritrix wrote its requests before the responses; the ARC file has none
    assertThat(records(wacz)).contains(
        "request http://news.example.cn/system/2021/03/05/030012345.shtml",
        "revisit http://news.example.cn/system/2021/03/05/030012345.shtml",
        "request https://gongyi.example.tw/news/2021/05/2002.html")
        .filteredOn(l -> l.startsWith("request ")).hasSize(3);
    assertThat(records(wacz)).filteredOn(l -> l.startsWith("revisit ")).hasSize(2);

    // the same package over HTTP, for a result set of the search page
    Settings settings = Settings.load(config, home).withServer(
        new ServerConfig("127.0.0.1", 0, 20, 100));
    try (Directory dir = ReportIndex.fsDirectory(settings.indexDir());
        ReportIndex index = ReportIndex.openReadOnly(dir, settings.schema());
        WebServer web = new WebServer(new ReportSearcher(index), index, settings.server(),
            settings.sources(), settings.archiveDir())) {
      Path fetched = tmp.resolve("http.wacz");
      HttpResponse<Path> h = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(web.url() + "export.wacz?portal=excn")).build(),
          HttpResponse.BodyHandlers.ofFile(fetched));
      assertThat(h.statusCode()).isEqualTo(200);
      assertThat(h.headers().firstValue("Content-Type").orElse(""))
          .isEqualTo("application/wacz+zip");
      assertThat(checkedPages(fetched)).hasSize(3)
          .allSatisfy(u -> assertThat(u).startsWith("http://news.example.cn/system/"));
    }
  }

  /** "type url" of every record of the package's WARC file, in order. */
  private static List<String> records(Path wacz) throws Exception {
    List<String> out = new ArrayList<>();
    try (ZipFile zip = new ZipFile(wacz.toFile())) {
      Path warc = Files.createTempFile("wacz-data", ".warc.gz");
      try (InputStream in = zip.getInputStream(zip.getEntry("archive/data.warc.gz"))) {
        Files.copy(in, warc, StandardCopyOption.REPLACE_EXISTING);
      }
      try (WarcReader reader = new WarcReader(warc)) {
        for (WarcRecord r : reader) {
          out.add(r.type() + " " + r.headers().first("WARC-Target-URI").orElse("-"));
        }
      }
      Files.delete(warc);
    }
    return out;
  }

  /**
   * Opens the package, checks every hash and size of datapackage.json, and finds the response
   * record of every page through indexes/index.cdx; returns the pages' URLs.
   */
  private static List<String> checkedPages(Path wacz) throws Exception {
    try (ZipFile zip = new ZipFile(wacz.toFile())) {
      JsonNode pkg = JSON.readTree(zip.getInputStream(zip.getEntry("datapackage.json")));
      assertThat(pkg.get("profile").asText()).isEqualTo("data-package");
      assertThat(pkg.get("wacz_version").asText()).isEqualTo("1.1.1");
      List<String> paths = new ArrayList<>();
      for (JsonNode res : pkg.get("resources")) {
        String path = res.get("path").asText();
        paths.add(path);
        byte[] bytes;
        try (InputStream in = zip.getInputStream(zip.getEntry(path))) {
          bytes = in.readAllBytes();
        }
        assertThat(res.get("hash").asText()).as(path).isEqualTo("sha256:"
            + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(res.get("bytes").asLong()).as(path).isEqualTo(bytes.length);
      }
      assertThat(paths).containsExactlyInAnyOrder("archive/data.warc.gz", "indexes/index.cdx",
          "pages/pages.jsonl");
      ZipEntry data = zip.getEntry("archive/data.warc.gz");
      assertThat(data.getMethod()).isEqualTo(ZipEntry.STORED);
      Path warc = Files.createTempFile("wacz-data", ".warc.gz");
      try (InputStream in = zip.getInputStream(data)) {
        Files.copy(in, warc, StandardCopyOption.REPLACE_EXISTING);
      }
      List<String> cdx = new String(zip.getInputStream(zip.getEntry("indexes/index.cdx"))
          .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
      List<String> pageLines = new String(zip.getInputStream(zip.getEntry("pages/pages.jsonl"))
          .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
      assertThat(JSON.readTree(pageLines.get(0)).get("format").asText())
          .isEqualTo("json-pages-1.0");
      List<String> urls = new ArrayList<>();
      for (String line : pageLines.subList(1, pageLines.size())) {
        JsonNode page = JSON.readTree(line);
        String url = page.get("url").asText();
        urls.add(url);
        assertThat(page.get("ts").asText()).isNotBlank();
        String hit = cdx.stream().filter(l -> l.contains("\"url\": \"" + url + "\""))
            .findFirst().orElseThrow(() -> new AssertionError("no CDX line for " + url));
        JsonNode f = JSON.readTree(hit.substring(hit.indexOf('{')));
        assertThat(f.get("filename").asText()).isEqualTo("data.warc.gz");
        assertThat(recordAt(warc, f.get("offset").asLong())).isEqualTo(url);
      }
      Files.delete(warc);
      return urls;
    }
  }

  private static String recordAt(Path warc, long offset) throws IOException {
    try (WarcReader reader = new WarcReader(warc)) {
      reader.position(offset);
      WarcRecord rec = reader.next().orElseThrow();
      assertThat(rec).isInstanceOf(WarcResponse.class);
      assertThat(((WarcResponse) rec).http().status()).isEqualTo(200);
      return ((WarcResponse) rec).target();
    }
  }
}
