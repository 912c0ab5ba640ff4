package io.github.rcmgovernance.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSortedSet;
import io.github.rcmgovernance.rules.Severity;
import io.github.rcmgovernance.rules.Verdict;
import io.github.rcmgovernance.rules.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ExpectationTest {
  private static final Verdict DEC_1_AND_DEL_1 =
      verdict(violation("RCM-DEC-1", Severity.ERROR), violation("RCM-DEL-1", Severity.WARNING));

  @Test
  void exactMatchHasNoMismatch() {
    Expectation expectation =
        new Expectation(Optional.of(false), ids("RCM-DEC-1"), ids("RCM-DEL-1"));

    assertThat(expectation.mismatches(DEC_1_AND_DEL_1)).isEmpty();
  }

  @Test
  void absentPartsAcceptAnything() {
    Expectation expectation = new Expectation(Optional.empty(), Optional.empty(), Optional.empty());

    assertThat(expectation.mismatches(DEC_1_AND_DEL_1)).isEmpty();
    assertThat(expectation.mismatches(verdict())).isEmpty();
  }

  @Test
  void wrongValidityIsReported() {
    Expectation expectation =
        new Expectation(Optional.of(true), Optional.empty(), Optional.empty());

    assertThat(expectation.mismatches(DEC_1_AND_DEL_1))
        .containsExactly("expected the act to be VALID but it is INVALID");
  }

  @Test
  void errorSetsAreComparedExactly() {
    Expectation expectation =
        new Expectation(Optional.empty(), ids("RCM-DEC-1", "RCM-DEC-3"), Optional.empty());

    assertThat(expectation.mismatches(DEC_1_AND_DEL_1))
        .containsExactly(
            "errors: expected [RCM-DEC-1, RCM-DEC-3] but got [RCM-DEC-1]; missing [RCM-DEC-3]");
  }

  @Test
  void unexpectedWarningsAreReported() {
    Expectation expectation = new Expectation(Optional.empty(), Optional.empty(), ids());

    assertThat(expectation.mismatches(DEC_1_AND_DEL_1))
        .containsExactly("warnings: expected [] but got [RCM-DEL-1]; unexpected [RCM-DEL-1]");
  }

  @Test
  void repeatedRuleIdsCountOnce() {
    Verdict twice =
        verdict(violation("RCM-DEC-1", Severity.ERROR), violation("RCM-DEC-1", Severity.ERROR));
    Expectation expectation = new Expectation(Optional.of(false), ids("RCM-DEC-1"), ids());

    assertThat(expectation.mismatches(twice)).isEmpty();
  }

  private static Optional<SortedSet<String>> ids(String... ids) {
    return Optional.of(new TreeSet<>(List.of(ids)));
  }

  static Violation violation(String ruleId, Severity severity) {
    return Violation.builder()
        .ruleId(ruleId)
        .severity(severity)
        .message(ruleId + " reported")
        .target(
            io.github.rcmgovernance.rules.Target.party(
                io.github.rcmgovernance.model.party.Party.state("MX")))
        .cite("GI-3")
        .build();
  }

  static Verdict verdict(Violation... violations) {
    return Verdict.builder()
        .actId("ACT-1")
        .asOf(LocalDate.of(2025, 5, 21))
        .addViolations(violations)
        .evaluatedRules(ImmutableSortedSet.of("RCM-DEC-1", "RCM-DEL-1"))
        .ruleSetVersion("test")
        .charter(io.github.rcmgovernance.model.charter.Charter.rcm())
        .history(io.github.rcmgovernance.model.history.History.empty())
        .act(
            io.github.rcmgovernance.model.act.FacilitySupport.builder()
                .id("ACT-1")
                .date(LocalDate.of(2025, 5, 21))
                .facility(io.github.rcmgovernance.model.act.FacilityKind.PROCUREMENT)
                .build())
        .build();
  }
}
