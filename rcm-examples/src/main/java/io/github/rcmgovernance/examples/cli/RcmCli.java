package io.github.rcmgovernance.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code rcm} command: runs scenario files through the governance rules and reports their
 * verdicts ({@code rcm run}, optionally with the coverage of the rule catalogue), or compares their
 * verdicts under two charters ({@code rcm diff}). See {@code rcm run --help} and {@code rcm diff
 * --help}.
 *
 * @since 0.1.0
 */
@Command(
    name = "rcm",
    mixinStandardHelpOptions = true,
    version = RcmCli.VERSION,
    description =
        "Judges acts of the Regional Conference on Migration against its governance rules.",
    subcommands = {RunCommand.class, DiffCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.OK_LINE,
      ExitCodes.NOT_AS_EXPECTED_LINE,
      ExitCodes.INPUT_LINE,
      ExitCodes.INTERNAL_LINE
    })
public final class RcmCli implements Runnable {
  /** The version line {@code --version} prints. */
  public static final String VERSION = "rcm 0.1.0";

  @Spec CommandSpec spec;

  /** Instantiated by picocli. */
  public RcmCli() {}

  /** Without a subcommand there is nothing to do: a usage error. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(execute(new PrintWriter(System.out), new PrintWriter(System.err), args));
  }

  /**
   * Runs the command with the given output streams, without exiting.
   *
   * @param out where results go
   * @param err where errors and usage help for errors go
   * @param args the command-line arguments
   * @return the exit code (see {@code --help})
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new RcmCli());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (e, failed, parseResult) -> {
          failed.getErr().println("rcm: internal error: " + e);
          return ExitCodes.INTERNAL;
        });
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }
}
