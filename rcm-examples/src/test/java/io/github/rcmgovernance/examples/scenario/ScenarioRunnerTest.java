package io.github.rcmgovernance.examples.scenario;

import static io.github.rcmgovernance.examples.scenario.ScenarioTexts.act;
import static io.github.rcmgovernance.examples.scenario.ScenarioTexts.valid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rcmgovernance.examples.BuiltInScenarios;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.rules.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ScenarioRunnerTest {
  private static final Path SOURCE = Path.of("test.json");

  private final ScenarioReader reader = new ScenarioReader();
  private final ScenarioRunner runner = new ScenarioRunner();

  @TestFactory
  Stream<DynamicTest> everyBuiltInScenarioMeetsItsExpectation() {
    List<Scenario> scenarios = reader.readAll(BuiltInScenarios.directory());
    assertThat(scenarios).hasSizeGreaterThanOrEqualTo(14);
    return scenarios.stream()
        .map(
            scenario ->
                DynamicTest.dynamicTest(
                    BuiltInScenarios.directory().relativize(scenario.source()).toString(),
                    () -> {
                      assertThat(scenario.expectation())
                          .as("built-in scenarios state their expectation")
                          .isPresent();
                      ScenarioResult result = runner.run(scenario);
                      assertThat(result.mismatches()).as(scenario.name()).isEmpty();
                      assertThat(result.expectationMet()).isTrue();
                    }));
  }

  @Test
  void theBuiltInSetShowsBothValidAndInvalidActs() {
    List<ScenarioResult> results = runner.runAll(reader.readAll(BuiltInScenarios.directory()));

    assertThat(results).anyMatch(r -> r.verdict().isValid());
    assertThat(results).anyMatch(r -> !r.verdict().isValid());
  }

  @Test
  void withoutExpectationAValidActMeetsIt() {
    ScenarioResult result = runner.run(reader.parse(valid(r -> r.remove("expect")), SOURCE));

    assertThat(result.verdict().isValid()).isTrue();
    assertThat(result.expectationMet()).isTrue();
  }

  @Test
  void withoutExpectationAnInvalidActDoesNot() {
    Scenario scenario =
        reader.parse(
            valid(
                r -> {
                  r.remove("expect");
                  ((ObjectNode) act(r).withArray("deciders").get(1)).put("party", "AR");
                }),
            SOURCE);

    ScenarioResult result = runner.run(scenario);

    assertThat(result.expectationMet()).isFalse();
    assertThat(result.mismatches()).singleElement().asString().contains("INVALID", "RCM-DEC-1");
  }

  @Test
  void aWrongExpectationIsReported() {
    Scenario scenario =
        reader.parse(
            valid(
                r -> {
                  ObjectNode expect = r.putObject("expect");
                  expect.put("valid", false);
                  expect.putArray("errors").add("RCM-DEC-1");
                }),
            SOURCE);

    ScenarioResult result = runner.run(scenario);

    assertThat(result.expectationMet()).isFalse();
    assertThat(result.mismatches())
        .containsExactly(
            "expected the act to be INVALID but it is VALID",
            "errors: expected [RCM-DEC-1] but got []; missing [RCM-DEC-1]");
  }

  @Test
  void theDayOfJudgementIsUsed() {
    // The Dominican Republic is a Member from 2000 only: judged as of 1998 it cannot decide, nor
    // sit in the closed session the deciders sit in.
    Scenario scenario =
        reader.parse(
            valid(
                r -> {
                  r.put("asOf", "1998-05-21");
                  ((ObjectNode) act(r).withArray("deciders").get(1)).put("party", "DO");
                  ObjectNode expect = r.putObject("expect");
                  expect.put("valid", false);
                  expect.putArray("errors").add("RCM-DEC-1").add("RCM-DEC-4");
                }),
            SOURCE);

    assertThat(runner.run(scenario).mismatches()).isEmpty();
  }

  @Test
  void oneValidatorIsBuiltPerDistinctCharter() {
    List<Charter> built = new ArrayList<>();
    ScenarioRunner counting =
        new ScenarioRunner(
            charter -> {
              built.add(charter);
              return Validator.builder().charter(charter).build();
            });
    String today =
        valid(
            r ->
                r.putObject("charter")
                    .putObject("viceMinisterialWindow")
                    .put("fromMonth", 11)
                    .put("toMonth", 12));
    List<Scenario> scenarios =
        List.of(
            reader.parse(valid(r -> {}), SOURCE),
            reader.parse(today, SOURCE),
            reader.parse(valid(r -> r.put("name", "again")), SOURCE),
            reader.parse(today, SOURCE));

    List<ScenarioResult> results = counting.runAll(scenarios);

    assertThat(results).hasSize(4).allMatch(ScenarioResult::expectationMet);
    assertThat(built).hasSize(2).contains(Charter.rcm());
    assertThat(counting.validatorFor(Charter.rcm())).isSameAs(counting.validatorFor(Charter.rcm()));
  }

  @Test
  void theDefaultRunnerUsesTheStandardValidatorForTheBuiltInCharter() {
    assertThat(runner.validatorFor(Charter.rcm())).isSameAs(Validator.standard());
  }
}
