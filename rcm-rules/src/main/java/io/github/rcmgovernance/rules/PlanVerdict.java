package io.github.rcmgovernance.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.history.History;
import org.immutables.value.Value;

/**
 * The verdict on a {@link io.github.rcmgovernance.model.plan.Plan}: one step per act, in the plan's
 * order, and the history the plan leaves.
 *
 * <p>A plan is valid when every act in it is. The resulting history is the one given, with every
 * act that {@linkplain PlanStep#entered() entered} recorded in order.
 *
 * @since 0.2.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanVerdict.class)
@JsonPropertyOrder({"valid", "steps", "history"})
public abstract class PlanVerdict {
  PlanVerdict() {}

  /** One step per act of the plan, in the plan's order; never empty. */
  public abstract ImmutableList<PlanStep> steps();

  /** The history after the plan: the one given, with the acts that entered it recorded. */
  public abstract History history();

  /** Whether every act of the plan is valid. */
  @JsonProperty("valid")
  @Value.Derived
  public boolean isValid() {
    return steps().stream().allMatch(s -> s.verdict().isValid());
  }

  /** The verdicts, one per act, in the plan's order. */
  @JsonIgnore
  public final ImmutableList<Verdict> verdicts() {
    return steps().stream().map(PlanStep::verdict).collect(ImmutableList.toImmutableList());
  }

  static PlanVerdict of(ImmutableList<PlanStep> steps, History history) {
    return ImmutablePlanVerdict.builder().steps(steps).history(history).build();
  }
}
