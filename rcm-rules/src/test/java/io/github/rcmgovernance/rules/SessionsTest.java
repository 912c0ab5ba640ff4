package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.charter.MonthWindow;
import io.github.rcmgovernance.rules.internal.RuleBases;
import org.junit.jupiter.api.Test;

/**
 * A validator leaves nothing behind in the shared rule base: the catalogue's rule base keeps every
 * session made from it until the session is disposed of for good, so validators that each kept a
 * pool of their own would keep their sessions alive after they are gone (a host that builds a
 * validator per request would run out of memory).
 */
class SessionsTest {
  @Test
  void buildingValidatorsAddsNoSessionsToTheCatalogue() {
    RuleCases.Case c = RuleCases.all().get(0);
    Validator.standard().validate(c.violating(), c.history());
    int before = RuleBases.catalogue().getKieSessions().size();

    for (int i = 0; i < 50; i++) {
      Charter charter =
          Charter.rcm().withViceMinisterialWindow(MonthWindow.of(1 + i % 12, 1 + i % 12));
      Validator.builder().charter(charter).build().validate(c.violating(), c.history());
    }

    assertThat(RuleBases.catalogue().getKieSessions()).hasSize(before);
    assertThat(before).isPositive();
  }
}
