package org.reliefarchive.enrich;

import java.nio.file.Path;

/** The tagger built once from the checked-in config, shared by the tests of this package. */
final class Taggers {
  private static ReportTagger tagger;

  private Taggers() {}

  static synchronized ReportTagger fromConfig() {
    if (tagger == null) {
      tagger = ReportTagger.load(Path.of("config"));
    }
    return tagger;
  }
}
