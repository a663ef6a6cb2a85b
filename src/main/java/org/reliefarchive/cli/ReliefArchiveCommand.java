package org.reliefarchive.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command; its options apply to every subcommand. */
@Command(
    name = "relief-archive",
    mixinStandardHelpOptions = true,
    version = "ReliefArchive 0.1.0",
    description = 
        "Harvest Chinese provincial news portals and government sites for reports of "
        + "relief work, keep the raw captures in WARC files, and search them by text and "
        + "facets.",
    subcommands = {
      DemoCommand.class,
      CrawlCommand.class,
      ReindexCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      SearchCommand.class,
      ExtractCommand.class,
      EvaluateCommand.class,
      TagAccuracyCommand.class,
      EvaluateSearchCommand.class,
      BenchCommand.class,
      BenchExtractCommand.class,
      BenchArchiveCommand.class,
      SolrSetupCommand.class,
      picocli.CommandLine.HelpCommand.class
    })
final class ReliefArchiveCommand implements Runnable {
  @Option(
      names = "--config",
      scope = ScopeType.INHERIT,
      description = "Directory of the YAML configuration files (default: config/; search and"
          + " extract fall back to the configuration bundled in the jar when there is none).")
  Path configDir;

  @Option(
      names = "--home",
      defaultValue = ".",
      scope = ScopeType.INHERIT,
      description = "Base of relative paths in the configuration (default: current directory).")
  Path home;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Show stack traces of failures and debug logging.")
  boolean verbose;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "a command is required: demo, crawl, reindex, import, export, serve, search, extract, evaluate, "
            + "tag-accuracy, bench or bench-extract");
  }

  Settings settings() {
    return settings(false);
  }

  /**
   * The configuration of {@code --config}, or of {@code config/} in the working directory.
   *
   * @param bundledFallback when neither is given nor there, use the configuration bundled in
   *     the jar (for commands that only read: search, extract) and say so on stderr
   */
  Settings settings(boolean bundledFallback) {
    if (verbose) {
      ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger)
          LoggerFactory.getLogger("org.reliefarchive");
      logger.setLevel(ch.qos.logback.classic.Level.DEBUG);
    }
    Path dir = configDir != null ? configDir : Path.of("config");
    if (configDir == null && bundledFallback && !Files.isDirectory(dir)) {
      try {
        dir = BundledConfig.extract();
      } catch (IOException e) {
        throw new UncheckedIOException(e.getMessage(), e);
      }
      spec.commandLine().getErr().println("note: no config/ in "
          + Path.of("").toAbsolutePath() + "; using the configuration bundled in the jar");
    }
    return Settings.load(dir, home.toAbsolutePath().normalize());
  }
}
