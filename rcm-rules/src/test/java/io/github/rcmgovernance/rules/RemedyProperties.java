package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.gen.ModelGens;
import io.github.rcmgovernance.model.gen.Scenario;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Applying a violation's mechanical remedy to the act makes that violation go away. */
class RemedyProperties {
  private static final Map<Charter, Validator> VALIDATORS = new ConcurrentHashMap<>();

  private static Validator validator(Charter charter) {
    return VALIDATORS.computeIfAbsent(charter, c -> Validator.builder().charter(c).build());
  }

  /** Rules whose fix needs a human choice (another year, another Member, an agreement first). */
  private static final Set<String> ADVICE_ONLY =
      Set.of(
          "RCM-MTG-1",
          "RCM-MTG-8",
          "RCM-MTG-10",
          "RCM-MTG-11",
          "RCM-AGD-1",
          "RCM-OBS-2",
          "RCM-TS-3",
          "RCM-TS-6");

  static java.util.List<RuleCases.Case> cases() {
    return RuleCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyRuleHasARemedyAndTheMechanicalOnesWork(RuleCases.Case c) {
    Validator validator = validator(c.charter());
    Verdict verdict = validator.validate(c.violating(), c.history());
    Violation v = verdict.violations().get(0);
    assertThat(v.remedy().description()).isNotBlank();
    assertThat(v.facts()).isNotEmpty();
    if (!c.ruleId().equals("RCM-MTG-9")) { // mechanical only for the term's length
      assertThat(v.remedy().mechanical()).isEqualTo(!ADVICE_ONLY.contains(c.ruleId()));
    }
    if (v.remedy().mechanical()) {
      Act fixed = v.remedy().applyTo(c.violating());
      assertThat(validator.validate(fixed, c.history()).violations())
          .noneMatch(w -> w.ruleId().equals(v.ruleId()) && w.subject().equals(v.subject()));
    }
  }

  @Test
  void mechanicalRemediesRemoveTheirViolationOnGeneratedActs() {
    Set<String> remedied = new TreeSet<>();
    qt().withExamples(5_000)
        .forAll(ModelGens.charters(), ModelGens.scenarios())
        .checkAssert((charter, s) -> checkRemedies(validator(charter), s, remedied));
    // Every rule with a mechanical remedy was exercised by some generated act.
    Set<String> mechanical = new TreeSet<>();
    Validator.standard().rules().forEach(r -> mechanical.add(r.id()));
    mechanical.removeAll(ADVICE_ONLY);
    mechanical.remove("RCM-MTG-9");
    assertThat(remedied).containsAll(mechanical);
  }

  private static void checkRemedies(Validator validator, Scenario s, Set<String> remedied) {
    Verdict verdict = validator.validate(s.act(), s.history(), s.asOf());
    for (Violation v : verdict.violations()) {
      if (!v.remedy().mechanical()) {
        continue;
      }
      Act fixed = v.remedy().applyTo(s.act());
      Verdict after = validator.validate(fixed, s.history(), s.asOf());
      assertThat(after.violations())
          .as("%s on %s after %s", v, s.describe(), v.remedy())
          .noneMatch(w -> w.ruleId().equals(v.ruleId()) && w.subject().equals(v.subject()));
      remedied.add(v.ruleId());
    }
  }
}
