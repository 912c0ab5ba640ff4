package io.github.rcmgovernance.examples.cli;

import io.github.rcmgovernance.examples.scenario.ScenarioException;
import io.github.rcmgovernance.examples.text.Texts;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The exit codes of {@code rcm}; the usage help lists them in its own words (RcmHelp.properties).
 */
final class ExitCodes {
  /**
   * Every scenario met its expectation (or, without one, its act was valid); for {@code diff},
   * every scenario was judged under both charters.
   */
  static final int OK = 0;

  /** At least one scenario did not meet its expectation. */
  static final int NOT_AS_EXPECTED = 1;

  /** A file or directory could not be read, a scenario is invalid, or the command line is wrong. */
  static final int INPUT = 2;

  /** The tool failed: a defect, not a problem with the input. */
  static final int INTERNAL = 3;

  private ExitCodes() {}

  /**
   * Reports on standard error each file that could not be read.
   *
   * @param failures the files that could not be read
   * @param err standard error
   * @param locale the language
   */
  static void report(List<ScenarioException> failures, PrintWriter err, Locale locale) {
    failures.forEach(
        e -> err.println(Out.safe(Texts.format(locale, "cli.error", e.message(locale)))));
  }

  /**
   * The exit code of a run over files: {@link #INPUT} when a file could not be read, otherwise
   * whether every result met its expectation.
   *
   * @param failures the files that could not be read
   * @param allMet whether every result that was judged met its expectation
   * @return the exit code
   */
  static int of(List<ScenarioException> failures, boolean allMet) {
    if (!failures.isEmpty()) {
      return INPUT;
    }
    return allMet ? OK : NOT_AS_EXPECTED;
  }
}
