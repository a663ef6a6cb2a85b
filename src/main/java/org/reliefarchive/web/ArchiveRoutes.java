package org.reliefarchive.web;

import io.javalin.config.RoutesConfig;
import java.nio.file.Path;

/**
 * The routes through which other web-archive tools read the archive: the CDX server API over
 * its CDXJ index ({@code index.cdxj} in the archive directory).
 */
final class ArchiveRoutes {
  /** File name of the CDXJ index in the archive directory (as the archive writes it). */
  static final String CDXJ = "index.cdxj";

  private ArchiveRoutes() {}

  /** Registers the routes over the archive in {@code archiveDir}. */
  static void register(RoutesConfig routes, Path archiveDir) {
    CdxRoutes cdx = new CdxRoutes(archiveDir.resolve(CDXJ));
    routes.get("/cdx", cdx::cdx);
  }
}
