package org.reliefarchive.cli;

import java.io.PrintWriter;
import org.reliefarchive.config.ConfigException;
import picocli.CommandLine;

/** Entry point of the executable jar: runs one command and exits with its code. */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its code (0 ok, 1 failure, 2 usage error). */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * Runs one command in this process, writing to {@code out} and {@code err}; used by tests.
   *
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    ReliefArchiveCommand root = new ReliefArchiveCommand();
    CommandLine cmd = new CommandLine(root);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("error: " + describe(ex));
          if (root.verbose) {
            ex.printStackTrace(commandLine.getErr());
          } else {
            commandLine.getErr().println("(run with --verbose for the stack trace)");
          }
          commandLine.getErr().flush();
          return CommandLine.ExitCode.SOFTWARE;
        });
    int code;
    try {
      code = cmd.execute(args);
    } catch (OutOfMemoryError e) {
      // one line instead of a trace; the heap is released once the command's data is dropped
      err.println("error: out of memory (" + e.getMessage() + "); the input is too large for "
          + "this heap: give java more with -Xmx, e.g. java -Xmx2g -jar relief-archive.jar");
      code = CommandLine.ExitCode.SOFTWARE;
    }
    out.flush();
    err.flush();
    return code;
  }

  private static String describe(Throwable ex) {
    if (ex instanceof ConfigException) {
      return ex.getMessage();
    }
    String m = ex.getMessage();
    return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
  }
}
