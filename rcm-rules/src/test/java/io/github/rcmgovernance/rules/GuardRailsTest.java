package io.github.rcmgovernance.rules;

import static io.github.rcmgovernance.rules.Fixtures.decision;
import static io.github.rcmgovernance.rules.Fixtures.history;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.text.InvalidValueException;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What {@code validate} does when it cannot reach a verdict: every failure of a rule is one typed
 * exception naming the act and the rule, with no class of the engine in its message; a time limit
 * stops callers from waiting on a looping rule; custom rules report only under their own ids.
 */
class GuardRailsTest {
  /** A custom rule on decisions whose consequence is the given Java statement. */
  private static String rule(String id, String condition, String consequence) {
    return """
        package com.example.rules;

        import io.github.rcmgovernance.model.act.Decision;
        import io.github.rcmgovernance.rules.Findings;
        import io.github.rcmgovernance.rules.Target;

        global Findings findings;

        function int deeper(int n) { return deeper(n + 1) + 1; }

        rule "%1$s"
          @ruleId("%1$s") @severity("WARNING") @cite("house rules 9")
          @appliesTo("Decision") @description("A rule that misbehaves.")
        when
          $d : Decision( %2$s )
        then
          %3$s
        end
        """
        .formatted(id, condition, consequence);
  }

  private static Validator with(String drl) {
    return Validator.builder().addRules("house.drl", drl).build();
  }

  private static void assertNamesActAndRuleOnly(ValidationException e, String ruleId) {
    assertThat(e.actId()).isEqualTo("DEC-2024-1");
    assertThat(e.getMessage()).contains("DEC-2024-1");
    assertThat(e.ruleId()).contains(ruleId);
    assertThat(e.getMessage())
        .contains(ruleId)
        .doesNotContain("org.drools", "org.kie", "Lambda", "ConsequenceException");
  }

  @Test
  @Tag(CompilesDrl.TAG)
  void aRuleThatThrowsGivesAValidationExceptionNamingTheActAndTheRule() {
    Validator validator =
        with(rule("ACME-THROW-1", "", "throw new IllegalStateException(\"boom\");"));

    assertThatThrownBy(() -> validator.validate(decision(), history()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertNamesActAndRuleOnly(e, "ACME-THROW-1"))
        .hasMessageContaining("boom")
        .hasRootCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  @Tag(CompilesDrl.TAG)
  void aConditionThatThrowsGivesAValidationExceptionWithoutEngineNames() {
    Validator validator =
        with(rule("ACME-COND-1", "deciders.size() / (deciders.size() - 3) > 0", ""));

    assertThatThrownBy(() -> validator.validate(decision(), history()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.actId()).isEqualTo("DEC-2024-1");
              assertThat(e.getMessage())
                  .contains("DEC-2024-1")
                  .doesNotContain("org.drools", "org.kie", "Lambda");
            });
  }

  @Test
  @Tag(CompilesDrl.TAG)
  void aStackOverflowInARuleIsWrapped() {
    Validator validator = with(rule("ACME-DEEP-1", "", "deeper(0);"));

    assertThatThrownBy(() -> validator.validate(decision(), history()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertNamesActAndRuleOnly(e, "ACME-DEEP-1"))
        .hasMessageContaining("StackOverflowError");
  }

  @Test
  @Tag(CompilesDrl.TAG)
  void aNullMessageIsAValidationExceptionNotANullPointerException() {
    Validator validator =
        with(
            rule(
                "ACME-NULL-1",
                "",
                "findings.report(\"ACME-NULL-1\", Target.document($d.id()), null);"));

    assertThatThrownBy(() -> validator.validate(decision(), history()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertNamesActAndRuleOnly(e, "ACME-NULL-1"))
        .hasMessageContaining("without a message");
  }

  @Test
  @Tag(CompilesDrl.TAG)
  void aCustomRuleCannotReportUnderACatalogueId() {
    Validator validator =
        with(
            rule(
                "ACME-SPOOF-1",
                "",
                "findings.report(\"RCM-DEC-1\", Target.document($d.id()), \"spoofed\");"));

    assertThatThrownBy(() -> validator.validate(decision(), history()))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertNamesActAndRuleOnly(e, "ACME-SPOOF-1"))
        .hasMessageContaining("RCM-DEC-1")
        .hasMessageContaining("not the id of a custom rule");
  }

  @Test
  @Tag(CompilesDrl.TAG)
  void aCustomRulesViolationIsMarkedCustom() {
    Validator validator =
        with(
            rule(
                "ACME-OWN-1",
                "",
                "findings.report(\"ACME-OWN-1\", Target.document($d.id()), \"own\");"));

    Verdict verdict = validator.validate(decision(), history());

    assertThat(verdict.violations())
        .filteredOn(v -> v.ruleId().equals("ACME-OWN-1"))
        .singleElement()
        .satisfies(v -> assertThat(v.custom()).isTrue());
    assertThat(verdict.violations())
        .filteredOn(v -> !v.ruleId().equals("ACME-OWN-1"))
        .allSatisfy(v -> assertThat(v.custom()).isFalse());
  }

  @Test
  @Tag(CompilesDrl.TAG)
  void aLoopingRuleHitsTheTimeLimitAndTheValidatorStaysUsable() {
    Validator validator =
        Validator.builder()
            .addRules("loop.drl", rule("ACME-LOOP-1", "id == \"LOOP\"", "while (true) { }"))
            .timeLimit(Duration.ofMillis(300))
            .build();
    Decision looping = decision().withId("LOOP");

    assertThatThrownBy(() -> validator.validate(looping, history()))
        .isInstanceOfSatisfying(
            ValidationTimeoutException.class,
            e -> {
              assertThat(e.ruleId()).contains("ACME-LOOP-1");
              assertThat(e.actId()).isEqualTo("LOOP");
              assertThat(e.limit()).isEqualTo(Duration.ofMillis(300));
              assertThat(e.getMessage()).contains("LOOP", "ACME-LOOP-1", "300 ms");
            });
    // The next call is judged as usual, and the same as without a limit.
    Verdict next = validator.validate(decision(), history());
    Verdict unlimited =
        Validator.builder()
            .addRules("loop.drl", rule("ACME-LOOP-1", "id == \"LOOP\"", "while (true) { }"))
            .build()
            .validate(decision(), history());
    assertThat(next.violations()).isEqualTo(unlimited.violations());
    assertThat(next.receipt().fingerprint()).isEqualTo(unlimited.receipt().fingerprint());
  }

  @Test
  void theTimeLimitMustBePositive() {
    assertThatThrownBy(() -> Validator.builder().timeLimit(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeLimit");
    assertThatThrownBy(() -> Validator.builder().timeLimit(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void daysOutsideFourDigitYearsAreRefusedByNameNotJudged() {
    assertThatThrownBy(() -> decision().withDate(LocalDate.of(999_999_999, 12, 31)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Decision.date")
        .hasMessageContaining("0001 to 9999");
    assertThatThrownBy(
            () ->
                Validator.standard()
                    .validate(decision(), history(), LocalDate.of(-999_999_999, 1, 1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("asOf");
  }
}
