package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.rules.oracle.CleanRoomOracle;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each act at the edge of a rule gets exactly the findings of that rule the catalogue asks for. */
class BoundaryCasesTest {
  static List<BoundaryCases.Boundary> cases() {
    return BoundaryCases.all();
  }

  /** The targets a verdict reports under one rule. */
  static Set<String> targets(Verdict verdict, String ruleId) {
    return verdict.violations().stream()
        .filter(v -> v.ruleId().equals(ruleId))
        .map(v -> v.target().key())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The clean-room oracle's findings on a boundary act, as (rule id, target). */
  static Set<String> oracleFindings(BoundaryCases.Boundary b) {
    Set<String> out = new TreeSet<>();
    new CleanRoomOracle(b.charter())
        .findings(b.act(), b.history(), b.act().date())
        .forEach(f -> out.add(f.ruleId() + " " + f.target()));
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theRuleReportsExactlyWhatTheCatalogueAsks(BoundaryCases.Boundary b) {
    Verdict verdict =
        Validator.builder().charter(b.charter()).build().validate(b.act(), b.history());

    assertThat(targets(verdict, b.ruleId())).isEqualTo(b.targets());
    assertThat(DifferentialTest.droolsFindings(verdict)).isEqualTo(oracleFindings(b));
  }
}
