package io.github.rcmgovernance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.examples.scenario.CharterOverlay;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.charter.MonthWindow;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.rules.RuleInfo;
import io.github.rcmgovernance.rules.Severity;
import io.github.rcmgovernance.rules.Validator;
import io.github.rcmgovernance.rules.Verdict;
import io.github.rcmgovernance.rules.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExamplesTest {
  private static Validator house;

  @BeforeAll
  static void buildHouseValidator() {
    house = CustomRuleExample.houseValidator();
  }

  @Test
  void quickStartFindsTheObserverAmongTheDeciders() {
    Verdict verdict = ValidateDecisionExample.validate();

    assertThat(verdict.isValid()).isFalse();
    assertThat(verdict.firedRules()).containsExactly("RCM-DEC-1", "RCM-DEC-4");
    Violation violation = verdict.violations().get(0);
    assertThat(violation.target().key()).isEqualTo("party:AR");
    assertThat(violation.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void aNovemberMeetingIsRejectedByTheBuiltInCharterOnlyBecauseOfItsMonth() {
    DerivedCharterExample.Outcome outcome = DerivedCharterExample.judge();

    assertThat(outcome.builtIn().firedRules()).containsExactly("RCM-MTG-4");
    assertThat(outcome.derived().isValid()).isTrue();
    assertThat(outcome.derived().violations()).isEmpty();
  }

  @Test
  void todaysCharterIsTheShippedPartialCharter() throws IOException {
    String json = Files.readString(BuiltInScenarios.resource("charters/today.json"));
    Charter shipped = CharterOverlay.apply(RcmJson.standard().mapper().readTree(json), "$");

    assertThat(DerivedCharterExample.todayCharter()).isEqualTo(shipped);
    assertThat(shipped.viceMinisterialWindow()).isEqualTo(MonthWindow.of(11, 12));
    assertThat(shipped.statuses()).isEqualTo(Charter.rcm().statuses());
  }

  @Test
  void houseRuleIsRaisedToAnError() {
    assertThat(house.rules())
        .filteredOn(RuleInfo::custom)
        .singleElement()
        .satisfies(
            rule -> {
              assertThat(rule.id()).isEqualTo(CustomRuleExample.RULE_ID);
              assertThat(rule.severity()).isEqualTo(Severity.ERROR);
            });
  }

  @Test
  void lateProposalBreaksTheHouseRule() {
    Verdict late = CustomRuleExample.judge(house, LocalDate.of(2025, 4, 1));

    assertThat(late.isValid()).isFalse();
    assertThat(late.firedRules()).containsExactly(CustomRuleExample.RULE_ID);
    assertThat(late.errors())
        .singleElement()
        .satisfies(v -> assertThat(v.message()).contains("49"));
  }

  @Test
  void earlyProposalIsClean() {
    Verdict early = CustomRuleExample.judge(house, LocalDate.of(2025, 1, 15));

    assertThat(early.isValid()).isTrue();
    assertThat(early.violations()).isEmpty();
    assertThat(early.evaluatedRules()).contains(CustomRuleExample.RULE_ID, "RCM-MTG-4");
  }

  @Test
  void withoutTheHouseRuleTheLateProposalIsValid() {
    assertThat(CustomRuleExample.judge(Validator.standard(), LocalDate.of(2025, 4, 1)).isValid())
        .isTrue();
  }

  @Test
  void mainsPrintTheirVerdicts() {
    assertThat(captureOut(() -> ValidateDecisionExample.main(new String[0])).strip())
        .isEqualTo(
            "RCM-DEC-1 ERROR: decision DEC-2024-7: AR is among the deciders but is an observer on"
                + " May 22, 2024 [GI-2, GI-3]"
                + System.lineSeparator()
                + "RCM-DEC-4 ERROR: decision DEC-2024-7: AR decides, so it sits in the closed"
                + " session, but is an observer on May 22, 2024 [GI-3]");
    assertThat(captureOut(() -> DerivedCharterExample.main(new String[0])))
        .contains("built-in charter: invalid", "RCM-MTG-4", "today's charter: valid");
  }

  private static String captureOut(Runnable program) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      program.run();
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
