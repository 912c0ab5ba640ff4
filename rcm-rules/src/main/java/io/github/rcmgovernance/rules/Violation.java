package io.github.rcmgovernance.rules;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * One provision an act breaks: the rule id, its severity, a one-line message naming the offending
 * party, meeting, document or missing fact, the target at fault and the paragraph of the source
 * text the rule encodes.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableViolation.class)
public abstract class Violation implements Comparable<Violation> {
  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::severity)
          .thenComparing(Violation::ruleId, RuleIds.ORDER)
          .thenComparing(Violation::target)
          .thenComparing(Violation::message);

  Violation() {}

  /** The stable id of the rule, such as {@code RCM-DEC-1}. */
  public abstract String ruleId();

  /** Error or warning. */
  public abstract Severity severity();

  /** What is wrong, in one line. */
  public abstract String message();

  /** What is at fault: a party, a body, a meeting, a document or a fact the act leaves out. */
  public abstract Target target();

  /** The paragraph(s) of the source text the rule encodes, such as {@code GI-2, GI-3}. */
  public abstract String cite();

  /** What to change in the act for this violation to go away. */
  @Value.Default
  public Remedy remedy() {
    return Remedy.advice("no remedy is known for rule " + ruleId());
  }

  /**
   * The parts of the input at fault: places in the act that hold the subject ({@code act
   * /deciders/1/party = AR}) and history entries it names.
   */
  public abstract ImmutableList<String> facts();

  /** A builder of a violation. */
  public static ImmutableViolation.Builder builder() {
    return ImmutableViolation.builder();
  }

  /** Errors first, then by rule id, target and message. */
  @Override
  public final int compareTo(Violation other) {
    return ORDER.compare(this, other);
  }

  @Override
  public final String toString() {
    return ruleId() + " " + severity() + ": " + message() + " [" + cite() + "]";
  }
}
