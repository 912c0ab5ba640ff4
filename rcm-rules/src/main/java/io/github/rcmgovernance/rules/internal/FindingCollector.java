package io.github.rcmgovernance.rules.internal;

import io.github.rcmgovernance.rules.Findings;
import io.github.rcmgovernance.rules.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the findings of one validation; confined to one thread at a time. */
public final class FindingCollector implements Findings {
  /**
   * One reported fault.
   *
   * @param ruleId the rule id
   * @param target what is at fault
   * @param message the one-line message
   */
  public record Finding(String ruleId, Target target, String message) {}

  private final Map<String, Finding> byKey = new LinkedHashMap<>();

  /**
   * Keeps one finding per rule id and target. When a rule reports the same target twice with
   * different messages (say, one delegation listed twice), the message first in natural order wins,
   * so the verdict does not depend on the order in which facts were matched.
   */
  @Override
  public void report(String ruleId, Target target, String message) {
    if (ruleId == null || target == null || message == null) {
      throw new IllegalArgumentException(
          "a rule reported a finding without "
              + (ruleId == null ? "a rule id" : target == null ? "a target" : "a message")
              + " (rule "
              + ruleId
              + ")");
    }
    byKey.merge(
        ruleId + '\u0000' + target.key(),
        new Finding(ruleId, target, message),
        (old, fresh) -> fresh.message().compareTo(old.message()) < 0 ? fresh : old);
  }

  /** The findings so far, in the order first reported. */
  public List<Finding> all() {
    return new ArrayList<>(byKey.values());
  }
}
