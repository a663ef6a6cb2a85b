package org.reliefarchive.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  private final ConfigLoader loader = new ConfigLoader();
  @TempDir Path dir;

  @Test
  void loadsEveryCheckedInConfigFile() {
    Path config = Path.of("config");
    assertThat(loader.load(config.resolve("sources.yaml"), SourcesConfig.class).portals())
        .isNotEmpty();
    assertThat(loader.load(config.resolve("crawl.yaml"), CrawlConfig.class).threads())
        .isPositive();
    assertThat(loader.load(config.resolve("archive.yaml"), ArchiveConfig.class).gzip()).isTrue();
    assertThat(loader.load(config.resolve("index.yaml"), IndexConfig.class).dir())
        .isEqualTo("index/lucene");
    assertThat(loader.load(config.resolve("server.yaml"), ServerConfig.class).host())
        .isEqualTo("127.0.0.1");
    assertThat(loader.load(config.resolve("boilerplate.yaml"), BoilerplateConfig.class))
        .isNotNull();
  }

  @Test
  void unknownNestedKeyNamesFileKeyAndAllowedKeys() throws Exception {
    Path f = dir.resolve("sources.yaml");
    Files.writeString(f, """
        portals:
          - id: a
            name: A
            seeds: [http://127.0.0.1/]
            article: ['.*']
            max_deph: 3
        """);
    assertThatThrownBy(() -> loader.load(f, SourcesConfig.class))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("sources.yaml")
        .hasMessageContaining("unknown key 'portals[0].max_deph'")
        .hasMessageContaining("max_depth");
  }

  @Test
  void invalidRegexNamesPortalAndPattern() throws Exception {
    Path f = dir.resolve("sources.yaml");
    Files.writeString(f, """
        portals:
          - id: gscn
            name: 中国甘肃网
            seeds: [http://127.0.0.1/]
            article: ['(unclosed']
        """);
    assertThatThrownBy(() -> loader.load(f, SourcesConfig.class))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("portals[gscn].article has an invalid regular expression '(unclosed'");
  }

  @Test
  void indexBackendIsEmbeddedUnlessSolrCloudIsConfigured() throws Exception {
    Path f = dir.resolve("index.yaml");
    String base = "dir: index/lucene\nram_buffer_mb: 64\ncommit_interval_seconds: 30\n";
    Files.writeString(f, base);
    assertThat(loader.load(f, IndexConfig.class).solrCloud()).isFalse();
    Files.writeString(f, base + "backend: solrcloud\nsolr:\n  zk_hosts: [zk1:2181]\n"
        + "  zk_chroot: /solr\n  collection: reports\n");
    IndexConfig cloud = loader.load(f, IndexConfig.class);
    assertThat(cloud.solrCloud()).isTrue();
    assertThat(cloud.solr().zkChroot()).isEqualTo("/solr");
    Files.writeString(f, base + "backend: solr\n");
    assertThatThrownBy(() -> loader.load(f, IndexConfig.class))
        .hasMessageContaining("index.yaml").hasMessageContaining("embedded or solrcloud");
    Files.writeString(f, base + "backend: solrcloud\n");
    assertThatThrownBy(() -> loader.load(f, IndexConfig.class))
        .hasMessageContaining("needs the solr: section");
    Files.writeString(f, base + "backend: solrcloud\nsolr:\n  zk_hosts: [zk1:2181]\n"
        + "  solr_urls: [http://s:8983/solr]\n  collection: reports\n");
    assertThatThrownBy(() -> loader.load(f, IndexConfig.class))
        .hasMessageContaining("either zk_hosts or solr_urls");
  }

  @Test
  void outOfRangeValueSaysWhatIsAllowed() throws Exception {
    Path f = dir.resolve("server.yaml");
    Files.writeString(f, "host: 127.0.0.1\nport: 70000\npage_size: 20\nmax_page_size: 100\n");
    assertThatThrownBy(() -> loader.load(f, ServerConfig.class))
        .hasMessageContaining("server.yaml").hasMessageContaining("port is 70000; allowed: 0 to 65535");
  }

  @Test
  void anAliasNamesOneTargetOrSeveralButNotBoth() throws Exception {
    Path f = dir.resolve("aliases.yaml");
    Files.writeString(f, """
        aliases:
          - target: 北京市
            targets: [北京市, 天津市]
            forms: [京津两地]
            needs_support: false
        """);
    assertThatThrownBy(() -> loader.load(f, RegionAliasConfig.class))
        .hasMessageContaining("aliases.yaml").hasMessageContaining("give one of them");
    Files.writeString(f, "aliases:\n  - forms: [京津两地]\n    needs_support: false\n");
    assertThatThrownBy(() -> loader.load(f, RegionAliasConfig.class))
        .hasMessageContaining("has no target");
    Files.writeString(f, "aliases:\n  - targets: [北京市, 天津市]\n    forms: [京津两地]\n"
        + "    needs_support: false\n");
    assertThat(loader.load(f, RegionAliasConfig.class).aliases().get(0).targets())
        .containsExactly("北京市", "天津市");
  }

  @Test
  void missingKeyAndMissingFileAreNamed() throws Exception {
    Path f = dir.resolve("server.yaml");
    Files.writeString(f, "host: 127.0.0.1\npage_size: 20\nmax_page_size: 100\n");
    assertThatThrownBy(() -> loader.load(f, ServerConfig.class))
        .hasMessageContaining("'port' is missing");
    assertThatThrownBy(() -> loader.load(dir.resolve("nope.yaml"), ServerConfig.class))
        .hasMessageContaining("nope.yaml: file not found");
  }

  @Test
  void duplicatePortalIdIsRejected() throws Exception {
    Path f = dir.resolve("sources.yaml");
    Files.writeString(f, """
        portals:
          - {id: a, name: A, seeds: ['http://127.0.0.1/'], article: ['.*']}
          - {id: a, name: B, seeds: ['http://127.0.0.1/'], article: ['.*']}
        """);
    assertThatThrownBy(() -> loader.load(f, SourcesConfig.class))
        .hasMessageContaining("id 'a' is used twice");
  }
}
