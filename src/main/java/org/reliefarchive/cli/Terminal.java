package org.reliefarchive.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** How the commands print: one formatted line at a time, flushed at once, numbers in ROOT form. */
final class Terminal {
  private Terminal() {}

  /** Prints {@code format} with {@code args} and a line break, and flushes. */
  static void line(PrintWriter out, String format, Object... args) {
    out.printf(Locale.ROOT, format + "%n", args);
    out.flush();
  }
}
