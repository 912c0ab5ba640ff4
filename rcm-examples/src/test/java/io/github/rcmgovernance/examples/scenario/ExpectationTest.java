package io.github.rcmgovernance.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ExpectationTest {
  private static final Outcome DEC_1_AND_DEL_1 = outcome("RCM-DEC-1:E", "RCM-DEL-1:W");

  @Test
  void exactMatchHasNoMismatch() {
    Expectation expectation =
        new Expectation(Optional.of(false), ids("RCM-DEC-1"), ids("RCM-DEL-1"));

    assertThat(mismatches(expectation, DEC_1_AND_DEL_1)).isEmpty();
  }

  @Test
  void absentPartsAcceptAnything() {
    Expectation expectation = new Expectation(Optional.empty(), Optional.empty(), Optional.empty());

    assertThat(mismatches(expectation, DEC_1_AND_DEL_1)).isEmpty();
    assertThat(mismatches(expectation, outcome())).isEmpty();
  }

  @Test
  void wrongValidityIsReported() {
    Expectation expectation =
        new Expectation(Optional.of(true), Optional.empty(), Optional.empty());

    assertThat(mismatches(expectation, DEC_1_AND_DEL_1))
        .containsExactly("expected the act to be VALID but it is INVALID");
  }

  @Test
  void errorSetsAreComparedExactly() {
    Expectation expectation =
        new Expectation(Optional.empty(), ids("RCM-DEC-1", "RCM-DEC-3"), Optional.empty());

    assertThat(mismatches(expectation, DEC_1_AND_DEL_1))
        .containsExactly(
            "errors: expected [RCM-DEC-1, RCM-DEC-3] but got [RCM-DEC-1]; missing [RCM-DEC-3]");
  }

  @Test
  void unexpectedWarningsAreReported() {
    Expectation expectation = new Expectation(Optional.empty(), Optional.empty(), ids());

    assertThat(mismatches(expectation, DEC_1_AND_DEL_1))
        .containsExactly("warnings: expected [] but got [RCM-DEL-1]; unexpected [RCM-DEL-1]");
  }

  @Test
  void repeatedRuleIdsCountOnce() {
    Outcome twice = outcome("RCM-DEC-1:E", "RCM-DEC-1:E");
    Expectation expectation = new Expectation(Optional.of(false), ids("RCM-DEC-1"), ids());

    assertThat(mismatches(expectation, twice)).isEmpty();
  }

  private static Optional<SortedSet<String>> ids(String... ids) {
    return Optional.of(new TreeSet<>(List.of(ids)));
  }

  /** An outcome: validity and the rule ids reporting errors and warnings. */
  record Outcome(boolean valid, SortedSet<String> errors, SortedSet<String> warnings) {}

  static Outcome outcome(String... idsAndSeverities) {
    SortedSet<String> errors = new TreeSet<>();
    SortedSet<String> warnings = new TreeSet<>();
    for (String s : idsAndSeverities) {
      String[] parts = s.split(":");
      (parts[1].equals("E") ? errors : warnings).add(parts[0]);
    }
    return new Outcome(errors.isEmpty(), errors, warnings);
  }

  static List<String> mismatches(Expectation e, Outcome o) {
    return e.mismatches(o.valid(), o.errors(), o.warnings());
  }
}
