package io.github.rcmgovernance.examples.cli;

import static io.github.rcmgovernance.examples.scenario.ScenarioTexts.VALID;
import static io.github.rcmgovernance.examples.scenario.ScenarioTexts.act;
import static io.github.rcmgovernance.examples.scenario.ScenarioTexts.valid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rcmgovernance.examples.BuiltInScenarios;
import io.github.rcmgovernance.examples.scenario.ScenarioReader;
import io.github.rcmgovernance.model.json.RcmJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RcmCliTest {
  private static final Pattern SUMMARY = Pattern.compile("(\\d+) scenarios?, (\\d+) as expected");

  @TempDir Path dir;

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }

    String lastLine() {
      List<String> lines = lines();
      return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
  }

  static Run rcm(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = RcmCli.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void builtInScenariosAllMeetTheirExpectations() {
    Path builtIn = BuiltInScenarios.directory();
    int count = ScenarioReader.files(builtIn).size();

    Run run = rcm("run", builtIn.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.lastLine()).isEqualTo(count + " scenarios, " + count + " as expected");
    assertThat(run.err()).doesNotContain("rcm:");
    assertThat(run.out())
        .contains("VALID", "INVALID", "expected: met", "RCM-MTG-4", "GR-2")
        .doesNotContain("NOT MET");
  }

  @Test
  void textReportShowsRemediesFactsAndReceipt() {
    Path scenario = BuiltInScenarios.directory().resolve("rules").resolve("rcm-dec-3-broken.json");
    Run run = rcm("run", scenario.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("RCM-DEC-3 fix: have CR decide through its Deputy Minister")
        .contains("at: act /deciders/1/level = official")
        .containsPattern("receipt: +[0-9a-f]{64}");
  }

  @Test
  void tableShowsRuleSeverityMessageAndCite() throws IOException {
    Path file =
        write(
            "observer.json",
            valid(
                r -> {
                  ((ObjectNode) act(r).withArray("deciders").get(1)).put("party", "AR");
                  ObjectNode expect = r.putObject("expect");
                  expect.put("valid", false);
                  expect.putArray("errors").add("RCM-DEC-1").add("RCM-DEC-4");
                }));

    Run run = rcm("run", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("a valid decision", file.toString(), "INVALID (2 errors, 0 warnings)")
        .contains("expected: met");
    String header =
        run.lines().stream().filter(l -> l.contains("RULE")).findFirst().orElseThrow().strip();
    assertThat(header).matches("RULE\\s+SEVERITY\\s+MESSAGE\\s+CITE");
    String row =
        run.lines().stream().filter(l -> l.contains("RCM-DEC-1")).findFirst().orElseThrow();
    assertThat(row).contains("ERROR", "AR", "GI-");
    assertThat(run.lastLine()).isEqualTo("1 scenario, 1 as expected");
  }

  @Test
  void wrongExpectationExitsWithOne() throws IOException {
    write("a-good.json", VALID);
    write("b-wrong.json", valid(r -> r.putObject("expect").putArray("errors").add("RCM-DEC-1")));

    Run run = rcm("run", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("NOT MET", "missing [RCM-DEC-1]");
    assertThat(run.lastLine()).isEqualTo("2 scenarios, 1 as expected");
  }

  @Test
  void invalidActWithoutExpectationExitsWithOne() throws IOException {
    Path file =
        write(
            "no-expect.json",
            valid(
                r -> {
                  r.remove("expect");
                  act(r).put("sessionClosed", false);
                }));

    Run run = rcm("run", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("RCM-DEC-4", "no expectation is given");
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        Arguments.of("unknown field", valid(r -> r.put("extra", true)), "$.extra"),
        Arguments.of(
            "bad ISO code",
            valid(r -> ((ObjectNode) act(r).withArray("deciders").get(0)).put("party", "XX")),
            "$.act.deciders[0].party: party code: XX is not an ISO 3166-1 alpha-2 code"),
        Arguments.of("malformed JSON", "{\"name\": \"broken\", \"act\": {", "$: malformed JSON"),
        Arguments.of(
            "missing act",
            valid(r -> r.remove("act")),
            "$: missing required field 'act' (or 'actFile')"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputExitsWithTwoNamingFileAndPath(String what, String json, String expected)
      throws IOException {
    Path file = write("bad.json", json);

    Run run = rcm("run", file.toString());

    assertThat(run.exitCode()).as(what).isEqualTo(2);
    assertThat(run.err()).contains(file + ": " + expected).doesNotContain("Exception", "\tat ");
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void badInputInJsonModeAlsoExitsWithTwo() throws IOException {
    write("1-good.json", VALID);
    Path bad = write("2-bad.json", valid(r -> act(r).put("kind", "DECLARATION")));

    Run run = rcm("run", "--json", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(bad + ": $.act.kind: unknown field 'kind'");
    // The good file is still judged and printed.
    assertThat(RcmJson.standard().mapper().readTree(run.out()).size()).isEqualTo(1);
  }

  @Test
  void oneBadFileHidesNoOtherResult() throws IOException {
    write("1-good.json", VALID);
    Path bad = write("2-bad.json", "{ not json");
    write("3-also-good.json", valid(r -> r.put("name", "the third")));

    Run run = rcm("run", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).singleElement().asString().startsWith("rcm: " + bad + ": $:");
    assertThat(run.out()).contains("a valid decision", "the third");
    assertThat(run.lastLine()).isEqualTo("2 scenarios, 2 as expected");
  }

  @Test
  void missingPathExitsWithTwo() {
    Path missing = dir.resolve("nowhere.json");

    Run run = rcm("run", missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(missing + ": $: no such file or directory");
  }

  @Test
  void jsonOutputIsOneJsonArray() throws IOException {
    Path builtIn = BuiltInScenarios.directory();
    int count = ScenarioReader.files(builtIn).size();

    Run run = rcm("run", "--json", builtIn.toString());

    assertThat(run.exitCode()).isZero();
    JsonNode results = RcmJson.standard().mapper().readTree(run.out());
    assertThat(results.isArray()).isTrue();
    assertThat(results.size()).isEqualTo(count);
    for (JsonNode result : results) {
      assertThat(result.path("file").asText()).endsWith(".json");
      assertThat(result.path("name").asText()).isNotBlank();
      assertThat(result.path("verdict").path("valid").isBoolean()).isTrue();
      assertThat(result.path("verdict").path("violations").isArray()).isTrue();
      assertThat(result.path("verdict").path("actId").asText()).isNotBlank();
      assertThat(result.path("expectationMet").booleanValue()).isTrue();
      assertThat(result.path("mismatches").isArray()).isTrue();
      assertThat(result.path("mismatches").size()).isZero();
    }
  }

  @Test
  void jsonOutputCarriesMismatches() throws IOException {
    Path file = write("wrong.json", valid(r -> r.putObject("expect").put("valid", false)));

    Run run = rcm("run", "--json", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode result = RcmJson.standard().mapper().readTree(run.out()).get(0);
    assertThat(result.path("file").asText()).isEqualTo(file.toString());
    assertThat(result.path("expectationMet").booleanValue()).isFalse();
    assertThat(result.path("mismatches").get(0).asText()).contains("INVALID", "VALID");
  }

  @Test
  void helpListsTheExitCodes() {
    for (String[] args : List.of(new String[] {"--help"}, new String[] {"run", "--help"})) {
      Run run = rcm(args);

      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).contains("Exit codes:");
      for (String code : List.of("0", "1", "2")) {
        assertThat(run.out()).containsPattern("(?m)^\\s+" + code + "\\s+\\S");
      }
      assertThat(run.out()).contains("did not meet its expectation", "unreadable or invalid input");
    }
  }

  @Test
  void runHelpShowsUsage() {
    Run run = rcm("run", "--help");

    assertThat(run.out()).contains("Usage: rcm run", "--json", "FILE|DIR");
  }

  @Test
  void versionIsPrinted() {
    Run run = rcm("--version");

    assertThat(run.exitCode()).isZero();
    // The build passes its own version to the tests: the CLI must print the one it was built as.
    String built = System.getProperty("rcm.project.version");
    assertThat(built).isNotBlank();
    assertThat(run.out().strip()).isEqualTo("rcm " + built);
    assertThat(rcm("run", "--version").out().strip()).isEqualTo("rcm " + built);
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(rcm().exitCode()).isEqualTo(2);
    assertThat(rcm("run").exitCode()).isEqualTo(2);
    Run unknown = rcm("run", "--colour", "x.json");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("--colour");
    assertThat(unknown.out()).isEmpty();
  }

  @Test
  void summaryCountsMatch() throws IOException {
    write("one.json", VALID);

    Matcher m = SUMMARY.matcher(rcm("run", dir.toString()).lastLine());

    assertThat(m.matches()).isTrue();
    assertThat(m.group(1)).isEqualTo("1");
    assertThat(m.group(2)).isEqualTo("1");
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }
}
