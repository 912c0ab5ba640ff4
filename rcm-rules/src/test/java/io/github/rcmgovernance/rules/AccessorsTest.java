package io.github.rcmgovernance.rules;

import static io.github.rcmgovernance.rules.Fixtures.AR;
import static io.github.rcmgovernance.rules.Fixtures.IOM;
import static io.github.rcmgovernance.rules.Fixtures.IOM_OFFICE;
import static io.github.rcmgovernance.rules.Fixtures.MX;
import static io.github.rcmgovernance.rules.Fixtures.decision;
import static io.github.rcmgovernance.rules.Fixtures.dm;
import static io.github.rcmgovernance.rules.Fixtures.history;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.charter.MonthWindow;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a validator, a verdict and a situation tell about themselves. */
class AccessorsTest {
  @Test
  void aValidatorTellsItsCharterAndTheRulesSwitchedOff() {
    Charter practice =
        Charter.builder().from(Charter.rcm()).viceMinisterialWindow(MonthWindow.of(11, 12)).build();
    Validator v = Validator.builder().charter(practice).disable("RCM-MTG-10").build();

    assertThat(v.charter()).isEqualTo(practice);
    assertThat(v.disabledRules()).containsExactly("RCM-MTG-10");
    assertThat(Validator.standard().disabledRules()).isEmpty();
    assertThat(Validator.standard().charter()).isEqualTo(Charter.rcm());
  }

  @Test
  void warningsAndErrorsAreTheViolationsOfEachSeverity() {
    Verdict verdict =
        Validator.builder()
            .severity("RCM-DEC-4", Severity.WARNING)
            .build()
            .validate(decision().withDeciders(dm(MX), dm(AR)), history());

    assertThat(verdict.errors()).extracting(Violation::ruleId).containsExactly("RCM-DEC-1");
    assertThat(verdict.warnings()).extracting(Violation::ruleId).containsExactly("RCM-DEC-4");
    assertThat(verdict.isValid()).isFalse();
    assertThat(verdict.toString()).startsWith("Verdict{DEC-2024-1, invalid, [");
  }

  @Test
  void aSituationTellsObserversFromMembersAndTheConferencesOwnBodies() {
    Situation s = new Situation(Charter.rcm(), history(), LocalDate.of(2024, 6, 1));

    assertThat(s.isObserver(Actor.of(AR))).isTrue();
    assertThat(s.isObserver(Actor.of(MX))).isFalse();
    assertThat(s.isObserver(Actor.of(Body.GRCM))).isFalse();
    // IOM's Regional Office speaks for IOM, an observer organisation.
    assertThat(s.isObserver(IOM)).isTrue();
    assertThat(s.isObserver(IOM_OFFICE)).isTrue();
    assertThat(s.isMember(Actor.of(MX))).isTrue();
    assertThat(s.isMember(Actor.of(AR))).isFalse();
  }
}
