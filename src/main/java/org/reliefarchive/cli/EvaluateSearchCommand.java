package org.reliefarchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.reliefarchive.eval.CorpusPages;
import org.reliefarchive.eval.PlainRankings;
import org.reliefarchive.eval.RelevanceSet;
import org.reliefarchive.eval.SearchCorpus;
import org.reliefarchive.eval.SearchEvaluator;
import org.reliefarchive.extract.ArticleExtractor;
import org.reliefarchive.sample.SampleArticle;
import org.reliefarchive.search.QuerySynonyms;
import org.reliefarchive.search.ScoreExplainer;
import org.reliefarchive.sample.SamplePortal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate-search}: score the search engine on the judged queries, over the sample
 * portal's reports and the corpus pages it does not serve.
 */
@Command(
    name = "evaluate-search",
    mixinStandardHelpOptions = true,
    description =
        "Index the sample portal's reports (as it serves them) and the corpus pages, run the "
        + "judged queries and print, test split first (never tuned on), then dev: nDCG@10, "
        + "P@5, recall@10, the queries whose first ten hold no relevant report, and the "
        + "queries with a report that is not relevant above a relevant one. --pool prints the "
        + "candidates to judge for each query instead.")
final class EvaluateSearchCommand implements Callable<Integer> {
  @ParentCommand ReliefArchiveCommand root;
  @Spec CommandSpec spec;

  @Mixin CorpusOptions corpus;

  @Option(names = "--set", paramLabel = "DIR", defaultValue = "src/test/resources/relevance",
      description = "The judged queries: queries.tsv and judgements.tsv "
          + "(default: ${DEFAULT-VALUE}).")
  Path set;

  @Option(names = "--show", description = "Print every query's first ten with their grades.")
  boolean show;

  @Option(names = "--pool", paramLabel = "N",
      description = "Instead of scoring, print for each query the union of the first N of three "
          + "rankings (the engine's, a plain all-words count, a per-word any-word list), in "
          + "key order, each report with its title and the text around the query's words.")
  Integer pool;

  @Option(names = "--no-synonyms",
      description = "Search without config/synonyms.txt (every query word stands for itself).")
  boolean noSynonyms;

  @Option(names = "--reports", description = "List every indexed report's key and title.")
  boolean reports;

  @Option(names = "--split", paramLabel = "SPLIT",
      description = "Score only this split (dev or test).")
  String only;

