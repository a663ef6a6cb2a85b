package org.reliefarchive.web;

import io.javalin.config.RoutesConfig;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.search.SearchBackend;

/**
 * The routes through which other web-archive tools read the archive: the CDX server API over
 * its CDXJ index ({@code index.cdxj} in the archive directory), Memento TimeMaps and TimeGates,
 * replay with a banner, and WACZ packages of result sets.
 */
final class ArchiveRoutes {
  /** File name of the CDXJ index in the archive directory (as the archive writes it). */
  static final String CDXJ = "index.cdxj";

  private ArchiveRoutes() {}

  /** Registers the routes over {@code archive}. */
  static void register(RoutesConfig routes, WebArchive archive, SearchBackend searcher,
      ServerConfig server, ArchiveSource records) {
    CdxRoutes cdx = new CdxRoutes(archive.archiveDir().resolve(CDXJ));
    routes.get("/cdx", cdx::cdx);
    WaybackRoutes wayback = new WaybackRoutes(cdx, records);
    routes.get("/timemap/link/<url>", wayback::timemap);
    routes.get("/timegate/<url>", wayback::timegate);
    routes.get("/web/{ts}/<url>", wayback::web);
    if (archive.wacz() != null) {
      routes.get("/export.wacz", new WaczRoutes(searcher, server, archive.wacz())::wacz);
    }
  }
}
