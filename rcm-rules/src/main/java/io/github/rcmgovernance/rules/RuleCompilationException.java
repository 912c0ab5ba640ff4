package io.github.rcmgovernance.rules;

import com.google.common.collect.ImmutableList;

/**
 * Custom rules that do not compile, or lack the metadata every rule needs, or that cannot be
 * compiled because the DRL toolchain is not on the class path. Thrown when the {@link Validator} is
 * built, never during validation. The message names the resource and line of each error, or the
 * dependency to add.
 *
 * @since 0.1.0
 */
public final class RuleCompilationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** One compilation error. */
  public record Problem(String resource, int line, String text) {
    @Override
    public String toString() {
      return resource + (line > 0 ? ":" + line : "") + ": " + text;
    }
  }

  private final ImmutableList<Problem> problems;

  /**
   * An exception for the given problems.
   *
   * @param problems the errors found, at least one
   */
  public RuleCompilationException(ImmutableList<Problem> problems) {
    super(
        "custom rules do not compile:\n  "
            + String.join("\n  ", problems.stream().map(Problem::toString).toList()));
    this.problems = problems;
  }

  /**
   * An exception with a message of its own, for a problem that no single source caused, such as a
   * DRL toolchain missing from the class path.
   *
   * @param message the message
   * @param problems the problems, at least one
   */
  public RuleCompilationException(String message, ImmutableList<Problem> problems) {
    super(message);
    this.problems = problems;
  }

  /** The errors found. */
  public ImmutableList<Problem> problems() {
    return problems;
  }
}
