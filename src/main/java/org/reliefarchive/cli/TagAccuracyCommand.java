package org.reliefarchive.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reliefarchive.enrich.Mention;
import org.reliefarchive.enrich.ReportTagger;
import org.reliefarchive.enrich.TagFindings;
import org.reliefarchive.eval.CorpusPages;
import org.reliefarchive.eval.TagAccuracy;
import org.reliefarchive.eval.TagCase;
import org.reliefarchive.eval.TagCases;
import org.reliefarchive.extract.ArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tag-accuracy}: score the region, agency and beneficiary taggers. */
@Command(
    name = "tag-accuracy",
    mixinStandardHelpOptions = true,
    description =
        "Tag the five seed reports (as the sample portal serves them, through the extractor) "
        + "and the hand-annotated corpus pages, test split first (whole sites held out from "
        + "tuning), then dev; print what each page misses and adds, then precision and recall "
        + "per kind, and the tagging speed.")
final class TagAccuracyCommand implements Callable<Integer> {
  @ParentCommand ReliefArchiveCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--corpus", defaultValue = "../shared/corpus", paramLabel = "DIR",
      description = "The shared corpus with the seeds (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Mixin CorpusOptions pageOptions;

  @Option(names = "--annotations", defaultValue = "src/test/resources/annotations",
      paramLabel = "DIR",
      description = "Directory of annotation files (default: ${DEFAULT-VALUE}).")
  Path annotations;

  @Option(names = "--quiet", description = "Only the totals, no per-page differences.")
  boolean quiet;

  @Option(names = "--explain",
      description = "Under each tag a page adds, the text around where it was found.")
  boolean explain;

  @Override
  public Integer call() {
    Settings settings = root.settings();
    PrintWriter out = spec.commandLine().getOut();
    ReportTagger tagger = ReportTagger.load(settings.configDir());
    ArticleExtractor extractor = new ArticleExtractor(settings.boilerplate());
    List<TagCase> seeds = TagCases.seeds(corpus, extractor);
    List<CorpusPages.Page> corpusPages = pageOptions.load(spec);
    List<TagCase> pages = TagCases.pages(corpusPages, annotations);
    report(out, "seed reports", seeds, tagger, !quiet);
    for (String split : List.of(CorpusPages.TEST, CorpusPages.DEV)) {
      report(out, "annotated pages, " + split + " split" + (split.equals(CorpusPages.TEST)
              ? " (the figures to report; never tuned on)" : " (rules are tuned on these)"),
          pages.stream().filter(c -> c.split().equals(split)).toList(), tagger, !quiet);
    }
    // the same pages as a crawl tags them: the saved HTML through the extractor
    List<TagCase> extracted = TagCases.throughExtraction(pages, corpusPages, extractor);
    for (String split : List.of(CorpusPages.TEST, CorpusPages.DEV)) {
      List<TagCase> some = extracted.stream().filter(c -> c.split().equals(split)).toList();
      // the differences per page are above; only the totals here
      report(out, "annotated pages, " + split + " split, through extraction (the saved page as"
          + " a crawl tags it)", some, tagger, false);
    }
    speed(out, tagger, seeds, pages);
    return 0;
  }

  private void report(PrintWriter out, String what, List<TagCase> cases, ReportTagger tagger,
      boolean details) {
    TagAccuracy accuracy = new TagAccuracy();
    out.printf("%n== %s (%d)%n", what, cases.size());
    for (TagCase c : cases) {
      TagFindings tags = tagger.tag(c.text(), c.titleEnd(), c.homeProvince());
      TagAccuracy.PageResult r = accuracy.add(c.expected(), tags);
      if (details && !r.clean()) {
        out.printf("%s%n", c.id());
        print(out, "  missed", r.missed());
        print(out, "  extra ", r.extra());
        if (explain) {
          explain(out, c.text(), tags, r.extra());
        }
      }
    }
    out.printf("%-12s %9s %9s %6s %6s %6s%n", "kind", "precision", "recall", "tp", "fp", "fn");
    for (TagAccuracy.Kind k : TagAccuracy.Kind.values()) {
      int[] n = accuracy.counts(k);
      out.printf(Locale.ROOT, "%-12s %9.3f %9.3f %6d %6d %6d%n", k, accuracy.precision(k),
          accuracy.recall(k), n[0], n[1], n[2]);
    }
  }

  private static void print(PrintWriter out, String label, Map<TagAccuracy.Kind, List<String>> m) {
    m.forEach((k, v) -> {
      if (!v.isEmpty()) {
        out.printf("%s %-11s %s%n", label, k, String.join(" ", v));
      }
    });
  }

  private static void explain(PrintWriter out, String text, TagFindings tags,
      Map<TagAccuracy.Kind, List<String>> extra) {
    extra.forEach((kind, values) -> {
      for (String value : values) {
        List<Mention> where = switch (kind) {
          case REGION -> tags.regions().stream().filter(r -> r.path().equals(value))
              .flatMap(r -> r.mentions().stream()).toList();
          case AGENCY_TYPE -> tags.agencies().stream().filter(a -> a.type().equals(value))
              .flatMap(a -> a.mentions().stream()).toList();
          case AGENCY -> tags.bodies().stream().filter(b -> b.name().equals(value))
              .flatMap(b -> b.mentions().stream()).toList();
          case BENEFICIARY -> tags.beneficiaries().stream()
              .filter(b -> b.group().equals(value)).flatMap(b -> b.mentions().stream()).toList();
        };
        where.stream().limit(3).forEach(m -> out.printf("      %s %s: …%s【%s】%s…%n", kind,
            value, oneLine(text.substring(Math.max(0, m.start() - 18), m.start())),
            oneLine(m.text()), oneLine(text.substring(m.end(),
                Math.min(text.length(), m.end() + 18)))));
      }
    });
  }

  private static String oneLine(String s) {
    return s.replace('\n', '⏎');
  }

  private static void speed(PrintWriter out, ReportTagger tagger, List<TagCase> seeds,
      List<TagCase> pages) {
    List<TagCase> all = new ArrayList<>(seeds);
    all.addAll(pages);
    long chars = all.stream().mapToLong(c -> c.text().length()).sum();
    for (int warm = 0; warm < 20; warm++) {
      all.forEach(c -> tagger.tag(c.text(), c.titleEnd(), c.homeProvince()));
    }
    int rounds = 50;
    long t0 = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      all.forEach(c -> tagger.tag(c.text(), c.titleEnd(), c.homeProvince()));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double perKb = seconds * 1e6 / (rounds * chars / 1000.0);
    out.printf(Locale.ROOT, "%nspeed: %.1f µs per 1000 characters (%.0f characters/s, %d texts)%n",
        perKb, rounds * chars / seconds, all.size());
  }
}
