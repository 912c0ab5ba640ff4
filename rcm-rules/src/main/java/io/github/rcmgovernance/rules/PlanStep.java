package io.github.rcmgovernance.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One act of a plan as it was judged: its verdict, and whether it entered the history that the
 * later acts were judged against.
 *
 * <p>A valid act enters the history; an invalid one does not. A valid act can still stay out when
 * the history cannot hold it: a presidency term that overlaps a recorded term, which no rule of the
 * catalogue reports when the holder is the same (or when RCM-MTG-9 is switched off or made a
 * warning), see {@link io.github.rcmgovernance.model.plan.Recording}. {@link #entered()} says
 * which.
 *
 * @since 0.2.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanStep.class)
@JsonPropertyOrder({"actId", "entered", "verdict"})
public abstract class PlanStep {
  PlanStep() {}

  /** The id of the act. */
  @JsonProperty("actId")
  public final String actId() {
    return verdict().actId();
  }

  /** The verdict on the act, judged against the history the earlier steps left. */
  @Value.Parameter
  public abstract Verdict verdict();

  /** Whether the act entered the history that the later steps were judged against. */
  @Value.Parameter
  @JsonProperty("entered")
  public abstract boolean entered();

  static PlanStep of(Verdict verdict, boolean entered) {
    return ImmutablePlanStep.of(verdict, entered);
  }
}
