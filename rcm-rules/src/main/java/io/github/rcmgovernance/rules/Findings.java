package io.github.rcmgovernance.rules;

/**
 * Where rules report what they find. Every rule session has one as the global {@code findings}; a
 * rule's consequence calls {@link #report} once per fault. Reports with the same rule id and target
 * are kept once (the message first in natural order wins, so the verdict never depends on the order
 * of the input).
 *
 * <p>A custom rule declares {@code global io.github.rcmgovernance.rules.Findings findings;} and
 * reports under its own rule id.
 *
 * @since 0.1.0
 */
public interface Findings {
  /**
   * Reports a fault.
   *
   * @param ruleId the id of the rule reporting, as in its {@code @ruleId} metadata
   * @param target what is at fault: a party, a body, a meeting, a document or a missing fact
   * @param message one line naming the offending party, meeting, document or missing fact
   */
  void report(String ruleId, Target target, String message);
}
