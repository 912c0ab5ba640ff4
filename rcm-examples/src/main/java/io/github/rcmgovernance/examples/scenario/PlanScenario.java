package io.github.rcmgovernance.examples.scenario;

import static java.util.Objects.requireNonNull;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.plan.Plan;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One plan file: acts in order, judged under a charter against a history that each valid act
 * extends before the next is judged, with the verdict each step is expected to get.
 *
 * @param name a short name
 * @param description what the plan shows; empty when the file gives none
 * @param charter the charter to judge by ({@link Charter#rcm()} when the file gives none)
 * @param history the record before the plan ({@link History#empty()} when the file gives none)
 * @param steps the steps, at least one, in order, with distinct act ids
 * @param source the file the plan was read from
 * @since 0.2.0
 */
public record PlanScenario(
    String name,
    String description,
    Charter charter,
    History history,
    List<Step> steps,
    Path source) {

  /**
   * One step of a plan: an act and the verdict it is expected to get.
   *
   * @param act the act
   * @param expectation the expected verdict, if the file states one
   * @since 0.2.0
   */
  public record Step(Act act, Optional<Expectation> expectation) {
    /** Checks that no component is null. */
    public Step {
      requireNonNull(act, "act");
      requireNonNull(expectation, "expectation");
    }
  }

  /** Checks the components and keeps an unmodifiable copy of the steps. */
  public PlanScenario {
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    requireNonNull(charter, "charter");
    requireNonNull(history, "history");
    steps = List.copyOf(steps);
    requireNonNull(source, "source");
  }

  /**
   * The acts of the steps as a plan.
   *
   * @return the plan
   */
  public Plan plan() {
    return Plan.of(steps.stream().map(Step::act).toList());
  }
}
