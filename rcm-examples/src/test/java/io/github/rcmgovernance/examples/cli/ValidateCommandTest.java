package io.github.rcmgovernance.examples.cli;

import static io.github.rcmgovernance.examples.cli.RcmCliTest.rcm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.rcmgovernance.examples.BuiltInScenarios;
import io.github.rcmgovernance.examples.ValidateDecisionExample;
import io.github.rcmgovernance.examples.cli.RcmCliTest.Run;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.model.party.Party;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rcm validate}: one act from its own file, with a history and a charter when given. */
class ValidateCommandTest {
  private static final Path RULES = BuiltInScenarios.directory().resolve("rules");
  private static final Path ACT = RULES.resolve("parts/recommendation.act.json");
  private static final Path HISTORY = RULES.resolve("parts/fixture.history.json");
  private static final Pattern RECEIPT = Pattern.compile("receipt:\\s+([0-9a-f]{64})");

  @TempDir Path dir;

  private static String receipt(String out) {
    Matcher m = RECEIPT.matcher(out);
    assertThat(m.find()).as(out).isTrue();
    return m.group(1);
  }

  @Test
  void aValidActExitsWithZeroAndGivesTheVerdictOfTheSameScenario() {
    Run run = rcm("validate", ACT.toString(), "--history", HISTORY.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.lines().get(0)).isEqualTo("REC-4");
    assertThat(run.out()).contains(ACT.toString(), "VALID (0 errors", "violations: none");
    // The scenario made of the same two parts gets the same verdict, receipt and all.
    Run scenario = rcm("run", RULES.resolve("rcm-grc-4-kept.json").toString());
    assertThat(scenario.exitCode()).isZero();
    assertThat(receipt(run.out())).isEqualTo(receipt(scenario.out()));
  }

  @Test
  void anInvalidActExitsWithOneAndNamesTheRulesItBreaks() throws IOException {
    // Argentina, an observer, among the deciders: RCM-DEC-1 and RCM-DEC-4.
    Decision decision = ValidateDecisionExample.decision();
    Path file =
        Files.writeString(dir.resolve("decision.act.json"), RcmJson.standard().write(decision));

    Run run = rcm("validate", file.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out()).contains("DEC-2024-7", "INVALID (2 errors", "RCM-DEC-1", "RCM-DEC-4");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void jsonModePrintsOneVerdictObject() throws IOException {
    Run run = rcm("validate", "--json", ACT.toString(), "--history", HISTORY.toString());

    assertThat(run.exitCode()).isZero();
    JsonNode verdict = RcmJson.standard().mapper().readTree(run.out());
    assertThat(verdict.isObject()).isTrue();
    assertThat(verdict.get("actId").asText()).isEqualTo("REC-4");
    assertThat(verdict.get("valid").asBoolean()).isTrue();
    assertThat(verdict.get("violations").isEmpty()).isTrue();
  }

  @Test
  void aCharterFileIsLaidOverTheBuiltInOne() throws IOException {
    // Three Members decide and one objects: no consensus (RCM-DEC-7), but no majority against.
    Decision objected =
        ValidateDecisionExample.decision()
            .withDeciders(
                Delegation.deputyMinister(Party.state("MX")),
                Delegation.deputyMinister(Party.state("GT")),
                Delegation.deputyMinister(Party.state("HN")))
            .withObjections(Party.state("MX"));
    Path act =
        Files.writeString(dir.resolve("objected.act.json"), RcmJson.standard().write(objected));
    Path majority =
        Files.writeString(dir.resolve("majority.json"), "{\"decisionRule\": \"MAJORITY\"}");

    Run builtIn = rcm("validate", act.toString(), "--charter", "rcm");
    Run byMajority = rcm("validate", act.toString(), "--charter", majority.toString());
    Run byDefault = rcm("validate", act.toString());

    assertThat(builtIn.exitCode()).as(builtIn.out()).isEqualTo(1);
    assertThat(builtIn.out()).contains("RCM-DEC-7");
    assertThat(byMajority.exitCode()).as(byMajority.out() + byMajority.err()).isZero();
    assertThat(byMajority.out()).doesNotContain("RCM-DEC-7");
    assertThat(byDefault.out()).isEqualTo(builtIn.out());
  }

  @Test
  void badInputExitsWithTwoNamingTheFileAndPath() throws IOException {
    Path notAnObject = Files.writeString(dir.resolve("list.act.json"), "[1]");
    Path unknownField =
        Files.writeString(
            dir.resolve("extra.act.json"),
            Files.readString(ACT).replaceFirst("\\{", "{ \"colour\": \"red\","));
    Path missing = dir.resolve("nowhere.json");

    Run list = rcm("validate", notAnObject.toString());
    Run extra = rcm("validate", unknownField.toString());
    Run none = rcm("validate", ACT.toString(), "--history", missing.toString());

    assertThat(list.exitCode()).isEqualTo(2);
    assertThat(list.err()).contains(notAnObject + ": $: an act must be a JSON object but was");
    assertThat(extra.exitCode()).isEqualTo(2);
    assertThat(extra.err()).contains(unknownField + ": $.colour");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains(missing + ": $: no such file or directory");
    for (Run run : new Run[] {list, extra, none}) {
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }
  }

  @Test
  void helpAndSpanishHelpDescribeTheCommand() {
    assertThat(rcm("validate", "--help").out())
        .contains("Usage: rcm validate", "ACT", "--history", "--charter", "Exit codes:");
    assertThat(rcm("--lang", "es", "validate", "--help").out())
        .contains("Uso: rcm validate", "Códigos de salida:");
    assertThat(rcm("--help").out()).contains("validate");
  }

  @Test
  void theCompletionCommandSpeaksTheToolsLanguageAndVersion() {
    assertThat(rcm("generate-completion", "--version").out().strip())
        .isEqualTo("rcm " + System.getProperty("rcm.project.version"));
    assertThat(rcm("--lang", "es", "generate-completion", "--help").out())
        .contains(
            "Uso: rcm generate-completion", "Opciones:", "El idioma de todo lo que se imprime")
        .doesNotContain("Options:");
  }

  @Test
  void theCompletionScriptCompletesEveryCommand() {
    Run run = rcm("generate-completion");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("complete -F")
        .contains("run", "diff", "validate", "--charter", "--history", "--json", "--lang");
  }
}
