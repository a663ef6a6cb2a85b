package org.reliefarchive.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reliefarchive.archive.WarcArchiveReader;
import org.reliefarchive.config.ConfigLoader;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.config.SourcesConfig;
import org.reliefarchive.enrich.ArticleEnricher;
import org.reliefarchive.enrich.ReportTags;
import org.reliefarchive.extract.Article;
import org.reliefarchive.extract.ArticleExtractor;
import org.reliefarchive.sample.SamplePortal;

/**
 * For tests of other packages: crawls a portal into a fresh home, indexes it with a small
 * tagger that knows a few provinces, cities, agencies and beneficiary groups (so facets, the
 * province map and marked mentions have data whatever tagger the pipeline has), and serves it
 * with the real search server on a loopback port.
 */
public final class CrawledSite implements AutoCloseable {
  private final SamplePortal samplePortal;
  private final Pipeline pipeline;
  private final WebServer web;

  private CrawledSite(SamplePortal samplePortal, String sourcesYaml) throws Exception {
    this.samplePortal = samplePortal;
    SourcesConfig sources = new ConfigLoader().read(
        new ByteArrayInputStream(sourcesYaml.getBytes(StandardCharsets.UTF_8)),
        Path.of("sources.yaml"), SourcesConfig.class);
    Path home = Files.createTempDirectory("relief-site");
    Settings settings = Settings.load(Path.of("config"), home).withSources(sources)
        .withServer(new ServerConfig("127.0.0.1", 0, 20, 100));
    try (Pipeline crawl = new Pipeline(settings, Clock.systemUTC())) {
      CrawlCommand.crawl(crawl, sources.portals(), new PrintWriter(Writer.nullWriter()));
    }
    // the archive is closed now; index it again with the test tagger
    pipeline = new Pipeline(settings, Clock.systemUTC());
    pipeline.index.deleteAll();
    Ingest ingest = new Ingest(new ArticleExtractor(settings.boilerplate()),
        new ArticleEnricher(CrawledSite::tag), pipeline.index, sources);
    new WarcArchiveReader(settings.archiveDir()).forEach(ingest::accept);
    pipeline.index.commit();
    web = new WebServer(pipeline.searcher, pipeline.index, settings.server(), sources,
        settings.archiveDir());
  }

  /** The bundled sample portal, crawled and served. */
  public static CrawledSite samplePortal() throws Exception {
    SamplePortal portal = SamplePortal.start();
    try {
      return new CrawledSite(portal, portal.sourcesYaml());
    } catch (Exception e) {
      portal.close();
      throw e;
    }
  }

  /** The portals of {@code sourcesYaml} (served by the caller on loopback), crawled and served. */
  public static CrawledSite portals(String sourcesYaml) throws Exception {
    return new CrawledSite(null, sourcesYaml);
  }

  /** The search server's base URL, "http://127.0.0.1:PORT". */
  public String baseUrl() {
    return "http://127.0.0.1:" + web.port();
  }

  /** Reports in the index. */
  public long reports() throws IOException {
    return pipeline.index.count();
  }

  @Override
  public void close() throws IOException {
    try {
      web.close();
      pipeline.close();
    } finally {
      if (samplePortal != null) {
        samplePortal.close();
      }
    }
  }

  private static final Map<String, String> PLACES = Map.ofEntries(
      Map.entry("甘肃", "甘肃省"), Map.entry("兰州", "甘肃省/兰州市"),
      Map.entry("嘉峪关", "甘肃省/嘉峪关市"), Map.entry("张掖", "甘肃省/张掖市"),
      Map.entry("广州", "广东省/广州市"), Map.entry("白云区", "广东省/广州市/白云区"),
      Map.entry("广东", "广东省"), Map.entry("成都", "四川省/成都市"), Map.entry("四川", "四川省"),
      Map.entry("醴陵", "湖南省/株洲市/醴陵市"), Map.entry("湖南", "湖南省"),
      Map.entry("新疆", "新疆维吾尔自治区"), Map.entry("内蒙古", "内蒙古自治区"),
      Map.entry("呼和浩特", "内蒙古自治区/呼和浩特市"), Map.entry("北京", "北京市"),
      Map.entry("上海", "上海市"), Map.entry("武汉", "湖北省/武汉市"));
  private static final Pattern AGENCY = Pattern.compile(
      "(?:甘肃省|嘉峪关市|临泽县|兰州市|醴陵市|成都市|锦江区|白云区)(?:残联|妇联|民政局|红十字会)");
  private static final Pattern AGENCY_TYPE = Pattern.compile("残联|妇联|婦聯|民政|红十字会|团委");
  private static final Pattern BENEFICIARY = Pattern.compile("残疾人|老人|儿童|兒童|困难群众");

  /** Finds the words of the small tables above in the title and text. */
  static ReportTags tag(Article article, String homeProvince) {
    String text = ReportTags.taggedText(article);
    List<ReportTags.Mention> mentions = new ArrayList<>();
    Set<String> regions = new LinkedHashSet<>();
    for (Map.Entry<String, String> p : PLACES.entrySet()) {
      for (int i = text.indexOf(p.getKey()); i >= 0; i = text.indexOf(p.getKey(), i + 1)) {
        regions.add(p.getValue());
        mentions.add(new ReportTags.Mention("region", p.getValue(), i, i + p.getKey().length(),
            p.getKey()));
      }
    }
    // keep the deepest paths only, as the real tagger does
    regions.removeIf(r -> regions.stream().anyMatch(o -> o.startsWith(r + "/")));
    Set<String> agencies = new LinkedHashSet<>();
    Set<String> types = new LinkedHashSet<>();
    Set<String> groups = new LinkedHashSet<>();
    Matcher m = AGENCY.matcher(text);
    while (m.find()) {
      agencies.add(m.group());
    }
    m = AGENCY_TYPE.matcher(text);
    while (m.find()) {
      String type = m.group().replace("婦聯", "妇联");
      types.add(type);
      mentions.add(new ReportTags.Mention("agency_type", type, m.start(), m.end(), m.group()));
    }
    m = BENEFICIARY.matcher(text);
    while (m.find()) {
      String group = m.group().replace("兒童", "儿童");
      groups.add(group);
      mentions.add(new ReportTags.Mention("beneficiary", group, m.start(), m.end(), m.group()));
    }
    String primary = regions.isEmpty() ? null : regions.iterator().next();
    return new ReportTags(List.copyOf(regions), primary, List.copyOf(types),
        List.copyOf(agencies), List.copyOf(groups), dropOverlaps(mentions));
  }

  private static List<ReportTags.Mention> dropOverlaps(List<ReportTags.Mention> mentions) {
    List<ReportTags.Mention> sorted = new ArrayList<>(mentions);
    sorted.sort(java.util.Comparator.comparingInt(ReportTags.Mention::start)
        .thenComparing(x -> -(x.end() - x.start())));
    List<ReportTags.Mention> out = new ArrayList<>();
    int end = -1;
    for (ReportTags.Mention x : sorted) {
      if (x.start() >= end) {
        out.add(x);
        end = x.end();
      }
    }
    return out;
  }
}
