package org.reliefarchive.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.reliefarchive.config.ConfigLoader;
import org.reliefarchive.enrich.ReportTagger;
import org.reliefarchive.extract.ArticleExtractor;
import org.reliefarchive.extract.ExtractionOutcome;

/**
 * Builds the reports tag-accuracy scores: the five seed reports as the sample portal serves
 * them (its pages on the classpath, through the extractor, with the portal's home province) with
 * {@code seeds/expected.yaml} of the shared corpus, and the hand-annotated corpus pages (their
 * ground-truth text from {@code pages/manifest.json}).
 */
public final class TagCases {
  private static final String PORTAL = "sampleportal/";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private TagCases() {}

  /**
   * The seed reports.
   *
   * @param corpusDir the shared corpus directory
   * @param extractor the extractor
   * @throws UncheckedIOException if a file is missing or unreadable
   */
  public static List<TagCase> seeds(Path corpusDir, ArticleExtractor extractor) {
    try {
      JsonNode expected = YAML.readTree(corpusDir.resolve("seeds/expected.yaml").toFile());
      Map<String, String> homes = seedHomes();
      List<TagCase> cases = new ArrayList<>();
      for (var it = expected.fields(); it.hasNext(); ) {
        var e = it.next();
        String id = e.getKey().replace(".txt", "");
        byte[] html = resource(PORTAL + "seeds/" + id + ".html");
        ExtractionOutcome outcome =
            extractor.extract(html, "http://127.0.0.1/" + id + ".html", "text/html; charset=UTF-8");
        if (outcome.article() == null) {
          throw new IllegalStateException("seed " + id + " extracts to no article: "
              + outcome.reason());
        }
        JsonNode v = e.getValue();
        TagAnnotations.Page page = new TagAnnotations.Page(id, list(v, "regions"),
            list(v, "agency_types"), list(v, "agencies"), list(v, "beneficiaries"), null);
        String text = ReportTagger.text(outcome.article());
        String title = outcome.article().title();
        cases.add(new TagCase(id, text, title == null ? 0 : title.length(), homes.get(id),
            page));
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The annotated corpus pages of every {@code *.yaml} in {@code annotationsDir}, with the text
   * and split of each from {@code corpus}. A page whose ground truth starts with its title line
   * (benchmark convention) is tagged as it is; otherwise the title is put before the text.
   *
   * @throws UncheckedIOException if a file is missing or unreadable
   * @throws IllegalStateException if an annotated page is not in the corpus
   */
  public static List<TagCase> pages(List<CorpusPages.Page> corpus, Path annotationsDir) {
    try {
      Map<String, CorpusPages.Page> byId = new HashMap<>();
      for (CorpusPages.Page p : corpus) {
        if (p.groundTruth() != null) {
          byId.put(p.id(), p);
        }
      }
      List<Path> files;
      try (Stream<Path> s = Files.list(annotationsDir)) {
        files = s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      }
      ConfigLoader loader = new ConfigLoader();
      List<TagCase> cases = new ArrayList<>();
      for (Path f : files) {
        for (TagAnnotations.Page page : loader.load(f, TagAnnotations.class).pages()) {
          CorpusPages.Page p = byId.get(page.id());
          if (p == null) {
            throw new IllegalStateException(f + ": page " + page.id()
                + " has no ground-truth text in the corpus manifests");
          }
          String text = p.groundTruth();
          String title = p.title() == null ? "" : p.title().strip();
          // the benchmark's ground truth starts with the title line on most pages, not on all:
          // count the first line as title only when the page's title holds it
          int nl = text.indexOf('\n');
          String first = nl < 0 ? "" : text.substring(0, nl).strip();
          if (!first.isEmpty() && title.contains(first)) {
            cases.add(new TagCase(page.id(), text, nl, null, page, p.split()));
          } else if (!title.isEmpty() && !text.startsWith(title)) {
            cases.add(new TagCase(page.id(), title + "\n" + text, title.length(), null, page,
                p.split()));
          } else {
            cases.add(new TagCase(page.id(), text, 0, null, page, p.split()));
          }
        }
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code cases} of corpus pages with the text the archive would tag: the saved page run
   * through {@code extractor} (title line, then the body), as a crawl sees it, instead of the
   * page's ground truth. A page the extractor refuses or cannot find in {@code corpus} is tagged
   * as an empty text, so what its annotation expects counts as missed.
   */
  public static List<TagCase> throughExtraction(List<TagCase> cases,
      List<CorpusPages.Page> corpus, ArticleExtractor extractor) {
    Map<String, CorpusPages.Page> byId = new HashMap<>();
    corpus.forEach(p -> byId.put(p.id(), p));
    List<TagCase> out = new ArrayList<>(cases.size());
    for (TagCase c : cases) {
      CorpusPages.Page p = byId.get(c.id());
      String text = "";
      int titleEnd = 0;
      if (p != null) {
        ExtractionOutcome o = extractor.extract(p.bytes(), p.url(), null);
        if (o.status() == ExtractionOutcome.Status.ARTICLE) {
          text = ReportTagger.text(o.article()); // as a crawl tags it
          titleEnd = o.article().title() == null ? 0 : o.article().title().length();
        }
      }
      out.add(new TagCase(c.id(), text, titleEnd, c.homeProvince(), c.expected(), c.split()));
    }
    return out;
  }

  private static Map<String, String> seedHomes() throws IOException {
    JsonNode m = JSON.readTree(resource(PORTAL + "manifest.json"));
    Map<String, String> portalHome = new HashMap<>();
    for (JsonNode p : m.get("portals")) {
      portalHome.put(p.get("id").asText(),
          p.get("homeProvince").isNull() ? null : p.get("homeProvince").asText());
    }
    Map<String, String> homes = new HashMap<>();
    for (JsonNode a : m.get("articles")) {
      if ("seed".equals(a.get("origin").asText())) {
        homes.put(a.get("originId").asText(), portalHome.get(a.get("portal").asText()));
      }
    }
    return homes;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = TagCases.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("classpath resource " + name + " is missing");
      }
      return in.readAllBytes();
    }
  }

  private static List<String> list(JsonNode node, String key) {
    List<String> out = new ArrayList<>();
    if (node.has(key)) {
      node.get(key).forEach(n -> out.add(n.asText()));
    }
    return out;
  }

}
