package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.party.Party;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * The time limit with the catalogue alone (the looping custom rule of {@link GuardRailsTest} shows
 * the limit stopping a rule that never returns).
 */
class TimeLimitTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);

  @Test
  void aGenerousLimitChangesNoVerdict() {
    Validator limited = Validator.builder().timeLimit(Duration.ofMinutes(1)).build();
    for (RuleCases.Case c : RuleCases.all()) {
      Validator plain = Validator.builder().charter(c.charter()).build();
      Validator timed =
          Validator.builder().charter(c.charter()).timeLimit(Duration.ofMinutes(1)).build();
      assertThat(timed.validate(c.violating(), c.history(), AS_OF).violations())
          .as(c.title())
          .isEqualTo(plain.validate(c.violating(), c.history(), AS_OF).violations());
    }
    assertThat(limited.rules()).isEqualTo(Validator.standard().rules());
  }

  @Test
  void aLimitTooShortToJudgeInIsATimeoutNamingTheActAndTheLimit() {
    // An act with 20,000 deciding delegations takes milliseconds to judge: far longer than the
    // limit, and than the shortest wait the operating system can give a waiting thread (a
    // quick judgement could finish within that wait and be returned).
    Decision crowded =
        Fixtures.decision()
            .withDeciders(
                Collections.nCopies(20_000, Delegation.deputyMinister(Party.state("MX"))));
    Validator hurried = Validator.builder().timeLimit(Duration.ofNanos(1)).build();
    ValidationTimeoutException timeout = null;
    for (int i = 0; i < 5 && timeout == null; i++) {
      try {
        hurried.validate(crowded, Fixtures.history(), AS_OF);
      } catch (ValidationTimeoutException e) {
        timeout = e;
      }
    }
    assertThat(timeout).isNotNull();
    assertThat(timeout.actId()).isEqualTo(crowded.id());
    assertThat(timeout.limit()).isEqualTo(Duration.ofNanos(1));
    assertThat(timeout.getMessage())
        .contains("judging act " + crowded.id())
        .contains("took longer than the time limit");
  }
}
