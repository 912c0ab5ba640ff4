package io.github.rcmgovernance.examples.cli;

/** The exit codes of {@code rcm} and their lines in the usage help. */
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

  static final String OK_LINE =
      "0:every scenario met its expectation (a scenario without one: its act was valid)";
  static final String NOT_AS_EXPECTED_LINE = "1:at least one scenario did not meet its expectation";
  static final String INPUT_LINE =
      "2:unreadable or invalid input (the message names the file, the JSON path and the reason),"
          + " or a usage error";
  static final String INTERNAL_LINE = "3:internal error";

  static final String DIFF_OK_LINE =
      "0:every scenario was judged under both charters (changed verdicts are information, not"
          + " failure)";
  static final String DIFF_INPUT_LINE =
      "2:an unreadable or invalid charter or scenario file (the message names the file, the JSON"
          + " path and the reason), or a usage error";

  private ExitCodes() {}
}
