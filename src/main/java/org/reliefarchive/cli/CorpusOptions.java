package org.reliefarchive.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.reliefarchive.eval.CorpusPages;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The annotated pages {@code evaluate} and {@code tag-accuracy} read, and their dev/test split. */
final class CorpusOptions {
  @Option(names = "--pages", paramLabel = "PATH", split = ",",
      defaultValue = "../shared/corpus/pages/manifest.json,src/test/resources/corpus",
      description = "Manifests of the annotated pages: manifest files, or folders whose "
          + "manifests/*.json are read (default: ${DEFAULT-VALUE}).")
  List<Path> manifests;

  @Option(names = "--splits", paramLabel = "FILE",
      defaultValue = "src/test/resources/corpus/splits.json",
      description = "Site → dev/test assignment (default: ${DEFAULT-VALUE}).")
  Path splits;

  /**
   * The pages, each in the split of its site.
   *
   * @throws ParameterException naming the option when a manifest or the splits file is missing
   */
  List<CorpusPages.Page> load(CommandSpec spec) {
    for (Path m : manifests) {
      if (!Files.exists(m)) {
        throw new ParameterException(spec.commandLine(), "--pages " + m + " does not exist");
      }
    }
    if (!Files.isRegularFile(splits)) {
      throw new ParameterException(spec.commandLine(), "--splits " + splits + " is not a file");
    }
    return CorpusPages.load(manifests, splits);
  }
}
