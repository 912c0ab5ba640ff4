package io.github.rcmgovernance.examples.scenario;

import static io.github.rcmgovernance.examples.scenario.ScenarioTexts.VALID;
import static io.github.rcmgovernance.examples.scenario.ScenarioTexts.act;
import static io.github.rcmgovernance.examples.scenario.ScenarioTexts.valid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rcmgovernance.examples.BuiltInScenarios;
import io.github.rcmgovernance.examples.scenario.ProvisionCoverage.RuleCoverage;
import io.github.rcmgovernance.examples.scenario.ProvisionCoverage.Status;
import io.github.rcmgovernance.rules.RuleInfo;
import io.github.rcmgovernance.rules.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvisionCoverageTest {
  /**
   * An observer State among the deciders: RCM-DEC-1 fires and, as the deciders sit in the closed
   * session, RCM-DEC-4; nothing else.
   */
  static final String OBSERVER_DECIDES =
      valid(
          r -> {
            r.put("name", "an observer decides");
            ((ObjectNode) act(r).withArray("deciders").get(1)).put("party", "AR");
            ObjectNode expect = r.putObject("expect");
            expect.put("valid", false);
            expect.putArray("errors").add("RCM-DEC-1").add("RCM-DEC-4");
          });

  /** IOM's facilities to the Technical Secretariat: no rule applies to them. */
  static final String FACILITY_SUPPORT =
      """
      {
        "name": "IOM manages the TS's resources",
        "act": {
          "type": "facilitySupport",
          "id": "FS-1",
          "date": "2025-03-03",
          "facility": "RESOURCE_MANAGEMENT"
        },
        "expect": {"valid": true, "errors": [], "warnings": []}
      }
      """;

  @TempDir Path dir;

  private final ScenarioRunner runner = new ScenarioRunner();
  private List<ScenarioResult> small;

  @BeforeEach
  void runTheSmallSet() throws IOException {
    Files.writeString(dir.resolve("1-observer-decides.json"), OBSERVER_DECIDES);
    Files.writeString(dir.resolve("2-valid-decision.json"), VALID);
    Files.writeString(dir.resolve("3-facility-support.json"), FACILITY_SUPPORT);
    small = runner.runAll(new ScenarioReader().readAll(dir));
  }

  @Test
  void countsTheRulesOfASmallSet() {
    ProvisionCoverage coverage = ProvisionCoverage.of(small, runner);

    assertThat(coverage.scenarios()).isEqualTo(3);
    assertThat(coverage.total()).isEqualTo(36);
    // 14 rules apply to decisions; two of them fire on the observer decider.
    assertThat(coverage.fired()).isEqualTo(2);
    assertThat(coverage.evaluatedOnly()).isEqualTo(12);
    assertThat(coverage.neverApplied()).isEqualTo(22);
    assertThat(coverage.percentFired()).isEqualTo(5);
    assertThat(coverage.summary())
        .isEqualTo("coverage: 2 of 36 rules fired (5%), 12 evaluated only, 22 never applied");
  }

  @Test
  void classifiesEachRuleOfASmallSet() {
    Map<String, RuleCoverage> byId = byId(ProvisionCoverage.of(small, runner));

    RuleCoverage dec1 = byId.get("RCM-DEC-1");
    assertThat(dec1.status()).isEqualTo(Status.FIRED);
    assertThat(dec1.evaluatedIn()).isEqualTo(2);
    assertThat(dec1.firedIn()).extracting(Scenario::name).containsExactly("an observer decides");
    assertThat(byId.get("RCM-DEC-2").status()).isEqualTo(Status.EVALUATED);
    assertThat(byId.get("RCM-DEC-2").firedIn()).isEmpty();
    assertThat(byId.values())
        .filteredOn(r -> r.ruleId().startsWith("RCM-DEC-"))
        .allMatch(r -> r.status() != Status.NEVER_APPLIED);
    assertThat(byId.values())
        .filteredOn(r -> r.ruleId().startsWith("RCM-MTG-"))
        .hasSize(11)
        .allMatch(r -> r.status() == Status.NEVER_APPLIED && r.evaluatedIn() == 0);
    // Evaluated are exactly the rules that apply to decisions; facility support has none.
    assertThat(byId.values())
        .filteredOn(r -> r.status() != Status.NEVER_APPLIED)
        .extracting(RuleCoverage::rule)
        .allMatch(rule -> rule.appliesTo().contains("Decision"))
        .hasSize(
            (int)
                Validator.standard().rules().stream()
                    .filter(rule -> rule.appliesTo().contains("Decision"))
                    .count());
  }

  @Test
  void keepsTheCatalogueOrder() {
    ProvisionCoverage coverage = ProvisionCoverage.of(small, runner);

    assertThat(coverage.rules())
        .extracting(RuleCoverage::ruleId)
        .containsExactlyElementsOf(
            Validator.standard().rules().stream().map(RuleInfo::id).toList());
  }

  @Test
  void builtInScenariosFireEveryRule() {
    List<ScenarioResult> results =
        runner.runAll(new ScenarioReader().readAll(BuiltInScenarios.directory()));

    ProvisionCoverage coverage = ProvisionCoverage.of(results, runner);

    assertThat(coverage.total()).isEqualTo(Validator.standard().rules().size()).isEqualTo(36);
    assertThat(coverage.rules())
        .filteredOn(r -> r.status() != Status.FIRED)
        .extracting(RuleCoverage::ruleId)
        .as("rules no built-in scenario fires")
        .isEmpty();
    assertThat(coverage.summary())
        .isEqualTo("coverage: 36 of 36 rules fired (100%), 0 evaluated only, 0 never applied");
  }

  @Test
  void withoutResultsTheBuiltInCatalogueNeverApplies() {
    ProvisionCoverage coverage = ProvisionCoverage.of(List.of(), runner);

    assertThat(coverage.total()).isEqualTo(36);
    assertThat(coverage.summary())
        .isEqualTo("coverage: 0 of 36 rules fired (0%), 0 evaluated only, 36 never applied");
  }

  @Test
  void aRepeatedRuleIdCountsOnce() {
    List<RuleInfo> twice = new ArrayList<>(Validator.standard().rules());
    twice.addAll(Validator.standard().rules());

    assertThat(ProvisionCoverage.of(small, twice).total()).isEqualTo(36);
  }

  @Test
  void aSwitchedOffRuleIsNeverApplied() {
    ScenarioRunner withoutDec1 =
        new ScenarioRunner(c -> Validator.builder().charter(c).disable("RCM-DEC-1").build());
    List<ScenarioResult> results = withoutDec1.runAll(new ScenarioReader().readAll(dir));

    ProvisionCoverage coverage = ProvisionCoverage.of(results, withoutDec1);

    assertThat(byId(coverage).get("RCM-DEC-1").status()).isEqualTo(Status.NEVER_APPLIED);
    assertThat(coverage.summary())
        .isEqualTo("coverage: 1 of 36 rules fired (2%), 12 evaluated only, 23 never applied");
  }

  private static Map<String, RuleCoverage> byId(ProvisionCoverage coverage) {
    return coverage.rules().stream()
        .collect(Collectors.toMap(RuleCoverage::ruleId, Function.identity()));
  }
}
