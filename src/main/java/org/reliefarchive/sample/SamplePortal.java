package org.reliefarchive.sample;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reliefarchive.sample.Manifest.ArticleEntry;
import org.reliefarchive.sample.Manifest.PortalEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled sample portal: three portals, each on its own 127.0.0.1 port, serving real report
 * pages in several layouts and encodings (GBK, UTF-8, Big5), with pagination, a robots.txt, and
 * on {@code gansu} an endless calendar link trap. {@code sampleportal/manifest.json} on the
 * classpath says what is served where; {@link #articles()} and {@link #sites()} expose it with
 * absolute URLs. Close it to free the ports.
 *
 * <pre>{@code
 * try (SamplePortal portal = SamplePortal.start()) {
 *   String yaml = portal.sourcesYaml();   // sources.yaml pointing at the running portals
 *   ...
 * }
 * }</pre>
 */
public final class SamplePortal implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SamplePortal.class);
  private static final String SOURCES_TEMPLATE = "sources.yaml";

  private final Manifest manifest;
  private final Map<String, PortalServer> servers;

  private SamplePortal(Manifest manifest, Map<String, PortalServer> servers) {
    this.manifest = manifest;
    this.servers = servers;
  }

  /**
   * Starts every portal of the manifest on 127.0.0.1, each on a free port.
   *
   * @throws IOException if a port cannot be bound
   * @throws IllegalStateException if the manifest or a page it names is missing or inconsistent
   */
  public static SamplePortal start() throws IOException {
    Manifest manifest = Manifest.load();
    Map<String, PortalServer> servers = new LinkedHashMap<>();
    try {
      for (PortalEntry p : manifest.portals()) {
        PortalServer server = PortalServer.start(p.id(), new PortalSite(p, manifest));
        servers.put(p.id(), server);
        LOG.info(
            "sample portal {} ({}, {}) at {} with {} articles",
            p.id(), p.name(), p.encoding(), server.baseUrl(), manifest.articlesOf(p.id()).size());
      }
    } catch (IOException | RuntimeException e) {
      servers.values().forEach(PortalServer::stop);
      throw e;
    }
    return new SamplePortal(manifest, servers);
  }

  /** The portals, in manifest order. */
  public List<Site> sites() {
    List<Site> sites = new ArrayList<>();
    for (PortalEntry p : manifest.portals()) {
      sites.add(
          new Site(
              p.id(), p.name(), p.homeProvince(), p.encoding(), baseUrl(p.id()),
              p.robotsDisallow(), p.trapPrefix()));
    }
    return List.copyOf(sites);
  }

  /**
   * The base URL of a portal, e.g. {@code http://127.0.0.1:43125} (no trailing slash).
   *
   * @throws IllegalArgumentException if there is no portal {@code portalId}
   */
  public String baseUrl(String portalId) {
    return server(portalId).baseUrl();
  }

  /**
   * {@code sampleportal/sources.yaml} with {@code {{<portal id>}}} replaced by each portal's base
   * URL: a ready {@code config/sources.yaml} for crawling the sample portal.
   */
  public String sourcesYaml() {
    String yaml = Resources.text(SOURCES_TEMPLATE);
    for (PortalEntry p : manifest.portals()) {
      yaml = yaml.replace("{{" + p.id() + "}}", baseUrl(p.id()));
    }
    return yaml;
  }

  /** Every article of every portal, in manifest order, with its absolute URL. */
  public List<SampleArticle> articles() {
    List<SampleArticle> out = new ArrayList<>();
    for (ArticleEntry a : manifest.articles()) {
      out.add(
          new SampleArticle(
              a.portal(), baseUrl(a.portal()) + a.path(), a.path(), a.origin(), a.originId(),
              a.title(), a.encoding(), a.charsetDelivery(), a.script()));
    }
    return List.copyOf(out);
  }

  /**
   * The paths (with query string) requested from a portal so far, in order of arrival; a copy.
   *
   * @throws IllegalArgumentException if there is no portal {@code portalId}
   */
  public List<String> requestedPaths(String portalId) {
    return server(portalId).requestedPaths();
  }

  /**
   * When each request to a portal arrived ({@link System#nanoTime()}), in the order of
   * {@link #requestedPaths}; a copy.
   *
   * @throws IllegalArgumentException if there is no portal {@code portalId}
   */
  public List<Long> arrivalNanos(String portalId) {
    return server(portalId).arrivalNanos();
  }

  /** Stops every portal and frees its port. */
  @Override
  public void close() {
    servers.values().forEach(PortalServer::stop);
    LOG.info("sample portal stopped");
  }

  private PortalServer server(String portalId) {
    PortalServer server = servers.get(portalId);
    if (server == null) {
      throw new IllegalArgumentException(
          "portalId is '" + portalId + "'; allowed: " + String.join(", ", servers.keySet()));
    }
    return server;
  }

  /**
   * One portal of the sample.
   *
   * @param id portal id, as in {@code sources.yaml}
   * @param name display name
   * @param homeProvince the province it reports from, or null
   * @param encoding charset of its own pages (home, lists), a Java charset name
   * @param baseUrl {@code http://127.0.0.1:<port>}, no trailing slash
   * @param robotsDisallow path prefixes its robots.txt disallows
   * @param trapPrefix path prefix of its endless link trap, or null when it has none
   */
  public record Site(
      String id,
      String name,
      String homeProvince,
      String encoding,
      String baseUrl,
      List<String> robotsDisallow,
      String trapPrefix) {}
}
