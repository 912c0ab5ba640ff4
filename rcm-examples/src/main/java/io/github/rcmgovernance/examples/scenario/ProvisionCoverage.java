package io.github.rcmgovernance.examples.scenario;

import static java.util.Objects.requireNonNull;

import io.github.rcmgovernance.examples.text.Texts;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.rules.RuleInfo;
import io.github.rcmgovernance.rules.Verdict;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How well a set of scenarios exercises the rule catalogue, in the manner of test coverage: for
 * every rule, whether it fired in at least one scenario, was evaluated but never fired, or never
 * applied because no scenario had an act of a type it applies to.
 *
 * <p>The status of a rule is read from the verdicts: it {@link Status#FIRED fired} when some
 * verdict has a violation under its id, and it was {@link Status#EVALUATED evaluated} when some
 * verdict lists it among its {@link Verdict#evaluatedRules() evaluated rules}. A rule that is
 * switched off in the validator is never evaluated, so it counts as {@link Status#NEVER_APPLIED
 * never applied}.
 *
 * <p>Instances are immutable.
 *
 * @since 0.1.0
 */
public final class ProvisionCoverage {
  /** How far the scenarios exercised a rule. */
  public enum Status {
    /** The rule reported a violation in at least one scenario. */
    FIRED,
    /** The rule was evaluated in at least one scenario but never reported anything. */
    EVALUATED,
    /** No scenario had an act of a type the rule applies to. */
    NEVER_APPLIED
  }

  /**
   * The coverage of one rule.
   *
   * @param rule the rule, as the validator describes it
   * @param status how far the scenarios exercised it
   * @param evaluatedIn in how many scenarios it was evaluated
   * @param firedIn the scenarios in which it reported a violation, in the order of the results
   * @since 0.1.0
   */
  public record RuleCoverage(
      RuleInfo rule, Status status, int evaluatedIn, List<Scenario> firedIn) {
    /** Checks the components and keeps an unmodifiable copy of the scenarios. */
    public RuleCoverage {
      requireNonNull(rule, "rule");
      requireNonNull(status, "status");
      firedIn = List.copyOf(firedIn);
    }

    /** The rule's id. */
    public String ruleId() {
      return rule.id();
    }
  }

  private final int scenarios;
  private final List<RuleCoverage> rules;

  private ProvisionCoverage(int scenarios, List<RuleCoverage> rules) {
    this.scenarios = scenarios;
    this.rules = List.copyOf(rules);
  }

  /**
   * The coverage of a rule catalogue by some results.
   *
   * @param results the results of running the scenarios
   * @param catalogue the rules to report on, in the order to report them; a repeated id is counted
   *     once
   * @return the coverage
   */
  public static ProvisionCoverage of(List<ScenarioResult> results, Collection<RuleInfo> catalogue) {
    Map<String, RuleInfo> byId = new LinkedHashMap<>();
    for (RuleInfo rule : catalogue) {
      byId.putIfAbsent(rule.id(), rule);
    }
    Map<String, Integer> evaluated = new LinkedHashMap<>();
    Map<String, List<Scenario>> fired = new LinkedHashMap<>();
    for (ScenarioResult result : results) {
      Verdict verdict = result.verdict();
      for (String id : verdict.evaluatedRules()) {
        evaluated.merge(id, 1, Integer::sum);
      }
      for (String id : verdict.firedRules()) {
        fired.computeIfAbsent(id, k -> new ArrayList<>()).add(result.scenario());
      }
    }
    List<RuleCoverage> rules = new ArrayList<>(byId.size());
    for (RuleInfo rule : byId.values()) {
      List<Scenario> firedIn = fired.getOrDefault(rule.id(), List.of());
      int evaluatedIn = evaluated.getOrDefault(rule.id(), 0);
      Status status =
          !firedIn.isEmpty()
              ? Status.FIRED
              : evaluatedIn > 0 ? Status.EVALUATED : Status.NEVER_APPLIED;
      rules.add(new RuleCoverage(rule, status, evaluatedIn, firedIn));
    }
    return new ProvisionCoverage(results.size(), rules);
  }

  /**
   * The coverage of the rules known to the validators a runner used for some results: the union of
   * the catalogues of the validators for the results' charters, or the catalogue of the validator
   * for the built-in charter when there are no results.
   *
   * @param results the results of running the scenarios with the runner
   * @param runner the runner that produced them
   * @return the coverage
   */
  public static ProvisionCoverage of(List<ScenarioResult> results, ScenarioRunner runner) {
    Set<Charter> charters = new LinkedHashSet<>();
    results.forEach(r -> charters.add(r.scenario().charter()));
    if (charters.isEmpty()) {
      charters.add(Charter.rcm());
    }
    List<RuleInfo> catalogue = new ArrayList<>();
    charters.forEach(c -> catalogue.addAll(runner.validatorFor(c).rules()));
    return of(results, catalogue);
  }

  /** How many scenarios the coverage was measured on. */
  public int scenarios() {
    return scenarios;
  }

  /** Every rule of the catalogue with its coverage, in catalogue order. */
  public List<RuleCoverage> rules() {
    return rules;
  }

  /** How many rules the catalogue has. */
  public int total() {
    return rules.size();
  }

  /** How many rules fired in at least one scenario. */
  public int fired() {
    return count(Status.FIRED);
  }

  /** How many rules were evaluated but never fired. */
  public int evaluatedOnly() {
    return count(Status.EVALUATED);
  }

  /** How many rules never applied to any scenario's act. */
  public int neverApplied() {
    return count(Status.NEVER_APPLIED);
  }

  /**
   * The share of rules that fired, in whole percent rounded down, so that 100 means every rule
   * fired; 0 for an empty catalogue.
   *
   * @return the percentage
   */
  public int percentFired() {
    return rules.isEmpty() ? 0 : (int) (100L * fired() / rules.size());
  }

  /**
   * The summary line.
   *
   * @return {@code coverage: F of N rules fired (P%), E evaluated only, A never applied}
   */
  public String summary() {
    return summary(Locale.ENGLISH);
  }

  /**
   * The summary line in a language.
   *
   * @param locale the language
   * @return the line
   */
  public String summary(Locale locale) {
    return Texts.format(
        locale,
        "coverage.summary",
        fired(),
        total(),
        percentFired(),
        evaluatedOnly(),
        neverApplied());
  }

  private int count(Status status) {
    return (int) rules.stream().filter(r -> r.status() == status).count();
  }

  @Override
  public String toString() {
    return summary();
  }
}
