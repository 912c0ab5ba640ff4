package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.gen.ModelGens;
import io.github.rcmgovernance.model.gen.Scenario;
import io.github.rcmgovernance.rules.oracle.ReferenceOracle;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Differential testing: the Drools rules and the independent plain-Java reference oracle must
 * report the same findings on every generated (charter, history, act, day) input. The count is the
 * system property {@code rcm.differential.examples} (100,000 by default; the soak runs 10 million,
 * see docs/testing.md). On a disagreement QuickTheories reports the shrunk, smallest input it
 * finds.
 */
class DifferentialTest {
  private static final int EXAMPLES = Integer.getInteger("rcm.differential.examples", 100_000);
  private static final Map<Charter, Validator> VALIDATORS = new ConcurrentHashMap<>();
  private static final Map<Charter, ReferenceOracle> ORACLES = new ConcurrentHashMap<>();

  private static Validator validator(Charter charter) {
    return VALIDATORS.computeIfAbsent(charter, c -> Validator.builder().charter(c).build());
  }

  private static ReferenceOracle oracle(Charter charter) {
    return ORACLES.computeIfAbsent(charter, ReferenceOracle::new);
  }

  /** Findings as (rule id, subject); RCM-TS-5 subjects are fault descriptions, compared by id. */
  private static Set<String> droolsFindings(Verdict verdict) {
    return verdict.violations().stream()
        .map(v -> v.ruleId() + (v.ruleId().equals("RCM-TS-5") ? "" : " " + v.subject()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> oracleFindings(Charter charter, Scenario s) {
    return oracle(charter).findings(s.act(), s.history(), s.asOf()).stream()
        .map(f -> f.ruleId() + (f.ruleId().equals("RCM-TS-5") ? "" : " " + f.subject()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** A generated input: a charter and a scenario judged under it. */
  record Input(Charter charter, Scenario scenario) {
    @Override
    public String toString() {
      return scenario.describe() + " under " + charter;
    }
  }

  static Gen<Input> inputs() {
    return ModelGens.charters().zip(ModelGens.scenarios(), Input::new);
  }

  @Test
  void droolsAndReferenceOracleAgreeOnGeneratedInputs() {
    AtomicInteger invalid = new AtomicInteger();
    AtomicInteger checked = new AtomicInteger();
    qt().withExamples(EXAMPLES + EXAMPLES / 100)
        .withShrinkCycles(200)
        .forAll(inputs())
        .checkAssert(
            in -> {
              Charter charter = in.charter();
              Scenario s = in.scenario();
              Verdict verdict = validator(charter).validate(s.act(), s.history(), s.asOf());
              assertThat(droolsFindings(verdict)).isEqualTo(oracleFindings(charter, s));
              checked.incrementAndGet();
              if (!verdict.isValid()) {
                invalid.incrementAndGet();
              }
            });
    // The generated inputs must exercise both outcomes in earnest.
    assertThat(checked.get()).isGreaterThanOrEqualTo(EXAMPLES);
    assertThat(invalid.get()).isBetween(EXAMPLES / 10, EXAMPLES - EXAMPLES / 10);
  }

  @Test
  void everyRuleFiresOnSomeGeneratedInput() {
    Set<String> fired = new TreeSet<>();
    qt().withExamples(20_000)
        .forAll(inputs())
        .checkAssert(
            in ->
                fired.addAll(
                    validator(in.charter())
                        .validate(
                            in.scenario().act(), in.scenario().history(), in.scenario().asOf())
                        .firedRules()));
    Set<String> all = new TreeSet<>();
    Validator.standard().rules().forEach(r -> all.add(r.id()));
    assertThat(fired).containsExactlyInAnyOrderElementsOf(all);
  }
}
