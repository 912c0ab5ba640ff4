package io.github.rcmgovernance.rules;

import static io.github.rcmgovernance.rules.Fixtures.decision;
import static io.github.rcmgovernance.rules.Fixtures.history;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class CustomRulesTest {
  static final String SMALL_DECISIONS =
      """
      package com.example.rules;

      import io.github.rcmgovernance.model.act.Decision;
      import io.github.rcmgovernance.rules.Findings;
      import io.github.rcmgovernance.rules.Situation;
      import io.github.rcmgovernance.rules.Target;

      global Findings findings;

      // A house rule: a decision needs at least four deciding delegations.
      rule "ACME-QUORUM-1"
        @ruleId("ACME-QUORUM-1") @severity("WARNING") @cite("house rules 4.2")
        @appliesTo("Decision") @description("A decision has at least four deciders.")
      when
        $s : Situation()
        $d : Decision( deciders.size() < 4 )
      then
        findings.report("ACME-QUORUM-1", Target.document($d.id()), "decision " + $d.id() + " has only "
            + $d.deciders().size() + " deciders on " + $s.asOf());
      end
      """;

  @Test
  @Tag(CompilesDrl.TAG)
  void customRuleSeesTheSameFactsAndReportsThroughTheVerdict() {
    Validator validator = Validator.builder().addRules("quorum.drl", SMALL_DECISIONS).build();
    Verdict verdict = validator.validate(decision(), history());
    assertThat(verdict.firedRules()).containsExactly("ACME-QUORUM-1");
    Violation v = verdict.violations().get(0);
    assertThat(v.severity()).isEqualTo(Severity.WARNING);
    assertThat(v.cite()).isEqualTo("house rules 4.2");
    assertThat(v.message()).contains("DEC-2024-1", "only 3 deciders", "2024-05-22");
    assertThat(verdict.isValid()).isTrue();
    assertThat(verdict.evaluatedRules()).contains("ACME-QUORUM-1", "RCM-DEC-1");
    assertThat(validator.rules())
        .filteredOn(RuleInfo::custom)
        .extracting(RuleInfo::id)
        .containsExactly("ACME-QUORUM-1");
  }

  @Test
  @Tag(CompilesDrl.TAG)
  void aRuleThatFiresOutsideItsAppliesToIsCaught() {
    String misdeclared =
        """
        package com.example.rules;

        import io.github.rcmgovernance.model.act.Act;
        import io.github.rcmgovernance.rules.Findings;
        import io.github.rcmgovernance.rules.Target;

        global Findings findings;

        rule "ACME-ANY-1"
          @ruleId("ACME-ANY-1") @severity("WARNING") @cite("house rules 1")
          @appliesTo("Document") @description("Declared for documents, written for every act.")
        when
          $a : Act()
        then
          findings.report("ACME-ANY-1", Target.document($a.id()), "act " + $a.id());
        end
        """;
    Validator validator = Validator.builder().addRules("any.drl", misdeclared).build();
    Verdict onDocument = validator.validate(Fixtures.declaration(), history());
    Verdict onDecision = validator.validate(decision(), history());

    assertThat(onDocument.firedRules()).containsExactly("ACME-ANY-1");
    assertThat(
            InvariantProperties.firedOutsideAppliesTo(
                validator, Fixtures.declaration(), onDocument))
        .isEmpty();
    assertThat(onDecision.firedRules()).contains("ACME-ANY-1");
    assertThat(InvariantProperties.firedOutsideAppliesTo(validator, decision(), onDecision))
        .containsExactly("ACME-ANY-1");
  }

  @Test
  @Tag(CompilesDrl.TAG)
  void customRuleFromTheClasspath() {
    Validator validator =
        Validator.builder().addRulesFromClasspath("com/example/rules/records.drl").build();
    assertThat(validator.validate(decision(), history()).violations()).isEmpty();
    assertThat(
            validator
                .validate(decision().withRecordedIn(Optional.of("tweet")), history())
                .firedRules())
        .containsExactly("ACME-RECORD-1");
  }

  @Test
  @Tag(CompilesDrl.TAG)
  void severityOverrideAndSwitchingRulesOff() {
    Validator validator =
        Validator.builder()
            .addRules("quorum.drl", SMALL_DECISIONS)
            .severity("ACME-QUORUM-1", Severity.ERROR)
            .severity("RCM-DEC-6", Severity.ERROR)
            .disable("RCM-DEC-4")
            .build();
    Verdict verdict =
        validator.validate(
            decision().withRecordedIn(Optional.empty()).withSessionClosed(false), history());
    assertThat(verdict.firedRules()).containsExactly("ACME-QUORUM-1", "RCM-DEC-6");
    assertThat(verdict.errors()).hasSize(2);
    assertThat(verdict.isValid()).isFalse();
    assertThat(verdict.evaluatedRules()).doesNotContain("RCM-DEC-4");
    assertThat(validator.disabledRules()).containsExactly("RCM-DEC-4");
  }

  @Test
  void brokenCustomRuleFailsAtBuildTimeNamingResourceAndLine() {
    String broken =
        """
        package com.example.rules;
        import io.github.rcmgovernance.model.act.Decision;

        rule "BROKEN-1"
          @ruleId("BROKEN-1")
        when
          $d : Decision( noSuchField == 3 )
        then
        end
        """;
    assertThatThrownBy(() -> Validator.builder().addRules("broken.drl", broken).build())
        .isInstanceOf(RuleCompilationException.class)
        .hasMessageContaining("broken.drl:7")
        .hasMessageContaining("noSuchField")
        .satisfies(
            e -> {
              RuleCompilationException rce = (RuleCompilationException) e;
              assertThat(rce.problems()).isNotEmpty();
              assertThat(rce.problems().get(0).resource()).isEqualTo("broken.drl");
              assertThat(rce.problems().get(0).line()).isEqualTo(7);
            });
  }

  @Test
  void syntaxErrorNamesTheLine() {
    String broken = "package com.example.rules;\n\nrule \"X\" when then\n";
    assertThatThrownBy(() -> Validator.builder().addRules("syntax.drl", broken).build())
        .isInstanceOf(RuleCompilationException.class)
        .hasMessageContaining("syntax.drl:");
  }

  @Test
  @Tag(CompilesDrl.TAG)
  void customRuleWithoutMetadataIsRejected() {
    String bare =
        """
        package com.example.rules;
        import io.github.rcmgovernance.model.act.Decision;
        rule "BARE-1"
        when
          Decision()
        then
        end
        """;
    assertThatThrownBy(() -> Validator.builder().addRules("bare.drl", bare).build())
        .isInstanceOf(RuleCompilationException.class)
        .hasMessageContaining("BARE-1")
        .hasMessageContaining("@severity");
  }

  @Test
  void overridesMustNameKnownRules() {
    assertThatThrownBy(() -> Validator.builder().disable("RCM-NOPE-1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RCM-NOPE-1");
    assertThatThrownBy(() -> Validator.builder().severity("RCM-NOPE-2", Severity.ERROR).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RCM-NOPE-2");
    assertThatThrownBy(() -> Validator.builder().addRulesFromClasspath("no/such.drl"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no/such.drl");
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> Validator.standard().validate(null, history()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("act");
    assertThatThrownBy(() -> Validator.standard().validate(decision(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("history");
    assertThatThrownBy(() -> Validator.standard().validate(decision(), history(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("asOf");
  }
}
