package io.github.rcmgovernance.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.rcmgovernance.examples.BuiltInScenarios;
import io.github.rcmgovernance.model.history.ReviewState;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.rules.PlanStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plan files: read strictly, with errors naming the step; the built-in plans as they are meant. */
class PlanFilesTest {
  private static final ScenarioReader READER = new ScenarioReader();
  private static final ScenarioRunner RUNNER = new ScenarioRunner();

  @TempDir Path dir;

  private static Path plans() {
    return BuiltInScenarios.resource("plans");
  }

  private static PlanResult run(String file) {
    return RUNNER.run(READER.readPlan(plans().resolve(file)));
  }

  @Test
  void everyBuiltInPlanMeetsItsExpectations() {
    ScenarioReader.PlanReading reading = READER.readEachPlan(List.of(plans()));
    assertThat(reading.failures()).isEmpty();
    assertThat(reading.plans()).hasSize(3);
    for (PlanScenario plan : reading.plans()) {
      PlanResult result = RUNNER.run(plan);
      for (int i = 0; i < plan.steps().size(); i++) {
        assertThat(result.mismatches(i, Locale.ENGLISH)).as(plan.name() + ", step " + i).isEmpty();
        assertThat(plan.steps().get(i).expectation())
            .as("step %s has an expectation", i)
            .isPresent();
      }
    }
  }

  @Test
  void theAnnualCyclesAreValidAndEveryActEntersTheHistory() {
    for (String file :
        List.of("annual-cycle-built-in-charter.json", "annual-cycle-today-charter.json")) {
      PlanResult result = run(file);
      assertThat(result.verdict().isValid()).as(file).isTrue();
      assertThat(result.verdict().steps()).as(file).allMatch(PlanStep::entered);
      assertThat(result.verdict().history().meeting("VM-2025")).as(file).isPresent();
      assertThat(result.verdict().history().recommendation("REC-2025-1"))
          .as(file)
          .hasValueSatisfying(r -> assertThat(r.reviewState()).isEqualTo(ReviewState.ENDORSED));
    }
    PlanResult today = run("annual-cycle-today-charter.json");
    assertThat(today.plan().charter().viceMinisterialWindow().fromMonth()).isEqualTo(11);
    assertThat(today.verdict().history().meeting("VM-2025").orElseThrow().start().getMonthValue())
        .isEqualTo(11);
  }

  @Test
  void theFaultyYearKeepsItsInvalidActsOutOfTheHistory() {
    PlanResult result = run("year-with-three-faults.json");
    assertThat(result.verdict().isValid()).isFalse();
    Set<String> outside = new TreeSet<>();
    for (PlanStep step : result.verdict().steps()) {
      assertThat(step.entered()).as(step.actId()).isEqualTo(step.verdict().isValid());
      if (!step.entered()) {
        outside.add(step.actId());
      }
    }
    assertThat(outside)
        .containsExactlyInAnyOrder(
            "AGENDA-VM-2025", "DEC-2025-1", "REC-2025-1", "DEC-2025-IC-1", "POA-2026-3");
    assertThat(result.verdict().history().agendasFor("VM-2025")).isEmpty();
    assertThat(result.verdict().history().recommendation("REC-2025-1")).isEmpty();
    assertThat(result.verdict().history().meeting("VM-2025")).isPresent();
  }

  @Test
  void refusesAPlanWithoutSteps() throws IOException {
    assertRefused("{\"name\":\"p\"}", "$", "steps");
    assertRefused("{\"name\":\"p\",\"steps\":[]}", "$.steps", "non-empty array");
    assertRefused("{\"name\":\"p\",\"steps\":{}}", "$.steps", "an object");
  }

