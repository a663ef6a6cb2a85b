package org.reliefarchive.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the files of the sample portal from the classpath, under {@code sampleportal/}. */
final class Resources {
  private static final String ROOT = "sampleportal/";

  private Resources() {}

  /** The bytes of {@code sampleportal/<name>}; a missing file is a packaging error. */
  static byte[] bytes(String name) {
    try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + ROOT + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath resource " + ROOT + name, e);
    }
  }

  /** The text of a UTF-8 resource. */
  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }
}
