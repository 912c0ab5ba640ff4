package io.github.rcmgovernance.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.history.History;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzzing the JSON reader (Jazzer): whatever the bytes, reading an act, a history or a charter
 * either gives a value, which writes and reads back equal, or fails with {@link
 * ModelInputException} naming a path and a reason; never another exception.
 *
 * <p>In the ordinary build this runs the committed inputs under {@code RcmJsonFuzzTestInputs/} as
 * regression tests; {@code JAZZER_FUZZ=1} makes it a fuzzing campaign (see docs/testing.md).
 */
class RcmJsonFuzzTest {
  private static final RcmJson JSON = RcmJson.standard();

  @FuzzTest(maxDuration = "30m")
  void readsAValueOrRefusesByPath(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    for (Class<?> type : List.of(Act.class, History.class, Charter.class)) {
      Object value;
      try {
        value = JSON.read(text, type);
      } catch (ModelInputException e) {
        assertThat(e.path()).startsWith("$");
        assertThat(e.reason()).isNotBlank();
        continue;
      }
      assertThat(JSON.read(JSON.write(value), type)).isEqualTo(value);
    }
  }
}