  @Test
  void namesTheStepOfABadValue() throws IOException {
    String act =
        "{\"type\":\"document\",\"id\":\"D1\",\"date\":\"2025-01-01\",\"kind\":\"INFORMATION_NOTE\","
            + "\"authors\":[{\"body\":\"TECHNICAL_SECRETARIAT\"}],"
            + "\"containsRecommendations\":false,\"containsCommitments\":false}";
    assertRefused(
        "{\"name\":\"p\",\"steps\":[{\"act\":" + act + "},{\"act\":" + act + "}]}",
        "$.steps[1].act.id",
        "D1");
    assertRefused(
        "{\"name\":\"p\",\"steps\":[{\"act\":" + act + ",\"note\":1}]}", "$.steps[0].note", "note");
    assertRefused("{\"name\":\"p\",\"steps\":[{\"expect\":{}}]}", "$.steps[0]", "'act'");
    assertRefused("{\"name\":\"p\",\"steps\":[3]}", "$.steps[0]", "a step");
    assertRefused(
        "{\"name\":\"p\",\"steps\":[{\"act\":" + act + ",\"expect\":{\"errors\":[\"RCM-X\"]}}]}",
        "$.steps[0].expect.errors[0]",
        "RCM-X");
    assertRefused(
        "{\"name\":\"p\",\"steps\":[{\"act\":" + act.replace("\"D1\"", "\"\"") + "}]}",
        "$.steps[0].act",
        "blank");
    assertRefused(
        "{\"name\":\"p\",\"extra\":true,\"steps\":[{\"act\":" + act + "}]}", "$.extra", "extra");
  }

  private void assertRefused(String json, String path, String reasonPart) throws IOException {
    Path file = dir.resolve("plan.json");
    Files.writeString(file, json);
    assertThatThrownBy(() -> READER.readPlan(file))
        .isInstanceOfSatisfying(
            ScenarioException.class,
            e -> {
              assertThat(e.path()).as(e.getMessage()).startsWith(path);
              assertThat(e.getMessage()).contains(reasonPart);
            });
  }

  @Test
  void theSchemaNamesWhatTheReaderAccepts() throws IOException {
    ObjectMapper mapper = RcmJson.standard().mapper();
    JsonNode schema =
        mapper.readTree(Files.readString(BuiltInScenarios.resource("plan.schema.json")));
    assertThat(schema.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
    Set<String> top = new TreeSet<>();
    schema.path("properties").fieldNames().forEachRemaining(top::add);
    assertThat(top)
        .containsExactlyInAnyOrder(
            "name", "description", "charter", "history", "historyFile", "historyChanges", "steps");
    Set<String> step = new TreeSet<>();
    schema
        .path("properties")
        .path("steps")
        .path("items")
        .path("properties")
        .fieldNames()
        .forEachRemaining(step::add);
    assertThat(step).containsExactlyInAnyOrder("act", "expect");
    JsonNode scenarioSchema =
        mapper.readTree(Files.readString(BuiltInScenarios.resource("scenario.schema.json")));
    for (JsonNode ref : schema.findValues("$ref")) {
      String pointer = ref.asText().substring("scenario.schema.json#".length());
      assertThat(scenarioSchema.at(pointer).isMissingNode()).as(ref.asText()).isFalse();
    }
    // The history's two forms exclude each other, and changes need a file: in the schema and in
    // the reader.
    assertThat(schema.path("allOf").toString())
        .contains("{\"not\":{\"required\":[\"history\",\"historyFile\"]}}");
    assertThat(schema.path("dependentRequired").path("historyChanges").toString())
        .isEqualTo("[\"historyFile\"]");
    String steps =
        ",\"steps\":[{\"act\":{\"type\":\"presidencyTerm\",\"id\":\"P\",\"term\":{\"holder\":\"GT\",\"start\":\"2025-01-01\",\"end\":\"2025-12-31\"}}}]}";
    assertThatThrownBy(
            () ->
                READER.parsePlan(
                    "{\"name\":\"p\",\"history\":{},\"historyFile\":\"h.history.json\"" + steps,
                    dir.resolve("p.json")))
        .isInstanceOf(ScenarioException.class);
    assertThatThrownBy(
            () ->
                READER.parsePlan(
                    "{\"name\":\"p\",\"historyChanges\":{}" + steps, dir.resolve("p.json")))
        .isInstanceOfSatisfying(
            ScenarioException.class, e -> assertThat(e.path()).isEqualTo("$.historyChanges"));
    // Every built-in plan uses only the schema's fields, and each of them is read.
    for (Path file : ScenarioReader.files(plans())) {
      JsonNode plan = mapper.readTree(Files.readString(file));
      plan.fieldNames().forEachRemaining(f -> assertThat(top).as(file.toString()).contains(f));
    }
  }
}
