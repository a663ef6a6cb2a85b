package org.reliefarchive.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.reliefarchive.enrich.ArticleEnricher;
import org.reliefarchive.eval.HttpBench;
import org.reliefarchive.eval.IndexBench;
import org.reliefarchive.extract.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: indexing and query speed on a large generated archive. The documents are made
 * of shuffled sentences of the real reports of the shared corpus, so their length, vocabulary
 * and tags look like real reports while their number can grow past what was crawled.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = 
        "Generate report-like documents from shuffled sentences of the real reports, "
        + "index them with 1 and 2 threads, and measure query latency per kind of query. "
        + "Prints docs/s, index size, heap, and p50/p95/p99 latencies.")
final class BenchCommand implements Callable<Integer> {
  @ParentCommand ReliefArchiveCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--docs", defaultValue = "200000",
      description = "Documents to index with 2 threads (default: ${DEFAULT-VALUE}).")
  int docs;

  @Option(names = "--single-thread-docs", defaultValue = "50000",
      description = "Documents to index with 1 thread (default: ${DEFAULT-VALUE}).")
  int singleDocs;

  @Option(names = "--queries", defaultValue = "300",
      description = "Queries per kind (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--corpus", defaultValue = "../shared/corpus",
      description = "The shared corpus whose reports give the sentences (default: "
          + "${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--dir", description = "Where to build the indexes (default: a temporary "
      + "directory, deleted afterwards).")
  Path dir;

  @Option(names = "--reuse", description = "Query the index an earlier run built under --dir "
      + "instead of indexing again.")
  boolean reuse;

  @Option(names = "--http", description = "Instead of the in-process query loop, serve the "
      + "index on a loopback port and load it over HTTP with --clients concurrent clients "
      + "(only the 2-thread index is built).")
  boolean http;

  @Option(names = "--clients", defaultValue = "16",
      description = "Concurrent HTTP clients with --http (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seconds", defaultValue = "30",
      description = "Measured seconds of HTTP load, after a third as long to warm up "
          + "(default: ${DEFAULT-VALUE}).")
  int seconds;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (reuse && dir == null) {
      throw new ParameterException(spec.commandLine(), "--reuse needs --dir, the directory of "
          + "an earlier run");
    }
    if (clients < 1 || seconds < 1) {
      throw new ParameterException(spec.commandLine(), "--clients and --seconds must be at "
          + "least 1");
    }
    Settings settings = root.settings();
    List<String> sentences = IndexBench.sentences(corpus);
    Terminal.line(out, "Generating documents from %d sentences of the real reports in %s "
        + "(shuffled: synthetic text, real vocabulary).", sentences.size(), corpus);
    Path base = dir != null ? dir : Files.createTempDirectory("relief-bench");
    Function<Integer, Article> generator = new IndexBench.Generator(sentences)::article;
    ArticleEnricher enricher = Pipeline.enricher(settings);
    Path two = base.resolve("two");
    try {
      if (reuse && Files.isDirectory(two)) {
        Terminal.line(out, "Reusing the index in %s", two);
      } else {
        if (!http) {
          IndexBench.index(out, base.resolve("one"), generator, enricher, singleDocs, 1,
              settings.schema());
        }
        IndexBench.index(out, two, generator, enricher, docs, 2, settings.schema());
      }
      if (http) {
        HttpBench.run(out, two, settings.schema(), settings.server(), sentences,
            new HttpBench.Load(clients, Duration.ofSeconds(Math.max(1, seconds / 3)),
                Duration.ofSeconds(seconds)));
      } else {
        IndexBench.query(out, two, sentences, settings.schema(), queries);
      }
    } finally {
      if (dir == null) {
        IndexBench.deleteTree(base);
      }
    }
    return 0;
  }

}
