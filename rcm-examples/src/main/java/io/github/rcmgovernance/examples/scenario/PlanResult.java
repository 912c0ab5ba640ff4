package io.github.rcmgovernance.examples.scenario;

import static java.util.Objects.requireNonNull;

import io.github.rcmgovernance.examples.text.Texts;
import io.github.rcmgovernance.rules.PlanVerdict;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of running one plan file: the plan's verdict and, for each step, how its verdict
 * departs from what the step expects.
 *
 * @param plan the plan file
 * @param verdict the verdict the validator gave
 * @param mismatchMessages one list per step, in order: one message per difference from the step's
 *     expectation, empty when it was met
 * @since 0.2.0
 */
public record PlanResult(
    PlanScenario plan, PlanVerdict verdict, List<List<Texts.Message>> mismatchMessages) {

  /** Checks the components and keeps unmodifiable copies of the mismatches. */
  public PlanResult {
    requireNonNull(plan, "plan");
    requireNonNull(verdict, "verdict");
    mismatchMessages = mismatchMessages.stream().map(List::copyOf).toList();
    if (mismatchMessages.size() != plan.steps().size()
        || verdict.steps().size() != plan.steps().size()) {
      throw new IllegalArgumentException(
          "a plan of "
              + plan.steps().size()
              + " steps needs as many step verdicts and mismatch lists");
    }
  }

  /**
   * The differences of one step from its expectation, in a language, one line each.
   *
   * @param step the index of the step
   * @param locale the language
   * @return the lines; empty when the step met its expectation
   */
  public List<String> mismatches(int step, Locale locale) {
    return mismatchMessages.get(step).stream().map(m -> m.render(locale)).toList();
  }

  /**
   * Whether every step met its expectation or, for a step without one, was valid.
   *
   * @return true when no step has a mismatch
   */
  public boolean expectationMet() {
    return mismatchMessages.stream().allMatch(List::isEmpty);
  }
}
