package io.github.rcmgovernance.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rcmgovernance.examples.BuiltInScenarios;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.charter.MonthWindow;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CharterReaderTest {
  private static final Path SOURCE = Path.of("charters", "x.json");

  private final CharterReader reader = new CharterReader();

  @Test
  void theSourceTextCharterIsTheBuiltInOne() {
    assertThat(reader.read(BuiltInScenarios.resource("charters/source-text.json")))
        .isEqualTo(Charter.rcm());
  }

  @Test
  void todaysCharterMovesTheWindows() {
    Charter today = reader.read(BuiltInScenarios.resource("charters/today.json"));

    assertThat(today.viceMinisterialWindow()).isEqualTo(MonthWindow.of(11, 12));
    assertThat(today.midTermWindow()).isEqualTo(MonthWindow.of(10, 12));
    assertThat(today.statuses()).isEqualTo(Charter.rcm().statuses());
  }

  static Stream<Arguments> badCharters() {
    return Stream.of(
        Arguments.of(
            "{\"viceMinisterialWindow\": {\"fromMonth\": 13, \"toMonth\": 12}}",
            "$.viceMinisterialWindow",
            "fromMonth must be in 1..12 but was 13"),
        Arguments.of("{\"colour\": 1}", "$.colour", "unknown field 'colour'"),
        Arguments.of("[]", "$", "a charter must be a JSON object but was an array"),
        Arguments.of("{\"viceMinisterialWindow\": {", "$", "malformed JSON"),
        Arguments.of("", "$", "the file holds no JSON value"),
        Arguments.of(
            "{\"statuses\": [{\"party\": \"XX\"}]}",
            "$.statuses[0].party",
            "XX is not an ISO 3166-1 alpha-2 code"));
  }

  @ParameterizedTest(name = "{1}: {2}")
  @MethodSource("badCharters")
  void aBadCharterNamesFilePathAndReason(String json, String path, String reason) {
    ScenarioException e =
        catchThrowableOfType(ScenarioException.class, () -> reader.parse(json, SOURCE));

    assertThat(e.file()).isEqualTo(SOURCE.toString());
    assertThat(e.path()).isEqualTo(path);
    assertThat(e.reason()).contains(reason);
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere.json");

    ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> reader.read(missing));

    assertThat(e.getMessage()).isEqualTo(missing + ": $: no such file or directory");
  }
}
