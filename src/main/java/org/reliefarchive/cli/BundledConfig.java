package org.reliefarchive.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.reliefarchive.archive.FileTrees;

/**
 * The copy of {@code config/} the build puts in the jar, for commands run outside a checkout:
 * copied into a temporary directory (deleted when the process ends), because the taggers read
 * their files from a directory.
 */
final class BundledConfig {
  static final String RESOURCE = "org/reliefarchive/bundled-config";

  private BundledConfig() {}

  /**
   * A directory holding the bundled configuration.
   *
   * @throws IOException if this build holds none or it cannot be copied
   */
  static Path extract() throws IOException {
    URL marker = BundledConfig.class.getClassLoader().getResource(RESOURCE + "/crawl.yaml");
    if (marker == null) {
      throw new IOException("no config/ directory here and none bundled in this build");
    }
    Path target = Files.createTempDirectory("relief-archive-config");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(target)));
    URI uri;
    try {
      uri = marker.toURI();
    } catch (URISyntaxException e) {
      throw new IOException("cannot locate the bundled configuration: " + marker, e);
    }
    if ("jar".equals(uri.getScheme())) {
      FileSystem fs;
      boolean opened = false;
      try {
        fs = FileSystems.newFileSystem(uri, Map.of());
        opened = true;
      } catch (FileSystemAlreadyExistsException e) {
        fs = FileSystems.getFileSystem(uri);
      }
      try {
        copyTree(fs.getPath("/" + RESOURCE), target);
      } finally {
        if (opened) {
          fs.close();
        }
      }
    } else {
      copyTree(Path.of(uri).getParent(), target);
    }
    return target;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path dest = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(f, dest);
        }
      }
    }
  }

  private static void deleteQuietly(Path dir) {
    try {
      FileTrees.delete(dir);
    } catch (IOException | UncheckedIOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
