package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.json.ModelInputException;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.rules.oracle.CleanRoomOracle;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Fuzzing {@code validate} (Jazzer): every act that parses, with the history beside it, gets a
 * verdict without failing, the verdict renders in English and Spanish, and its findings are the
 * clean-room oracle's. The input is a JSON object {@code {"act": ..., "history": ...}}, the shape
 * of a scenario file (other fields are ignored).
 *
 * <p>In the ordinary build this runs the committed inputs under {@code ValidateFuzzTestInputs/} as
 * regression tests; {@code JAZZER_FUZZ=1} makes it a fuzzing campaign (see docs/testing.md).
 */
class ValidateFuzzTest {
  private static final RcmJson JSON = RcmJson.standard();
  private static final CleanRoomOracle ORACLE = new CleanRoomOracle(Charter.rcm());

  @FuzzTest(maxDuration = "30m")
  void everyActThatParsesGetsTheOraclesVerdict(byte[] data) {
    Act act;
    History history;
    try {
      JsonNode tree = JSON.mapper().readTree(data);
      if (tree == null || !tree.isObject() || !tree.has("act")) {
        return;
      }
      act = JSON.read(tree.get("act"), Act.class, "$.act");
      history =
          tree.has("history")
              ? JSON.read(tree.get("history"), History.class, "$.history")
              : History.empty();
    } catch (IOException | ModelInputException e) {
      return; // the JSON reader's own fuzz test covers what it refuses
    }
    Verdict verdict = Validator.standard().validate(act, history);

    assertThat(verdict.actId()).isEqualTo(act.id());
    assertThat(verdict.render(Locale.ENGLISH)).isNotBlank();
    assertThat(verdict.render(Locale.forLanguageTag("es"))).isNotBlank();
    Set<String> oracle = new TreeSet<>();
    ORACLE
        .findings(act, history, act.date())
        .forEach(f -> oracle.add(f.ruleId() + " " + f.target()));
    assertThat(DifferentialTest.droolsFindings(verdict)).isEqualTo(oracle);
  }
}
