package org.reliefarchive.cli;

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
    description = {
      "Harvest Chinese provincial news portals and government sites for reports of relief",
      "work, keep the raw captures in WARC files, and search them by text and facets."
    },
    subcommands = {
      DemoCommand.class,
      CrawlCommand.class,
      ReindexCommand.class,
      ServeCommand.class,
      SearchCommand.class,
      ExtractCommand.class,
      EvaluateCommand.class,
      TagAccuracyCommand.class,
      BenchCommand.class,
      BenchExtractCommand.class,
      picocli.CommandLine.HelpCommand.class
    })
final class ReliefArchiveCommand implements Runnable {
  @Option(
      names = "--config",
      defaultValue = "config",
      scope = ScopeType.INHERIT,
      description = "Directory of the YAML configuration files (default: ${DEFAULT-VALUE}).")
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
        "a command is required: demo, crawl, reindex, serve, search, extract, evaluate, "
            + "tag-accuracy, bench or bench-extract");
  }

  Settings settings() {
    if (verbose) {
      ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger)
          LoggerFactory.getLogger("org.reliefarchive");
      logger.setLevel(ch.qos.logback.classic.Level.DEBUG);
    }
    return Settings.load(configDir, home.toAbsolutePath().normalize());
  }
}
