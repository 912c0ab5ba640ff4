package io.github.rcmgovernance.rules;

import io.github.rcmgovernance.rules.internal.FindingCollector;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Turns a failure inside the rule engine into a {@link ValidationException} that names the act and
 * the rule, and carries the failure itself as its cause, without the engine's wrappers.
 */
final class RuleFailures {
  /** How the engine names a rule in the message of a failed condition. */
  private static final Pattern RULE_IN_MESSAGE = Pattern.compile("[Rr]ule[: ]+\"?([A-Za-z0-9-]+)");

  /** A class of the catalogue named after its rule, such as {@code catalogue.Mtg5}. */
  private static final Pattern CATALOGUE_CLASS =
      Pattern.compile("io\\.github\\.rcmgovernance\\.rules\\.catalogue\\.([A-Z][a-z]+)([0-9]+)");

  private RuleFailures() {}

  /**
   * The exception for a failure.
   *
   * @param actId the act being judged
   * @param rule the rule that failed, or null when not known
   * @param failure what was thrown
   */
  static ValidationException of(String actId, @Nullable String rule, Throwable failure) {
    return failed(
        actId,
        rule,
        rule == null
            ? "the rules' conditions failed while judging act " + actId
            : "rule " + rule + " failed while judging act " + actId,
        failure);
  }

  /**
   * The exception for the rules of an act type that cannot be loaded: no rule has run.
   *
   * @param actId the act to be judged
   * @param actType its type, whose rules were being loaded
   * @param failure what was thrown
   */
  static ValidationException loading(String actId, String actType, Throwable failure) {
    return failed(
        actId,
        null,
        "the rules for " + actType + " acts cannot be loaded to judge act " + actId,
        failure);
  }

  /** The exception with a message of what failed and why, naming no engine class. */
  private static ValidationException failed(
      String actId, @Nullable String rule, String failed, Throwable failure) {
    Throwable cause = ownCause(failure);
    String what =
        isEngine(cause.getClass().getName())
            ? "a failure in the rule engine"
            : cause.getClass().getSimpleName();
    String detail = cause.getMessage();
    if (detail != null && !mentionsEngine(detail) && !isEngine(cause.getClass().getName())) {
      what += ": " + detail;
    }
    return new ValidationException(actId, rule, failed + " (" + what + ")", cause);
  }

  /** The rule that failed: from the engine's consequence failure, or named in a message. */
  static @Nullable String rule(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConsequenceException c && c.getMatch() != null) {
        return FindingCollector.ruleId(c.getMatch().getRule().getName());
      }
    }
    // A failure while matching conditions: the catalogue class of the rule (Mtg5 for RCM-MTG-5)
    // is on the stack when one of its functions failed.
    for (Throwable t = failure; t != null; t = t.getCause()) {
      for (StackTraceElement frame : t.getStackTrace()) {
        Matcher m = CATALOGUE_CLASS.matcher(frame.getClassName());
        if (m.matches()) {
          return "RCM-" + m.group(1).toUpperCase(Locale.ROOT) + "-" + m.group(2);
        }
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t.getMessage() != null) {
        Matcher m = RULE_IN_MESSAGE.matcher(t.getMessage());
        if (m.find() && m.group(1).matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+")) {
          return m.group(1);
        }
      }
    }
    return null;
  }

  /** The innermost failure that is not one of the engine's own wrappers. */
  private static Throwable ownCause(Throwable failure) {
    Throwable own = failure;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (!isEngine(t.getClass().getName())) {
        own = t;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return own;
  }

  private static boolean isEngine(String className) {
    return className.startsWith("org.drools.") || className.startsWith("org.kie.");
  }

  private static boolean mentionsEngine(String text) {
    return text.contains("org.drools.") || text.contains("org.kie.");
  }
}
