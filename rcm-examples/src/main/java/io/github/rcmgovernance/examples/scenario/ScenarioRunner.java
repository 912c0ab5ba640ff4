package io.github.rcmgovernance.examples.scenario;

import static java.util.Objects.requireNonNull;

import io.github.rcmgovernance.examples.text.Texts;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.rules.PlanVerdict;
import io.github.rcmgovernance.rules.Validator;
import io.github.rcmgovernance.rules.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Judges scenarios and compares each verdict with its expectation. The runner builds one {@link
 * Validator} per distinct charter and reuses it for every scenario under that charter.
 *
 * <p>A scenario without an expectation meets it when its act is valid.
 *
 * <p>A runner may be shared between threads.
 *
 * @since 0.1.0
 */
public final class ScenarioRunner {
  private final Function<Charter, Validator> validatorFactory;
  private final Map<Charter, Validator> validators = new ConcurrentHashMap<>();

  /**
   * A runner with the built-in rules: {@link Validator#standard()} for the built-in charter, and
   * {@code Validator.builder().charter(c).build()} for any other.
   */
  public ScenarioRunner() {
    this(ScenarioRunner::standardRules);
  }

  /**
   * A runner that builds its validators with a factory, for example to add house rules.
   *
   * @param validatorFactory builds the validator for a charter; called once per distinct charter
   */
  public ScenarioRunner(Function<Charter, Validator> validatorFactory) {
    this.validatorFactory = requireNonNull(validatorFactory, "validatorFactory");
  }

  /**
   * Runs one scenario.
   *
   * @param scenario the scenario
   * @return its verdict and how it departs from the expectation
   */
  public ScenarioResult run(Scenario scenario) {
    Verdict verdict =
        validatorFor(scenario.charter())
            .validate(scenario.act(), scenario.history(), scenario.asOf());
    return new ScenarioResult(scenario, verdict, mismatches(scenario.expectation(), verdict));
  }

  /**
   * Runs one plan file: its acts in order with {@link Validator#validatePlan}, each step compared
   * with its expectation.
   *
   * @param plan the plan file
   * @return its verdict and how each step departs from its expectation
   */
  public PlanResult run(PlanScenario plan) {
    PlanVerdict verdict = validatorFor(plan.charter()).validatePlan(plan.plan(), plan.history());
    List<List<Texts.Message>> mismatches = new ArrayList<>();
    for (int i = 0; i < plan.steps().size(); i++) {
      mismatches.add(
          mismatches(plan.steps().get(i).expectation(), verdict.steps().get(i).verdict()));
    }
    return new PlanResult(plan, verdict, mismatches);
  }

  /**
   * Runs scenarios in order.
   *
   * @param scenarios the scenarios
   * @return one result per scenario, in the same order
   */
  public List<ScenarioResult> runAll(List<Scenario> scenarios) {
    List<ScenarioResult> results = new ArrayList<>(scenarios.size());
    for (Scenario scenario : scenarios) {
      results.add(run(scenario));
    }
    return List.copyOf(results);
  }

  /**
   * The validator this runner uses for a charter, built on first use.
   *
   * @param charter the charter
   * @return the validator
   */
  public Validator validatorFor(Charter charter) {
    return validators.computeIfAbsent(charter, validatorFactory);
  }

  private static Validator standardRules(Charter charter) {
    return charter.equals(Charter.rcm())
        ? Validator.standard()
        : Validator.builder().charter(charter).build();
  }

  /** How a verdict departs from an expectation; without one, the act should be valid. */
  private static List<Texts.Message> mismatches(
      Optional<Expectation> expectation, Verdict verdict) {
    return expectation
        .map(e -> e.mismatchMessages(verdict))
        .orElseGet(() -> withoutExpectation(verdict));
  }

  private static List<Texts.Message> withoutExpectation(Verdict verdict) {
    if (verdict.isValid()) {
      return List.of();
    }
    return List.of(
        Texts.message("mismatch.noExpectation", Expectation.ruleIds(verdict.errors()).toString()));
  }
}
