package io.github.rcmgovernance.examples;

import io.github.rcmgovernance.examples.scenario.Scenario;
import io.github.rcmgovernance.rules.Validator;
import io.github.rcmgovernance.rules.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes, independently of the code under test, which scenarios change verdict between two
 * validators: those in which the set of rules fired, each with its severity, differs.
 */
public final class ExpectedChanges {
  private ExpectedChanges() {}

  /**
   * The scenarios whose verdict changes.
   *
   * @param scenarios the scenarios
   * @param a the validator for charter A
   * @param b the validator for charter B
   * @return the scenarios that change, in the order given
   */
  public static List<Scenario> of(List<Scenario> scenarios, Validator a, Validator b) {
    List<Scenario> changed = new ArrayList<>();
    for (Scenario s : scenarios) {
      if (!fired(a.validate(s.act(), s.history(), s.asOf()))
          .equals(fired(b.validate(s.act(), s.history(), s.asOf())))) {
        changed.add(s);
      }
    }
    return changed;
  }

  private static Set<String> fired(Verdict verdict) {
    return verdict.violations().stream()
        .map(v -> v.ruleId() + " " + v.severity())
        .collect(Collectors.toSet());
  }
}
