package io.github.rcmgovernance.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The judgement of one act: whether it is valid, each violation in a stable order, and which rules
 * were evaluated. An act is valid when no rule reports an {@link Severity#ERROR error}; warnings do
 * not make it invalid.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVerdict.class)
@JsonDeserialize(as = ImmutableVerdict.class)
public abstract class Verdict {
  Verdict() {}

  /** The id of the act judged. */
  public abstract String actId();

  /** The day statuses and presidency holders were read for. */
  public abstract LocalDate asOf();

  /** Errors and warnings, errors first, then by rule id and subject. */
  public abstract ImmutableList<Violation> violations();

  /** The ids of the rules that applied to this kind of act and were evaluated. */
  public abstract ImmutableSortedSet<String> evaluatedRules();

  /** Whether the act breaks no provision (warnings allowed). */
  @JsonProperty("valid")
  @Value.Derived
  public boolean isValid() {
    return errors().isEmpty();
  }

  /** The violations of severity {@link Severity#ERROR}. */
  @JsonIgnore
  public final ImmutableList<Violation> errors() {
    return violations().stream()
        .filter(v -> v.severity() == Severity.ERROR)
        .collect(ImmutableList.toImmutableList());
  }

  /** The violations of severity {@link Severity#WARNING}. */
  @JsonIgnore
  public final ImmutableList<Violation> warnings() {
    return violations().stream()
        .filter(v -> v.severity() == Severity.WARNING)
        .collect(ImmutableList.toImmutableList());
  }

  /** The distinct rule ids that reported anything, in natural order. */
  @JsonIgnore
  public final ImmutableSortedSet<String> firedRules() {
    return violations().stream()
        .map(Violation::ruleId)
        .collect(ImmutableSortedSet.toImmutableSortedSet(RuleIds.ORDER));
  }

  /** A builder of a verdict. */
  public static ImmutableVerdict.Builder builder() {
    return ImmutableVerdict.builder();
  }

  @Override
  public final String toString() {
    return "Verdict{"
        + actId()
        + ", "
        + (isValid() ? "valid" : "invalid")
        + ", "
        + violations()
        + "}";
  }
}
