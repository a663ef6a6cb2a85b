package org.reliefarchive.eval;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.reliefarchive.config.IndexConfig;
import org.reliefarchive.enrich.ArticleEnricher;
import org.reliefarchive.enrich.CanonicalUrl;
import org.reliefarchive.enrich.TraditionalToSimplified;
import org.reliefarchive.extract.Article;
import org.reliefarchive.extract.ArticleExtractor;
import org.reliefarchive.extract.ExtractionOutcome;
import org.reliefarchive.index.IndexSchema;
import org.reliefarchive.index.ReportIndex;
import org.reliefarchive.search.QuerySynonyms;
import org.reliefarchive.search.ReportSearcher;
import org.reliefarchive.search.ScoreExplainer;

/**
 * The reports a judged search set is scored on, extracted, tagged and indexed in memory the way
 * a crawl indexes them: the sample portal's pages as it serves them and the corpus pages it does
 * not serve. Each report is known by a stable key (the seed file stem or the corpus page id), so
 * judgements written once keep pointing at the same report. Pages that hold no article are left
 * out and counted.
 */
public final class SearchCorpus implements Closeable {
  private final Directory directory;
  private final ReportIndex index;
  private final ReportSearcher searcher;
  private final QuerySynonyms synonyms;
  private final Map<String, Report> byKey;
  private final Map<String, String> keyById;
  private final List<String> skipped;

  /**
   * One page to index.
   *
   * @param key the stable key judgements use, e.g. "seed/000_5a266c807a20fc24"
   * @param bytes the page as served or saved
   * @param url the URL it was served at or saved from, or null
   * @param contentType the Content-Type it was served with, or null
   * @param portal the portal id (or corpus source) it counts under
   */
  public record Source(String key, byte[] bytes, String url, String contentType, String portal) {}

  /**
   * One indexed report.
   *
   * @param key its stable key
   * @param id its id in the index
   * @param title the headline
   * @param text the body text
   */
  public record Report(String key, String id, String title, String text) {
    /** Title and body in simplified characters, for plain string counts. */
    public String simplified() {
      return TraditionalToSimplified.toSimplified(title + "\n" + text);
    }
  }

  private SearchCorpus(Directory directory, ReportIndex index, QuerySynonyms synonyms,
      Map<String, Report> byKey, List<String> skipped) {
    this.directory = directory;
    this.index = index;
    this.searcher = new ReportSearcher(index, synonyms);
    this.synonyms = synonyms;
    this.byKey = byKey;
    this.keyById = new LinkedHashMap<>();
    byKey.values().forEach(r -> keyById.put(r.id(), r.key()));
    this.skipped = skipped;
  }

  /**
   * Extracts, tags and indexes {@code sources} in memory. A page whose extraction finds no
   * article is skipped and named in {@link #skipped()}. Searches apply {@code synonyms}.
   */
  public static SearchCorpus build(List<Source> sources, ArticleExtractor extractor,
      ArticleEnricher enricher, IndexSchema schema, QuerySynonyms synonyms) throws IOException {
    Directory dir = new ByteBuffersDirectory();
    ReportIndex index = ReportIndex.openWritable(dir, schema, new IndexConfig("memory", 64, 60));
    Map<String, Report> byKey = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    Set<String> urls = new HashSet<>();
    for (Source s : sources) {
      // a page saved without URL, or at the URL of another page, gets one of its own
      String url = s.url() != null && urls.add(CanonicalUrl.id(s.url())) ? s.url()
          : "https://corpus.invalid/" + s.key();
      ExtractionOutcome outcome = extractor.extract(s.bytes(), url, s.contentType());
      if (!outcome.isArticle()) {
        skipped.add(s.key() + " (" + outcome.status() + ")");
        continue;
      }
      Article a = outcome.article();
      index.upsert(enricher.enrich(a, new ArticleEnricher.Capture(s.portal(), s.portal(), null,
          Instant.EPOCH, "corpus.warc.gz", byKey.size(), "sha1:" + s.key())));
      byKey.put(s.key(), new Report(s.key(), CanonicalUrl.id(a.url()), a.title(), a.text()));
    }
    index.commit();
    index.refresh();
    return new SearchCorpus(dir, index, synonyms, byKey, skipped);
  }

  /** The searcher over these reports. */
  public ReportSearcher searcher() {
    return searcher;
  }

  /** Takes the scores of this searcher's queries apart. */
  public ScoreExplainer explainer() {
    return new ScoreExplainer(index, synonyms);
  }

  /** The reports, in the order indexed. */
  public List<Report> reports() {
    return List.copyOf(byKey.values());
  }

  /** The report of {@code key}, or null. */
  public Report report(String key) {
    return byKey.get(key);
  }

  /** The key of the report with index id {@code id}, or null. */
  public String keyOf(String id) {
    return keyById.get(id);
  }

  /** Pages left out because they hold no article, each with the reason. */
  public List<String> skipped() {
    return List.copyOf(skipped);
  }

  /**
   * The keys of the reports in each reprint group of more than one report: a search shows one
   * report per group, so a judged report counts as found when any report of its group is shown.
   */
  public Map<String, String> groups() throws IOException {
    Map<String, String> group = new LinkedHashMap<>();
    IndexSearcher s = index.searchers().acquire();
    try {
      for (Report r : byKey.values()) {
        TopDocs td = s.search(new TermQuery(new Term(IndexSchema.ID, r.id())), 1);
        if (td.scoreDocs.length == 1) {
          Document d = s.storedFields().document(td.scoreDocs[0].doc, Set.of(IndexSchema.GROUP));
          String g = d.get(IndexSchema.GROUP);
          group.put(r.key(), g == null ? r.id() : g);
        }
      }
    } finally {
      index.searchers().release(s);
    }
    return group;
  }

  @Override
  public void close() throws IOException {
    try {
      index.close();
    } finally {
      directory.close();
    }
  }
}
