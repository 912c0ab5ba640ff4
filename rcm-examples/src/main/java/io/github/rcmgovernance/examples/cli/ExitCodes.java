package io.github.rcmgovernance.examples.cli;

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
}
