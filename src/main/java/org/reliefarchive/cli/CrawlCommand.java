package org.reliefarchive.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.reliefarchive.config.CrawlWorker;
import org.reliefarchive.config.PortalConfig;
import org.reliefarchive.crawl.CrawlReport;
import org.reliefarchive.crawl.Crawler;
import org.reliefarchive.ingest.Ingest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code crawl}: crawl the portals of sources.yaml into the archive and the index. */
@Command(
    name = "crawl",
    mixinStandardHelpOptions = true,
    description = 
        "Crawl the portals of config/sources.yaml: every response goes into the WARC "
        + "archive, article pages are extracted and indexed. List pages are fetched every "
        + "run, known articles only when due by the portal's revisit policy; changes become "
        + "new versions, 404/410 mark reports removed. A crawl that was killed resumes "
        + "where it stopped. Exit code 0 when all went well, 3 when a portal raised an "
        + "alarm (the run record lists the failed URLs), 1 when the crawl could not run or "
        + "was stopped (a full disk).")
final class CrawlCommand implements Callable<Integer> {
  /** The exit code of a crawl that finished but raised an alarm on some portal. */
  static final int EXIT_ALARM = 3;
  private static final int FAILED_URLS_SHOWN = 10;

  @ParentCommand ReliefArchiveCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--portal", paramLabel = "ID",
      description = "Crawl only this portal (repeatable). Default: every portal.")
  List<String> portals;

  @Option(names = "--page-resources",
      description = "Also capture the images and style sheets of article pages (and the images "
          + "their style sheets use), from the article's own site, so replay shows the page as "
          + "it looked. Default: page_resources in config/crawl.yaml (false).")
  boolean pageResources;

  @Option(names = "--worker", paramLabel = "N/M",
      description = "Crawl as worker N of M machines that share the portals (e.g. 2/4): only "
          + "the portals this worker owns (a portal's worker: in sources.yaml, else a stable "
          + "hash of its id), with WARC files, frontier and run log of its own. All workers "
          + "write to the same archive directory and index backend. Default: worker in "
          + "config/crawl.yaml (null: this machine crawls every portal).")
  String worker;

  @Override
  public Integer call() throws Exception {
    Settings settings = withWorker(root.settings(), worker, spec);
    if (pageResources) {
      settings = settings.withCrawl(settings.crawl().withPageResources(true));
    }
    PrintWriter out = spec.commandLine().getOut();
    List<PortalConfig> selected = owned(settings, select(settings, portals, spec),
        portals != null && !portals.isEmpty(), spec);
    if (selected.isEmpty()) {
      Terminal.line(out, "Worker %s owns none of the %d portals of sources.yaml; nothing to "
          + "crawl.", settings.crawl().crawlWorker(), settings.sources().portals().size());
      return 0;
    }
    try (Pipeline pipeline = new Pipeline(settings, Clock.systemUTC())) {
      CrawlReport report = crawl(pipeline, selected, out);
      printReport(out, report, pipeline.ingest);
      // cron and systemd see a run that needs looking at
      return report.portals().stream().anyMatch(p -> !p.alarms().isEmpty()) ? EXIT_ALARM : 0;
    }
  }

  /** Crawls with periodic commits and a progress bar; shared with {@code demo}. */
  static CrawlReport crawl(Pipeline pipeline, List<PortalConfig> portals, PrintWriter out)
      throws Exception {
    return crawl(pipeline, portals, out, "crawl");
  }

  static CrawlReport crawl(Pipeline pipeline, List<PortalConfig> portals, PrintWriter out,
      String trigger) throws Exception {
    return pipeline.runner.run(portals, trigger, out == null ? null : CrawlProgress.CRAWL);
  }

  static void printReport(PrintWriter out, CrawlReport report, Ingest ingest) {
    double secs = Math.max(0.001, report.duration().toMillis() / 1000.0);
    Terminal.line(out, "Crawled %d pages in %.1f s (%.1f pages/s); %d article pages; "
        + "%d reports indexed.", report.fetched(), secs, report.fetched() / secs,
        report.articles(), ingest.indexed());
    for (var p : report.portals()) {
      Terminal.line(out, "  %-12s %5d pages, %4d articles, %4d lists; new %d, changed %d, "
          + "unchanged %d, removed %d; %d revisit records (%d not modified); %d known articles "
          + "not due%s%s", p.portalId(), p.fetched(), p.articles(), p.lists(), p.articlesNew(),
          p.articlesChanged(), p.articlesUnchanged(), p.articlesRemoved(), p.revisitRecords(),
          p.notModified(), p.notDue(), p.errors().isEmpty() ? "" : ", errors " + p.errors(),
          p.extractionFailures().isEmpty() ? ""
              : ", extraction failures " + p.extractionFailures());
      for (String alarm : p.alarms()) {
        Terminal.line(out, "  ALARM %s: %s", p.portalId(), alarm);
      }
      if (!p.alarms().isEmpty()) {
        for (String failed : p.failedUrls().stream().limit(FAILED_URLS_SHOWN).toList()) {
          Terminal.line(out, "    failed: %s", failed);
        }
      }
    }
    if (!ingest.skipped().isEmpty()) {
      Terminal.line(out, "  article pages not indexed: %s", ingest.skipped());
    }
  }

  /**
   * The settings of crawl worker {@code option} ({@code N/M}) when given, else as they are
   * (crawl.yaml may name the worker).
   */
  static Settings withWorker(Settings settings, String option, CommandSpec spec) {
    if (option == null) {
      return settings;
    }
    try {
      CrawlWorker.parse("--worker", option);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    return settings.withCrawl(settings.crawl().withWorker(option));
  }

  /**
   * The portals of {@code portals} the crawl worker of {@code settings} owns; all of them when
   * this machine crawls alone. A portal named by {@code --portal} that another worker owns is a
   * usage error: two machines would crawl it.
   *
   * @throws org.reliefarchive.config.ConfigException naming a portal whose {@code worker:} is
   *     above the number of workers
   */
  static List<PortalConfig> owned(Settings settings, List<PortalConfig> portals, boolean named,
      CommandSpec spec) {
    CrawlWorker w = settings.crawl().crawlWorker();
    if (w == null) {
      return portals;
    }
    // checked over every portal, so a bad worker: stops each worker, not only its owner
    for (PortalConfig p : settings.sources().portals()) {
      w.ownerOf(p);
    }
    if (named) {
      for (PortalConfig p : portals) {
        int owner = w.ownerOf(p);
        if (owner != w.index()) {
          throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--portal "
              + p.id() + " belongs to worker " + owner + "/" + w.count() + ", not to this "
              + "worker " + w + ": crawl it there (two machines would break its politeness)");
        }
      }
      return portals;
    }
    return w.select(portals);
  }

  static List<PortalConfig> select(Settings settings, List<String> ids, CommandSpec spec) {
    if (ids == null || ids.isEmpty()) {
      if (settings.sources().portals().isEmpty()) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            settings.configDir().resolve("sources.yaml") + " lists no portals");
      }
      return settings.sources().portals();
    }
    return ids.stream().map(id -> {
      PortalConfig p = settings.sources().portal(id);
      if (p == null) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--portal " + id + " is not in sources.yaml; known: "
                + settings.sources().portals().stream().map(PortalConfig::id).toList());
      }
      return p;
    }).toList();
  }
}
