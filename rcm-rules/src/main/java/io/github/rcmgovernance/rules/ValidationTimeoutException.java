package io.github.rcmgovernance.rules;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A validation that ran past the time limit set with {@link Validator.Builder#timeLimit}. The
 * message names the act, the limit and the rule that was running. The validator stays usable; the
 * thread that ran the stuck rule is left to it (the JVM cannot stop a loop that never yields), see
 * {@link Validator.Builder#timeLimit}.
 *
 * @since 0.1.0
 */
public final class ValidationTimeoutException extends ValidationException {
  private static final long serialVersionUID = 1L;

  /** The limit that was passed. */
  private final Duration limit;

  ValidationTimeoutException(String actId, @Nullable String ruleId, Duration limit) {
    super(
        actId,
        ruleId,
        "judging act "
            + actId
            + " took longer than the time limit of "
            + limit.toMillis()
            + " ms; "
            + (ruleId == null
                ? "no rule was firing (the engine was matching conditions)"
                : "rule " + ruleId + " was running"),
        null);
    this.limit = limit;
  }

  /** The time limit that was passed. */
  public Duration limit() {
    return limit;
  }
}
