package io.github.rcmgovernance.examples.scenario;

import static java.util.Objects.requireNonNull;

import io.github.rcmgovernance.rules.Verdict;
import java.util.List;

/**
 * The outcome of running one scenario: its verdict and how the verdict departs from what the
 * scenario expects.
 *
 * @param scenario the scenario
 * @param verdict the verdict the validator gave
 * @param mismatches one readable line per difference from the expectation; empty when it was met
 * @since 0.1.0
 */
public record ScenarioResult(Scenario scenario, Verdict verdict, List<String> mismatches) {

  /** Checks the components and keeps an unmodifiable copy of the mismatches. */
  public ScenarioResult {
    requireNonNull(scenario, "scenario");
    requireNonNull(verdict, "verdict");
    mismatches = List.copyOf(mismatches);
  }

  /**
   * Whether the verdict met the scenario's expectation or, for a scenario without one, whether the
   * act was valid.
   *
   * @return true when there is no mismatch
   */
  public boolean expectationMet() {
    return mismatches.isEmpty();
  }
}
