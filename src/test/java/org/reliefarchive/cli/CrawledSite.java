package org.reliefarchive.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.reliefarchive.archive.FileTrees;
import org.reliefarchive.config.ConfigLoader;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.config.SourcesConfig;
import org.reliefarchive.sample.SamplePortal;

/**
 * For tests of other packages: crawls a portal into a fresh home with the whole pipeline
 * (archive, extract, enrich with the configured taggers, index) and serves it with the real
 * search server on a loopback port.
 */
public final class CrawledSite implements AutoCloseable {
  private final SamplePortal samplePortal;
  private final Pipeline pipeline;
  private final WebServer web;
  private final Path home;

  private CrawledSite(SamplePortal samplePortal, String sourcesYaml) throws Exception {
    this(samplePortal, sourcesYaml, false);
  }

  private CrawledSite(SamplePortal samplePortal, String sourcesYaml, boolean pageResources)
      throws Exception {
    this.samplePortal = samplePortal;
    SourcesConfig sources = new ConfigLoader().read(
        new ByteArrayInputStream(sourcesYaml.getBytes(StandardCharsets.UTF_8)),
        Path.of("sources.yaml"), SourcesConfig.class);
    home = Files.createTempDirectory("relief-site");
    Settings settings = Settings.load(Path.of("config"), home).withSources(sources)
        .withServer(new ServerConfig("127.0.0.1", 0, 20, 100));
    settings = settings.withCrawl(settings.crawl().withPageResources(pageResources));
    pipeline = new Pipeline(settings, Clock.systemUTC());
    web = new WebServer(pipeline.searcher, pipeline.index, settings.server(), sources,
        settings.archiveDir());
    CrawlCommand.crawl(pipeline, sources.portals(), new PrintWriter(Writer.nullWriter()));
    pipeline.index.refresh();
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

  /**
   * The bundled sample portal, crawled with its article pages' images and style sheets
   * ({@code page_resources}) and served.
   */
  public static CrawledSite samplePortalWithPageResources() throws Exception {
    SamplePortal portal = SamplePortal.start();
    try {
      return new CrawledSite(portal, portal.sourcesYaml(), true);
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
      FileTrees.delete(home);
    }
  }
}
