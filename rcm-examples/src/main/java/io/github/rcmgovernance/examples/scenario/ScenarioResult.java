package io.github.rcmgovernance.examples.scenario;

import static java.util.Objects.requireNonNull;

import io.github.rcmgovernance.examples.text.Texts;
import io.github.rcmgovernance.rules.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * The outcome of running one scenario: its verdict and how the verdict departs from what the
 * scenario expects.
 *
 * @param scenario the scenario
 * @param verdict the verdict the validator gave
 * @param mismatchMessages one message per difference from the expectation; empty when it was met
 * @since 0.1.0
 */
public record ScenarioResult(
    Scenario scenario, Verdict verdict, List<Texts.Message> mismatchMessages) {

  /** Checks the components and keeps an unmodifiable copy of the mismatches. */
  public ScenarioResult {
    requireNonNull(scenario, "scenario");
    requireNonNull(verdict, "verdict");
    mismatchMessages = List.copyOf(mismatchMessages);
  }

  /**
   * The differences from the expectation in English, one line each.
   *
   * @return the lines; empty when the expectation was met
   */
  public List<String> mismatches() {
    return mismatches(Locale.ENGLISH);
  }

  /**
   * The differences from the expectation in a language, one line each.
   *
   * @param locale the language
   * @return the lines; empty when the expectation was met
   */
  public List<String> mismatches(Locale locale) {
    return mismatchMessages.stream().map(m -> m.render(locale)).toList();
  }

  /**
   * Whether the verdict met the scenario's expectation or, for a scenario without one, whether the
   * act was valid.
   *
   * @return true when there is no mismatch
   */
  public boolean expectationMet() {
    return mismatchMessages.isEmpty();
  }
}
