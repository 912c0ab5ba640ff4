package io.github.rcmgovernance.rules;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A validation that could not reach a verdict: a rule failed while judging (a defect in a rule,
 * most often a custom one), or the validation ran past the validator's time limit ({@link
 * ValidationTimeoutException}). It is never thrown for a fault in the act: a faulty act gets a
 * verdict with violations.
 *
 * <p>The message names the act and, where it is known, the rule; it names no class of the rule
 * engine. The validator that threw stays usable for the next call.
 *
 * @since 0.1.0
 */
public class ValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The act being judged. */
  private final String actId;

  /** The rule that was running, or null when the failure was outside any one rule. */
  private final @Nullable String ruleId;

  /**
   * A failed validation.
   *
   * @param actId the id of the act being judged
   * @param ruleId the id of the rule that was running, or null when none is known
   * @param message what went wrong
   * @param cause the failure, or null
   */
  ValidationException(
      String actId, @Nullable String ruleId, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.actId = actId;
    this.ruleId = ruleId;
  }

  /** The id of the act that was being judged. */
  public String actId() {
    return actId;
  }

  /**
   * The id of the rule that was running when the validation failed; empty when the failure was not
   * inside one rule (while the engine matched the rules' conditions, say).
   */
  public Optional<String> ruleId() {
    return Optional.ofNullable(ruleId);
  }
}
