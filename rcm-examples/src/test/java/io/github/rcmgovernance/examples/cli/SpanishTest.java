package io.github.rcmgovernance.examples.cli;

import static io.github.rcmgovernance.examples.cli.RcmCliTest.rcm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rcmgovernance.examples.BuiltInScenarios;
import io.github.rcmgovernance.examples.cli.RcmCliTest.Run;
import io.github.rcmgovernance.examples.scenario.Scenario;
import io.github.rcmgovernance.examples.scenario.ScenarioReader;
import io.github.rcmgovernance.examples.scenario.ScenarioResult;
import io.github.rcmgovernance.examples.scenario.ScenarioRunner;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.rules.Fact;
import io.github.rcmgovernance.rules.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --lang es}: every line the tool prints is in Spanish, and it is the same Spanish the
 * library's API gives a Java caller.
 */
class SpanishTest {
  private static final Locale ES = Locale.forLanguageTag("es");

  @TempDir Path dir;

  @Test
  void theBuiltInScenariosReadInSpanishAsTheApiWritesThem() {
    Path builtIn = BuiltInScenarios.directory();
    List<Scenario> scenarios = new ScenarioReader().readAll(List.of(builtIn));
    Run run = rcm("run", "--lang", "es", "--coverage", builtIn.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    String out = run.out();
    assertThat(out)
        .contains(scenarios.size() + " escenarios, " + scenarios.size() + " según lo esperado")
        .contains("cobertura: 36 de 36 reglas activadas (100 %)")
        .contains("  archivo:    ", "  veredicto:  ", "  esperado:   cumplido", "  recibo:     ")
        .contains("REGLA", "GRAVEDAD", "MENSAJE", "CITA", "ACTIVADA EN")
        .doesNotContain("verdict:", "expected:", " fix: ", " at: ", "receipt:")
        .doesNotContain(" as expected", "coverage:", "EVALUATED IN", "needs a decision");
    ScenarioRunner runner = new ScenarioRunner();
    int violations = 0;
    for (ScenarioResult result : runner.runAll(scenarios)) {
      for (Violation v : result.verdict().violations()) {
        violations++;
        assertThat(out).contains(v.message(ES), v.remedy().description(ES));
        for (Fact f : v.facts()) {
          assertThat(out).contains(f.render(ES));
        }
      }
    }
    assertThat(violations).isGreaterThan(70);
  }

  @Test
  void jsonCarriesTheKeyTheArgumentsAndTheSpanishMessage() throws IOException {
    Path file = BuiltInScenarios.directory().resolve("rules").resolve("rcm-dec-1-2-broken.json");
    Run run = rcm("run", "--json", "--lang", "es", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode violation =
        RcmJson.standard()
            .mapper()
            .readTree(run.out())
            .get(0)
            .path("verdict")
            .path("violations")
            .get(0);
    assertThat(violation.path("messageKey").asText()).isEqualTo("RCM-DEC-1.observer");
    assertThat(violation.path("arguments").isArray()).isTrue();
    assertThat(violation.path("arguments").get(1).path("party").asText()).isEqualTo("AR");
    assertThat(violation.path("message").asText())
        .contains("AR", "22 de mayo de 2024", "observador");
    assertThat(violation.path("remedy").path("description").asText()).startsWith("retirar");
    assertThat(violation.path("factLines").get(0).asText()).startsWith("acto /deciders/");
  }

  @Test
  void errorsInTheInputAreReportedInSpanish() throws IOException {
    Files.writeString(dir.resolve("bad.json"), "{\"name\": \"x\", \"act\": {}, \"colour\": 1}");
    Files.writeString(
        dir.resolve("worse.json"), "{\"name\": \"y\", \"act\": {\"type\": \"nope\"}}");

    Run run = rcm("run", "--lang=es", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err())
        .contains("bad.json: $.colour: campo desconocido 'colour'")
        .contains("worse.json: $.act: tipo desconocido 'nope'")
        .doesNotContain("unknown");
  }

  @Test
  void theUsageHelpAndTheUsageErrorsAreInSpanish() {
    Run help = rcm("--lang", "es", "diff", "--help");
    Run twice = rcm("diff", "--lang", "es", "--charter", "rcm", dir.toString());

    assertThat(help.out())
        .contains("Uso: rcm diff", "Códigos de salida:", "la carta incorporada")
        .doesNotContain("Exit codes:", "Usage:");
    assertThat(twice.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(twice.err()).contains("necesita exactamente dos opciones --charter");
  }

  @Test
  void anotherLanguageGetsEnglishWhateverTheJvmSpeaks() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(ES);
      assertThat(RcmCli.locale(new String[0])).isEqualTo(ES);
      assertThat(RcmCli.locale("--lang", "fr")).isEqualTo(Locale.ENGLISH);
      assertThat(RcmCli.locale("run", "--lang=en")).isEqualTo(Locale.ENGLISH);
      assertThat(rcm("--lang", "de", "run", "--help").out()).contains("Usage:", "Exit codes:");
    } finally {
      Locale.setDefault(before);
    }
  }
}
