package io.github.rcmgovernance.examples.cli;

import static io.github.rcmgovernance.examples.cli.RcmCliTest.rcm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rcmgovernance.examples.BuiltInScenarios;
import io.github.rcmgovernance.model.json.RcmJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
  @TempDir Path dir;

  private static Path plans() {
    return BuiltInScenarios.resource("plans");
  }

  @Test
  void builtInPlansShowEveryStepAndExitZero() {
    RcmCliTest.Run run = rcm("plan", plans().toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.lastLine()).isEqualTo("3 plans, 3 as expected");
    assertThat(run.out())
        .contains("plan:     VALID (11 steps, 11 entered the history)")
        .contains("plan:     INVALID (11 steps, 6 entered the history)")
        .contains("step 11: POA-2026-3 (2026-02-02)")
        .contains("history:  did not enter; later steps are judged without it")
        .contains("RCM-GRC-5", "RCM-OBS-1")
        .doesNotContain("NOT MET");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void jsonGivesEveryStepAndTheHistoryLeft() throws IOException {
    Path faults = plans().resolve("year-with-three-faults.json");
    RcmCliTest.Run run = rcm("plan", "--json", faults.toString());
    assertThat(run.exitCode()).isZero();
    JsonNode results = RcmJson.standard().mapper().readTree(run.out());
    assertThat(results.size()).isEqualTo(1);
    JsonNode plan = results.get(0);
    assertThat(plan.path("valid").asBoolean(true)).isFalse();
    assertThat(plan.path("expectationMet").asBoolean()).isTrue();
    assertThat(plan.path("steps").size()).isEqualTo(11);
    JsonNode first = plan.path("steps").get(0);
    assertThat(first.path("actId").asText()).isEqualTo("AGENDA-VM-2025");
    assertThat(first.path("entered").asBoolean(true)).isFalse();
    assertThat(first.path("verdict").path("violations").get(0).path("ruleId").asText())
        .isEqualTo("RCM-GRC-5");
    assertThat(plan.path("history").path("meetings").findValuesAsText("id")).contains("VM-2025");
    assertThat(plan.path("history").path("recommendations").size()).isZero();
  }

  @Test
  void aStepThatMissesItsExpectationExitsOne() throws IOException {
    Files.createDirectories(dir.resolve("parts"));
    Files.copy(plans().resolve("parts/2024.history.json"), dir.resolve("parts/2024.history.json"));
    String text = Files.readString(plans().resolve("year-with-three-faults.json"));
    // The first step's expectation now says valid, which it is not.
    Path file = dir.resolve("plan.json");
    Files.writeString(file, text.replaceFirst("\"valid\": false", "\"valid\": true"));
    RcmCliTest.Run run = rcm("plan", file.toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out()).contains("expected: NOT MET");
    assertThat(run.lastLine()).isEqualTo("1 plan, 0 as expected");
  }

  @Test
  void anUnreadablePlanExitsTwoAndTheOthersAreStillJudged() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"name\":\"p\",\"steps\":[]}");
    RcmCliTest.Run run =
        rcm(
            "plan",
            bad.toString(),
            plans().resolve("annual-cycle-built-in-charter.json").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("bad.json").contains("$.steps");
    assertThat(run.lastLine()).isEqualTo("1 plan, 1 as expected");
  }

  @Test
  void speaksSpanish() {
    RcmCliTest.Run run =
        rcm("--lang", "es", "plan", plans().resolve("year-with-three-faults.json").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("plan:       NO VÁLIDO (11 pasos, 6 entraron en el historial)")
        .contains("historial:  no entró; los pasos siguientes se juzgan sin él");
    assertThat(run.lastLine()).isEqualTo("1 plan, 1 según lo esperado");
    assertThat(rcm("--lang", "es", "plan", "--help").out()).contains("Ejecuta archivos de planes");
  }

  @Test
  void writesTheHtmlPageBesideTheReport() throws IOException {
    Path html = dir.resolve("plans.html");
    RcmCliTest.Run run = rcm("plan", "--html", html.toString(), plans().toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.lastLine()).isEqualTo("3 plans, 3 as expected");
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(Files.readString(html));
    assertThat(page.select("section.plan")).hasSize(3);
    assertThat(page.select("li.act.invalid")).hasSize(5);

    Path scenarios = dir.resolve("scenarios.html");
    Path scenario = BuiltInScenarios.directory().resolve("rules").resolve("rcm-dec-3-broken.json");
    RcmCliTest.Run runHtml = rcm("run", "--html", scenarios.toString(), scenario.toString());
    assertThat(runHtml.exitCode()).isZero();
    assertThat(org.jsoup.Jsoup.parse(Files.readString(scenarios)).select("li.act.invalid"))
        .hasSize(1);
  }

  @Test
  void aPageThatCannotBeWrittenExitsTwoNamingTheFile() {
    Path nowhere = dir.resolve("missing").resolve("plans.html");
    RcmCliTest.Run run = rcm("plan", "--html", nowhere.toString(), plans().toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cannot write").contains(nowhere.toString());
  }
}
