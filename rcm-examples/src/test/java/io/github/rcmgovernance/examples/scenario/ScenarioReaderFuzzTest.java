package io.github.rcmgovernance.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Fuzzing the scenario reader (Jazzer): whatever the text, parsing a scenario gives one or fails
 * with {@link ScenarioException} naming the file, a path and a reason that renders in English and
 * Spanish; never another exception.
 *
 * <p>In the ordinary build this runs the committed inputs under {@code
 * ScenarioReaderFuzzTestInputs/} as regression tests; {@code JAZZER_FUZZ=1} makes it a fuzzing
 * campaign (see docs/testing.md).
 */
class ScenarioReaderFuzzTest {
  private static final Path SOURCE = Path.of("target", "fuzz", "scenario.json");

  @FuzzTest(maxDuration = "30m")
  void parsesAScenarioOrRefusesByPath(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    try {
      Scenario scenario = new ScenarioReader().parse(text, SOURCE);
      assertThat(scenario.name()).isNotNull();
    } catch (ScenarioException e) {
      assertThat(e.file()).isEqualTo(SOURCE.toString());
      assertThat(e.path()).startsWith("$");
      assertThat(e.message(Locale.ENGLISH)).isNotBlank();
      assertThat(e.message(Locale.forLanguageTag("es"))).isNotBlank();
    }
  }
}
