package org.reliefarchive.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The annotated pages of one or more corpus manifests ({@code {"pages": [...]}}; page files
 * resolved against each manifest's folder, or its {@code pages/} subfolder), each assigned to the
 * {@code dev} or {@code test} split by its site through a splits file
 * ({@code {"sites": {"sina.com.cn": "test", ...}}}). Whole sites go to one split, so a rule
 * fitted to a site's template on dev pages is scored on other sites' pages in test.
 */
public final class CorpusPages {
  /** The split whose figures are reported. */
  public static final String TEST = "test";
  /** The split rules are tuned on. */
  public static final String DEV = "dev";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SECOND_LEVEL =
      Set.of("com", "net", "org", "gov", "edu", "ac", "idv", "mil");

  private CorpusPages() {}

  /**
   * One annotated page.
   *
   * @param id unique id, e.g. "magic-html/4e55eac42f97a6d9"
   * @param source the source folder ("magic-html", "gne-a" …)
   * @param site the registrable domain the split is assigned by
   * @param split "dev" or "test"
   * @param genre news, gov, blog, forum, reference, literature, nonarticle or other
   * @param article false for pages that hold no article (list, home, search pages)
   * @param url the original URL, or null
   * @param file the saved page
   * @param groundTruth the main text, or null for snippet-annotated pages
   * @param with snippets the output must hold (snippet-annotated pages)
   * @param without snippets the output must not hold
   * @param title the headline, or null
   * @param date the publication date the page shows, or null
   * @param node the whole manifest record
   */
  public record Page(String id, String source, String site, String split, String genre,
      boolean article, String url, Path file, String groundTruth, List<String> with,
      List<String> without, String title, String date, JsonNode node) {

    /** Copies the snippet lists. */
    public Page {
      with = List.copyOf(with);
      without = List.copyOf(without);
    }

    /** The saved page's bytes. */
    public byte[] bytes() {
      try {
        return Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read page " + id + " (" + file + ")", e);
      }
    }
  }

  /**
   * The manifests of {@code sources}: each a manifest file, or a folder whose {@code *.json}
   * files under {@code manifests/} (or itself) are manifests; every page assigned to its split.
   *
   * @param sources manifest files or folders, in order
   * @param splits the splits file, or null to put every page in the test split
   * @throws UncheckedIOException if a file cannot be read
   * @throws IllegalStateException if an id repeats or a page's site has no split, naming it
   */
  public static List<Page> load(List<Path> sources, Path splits) {
    Map<String, String> siteSplit = splits == null ? null : readSplits(splits);
    List<Page> pages = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Path source : sources) {
      for (Path manifest : manifests(source)) {
        JsonNode root = read(manifest);
        Path dir = manifest.toAbsolutePath().getParent();
        for (JsonNode p : root.path("pages")) {
          String id = p.path("id").asText();
          if (!ids.add(id)) {
            throw new IllegalStateException(manifest + ": page id " + id + " repeats");
          }
          String site = siteOf(p);
          String split = siteSplit == null ? TEST : siteSplit.get(site);
          if (split == null) {
            throw new IllegalStateException(splits + " assigns no split to site " + site
                + " (page " + id + " of " + manifest + ")");
          }
          String genre = p.path("genre").asText("other");
          boolean article = p.has("article") ? p.get("article").asBoolean()
              : !genre.equals("nonarticle");
          pages.add(new Page(id, p.path("source").asText(id.substring(0, id.indexOf('/') + 1)),
              site, split, genre, article, text(p, "url"), pageFile(dir, p.path("file").asText()),
              text(p, "ground_truth"), strings(p, "with"), strings(p, "without"),
              text(p, "title"), text(p, "date"), p));
        }
      }
    }
    return pages;
  }

  /** Sites of {@code pages} and the split of each, sorted by site. */
  public static Map<String, String> sites(List<Page> pages) {
    Map<String, String> m = new TreeMap<>();
    pages.forEach(p -> m.put(p.site(), p.split()));
    return m;
  }

  /**
   * The registrable domain of a page: its manifest {@code site}, else that of its URL (for a
   * web.archive.org capture, of the archived URL), else "source:" and its source.
   */
  static String siteOf(JsonNode p) {
    String site = text(p, "site");
    if (site != null && !site.isBlank()) {
      return site.toLowerCase(Locale.ROOT);
    }
    String url = text(p, "url");
    String host = host(url);
    if ("web.archive.org".equals(host)) {
      int i = url.indexOf("http", url.indexOf("/web/") + 5);
      host = i < 0 ? host : host(url.substring(i));
    }
    return host == null ? "source:" + p.path("source").asText() : registrableDomain(host);
  }

  /**
   * The registrable domain of a host: two labels, or three under a second-level domain of a
   * country (sina.com.cn, cna.com.tw); a government under gov.cn keeps its own label
   * (gz.gov.cn), www.gov.cn is gov.cn.
   */
  public static String registrableDomain(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    String[] l = h.split("\\.");
    int n = l.length;
    if (n <= 2) {
      return h;
    }
    boolean countrySecond = l[n - 1].length() == 2 && SECOND_LEVEL.contains(l[n - 2]);
    if (!countrySecond) {
      return l[n - 2] + "." + l[n - 1];
    }
    String three = l[n - 3] + "." + l[n - 2] + "." + l[n - 1];
    return three.startsWith("www.") ? l[n - 2] + "." + l[n - 1] : three;
  }

  private static String host(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      return URI.create(url.strip().replace(" ", "%20")).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static List<Path> manifests(Path source) {
    if (Files.isRegularFile(source)) {
      return List.of(source);
    }
    Path dir = Files.isDirectory(source.resolve("manifests")) ? source.resolve("manifests")
        : source;
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list manifests in " + dir, e);
    }
  }

  private static Path pageFile(Path manifestDir, String file) {
    Path direct = manifestDir.resolve(file);
    if (Files.exists(direct)) {
      return direct;
    }
    return manifestDir.resolveSibling("pages").resolve(file);
  }

  private static Map<String, String> readSplits(Path splits) {
    Map<String, String> m = new HashMap<>();
    read(splits).path("sites").fields().forEachRemaining(e -> {
      String v = e.getValue().asText();
      if (!v.equals(DEV) && !v.equals(TEST)) {
        throw new IllegalStateException(splits + ": site " + e.getKey() + " has split '" + v
            + "' (allowed: dev, test)");
      }
      m.put(e.getKey().toLowerCase(Locale.ROOT), v);
    });
    return m;
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  static List<String> strings(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    node.path(field).forEach(v -> out.add(v.asText()));
    return out;
  }
}
