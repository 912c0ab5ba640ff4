package io.github.rcmgovernance.examples.cli;

import static io.github.rcmgovernance.examples.cli.RcmCliTest.rcm;
import static io.github.rcmgovernance.examples.scenario.ScenarioTexts.VALID;
import static io.github.rcmgovernance.examples.scenario.ScenarioTexts.act;
import static io.github.rcmgovernance.examples.scenario.ScenarioTexts.valid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rcmgovernance.examples.BuiltInScenarios;
import io.github.rcmgovernance.examples.ExpectedChanges;
import io.github.rcmgovernance.examples.cli.RcmCliTest.Run;
import io.github.rcmgovernance.examples.scenario.CharterReader;
import io.github.rcmgovernance.examples.scenario.Scenario;
import io.github.rcmgovernance.examples.scenario.ScenarioReader;
import io.github.rcmgovernance.examples.scenario.ScenarioRunner;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.rules.RuleInfo;
import io.github.rcmgovernance.rules.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CoverageAndDiffTest {
  private static final String ALL_FIRED =
      "coverage: 36 of 36 rules fired (100%), 0 evaluated only, 0 never applied";
  private static final String FACILITY_SUPPORT =
      """
      {
        "name": "IOM manages the TS's resources",
        "act": {"type": "facilitySupport", "id": "FS-1", "date": "2025-03-03",
                "facility": "RESOURCE_MANAGEMENT"}
      }
      """;

  @TempDir Path dir;

  private static Path builtIn() {
    return BuiltInScenarios.directory();
  }

  private static String today() {
    return BuiltInScenarios.resource("charters/today.json").toString();
  }

  // rcm run --coverage

  @Test
  void coverageOfTheBuiltInScenariosIsComplete() {
    int count = ScenarioReader.files(builtIn()).size();

    Run run = rcm("run", "--coverage", builtIn().toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.lastLine()).isEqualTo(ALL_FIRED);
    assertThat(run.lines())
        .contains(count + " scenarios, " + count + " as expected")
        .contains("Coverage of 36 rules by " + count + " scenarios");
    for (RuleInfo rule : Validator.standard().rules()) {
      assertThat(row(run, rule.id()))
          .matches("\\s+" + rule.id() + "\\s+(ERROR|WARNING)\\s+FIRED\\s+\\d+\\s+\\d+: .*");
    }
    assertThat(row(run, "RCM-MTG-4")).matches(".*FIRED\\s+\\d+\\s+3: RCM-MTG-4 broken.*Charters 1");
  }

  @Test
  void coverageOfASmallSetNamesEachStatus() throws IOException {
    write("1-observer.json", observerDecides());
    write("2-valid.json", VALID);
    write("3-facility.json", FACILITY_SUPPORT);

    Run run = rcm("run", "--coverage", dir.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.lastLine())
        .isEqualTo("coverage: 2 of 36 rules fired (5%), 12 evaluated only, 22 never applied");
    assertThat(row(run, "RCM-DEC-1")).matches("\\s+RCM-DEC-1\\s+ERROR\\s+FIRED\\s+2\\s+1: an.*");
    assertThat(row(run, "RCM-DEC-4")).matches("\\s+RCM-DEC-4\\s+ERROR\\s+FIRED\\s+2\\s+1: an.*");
    assertThat(row(run, "RCM-DEC-2")).matches("\\s+RCM-DEC-2\\s+ERROR\\s+EVALUATED\\s+2\\s+0");
    assertThat(row(run, "RCM-MTG-1")).matches("\\s+RCM-MTG-1\\s+ERROR\\s+NEVER APPLIED\\s+0\\s+0");
  }

  @Test
  void coverageDoesNotChangeTheExitCode() throws IOException {
    write("wrong.json", valid(r -> r.putObject("expect").put("valid", false)));

    assertThat(rcm("run", "--coverage", dir.toString()).exitCode()).isEqualTo(1);
    assertThat(rcm("run", "--coverage", builtIn().toString()).exitCode()).isZero();
  }

  @Test
  void coverageInJsonIsOneObjectWithResultsAndCoverage() throws IOException {
    int count = ScenarioReader.files(builtIn()).size();

    Run run = rcm("run", "--json", "--coverage", builtIn().toString());

    assertThat(run.exitCode()).isZero();
    JsonNode root = RcmJson.standard().mapper().readTree(run.out());
    assertThat(root.path("results").isArray()).isTrue();
    assertThat(root.path("results").size()).isEqualTo(count);
    JsonNode coverage = root.path("coverage");
    assertThat(coverage.path("scenarios").intValue()).isEqualTo(count);
    assertThat(coverage.path("rules").intValue()).isEqualTo(36);
    assertThat(coverage.path("fired").intValue()).isEqualTo(36);
    assertThat(coverage.path("evaluatedOnly").intValue()).isZero();
    assertThat(coverage.path("neverApplied").intValue()).isZero();
    assertThat(coverage.path("percentFired").intValue()).isEqualTo(100);
    assertThat(coverage.path("summary").asText()).isEqualTo(ALL_FIRED);
    assertThat(coverage.path("byRule").size()).isEqualTo(36);
    JsonNode mtg4 = coverage.path("byRule").get(18);
    assertThat(mtg4.path("ruleId").asText()).isEqualTo("RCM-MTG-4");
    assertThat(mtg4.path("status").asText()).isEqualTo("FIRED");
    assertThat(mtg4.path("severity").asText()).isEqualTo("ERROR");
    assertThat(mtg4.path("evaluatedIn").intValue()).isPositive();
    assertThat(mtg4.path("firedIn").findValuesAsText("name"))
        .contains("Charters 1: a November Vice-Ministerial meeting under the built-in charter");
    assertThat(mtg4.path("firedIn").findValuesAsText("file")).allMatch(f -> f.endsWith(".json"));
  }

  @Test
  void withoutCoverageJsonStaysAnArray() throws IOException {
    write("one.json", VALID);

    JsonNode root =
        RcmJson.standard().mapper().readTree(rcm("run", "--json", dir.toString()).out());

    assertThat(root.isArray()).isTrue();
  }

  @Test
  void namesThatAbbreviateAlikeAreToldApart() {
    Run run = rcm("run", "--coverage", builtIn().toString());

    assertThat(row(run, "RCM-DEC-7"))
        .contains("2: RCM-DEC-7 broken: ", ", RCM-DEC-7 broken: a deciding Member objects");
    assertThat(CoverageReport.abbreviate("Charters 1: a November meeting")).isEqualTo("Charters 1");
    assertThat(CoverageReport.abbreviate("a valid decision")).isEqualTo("a valid decision");
    assertThat(CoverageReport.abbreviate("x".repeat(40))).isEqualTo("x".repeat(29) + "...");
  }

  // rcm diff

  @Test
  void diffOfTheBuiltInChartersListsExactlyTheChangedVerdicts() {
    List<Scenario> scenarios = new ScenarioReader().readAll(builtIn());
    ScenarioRunner runner = new ScenarioRunner();
    List<Scenario> expected =
        ExpectedChanges.of(
            scenarios,
            runner.validatorFor(Charter.rcm()),
            runner.validatorFor(new CharterReader().read(Path.of(today()))));

    Run run = rcm("diff", "--charter", "rcm", "--charter", today(), builtIn().toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.lastLine())
        .isEqualTo(scenarios.size() + " scenarios, " + expected.size() + " verdicts change");
    assertThat(run.lines())
        .startsWith("charter A: rcm (the built-in charter)", "charter B: " + today());
    List<String> blocks = new ArrayList<>();
    List<String> lines = run.lines();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).startsWith("  file:")) {
        blocks.add(lines.get(i - 1));
      }
    }
    assertThat(blocks).containsExactlyElementsOf(expected.stream().map(Scenario::name).toList());
    assertThat(blocks)
        .contains(
            "Charters 1: a November Vice-Ministerial meeting under the built-in charter",
            "RCM-MTG-4 broken: a Vice-Ministerial meeting in November",
            "RCM-MTG-4 kept: a Vice-Ministerial meeting in November");
    assertThat(run.out())
        .contains("validity: INVALID under A, VALID under B (changes)")
        .contains("validity: VALID under A, INVALID under B (changes)")
        .contains("validity: INVALID under both (unchanged)")
        .containsPattern(
            "RCM-MTG-4\\s+ERROR\\s+A only\\s+XXX RCM \\(VM-2025\\) is held November 20, 2025")
        .containsPattern("RCM-MTG-4\\s+ERROR\\s+B only\\s+.*November to December")
        .doesNotContain("expected:");
  }

  @Test
  void diffOfACharterWithItselfChangesNothing() {
    int count = ScenarioReader.files(builtIn()).size();
    String sourceText = BuiltInScenarios.resource("charters/source-text.json").toString();

    for (String[] pair :
        List.of(
            new String[] {today(), today()},
            new String[] {"rcm", "rcm"},
            new String[] {"rcm", sourceText})) {
      Run run = rcm("diff", "--charter", pair[0], "--charter", pair[1], builtIn().toString());

      assertThat(run.exitCode()).isZero();
      assertThat(run.lastLine()).isEqualTo(count + " scenarios, 0 verdicts change");
      assertThat(run.out()).doesNotContain("validity:");
    }
  }

  @Test
  void diffIgnoresTheScenariosCharterAndExpectation() throws IOException {
    Path stories = BuiltInScenarios.directory().resolve("stories");
    String november =
        Files.readString(stories.resolve("charters-02-november-meeting-today-charter.json"));
    String wrong = november.replace("\"valid\": true", "\"valid\": false");
    assertThat(wrong).isNotEqualTo(november);
    write("wrong.json", wrong);
    Files.createDirectories(dir.resolve("parts"));
    for (String part : List.of("2025.history.json", "vm-2025.act.json")) {
      Files.copy(stories.resolve("parts").resolve(part), dir.resolve("parts").resolve(part));
    }

    Run same = rcm("diff", "--charter", "rcm", "--charter", "rcm", dir.toString());
    Run changed = rcm("diff", "--charter", "rcm", "--charter", today(), dir.toString());

    assertThat(same.exitCode()).isZero();
    assertThat(same.lastLine()).isEqualTo("1 scenario, 0 verdicts change");
    assertThat(changed.exitCode()).isZero();
    assertThat(changed.lastLine()).isEqualTo("1 scenario, 1 verdict changes");
  }

  @Test
  void diffInJsonIsOneObject() throws IOException {
    Run run = rcm("diff", "--json", "--charter", "rcm", "--charter", today(), builtIn().toString());

    assertThat(run.exitCode()).isZero();
    JsonNode root = RcmJson.standard().mapper().readTree(run.out());
    assertThat(root.path("charterA").asText()).isEqualTo("rcm");
    assertThat(root.path("charterB").asText()).isEqualTo(today());
    assertThat(root.path("scenarios").intValue()).isEqualTo(ScenarioReader.files(builtIn()).size());
    assertThat(root.path("verdictsChange").intValue()).isEqualTo(root.path("changes").size());
    assertThat(root.path("summary").asText()).endsWith(" verdicts change");
    JsonNode november = null;
    for (JsonNode change : root.path("changes")) {
      if (change.path("name").asText().startsWith("Charters 1:")) {
        november = change;
      }
    }
    assertThat(november).as("the November meeting changes").isNotNull();
    assertThat(november.path("file").asText())
        .endsWith("01-november-meeting-built-in-charter.json");
    assertThat(november.path("validUnderA").booleanValue()).isFalse();
    assertThat(november.path("validUnderB").booleanValue()).isTrue();
    assertThat(november.path("validityChanges").booleanValue()).isTrue();
    JsonNode rule = november.path("onlyUnderA").get(0);
    assertThat(rule.path("ruleId").asText()).isEqualTo("RCM-MTG-4");
    assertThat(rule.path("severity").asText()).isEqualTo("ERROR");
    assertThat(rule.path("violations").get(0).path("message").asText()).contains("April to June");
    assertThat(november.path("onlyUnderB").size()).isZero();
  }

  static Stream<Arguments> badCharters() {
    return Stream.of(
        Arguments.of(
            "{\"viceMinisterialWindow\": {\"fromMonth\": 13, \"toMonth\": 12}}",
            "$.viceMinisterialWindow: fromMonth must be in 1..12 but was 13"),
        Arguments.of("{\"colour\": \"blue\"}", "$.colour: unknown field 'colour'"),
        Arguments.of("{\"viceMinisterialWindow\": ", "$: malformed JSON"),
        Arguments.of(
            "{\"statuses\": [{\"party\": \"XX\"}]}",
            "$.statuses[0].party: party code: XX is not an ISO 3166-1 alpha-2 code"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badCharters")
  void aBadCharterExitsWithTwoNamingFileAndPath(String json, String expected) throws IOException {
    Path charter = write("charter.json", json);
    Path scenarios = Files.createDirectory(dir.resolve("scenarios"));
    Files.writeString(scenarios.resolve("one.json"), VALID);

    for (String[] order :
        List.of(
            new String[] {"rcm", charter.toString()}, new String[] {charter.toString(), "rcm"})) {
      Run run = rcm("diff", "--charter", order[0], "--charter", order[1], scenarios.toString());

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).startsWith("rcm: " + charter + ": " + expected);
      assertThat(run.err().lines()).hasSize(1);
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void aMissingCharterOrScenarioExitsWithTwo() throws IOException {
    Path missing = dir.resolve("nowhere.json");
    write("one.json", VALID);

    Run charter = rcm("diff", "--charter", "rcm", "--charter", missing.toString(), dir.toString());
    Run scenario = rcm("diff", "--charter", "rcm", "--charter", "rcm", missing.toString());

    assertThat(charter.exitCode()).isEqualTo(2);
    assertThat(charter.err()).contains(missing + ": $: no such file or directory");
    assertThat(scenario.exitCode()).isEqualTo(2);
    assertThat(scenario.err()).contains(missing + ": $: no such file or directory");
    assertThat(charter.out()).isEmpty();
    assertThat(scenario.out()).isEmpty();
  }

  @Test
  void diffNeedsExactlyTwoCharters() {
    String scenarios = builtIn().toString();

    Run none = rcm("diff", scenarios);
    Run one = rcm("diff", "--charter", "rcm", scenarios);
    Run three = rcm("diff", "--charter", "rcm", "--charter", "rcm", "--charter", "rcm", scenarios);
    Run noScenarios = rcm("diff", "--charter", "rcm", "--charter", "rcm");

    for (Run run : List.of(none, one, three, noScenarios)) {
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.out()).isEmpty();
    }
    assertThat(one.err()).contains("exactly two --charter options");
    assertThat(three.err()).contains("but got 3");
  }

  @Test
  void diffHelpShowsUsageAndExitCodes() {
    Run run = rcm("diff", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Usage: rcm diff", "--charter=A --charter=B FILE|DIR", "--json", "Exit codes:")
        .contains("own charter and expectation are ignored", "--charter=CHARTER");
    assertThat(run.out()).containsPattern("(?m)^\\s+0\\s+\\S").containsPattern("(?m)^\\s+2\\s+\\S");
    assertThat(rcm("--help").out()).contains("diff", "run");
    assertThat(rcm("run", "--help").out()).contains("--coverage");
  }

  /** The row of a rule in the coverage table, which follows the results. */
  private static String row(Run run, String ruleId) {
    return run.lines().stream()
        .dropWhile(l -> !l.startsWith("Coverage of "))
        .filter(l -> l.matches("\\s+" + ruleId + "\\s.*"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + ruleId + " in\n" + run.out()));
  }

  private static String observerDecides() {
    return valid(
        r -> {
          r.put("name", "an observer decides");
          ((ObjectNode) act(r).withArray("deciders").get(1)).put("party", "AR");
          ObjectNode expect = r.putObject("expect");
          expect.put("valid", false);
          expect.putArray("errors").add("RCM-DEC-1").add("RCM-DEC-4");
        });
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }
}
