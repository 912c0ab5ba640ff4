package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.rules.oracle.CleanRoomOracle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule id has a violating case and a valid twin; no rule is left untested. */
class RuleCasesTest {
  static List<RuleCases.Case> cases() {
    return RuleCases.all();
  }

  @Test
  void everyCatalogueRuleHasACase() {
    Set<String> catalogue = new HashSet<>();
    Validator.standard().rules().forEach(r -> catalogue.add(r.id()));
    assertThat(RuleCases.ruleIds()).containsExactlyInAnyOrderElementsOf(catalogue);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void violatingActBreaksExactlyItsRuleAndTwinPasses(RuleCases.Case c) {
    Validator validator = Validator.builder().charter(c.charter()).build();
    assertThat(validator.validate(c.violating(), c.history()).firedRules())
        .containsExactlyInAnyOrderElementsOf(c.fires());
    assertThat(validator.validate(c.passing(), c.passingHistory()).violations()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void cleanRoomOracleAgrees(RuleCases.Case c) {
    CleanRoomOracle oracle = new CleanRoomOracle(c.charter());
    Validator validator = Validator.builder().charter(c.charter()).build();
    assertThat(findings(oracle, c.violating(), c.history()))
        .isEqualTo(DifferentialTest.droolsFindings(validator.validate(c.violating(), c.history())));
    assertThat(oracle.findings(c.passing(), c.passingHistory(), c.passing().date())).isEmpty();
  }

  private static java.util.Set<String> findings(
      CleanRoomOracle oracle,
      io.github.rcmgovernance.model.act.Act act,
      io.github.rcmgovernance.model.history.History history) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    oracle.findings(act, history, act.date()).forEach(f -> out.add(f.ruleId() + " " + f.target()));
    return out;
  }

  /**
   * Rule ablation: switching off any one rule changes the verdict of at least one case, so every
   * rule is exercised by a test that would notice its absence.
   */
  @Test
  void everyRuleIsNeededByAtLeastOneCase() {
    for (RuleInfo rule : Validator.standard().rules()) {
      boolean changed = false;
      for (RuleCases.Case c : RuleCases.all()) {
        Validator full = Validator.builder().charter(c.charter()).build();
        Validator ablated = Validator.builder().charter(c.charter()).disable(rule.id()).build();
        if (!full.validate(c.violating(), c.history())
            .violations()
            .equals(ablated.validate(c.violating(), c.history()).violations())) {
          changed = true;
          break;
        }
      }
      assertThat(changed).as("disabling %s changes some verdict", rule.id()).isTrue();
    }
  }
}
