package org.reliefarchive.cli;

import java.nio.file.Path;
import org.reliefarchive.config.ArchiveConfig;
import org.reliefarchive.config.BoilerplateConfig;
import org.reliefarchive.config.ConfigLoader;
import org.reliefarchive.config.CrawlConfig;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.config.ServerConfig;
import org.reliefarchive.config.SourcesConfig;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.search.QuerySynonyms;

/**
 * Every configuration file, loaded once at startup from the config directory. Relative paths in
 * them are resolved against {@code home}.
 *
 * @param configDir the directory the files were read from
 * @param home base of relative paths (the working directory unless told otherwise)
 * @param sources config/sources.yaml
 * @param crawl config/crawl.yaml
 * @param archive config/archive.yaml
 * @param boilerplate config/boilerplate.yaml
 * @param index config/index.yaml
 * @param server config/server.yaml
 */
record Settings(
    Path configDir,
    Path home,
    SourcesConfig sources,
    CrawlConfig crawl,
    ArchiveConfig archive,
    BoilerplateConfig boilerplate,
    IndexConfig index,
    ServerConfig server,
    IndexSchema schema) {

  /** Loads every file; the first bad one stops with a {@link
   * org.reliefarchive.config.ConfigException} naming it. */
  static Settings load(Path configDir, Path home) {
    ConfigLoader loader = new ConfigLoader();
    return new Settings(
        configDir,
        home,
        loader.load(configDir.resolve("sources.yaml"), SourcesConfig.class),
        loader.load(configDir.resolve("crawl.yaml"), CrawlConfig.class),
        loader.load(configDir.resolve("archive.yaml"), ArchiveConfig.class),
        loader.load(configDir.resolve("boilerplate.yaml"), BoilerplateConfig.class),
        loader.load(configDir.resolve("index.yaml"), IndexConfig.class),
        loader.load(configDir.resolve("server.yaml"), ServerConfig.class),
        // one schema (fields, facets, analyzer) for every index this process opens
        new IndexSchema());
  }

  /**
   * The query synonyms of {@code synonyms.txt} in the configuration directory; none when the
   * directory holds no such file.
   *
   * @throws org.reliefarchive.config.ConfigException naming the file and line when it is malformed
   */
  QuerySynonyms synonyms() {
    Path file = configDir.resolve("synonyms.txt");
    return java.nio.file.Files.isRegularFile(file) ? QuerySynonyms.load(file)
        : QuerySynonyms.none();
  }

  Path archiveDir() {
    return home.resolve(archive.dir());
  }

  Path indexDir() {
    return home.resolve(index.dir());
  }

  Path frontierDir() {
    return home.resolve(crawl.frontierDir());
  }

  /** Where the run log (health per run and portal) is kept. */
  Path stateDir() {
    return home.resolve(crawl.stateDir());
  }

  Settings withSources(SourcesConfig newSources) {
    return new Settings(configDir, home, newSources, crawl, archive, boilerplate, index, server,
        schema);
  }

  Settings withHome(Path newHome) {
    return new Settings(configDir, newHome, sources, crawl, archive, boilerplate, index, server,
        schema);
  }

  Settings withCrawl(CrawlConfig newCrawl) {
    return new Settings(configDir, home, sources, newCrawl, archive, boilerplate, index, server,
        schema);
  }

  Settings withIndex(IndexConfig newIndex) {
    return new Settings(configDir, home, sources, crawl, archive, boilerplate, newIndex, server,
        schema);
  }

  Settings withServer(ServerConfig newServer) {
    return new Settings(configDir, home, sources, crawl, archive, boilerplate, index, newServer,
        schema);
  }
}
