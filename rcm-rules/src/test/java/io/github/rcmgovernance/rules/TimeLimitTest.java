package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
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
    RuleCases.Case c = RuleCases.all().get(0);
    Validator hurried =
        Validator.builder().charter(c.charter()).timeLimit(Duration.ofNanos(1)).build();
    ValidationTimeoutException timeout = null;
    // One nanosecond is shorter than any judgement; a few tries rule out a freak of scheduling.
    for (int i = 0; i < 20 && timeout == null; i++) {
      try {
        hurried.validate(c.violating(), c.history(), AS_OF);
      } catch (ValidationTimeoutException e) {
        timeout = e;
      }
    }
    assertThat(timeout).isNotNull();
    assertThat(timeout.actId()).isEqualTo(c.violating().id());
    assertThat(timeout.limit()).isEqualTo(Duration.ofNanos(1));
    assertThat(timeout.getMessage())
        .contains("judging act " + c.violating().id())
        .contains("took longer than the time limit");
  }
}
