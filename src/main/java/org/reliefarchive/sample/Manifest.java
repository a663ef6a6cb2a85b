package org.reliefarchive.sample;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code sampleportal/manifest.json}: the portals, their articles and their list pages. It is
 * the single truth both for the server (what to serve where) and for tests (what a crawl must
 * find).
 */
record Manifest(
    String description,
    List<PortalEntry> portals,
    List<ArticleEntry> articles,
    List<ListPageEntry> listPages) {

  static final String RESOURCE = "manifest.json";

  Manifest {
    portals = List.copyOf(portals);
    articles = List.copyOf(articles);
    listPages = List.copyOf(listPages);
  }

  /** Reads the manifest from the classpath; a missing or broken manifest is a build error. */
  static Manifest load() {
    ObjectMapper mapper =
        new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try {
      return mapper.readValue(Resources.bytes(RESOURCE), Manifest.class);
    } catch (IOException e) {
      throw new UncheckedIOException("sampleportal/" + RESOURCE + " is not readable", e);
    }
  }

  /** The articles of one portal, in manifest order. */
  List<ArticleEntry> articlesOf(String portalId) {
    return articles.stream().filter(a -> a.portal().equals(portalId)).toList();
  }

  /** The list pages (home included) of one portal, in manifest order. */
  List<ListPageEntry> listPagesOf(String portalId) {
    return listPages.stream().filter(p -> p.portal().equals(portalId)).toList();
  }

  /**
   * One portal.
   *
   * @param pageCharsetDelivery how list pages declare their charset: {@code header} or {@code meta}
   * @param extraPages pages that are neither articles nor lists (a search page, say)
   */
  record PortalEntry(
      String id,
      String name,
      String homeProvince,
      String encoding,
      List<String> robotsDisallow,
      String trapPrefix,
      String pageCharsetDelivery,
      List<ExtraPage> extraPages,
      List<Section> sections) {

    PortalEntry {
      robotsDisallow = List.copyOf(robotsDisallow);
      extraPages = List.copyOf(extraPages);
      sections = List.copyOf(sections);
    }

    /** The display name of a section, or the id itself when unknown. */
    String sectionName(String sectionId) {
      return sections.stream()
          .filter(s -> s.id().equals(sectionId))
          .map(Section::name)
          .findFirst()
          .orElse(sectionId);
    }
  }

  /** A page served at {@code path} from {@code templates/<portal>/<template>}. */
  record ExtraPage(String path, String template) {}

  /** A section (channel) of a portal. */
  record Section(String id, String name) {}

  /**
   * One article; {@code resource} is its file under {@code sampleportal/}, stored in
   * {@code sourceEncoding} and served in {@code encoding}.
   */
  record ArticleEntry(
      String portal,
      String path,
      String origin,
      String originId,
      String title,
      String encoding,
      String charsetDelivery,
      String script,
      String section,
      String resource,
      String sourceEncoding) {}

  /**
   * A home page ({@code kind} home) or a page of a section list, with the article paths it links.
   */
  record ListPageEntry(
      String portal,
      String path,
      String kind,
      String section,
      int page,
      int pages,
      List<String> articles) {

    ListPageEntry {
      articles = List.copyOf(articles);
    }
  }
}
