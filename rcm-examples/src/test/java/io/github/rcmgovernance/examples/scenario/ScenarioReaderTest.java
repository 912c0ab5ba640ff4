package io.github.rcmgovernance.examples.scenario;

import static io.github.rcmgovernance.examples.scenario.ScenarioTexts.VALID;
import static io.github.rcmgovernance.examples.scenario.ScenarioTexts.act;
import static io.github.rcmgovernance.examples.scenario.ScenarioTexts.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.charter.MonthWindow;
import io.github.rcmgovernance.model.history.History;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScenarioReaderTest {
  private static final Path SOURCE = Path.of("scenarios", "x.json");

  private final ScenarioReader reader = new ScenarioReader();

  @Test
  void readsEveryPart() {
    Scenario scenario = reader.parse(VALID, SOURCE);

    assertThat(scenario.name()).isEqualTo("a valid decision");
    assertThat(scenario.description()).startsWith("Members' Deputy Ministers");
    assertThat(scenario.charter()).isEqualTo(Charter.rcm());
    assertThat(scenario.history().presidencyTerms()).hasSize(1);
    assertThat(scenario.act()).isInstanceOf(Decision.class);
    assertThat(scenario.act().id()).isEqualTo("DEC-1");
    assertThat(scenario.asOf()).isEqualTo(LocalDate.of(2025, 5, 21));
    assertThat(scenario.source()).isEqualTo(SOURCE);
    Expectation expectation = scenario.expectation().orElseThrow();
    assertThat(expectation.valid()).contains(true);
    assertThat(expectation.errors()).hasValueSatisfying(ids -> assertThat(ids).isEmpty());
    assertThat(expectation.warnings()).hasValueSatisfying(ids -> assertThat(ids).isEmpty());
  }

  @Test
  void optionalPartsTakeTheirDefaults() {
    Scenario scenario =
        reader.parse(
            valid(
                root -> {
                  root.remove("description");
                  root.remove("history");
                  root.remove("expect");
                }),
            SOURCE);

    assertThat(scenario.description()).isEmpty();
    assertThat(scenario.charter()).isEqualTo(Charter.rcm());
    assertThat(scenario.history()).isEqualTo(History.empty());
    assertThat(scenario.asOf()).isEqualTo(scenario.act().date());
    assertThat(scenario.expectation()).isEmpty();
  }

  @Test
  void asOfAndPartialExpectationAreRead() {
    Scenario scenario =
        reader.parse(
            valid(
                root -> {
                  root.put("asOf", "2024-05-22");
                  root.putObject("expect").putArray("errors").add("RCM-DEC-1").add("RCM-DEC-3");
                }),
            SOURCE);

    assertThat(scenario.asOf()).isEqualTo(LocalDate.of(2024, 5, 22));
    Expectation expectation = scenario.expectation().orElseThrow();
    assertThat(expectation.valid()).isEmpty();
    assertThat(expectation.errors())
        .hasValueSatisfying(ids -> assertThat(ids).containsExactly("RCM-DEC-1", "RCM-DEC-3"));
    assertThat(expectation.warnings()).isEmpty();
  }

  @Test
  void partialCharterReplacesOnlyTheFieldsItGives() {
    Scenario scenario =
        reader.parse(
            valid(
                root -> {
                  ObjectNode window = root.putObject("charter").putObject("viceMinisterialWindow");
                  window.put("fromMonth", 11).put("toMonth", 12);
                }),
            SOURCE);

    Charter expected =
        Charter.builder().from(Charter.rcm()).viceMinisterialWindow(MonthWindow.of(11, 12)).build();
    assertThat(scenario.charter()).isEqualTo(expected);
    assertThat(scenario.charter().statuses()).isEqualTo(Charter.rcm().statuses());
  }

  @Test
  void emptyCharterObjectIsTheBuiltInCharter() {
    Scenario scenario = reader.parse(valid(root -> root.putObject("charter")), SOURCE);

    assertThat(scenario.charter()).isEqualTo(Charter.rcm());
  }

  static Stream<Arguments> badScenarios() {
    return Stream.of(
        bad("unknown top-level field", r -> r.put("extra", 1), "$.extra", "unknown field 'extra'"),
        bad("unknown act field", r -> act(r).put("foo", 1), "$.act.foo", "unknown field 'foo'"),
        bad(
            "bad ISO code",
            r -> ((ObjectNode) act(r).withArray("deciders").get(1)).put("party", "XX"),
            "$.act.deciders[1].party",
            "party code: XX is not an ISO 3166-1 alpha-2 code of a State"),
        bad(
            "bad enum constant",
            r -> ((ObjectNode) act(r).withArray("deciders").get(0)).put("level", "KING"),
            "$.act.deciders[0].level",
            "KING"),
        bad("missing act", r -> r.remove("act"), "$", "missing required field 'act'"),
        bad("null act", r -> r.putNull("act"), "$.act", "must be a JSON object"),
        bad("act without type", r -> act(r).remove("type"), "$.act", "\"type\""),
        bad("unknown act type", r -> act(r).put("type", "edict"), "$.act", "unknown type 'edict'"),
        bad("act without date", r -> act(r).remove("date"), "$.act", "date"),
        bad("missing name", r -> r.remove("name"), "$", "missing required field 'name'"),
        bad("blank name", r -> r.put("name", " "), "$.name", "blank"),
        bad("name not a string", r -> r.put("name", 7), "$.name", "must be a string"),
        bad("description not a string", r -> r.putArray("description"), "$.description", "string"),
        bad(
            "unknown history field",
            r -> ((ObjectNode) r.get("history")).put("minutes", "x"),
            "$.history.minutes",
            "unknown field 'minutes'"),
        bad(
            "history term ending before it starts",
            r ->
                ((ObjectNode) r.get("history").get("presidencyTerms").get(0))
                    .put("end", "2024-12-31"),
            "$.history.presidencyTerms[0]",
            "must not be before"),
        bad("history not an object", r -> r.putArray("history"), "$.history", "JSON object"),
        bad(
            "unknown charter field",
            r -> r.putObject("charter").put("motto", "x"),
            "$.charter.motto",
            "unknown field 'motto'"),
        bad(
            "impossible charter window",
            r ->
                r.putObject("charter")
                    .putObject("viceMinisterialWindow")
                    .put("fromMonth", 13)
                    .put("toMonth", 12),
            "$.charter.viceMinisterialWindow",
            "fromMonth"),
        bad("charter not an object", r -> r.put("charter", "today"), "$.charter", "JSON object"),
        bad("bad asOf", r -> r.put("asOf", "2024-13-01"), "$.asOf", "invalid date '2024-13-01'"),
        bad("asOf not a string", r -> r.put("asOf", 20240522), "$.asOf", "date string"),
        bad(
            "unknown expect field",
            r -> ((ObjectNode) r.get("expect")).put("fired", true),
            "$.expect.fired",
            "unknown field 'fired'"),
        bad(
            "expect valid not a boolean",
            r -> ((ObjectNode) r.get("expect")).put("valid", "yes"),
            "$.expect.valid",
            "true or false"),
        bad(
            "expect errors not an array",
            r -> ((ObjectNode) r.get("expect")).put("errors", "x"),
            "$.expect.errors",
            "array"),
        bad(
            "expect warnings with a number",
            r -> ((ObjectNode) r.get("expect")).putArray("warnings").add("RCM-DEL-1").add(3),
            "$.expect.warnings[1]",
            "rule id"),
        bad("expect not an object", r -> r.put("expect", true), "$.expect", "JSON object"));
  }

  private static Arguments bad(
      String what, Consumer<ObjectNode> change, String path, String reasonFragment) {
    return Arguments.of(what, valid(change), path, reasonFragment);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badScenarios")
  void badInputNamesFilePathAndReason(String what, String json, String path, String reason) {
    ScenarioException e =
        catchThrowableOfType(ScenarioException.class, () -> reader.parse(json, SOURCE));

    assertThat(e).as(what).isNotNull();
    assertThat(e.file()).isEqualTo(SOURCE.toString());
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.reason()).contains(reason);
    assertThat(e.getMessage()).isEqualTo(SOURCE + ": " + path + ": " + e.reason());
  }

  static Stream<Arguments> unparsableTexts() {
    return Stream.of(
        Arguments.of("truncated", "{\"name\": \"x\",\n \"act\": {", "malformed JSON"),
        Arguments.of(
            "duplicate key", "{\"name\": \"x\", \"name\": \"y\"}", "Duplicate field 'name'"),
        Arguments.of("trailing content", "{\"name\": \"x\"} {}", "unexpected content"),
        Arguments.of("empty file", "", "no JSON value"),
        Arguments.of("top-level array", "[]", "must be a JSON object but was an array"),
        Arguments.of("top-level string", "\"x\"", "must be a JSON object but was a string"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unparsableTexts")
  void unparsableTextIsReportedAtTheRoot(String what, String text, String reason) {
    ScenarioException e =
        catchThrowableOfType(ScenarioException.class, () -> reader.parse(text, SOURCE));

    assertThat(e).as(what).isNotNull();
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.reason()).contains(reason).doesNotContain("REDACTED");
  }

  @Test
  void indexesAreFoundInNestedLists() {
    String json =
        valid(
            root -> {
              ArrayNode meetings = ((ObjectNode) root.get("history")).putArray("meetings");
              meetings.add(meeting("MT-2024", "MX"));
              ObjectNode second = meeting("MT-2023", "PA");
              second.withArray("attendees").add(attendee("PA")).add(attendee("QQ"));
              meetings.add(second);
              ObjectNode third = meeting("MT-2022", "CR");
              third.withArray("attendees").add(attendee("QQ"));
              meetings.add(third);
            });

    ScenarioException e =
        catchThrowableOfType(ScenarioException.class, () -> reader.parse(json, SOURCE));

    assertThat(e.path()).isEqualTo("$.history.meetings[1].attendees[1].party");
    assertThat(e.reason()).contains("QQ");
  }

  private static ObjectNode meeting(String id, String host) {
    ObjectNode meeting = new ObjectNode(JsonNodeFactory.instance);
    String year = id.substring(3);
    return meeting
        .put("id", id)
        .put("kind", "GRCM_MID_TERM")
        .put("start", year + "-11-13")
        .put("end", year + "-11-14")
        .put("host", host);
  }

  private static ObjectNode attendee(String party) {
    return new ObjectNode(JsonNodeFactory.instance)
        .put("party", party)
        .put("level", "OFFICIAL")
        .put("service", "IMMIGRATION");
  }

  @Test
  void missingFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");

    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> reader.read(missing));

    assertThat(e.file()).isEqualTo(missing.toString());
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.reason()).isEqualTo("no such file or directory");
  }

  @Test
  void nonUtf8FileIsRejected(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.json");
    Files.write(file, "{\"name\": \"Panam\u00e1\"}".getBytes(StandardCharsets.ISO_8859_1));

    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> reader.read(file));

    assertThat(e.reason()).isEqualTo("not UTF-8 text");
  }

  @Test
  void directoriesAreReadRecursivelyInPathOrderSkippingSchemas(@TempDir Path dir)
      throws IOException {
    write(dir.resolve("b/2.json"), valid(r -> r.put("name", "b2")));
    write(dir.resolve("a/1.json"), valid(r -> r.put("name", "a1")));
    write(dir.resolve("a/0-first.json"), valid(r -> r.put("name", "a0")));
    write(dir.resolve("scenario.schema.json"), "{\"type\": \"object\"}");
    write(dir.resolve("notes.txt"), "not a scenario");

    List<Scenario> scenarios = reader.readAll(dir);

    assertThat(scenarios).extracting(Scenario::name).containsExactly("a0", "a1", "b2");
    assertThat(scenarios.get(1).source()).isEqualTo(dir.resolve("a/1.json"));
    assertThat(ScenarioReader.files(dir)).hasSize(3);
  }

  @Test
  void severalPathsAreReadInTheOrderGiven(@TempDir Path dir) throws IOException {
    write(dir.resolve("z.json"), valid(r -> r.put("name", "z")));
    write(dir.resolve("sub/a.json"), valid(r -> r.put("name", "a")));

    List<Scenario> scenarios = reader.readAll(List.of(dir.resolve("z.json"), dir.resolve("sub")));

    assertThat(scenarios).extracting(Scenario::name).containsExactly("z", "a");
  }

  @Test
  void oneBadFileFailsTheWholeDirectory(@TempDir Path dir) throws IOException {
    write(dir.resolve("1.json"), VALID);
    write(dir.resolve("2.json"), valid(r -> r.remove("act")));

    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> reader.readAll(dir));

    assertThat(e.file()).isEqualTo(dir.resolve("2.json").toString());
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
