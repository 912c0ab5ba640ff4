package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.charter.MonthWindow;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.rules.internal.RuleBases;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * A validator leaves nothing behind in the shared rule bases: the catalogue's rule bases (one per
 * act type) keep every session made from them until the session is disposed of for good, so
 * validators that each kept a pool of their own would keep their sessions alive after they are gone
 * (a host that builds a validator per request would run out of memory).
 */
class SessionsTest {
  @Test
  void buildingValidatorsAddsNoSessionsToTheCatalogue() {
    // Not a decision: other tests leave time-limited validations of decisions finishing on
    // background threads, which may take a session of the decisions' pool meanwhile.
    RuleCases.Case c =
        RuleCases.all().stream()
            .filter(k -> !(k.violating() instanceof Decision))
            .findFirst()
            .get();
    Validator.standard().validate(c.violating(), c.history());
    int before = RuleBases.catalogueSessionsHeld();

    for (int i = 0; i < 50; i++) {
      Charter charter =
          Charter.rcm().withViceMinisterialWindow(MonthWindow.of(1 + i % 12, 1 + i % 12));
      Validator.builder().charter(charter).build().validate(c.violating(), c.history());
    }

    assertThat(RuleBases.catalogueSessionsHeld()).isEqualTo(before);
    assertThat(before).isPositive();
  }

  @Test
  void theCataloguesSessionsComeFromOneSharedPoolPerActType() {
    assertThat(RuleBases.catalogueSessions("Decision"))
        .isSameAs(RuleBases.catalogueSessions("Decision"))
        .isNotSameAs(RuleBases.catalogueSessions("Document"));
    assertThat(RuleBases.sessions(RuleBases.catalogue()))
        .isSameAs(RuleBases.sessions(RuleBases.catalogue()));
    assertThatThrownBy(() -> RuleBases.catalogueSessions("Memo"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Memo");
  }

  /**
   * A validation stopped by its time limit halts its session, which then goes back to the shared
   * pool: the next validations, of this validator or another, must not inherit the halt (a halted
   * session fires nothing, and an act with violations would pass).
   */
  @Test
  void aSessionHaltedByATimeLimitJudgesTheNextActInFull() {
    RuleCases.Case c =
        RuleCases.all().stream().filter(k -> k.violating() instanceof Decision).findFirst().get();
    Validator standard = Validator.builder().charter(c.charter()).build();
    Verdict expected = standard.validate(c.violating(), c.history());
    assertThat(expected.isValid()).isFalse();

    // 20,000 deciders take milliseconds to judge: far longer than the limit, so that every one of
    // these validations is stopped, halting a session of the decisions' pool.
    Decision decision = (Decision) c.violating();
    Decision crowded =
        decision.withDeciders(
            Collections.nCopies(20_000, Delegation.deputyMinister(Party.state("MX"))));
    Validator hurried =
        Validator.builder().charter(c.charter()).timeLimit(Duration.ofNanos(1)).build();
    int stopped = 0;
    for (int i = 0; i < 8; i++) {
      try {
        hurried.validate(crowded, c.history());
      } catch (ValidationTimeoutException e) {
        stopped++;
      }
    }
    assertThat(stopped).isGreaterThan(4);

    for (int i = 0; i < 16; i++) {
      assertThat(standard.validate(c.violating(), c.history())).isEqualTo(expected);
      assertThat(
              Validator.builder().charter(c.charter()).build().validate(c.violating(), c.history()))
          .isEqualTo(expected);
    }
  }
}
