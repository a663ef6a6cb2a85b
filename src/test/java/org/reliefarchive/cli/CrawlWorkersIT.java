package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reliefarchive.archive.FileTrees;
import org.reliefarchive.archive.WarcArchiveReader;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.config.PortalConfig;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.config.SourcesConfig;
import org.reliefarchive.crawl.CrawlReport;
import org.reliefarchive.crawl.RunLog;
import org.reliefarchive.search.ReportSearcher;
import org.reliefarchive.search.SearchBackend;
import org.reliefarchive.search.SearchRequest;

/**
 * Two crawl workers, each with its own embedded index and frontier, crawl the three sample
 * portals at the same time into one SolrCloud collection (the 2-node test cluster) and one
 * shared archive and state directory: every report is indexed once, no portal is fetched by
 * both, and the run pages show both workers' runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrawlWorkersIT {
  private static final Pattern TAG = Pattern.compile(".*-(w\\d+)-\\d{17}-\\d{5}\\.warc(\\.gz)?");
  /** Pinned to worker 2 in sources.yaml; the hash gives the other two to worker 1 of 2. */
  private static final String PINNED = "gzgov";

  private SolrBackedPortal site;
  private Path secondIndex;
  private Pipeline second;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start() throws Exception {
    site = SolrBackedPortal.start(s -> s.withCrawl(s.crawl().withWorker("1/2"))
        .withSources(pinned(s.sources()))
        .withServer(new ServerConfig("127.0.0.1", 0, 20, 100)));
    // the second machine: the same archive and state directory, an index of its own
    secondIndex = Files.createTempDirectory("relief-worker2");
    IndexConfig index = site.settings.index();
    Settings settings = site.settings.withCrawl(site.settings.crawl().withWorker("2/2"))
        .withIndex(new IndexConfig(secondIndex.toString(), index.ramBufferMb(),
            index.commitIntervalSeconds(), index.backend(), index.solr()));
    second = new Pipeline(settings, Clock.systemUTC());
  }

  private static SourcesConfig pinned(SourcesConfig sources) {
    return new SourcesConfig(sources.defaults(), sources.portals().stream()
        .map(p -> p.id().equals(PINNED) ? p.withWorker(2) : p).toList());
  }

  @AfterAll
  void close() throws Exception {
    try {
      if (second != null) {
        second.close();
      }
    } finally {
      try {
        if (site != null) {
          site.close();
        }
      } finally {
        if (secondIndex != null) {
          FileTrees.delete(secondIndex);
        }
      }
    }
  }

  @Test
  void twoWorkersIndexEveryReportOnceAndNeverFetchTheSamePortal() throws Exception {
    Pipeline first = site.pipeline;
    List<PortalConfig> all = first.settings.sources().portals();
    List<PortalConfig> mine1 = first.settings.crawl().crawlWorker().select(all);
    List<PortalConfig> mine2 = second.settings.crawl().crawlWorker().select(all);
    assertThat(mine1).extracting(PortalConfig::id).containsExactly("gansu", "tw");
    assertThat(mine2).extracting(PortalConfig::id).containsExactly(PINNED);

    // both machines crawl at once
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<CrawlReport> run1 = pool.submit(() -> CrawlCommand.crawl(first, mine1,
          new PrintWriter(Writer.nullWriter())));
      Future<CrawlReport> run2 = pool.submit(() -> CrawlCommand.crawl(second, mine2,
          new PrintWriter(Writer.nullWriter())));
      assertThat(run1.get().portals()).extracting(CrawlReport.PortalReport::portalId)
          .containsExactly("gansu", "tw");
      assertThat(run2.get().portals()).extracting(CrawlReport.PortalReport::portalId)
          .containsExactly(PINNED);
    } finally {
      pool.shutdownNow();
    }
    first.index.commit();
    second.index.commit();

    // every report once: the collection holds exactly the two machines' reports, which share
    // none
    Set<String> ids1 = ids(new ReportSearcher(first.index));
    Set<String> ids2 = ids(new ReportSearcher(second.index));
    assertThat(ids1).isNotEmpty();
    assertThat(ids2).isNotEmpty().doesNotContainAnyElementsOf(ids1);
    Set<String> union = new TreeSet<>(ids1);
    union.addAll(ids2);
    assertThat(first.searcher.count()).isEqualTo(union.size());
    assertThat(ids(first.searcher)).isEqualTo(union);
    assertThat(ids(second.searcher)).isEqualTo(union);

    // no portal fetched by both: every capture of a portal is in its owner's WARC files
    Map<String, Set<String>> writers = new TreeMap<>();
    Set<String> files = new HashSet<>();
    new WarcArchiveReader(first.settings.archiveDir()).forEach(a -> {
      Matcher m = TAG.matcher(a.warcFile());
      assertThat(m.matches()).as(a.warcFile()).isTrue();
      files.add(a.warcFile());
      writers.computeIfAbsent(a.page().portalId(), k -> new TreeSet<>()).add(m.group(1));
    });
    assertThat(writers).isEqualTo(Map.of("gansu", Set.of("w1"), "tw", Set.of("w1"), PINNED,
        Set.of("w2")));
    assertThat(files).anyMatch(f -> f.contains("-w1-")).anyMatch(f -> f.contains("-w2-"));
    // and no page of any portal was requested twice; robots.txt is read by the crawl's
    // Crawl-delay reader and by crawler4j, of the owner only (a second worker would make four)
    for (var s : site.portal.sites()) {
      List<String> paths = site.portal.requestedPaths(s.id());
      Map<String, Integer> times = new HashMap<>();
      paths.forEach(p -> times.merge(p, 1, Integer::sum));
      assertThat(times.remove("/robots.txt")).as(s.id() + " robots.txt").isEqualTo(2);
      assertThat(times).as(s.id()).isNotEmpty()
          .allSatisfy((path, n) -> assertThat(n).as(path).isOne());
    }
    // each worker's own frontier
    assertThat(first.settings.frontierDir().resolve("w1")).isDirectory();
    assertThat(first.settings.frontierDir().resolve("w2")).isDirectory();

    // one server reading the shared state directory shows both workers' runs
    try (WebServer web = new WebServer(first.searcher, null, first.settings.server(),
        first.settings.sources(), first.settings.archiveDir(), new CrawlRunsAdapter(
            new RunLog(first.settings.stateDir()), () -> null, first.settings.sources()))) {
      String runs = get(web, "/api/crawl/runs");
      assertThat(runs).contains("\"worker\":\"1/2\"").contains("\"worker\":\"2/2\"")
          .contains("\"portal\":\"" + PINNED + "\"");
      String page = get(web, "/operator?lang=en");
      assertThat(page).contains("worker 1/2").contains("worker 2/2");
      String cdx = get(web, "/cdx?url=" + site.portal.baseUrl(PINNED) + "/&matchType=prefix"
          + "&output=json");
      assertThat(cdx).contains("-w2-");
    }
  }

  private static Set<String> ids(SearchBackend backend) {
    Set<String> ids = new TreeSet<>();
    backend.forEach(new SearchRequest("", Map.of(), SearchRequest.Sort.DATE, 1, 10, null, null,
        false), r -> ids.add(r.id()));
    return ids;
  }

  private String get(WebServer web, String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
        + web.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }
}