  @Option(names = "--explain", paramLabel = "QUERY",
      description = "Instead of scoring, take apart the score of each report of QUERY's first "
          + "ten, and of the reports judged relevant for it further down: per query word, what "
          + "it adds, whether the report holds the word as typed or only a synonym, and each "
          + "field match with its frequency and the field's length.")
  String explain;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(set.resolve("queries.tsv"))) {
      throw new ParameterException(spec.commandLine(), "--set " + set
          + " holds no queries.tsv");
    }
    if (only != null && !only.equals(CorpusPages.DEV) && !only.equals(CorpusPages.TEST)) {
      throw new ParameterException(spec.commandLine(), "--split must be dev or test, got "
          + only);
    }
    if (pool != null && pool < 1) {
      throw new ParameterException(spec.commandLine(), "--pool must be 1 or more, got " + pool);
    }
    RelevanceSet judged = RelevanceSet.read(set);
    List<CorpusPages.Page> pages = corpus.load(spec);
    PrintWriter out = spec.commandLine().getOut();
    try (SearchCorpus reports = SearchCorpus.build(sources(pages),
        new ArticleExtractor(root.settings().boilerplate()), Pipeline.enricher(root.settings()),
        root.settings().schema(), noSynonyms ? QuerySynonyms.none() : root.settings().synonyms())) {
      Terminal.line(out, "%d reports indexed (%d pages hold no article); %d judged queries, "
          + "%d judgements.", reports.reports().size(), reports.skipped().size(),
          judged.queries().size(),
          judged.queries().stream().mapToInt(q -> q.grades().size()).sum());
      if (this.reports) {
        reports.reports().forEach(r -> out.printf("%s\t%s%n", r.key(), r.title()));
      } else if (pool != null) {
        printPool(out, judged, reports, pool);
      } else if (explain != null) {
        printExplained(out, judged, reports, explain);
      } else {
        SearchEvaluator evaluator = new SearchEvaluator(reports);
        List<String> unknown = evaluator.unknownKeys(judged);
        if (!unknown.isEmpty()) {
          Terminal.line(out, "Judged reports not in the index (%d), counted as never found: %s",
              unknown.size(), String.join(", ", unknown));
        }
        for (String split : List.of(CorpusPages.TEST, CorpusPages.DEV)) {
          if (only != null && !only.equals(split)) {
            continue;
          }
          print(out, evaluator.evaluate(judged, split), reports);
        }
      }
    }
    out.flush();
    return 0;
  }

  private void print(PrintWriter out, SearchEvaluator.Summary s, SearchCorpus reports) {
    out.printf(Locale.ROOT, "%n== %s split: %d queries%s%n", s.split(), s.scores().size(),
        s.split().equals(CorpusPages.TEST) ? " (the figures to report; never tuned on)"
            : " (synonyms are tuned on these)");
    out.printf(Locale.ROOT, "nDCG@10 %.3f   P@5 %.3f   recall@10 %.3f%n", s.ndcg(),
        s.precision5(), s.recall10());
    out.printf(Locale.ROOT, "queries whose first ten hold no relevant report: %d%n",
        s.missing().size());
    s.missing().forEach(q -> out.printf("  %s  %s  (%d relevant)%n", q.query().id(),
        q.query().text(), q.relevant()));
    out.printf(Locale.ROOT, "queries with a report that is not relevant above a relevant one: "
        + "%d%n", s.misordered().size());
    s.misordered().forEach(q -> out.printf("  %s  %s  grades %s%n", q.query().id(),
        q.query().text(), q.grades()));
    long unjudged = s.scores().stream().mapToInt(SearchEvaluator.QueryScore::unjudged).sum();
    if (unjudged > 0) {
      out.printf(Locale.ROOT, "hits nobody judged (counted as not relevant): %d%n", unjudged);
    }
    if (show) {
      for (SearchEvaluator.QueryScore q : s.scores()) {
        out.printf(Locale.ROOT, "%n%s  %s  nDCG %.3f  P@5 %.2f  recall %.2f%n", q.query().id(),
            q.query().text(), q.ndcg(), q.precision5(), q.recall10());
        for (int i = 0; i < q.top().size(); i++) {
          String key = q.top().get(i);
          SearchCorpus.Report r = reports.report(key);
          boolean judgedHere = q.query().grades().containsKey(key);
          out.printf(Locale.ROOT, "  %2d  %s  %-14s  %s  %s%n", i + 1,
              judgedHere ? String.valueOf(q.grades().get(i)) : "?" + q.grades().get(i),
              q.levels().get(i), key, r == null ? "" : r.title());
        }
      }
    }
  }

  /**
   * The first ten of {@code query}, then the reports judged relevant for it that are not among
   * them, each with its grade (when the query is a judged one) and its score taken apart.
   */
  private static void printExplained(PrintWriter out, RelevanceSet judged, SearchCorpus reports,
      String query) throws IOException {
    SearchEvaluator evaluator = new SearchEvaluator(reports);
    Map<String, Integer> grades = judged.queries().stream()
        .filter(q -> q.text().equals(query)).findFirst()
        .map(RelevanceSet.Query::grades).orElse(Map.of());
    List<String> top = evaluator.topKeys(query);
    List<String> keys = new ArrayList<>(top);
    grades.entrySet().stream().filter(e -> e.getValue() > 0 && !top.contains(e.getKey()))
        .map(Map.Entry::getKey).sorted().forEach(keys::add);
    List<String> ids = new ArrayList<>();
    Map<String, String> keyOf = new HashMap<>();
    for (String k : keys) {
      SearchCorpus.Report r = reports.report(k);
      if (r != null) {
        ids.add(r.id());
        keyOf.put(r.id(), k);
      }
    }
    out.printf("%nquery %s%s%n", query, grades.isEmpty() ? " (not a judged query)" : "");
    int rank = 0;
    for (ScoreExplainer.Explained e : reports.explainer().explain(query, ids)) {
      String key = keyOf.get(e.id());
      rank++;
      Integer g = grades.get(key);
      out.printf(Locale.ROOT, "%s  grade %s  %s %.3f  %d chars  %s  %s%n",
          rank <= top.size() ? String.format(Locale.ROOT, "%2d", rank) : " -",
          g == null ? "?" : g.toString(), e.full() ? "full" : "partial", e.score(),
          e.bodyChars(), key, e.title());
      for (ScoreExplainer.Part p : e.parts()) {
        StringBuilder m = new StringBuilder();
        for (ScoreExplainer.FieldMatch f : p.matches()) {
          m.append(String.format(Locale.ROOT, " %s %.2f (freq %.0f, length %.0f)", f.field(),
              f.score(), f.freq(), f.length()));
        }
        out.printf(Locale.ROOT, "      %-8s %8.3f  %s%s%n", p.label(), p.score(),
            p.score() == 0 ? "absent" : p.own() ? "own word" : "synonym only", m);
      }
    }
  }

  /** The candidates of each query, pooled from three rankings and listed in key order. */
  private static void printPool(PrintWriter out, RelevanceSet judged, SearchCorpus reports,
      int n) {
    SearchEvaluator evaluator;
    try {
      evaluator = new SearchEvaluator(reports);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    for (RelevanceSet.Query q : judged.queries()) {
      Set<String> pooled = new TreeSet<>();
      pooled.addAll(evaluator.topKeys(q.text()).stream().limit(n).toList());
      pooled.addAll(PlainRankings.allWords(reports.reports(), q.text(), n));
      pooled.addAll(PlainRankings.anyWord(reports.reports(), q.text(), n));
      List<String> words = PlainRankings.words(q.text());
      out.printf("%n#### %s [%s] %s  — %s  words %s%n", q.id(), q.split(), q.text(), q.need(),
          words);
      for (String key : pooled) {
        SearchCorpus.Report r = reports.report(key);
        if (r == null) {
          continue;
        }
        String judgedAs = q.grades().containsKey(key) ? " (judged " + q.grades().get(key) + ")"
            : "";
        out.printf("-- %s%s | %s%n", key, judgedAs, r.title());
        String text = r.simplified();
        for (String w : words) {
          int at = text.indexOf(w);
          int shown = 0;
          while (at >= 0 && shown < 2) {
            out.printf("     [%s] …%s…%n", w, text.substring(Math.max(0, at - 40),
                Math.min(text.length(), at + w.length() + 40)).replace('\n', ' '));
            at = text.indexOf(w, at + 200);
            shown++;
          }
        }
      }
    }
  }

  /**
   * The sample portal's reports as it serves them, then the corpus articles it does not serve;
   * keys are the seed stem ("seed/…") or the corpus page id.
   */
  private static List<SearchCorpus.Source> sources(List<CorpusPages.Page> pages)
      throws IOException, InterruptedException {
    List<SearchCorpus.Source> sources = new ArrayList<>();
    Set<String> served = new HashSet<>();
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    try (SamplePortal portal = SamplePortal.start()) {
      for (SampleArticle a : portal.articles()) {
        HttpResponse<byte[]> response = client.send(
            HttpRequest.newBuilder(URI.create(a.url())).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
          throw new IOException("sample portal answered HTTP " + response.statusCode() + " for "
              + a.url());
        }
        String key = a.origin().equals("seed") ? "seed/" + a.originId() : a.originId();
        served.add(key);
        sources.add(new SearchCorpus.Source(key, response.body(), a.url(),
            response.headers().firstValue("Content-Type").orElse(null), a.portal()));
      }
    }
    for (CorpusPages.Page p : pages) {
      if (p.article() && !served.contains(p.id())) {
        sources.add(new SearchCorpus.Source(p.id(), p.bytes(), p.url(), null, p.source()));
      }
    }
    return sources;
  }
}
