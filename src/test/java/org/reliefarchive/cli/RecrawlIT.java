package org.reliefarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRevisit;
import org.reliefarchive.TestConfig;
import org.reliefarchive.crawl.CrawlReport;
import org.reliefarchive.crawl.MutablePortal;
import org.reliefarchive.crawl.RunLog;
import org.reliefarchive.enrich.CanonicalUrl;
import org.reliefarchive.enrich.CaptureRecord;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.search.ReportDetail;
import org.reliefarchive.search.ReportSearcher;
import org.reliefarchive.search.SearchRequest;

/**
 * Two crawls of a portal that changes in between: one article edited, one deleted, one
 * redirected to the list page, one added, two unchanged (one answering 304 to a conditional
 * request, one sending the same bytes again). Then reindex rebuilds the same history from the
 * WARC files alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecrawlIT {
  private static final String EVERY_RUN = """
      revisit:
        age_from: first_capture
        tiers:
          - max_age_days: 14
            every_days: 0
        older_every_days: 0
      """;

  private MutablePortal portal;
  private Path home;
  private Path config;
  private CliIT.Result first;
  private CliIT.Result second;
  private double firstSeconds;
  private double secondSeconds;
  private int firstHits;
  private int secondHits;
  private Map<String, ReportDetail> afterCrawl;

  @BeforeAll
  void crawlTwice() throws Exception {
    portal = MutablePortal.start();
    portal.put("edited", 1, true);
    portal.put("deleted", 2, true);
    portal.put("moved", 3, false);
    portal.put("same304", 4, true);
    portal.put("samebytes", 5, false);
    home = Files.createTempDirectory("relief-recrawl");
    config = home.resolve("config");
    TestConfig.copyTo(config);
    Files.writeString(config.resolve("sources.yaml"), portal.sourcesYaml(EVERY_RUN));

    long t0 = System.nanoTime();
    first = run("crawl");
    firstSeconds = (System.nanoTime() - t0) / 1e9;
    firstHits = portal.requested().size();

    portal.edit("edited", 1, "更正：区残联康复医生本周内已为二十三名残疾人完成上门评估并建立档案。");
    portal.delete("deleted");
    portal.redirectToList("moved");
    portal.put("added", 6, true);
    long t1 = System.nanoTime();
    second = run("crawl");
    secondSeconds = (System.nanoTime() - t1) / 1e9;
    secondHits = portal.requested().size() - firstHits;
    afterCrawl = reports();
  }

  @AfterAll
  void stop() {
    portal.close();
  }

  private CliIT.Result run(String... command) {
    List<String> args = new ArrayList<>(List.of("--config", config.toString(), "--home",
        home.toString()));
    args.addAll(List.of(command));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    CliIT.Result r = new CliIT.Result(code, out.toString(), err.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    return r;
  }

  private Map<String, ReportDetail> reports() throws Exception {
    Map<String, ReportDetail> out = new HashMap<>();
    try (Directory d = ReportIndex.fsDirectory(home.resolve("index/lucene"));
        ReportIndex index = ReportIndex.openReadOnly(d, new IndexSchema())) {
      ReportSearcher s = new ReportSearcher(index);
      for (String slug : List.of("edited", "deleted", "moved", "same304", "samebytes",
          "added")) {
        s.report(CanonicalUrl.id(portal.url(slug))).ifPresent(r -> out.put(slug, r));
      }
    }
    return out;
  }

  private CrawlReport.PortalReport lastRun() {
    return new RunLog(home.resolve("index/crawl")).recent(1).get(0).portals().get(0);
  }

  @Test
  void secondRunCountsEachKindOfChange() {
    System.out.printf("re-crawl of the mutable portal: run 1 %d requests in %.1f s, run 2 %d "
        + "requests in %.1f s%n", firstHits, firstSeconds, secondHits, secondSeconds);
    CrawlReport.PortalReport p = lastRun();
    assertThat(p.articlesNew()).as(second.out()).isEqualTo(1);
    assertThat(p.articlesChanged()).isEqualTo(1);
    assertThat(p.articlesUnchanged()).isEqualTo(2);
    assertThat(p.articlesRemoved()).isEqualTo(2);
    assertThat(p.notModified()).isEqualTo(1);
    assertThat(p.alarms()).isEmpty();
    assertThat(second.out()).contains("new 1, changed 1, unchanged 2, removed 2");
    List<CrawlReport> runs = new RunLog(home.resolve("index/crawl")).recent(10);
    assertThat(runs).hasSize(2);
    assertThat(runs.get(1).portals().get(0).articlesNew()).isEqualTo(5);
  }

  @Test
  void editedArticleKeepsBothVersionsAndTellsWhatChanged() {
    ReportDetail edited = afterCrawl.get("edited");
    assertThat(edited.captures()).extracting(CaptureRecord::change)
        .containsExactly("new", "changed");
    assertThat(edited.captures().get(1).diff()).contains("1 paragraph edited")
        .contains("更正");
    assertThat(edited.captures().get(0).textDigest())
        .isNotEqualTo(edited.captures().get(1).textDigest());
    assertThat(edited.paragraphs()).anyMatch(p -> p.contains("更正"));
    assertThat(edited.status()).isEqualTo("online");
    // both versions are in the archive as full responses
    assertThat(edited.captures()).extracting(CaptureRecord::record)
        .containsExactly("response", "response");
  }

  @Test
  void deletedAndRedirectedArticlesAreMarkedRemovedAndStaySearchable() throws Exception {
    ReportDetail deleted = afterCrawl.get("deleted");
    assertThat(deleted.status()).isEqualTo("removed");
    assertThat(deleted.removedAt()).isNotNull();
    assertThat(deleted.paragraphs()).isNotEmpty();
    assertThat(deleted.captures()).extracting(CaptureRecord::change)
        .containsExactly("new", "removed");
    assertThat(deleted.captures().get(1).status()).isEqualTo(404);
    ReportDetail moved = afterCrawl.get("moved");
    assertThat(moved.status()).isEqualTo("removed");
    assertThat(moved.captures().get(1).status()).isEqualTo(302);
    try (Directory d = ReportIndex.fsDirectory(home.resolve("index/lucene"));
        ReportIndex index = ReportIndex.openReadOnly(d, new IndexSchema())) {
      var result = new ReportSearcher(index).search(new SearchRequest("",
          Map.of(IndexSchema.STATUS, List.of("removed")), null, 1, 20));
      assertThat(result.hits()).extracting(h -> h.url())
          .containsExactlyInAnyOrder(portal.url("deleted"), portal.url("moved"));
    }
  }

  @Test
  void unchangedArticlesBecomeRevisitRecordsNotCopies() throws Exception {
    ReportDetail same304 = afterCrawl.get("same304");
    assertThat(same304.captures()).extracting(CaptureRecord::change)
        .containsExactly("new", "unchanged");
    assertThat(same304.captures().get(1).status()).isEqualTo(304);
    assertThat(same304.captures().get(1).record()).isEqualTo("revisit");
    ReportDetail sameBytes = afterCrawl.get("samebytes");
    assertThat(sameBytes.captures().get(1).status()).isEqualTo(200);
    assertThat(sameBytes.captures().get(1).record()).isEqualTo("revisit");
    // the index still points at the full response
    assertThat(same304.warcOffset()).isEqualTo(same304.captures().get(0).warcOffset());

    Map<String, String> profiles = new HashMap<>();
    try (Stream<Path> files = Files.list(home.resolve("index/warc"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".warc.gz")).toList()) {
        try (WarcReader reader = new WarcReader(f)) {
          for (WarcRecord r : reader) {
            if (r instanceof WarcRevisit v) {
              profiles.put(v.target(), v.profile().toString());
              assertThat(v.refersTo()).isPresent();
            }
          }
        }
      }
    }
    assertThat(profiles.get(portal.url("same304"))).contains("server-not-modified");
    assertThat(profiles.get(portal.url("samebytes"))).contains("identical-payload-digest");
    assertThat(portal.requested()).contains("/news/2024/same304.html");
  }

  @Test
  void reindexRebuildsTheSameHistoryFromTheArchive() throws Exception {
    CliIT.Result r = run("reindex");
    assertThat(r.out()).contains("6 reports in the index");
    Map<String, ReportDetail> rebuilt = reports();
    assertThat(rebuilt.keySet()).isEqualTo(afterCrawl.keySet());
    for (String slug : afterCrawl.keySet()) {
      assertThat(rebuilt.get(slug).captures()).as(slug)
          .isEqualTo(afterCrawl.get(slug).captures());
      assertThat(rebuilt.get(slug).status()).as(slug).isEqualTo(afterCrawl.get(slug).status());
      assertThat(rebuilt.get(slug).removedAt()).as(slug)
          .isEqualTo(afterCrawl.get(slug).removedAt());
    }
  }
}
