package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.rules.internal.FindingCollector;
import io.github.rcmgovernance.rules.internal.RuleBases;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * A time limit's halt reaches the validation it watches and no other: sessions go back to a pool
 * that every validator shares, and a halt that arrives after its validation has let the session go
 * would otherwise stop whichever validation took the session next, silently dropping violations.
 */
class WatchTest {
  /** The rule case whose violating act fires the most rules. */
  private RuleCases.Case c;

  @BeforeEach
  void pickTheBusiestCase() {
    int most = 0;
    for (RuleCases.Case candidate : RuleCases.all()) {
      c = candidate;
      int fired = fire(RuleBases.catalogue().newKieSession(), null);
      if (fired > most) {
        most = fired;
        busiest = candidate;
      }
    }
    c = busiest;
  }

  private RuleCases.Case busiest;

  @Test
  void aHaltWhileWatchingStopsTheSessionAfterTheRuleThatIsFiring() {
    int full = fire(RuleBases.catalogue().newKieSession(), null);
    assertThat(full).isGreaterThan(1);

    KieSession session = RuleBases.catalogue().newKieSession();
    Watch watch = new Watch();
    watch.watch(session);
    int fired = fire(session, watch);

    assertThat(fired).isEqualTo(1);
  }

  @Test
  void aHaltAfterTheSessionIsLetGoDoesNotReachItsNextValidation() {
    int full = fire(RuleBases.catalogue().newKieSession(), null);

    KieSession session = RuleBases.catalogue().newKieSession();
    Watch late = new Watch();
    late.watch(session);
    late.unwatch(session);
    // The same session now judges another act; the first watch halts in the middle of it.
    int fired = fire(session, late);

    assertThat(fired).isEqualTo(full);
  }

  @Test
  void aHaltAskedBeforeFiringIsCarriedOutAtTheFirstRule() {
    KieSession session = RuleBases.catalogue().newKieSession();
    Watch watch = new Watch();
    watch.watch(session);
    watch.halt();

    assertThat(fire(session, null)).isEqualTo(1);
  }

  /**
   * Judges the violating act of a rule case in a session, asking {@code halting} to halt when the
   * first rule is about to fire (if it is not null), and returns how many rules fired.
   */
  private int fire(KieSession session, Watch halting) {
    AtomicBoolean asked = new AtomicBoolean();
    if (halting != null) {
      session.addEventListener(
          new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
              if (asked.compareAndSet(false, true)) {
                halting.halt();
              }
            }
          });
    }
    try {
      session.setGlobal("findings", new FindingCollector(Set.of()));
      session.insert(new Situation(c.charter(), c.history(), c.violating().date()));
      session.insert(c.violating());
      int fired = session.fireAllRules();
      assertThat(asked.get()).isEqualTo(halting != null);
      return fired;
    } finally {
      session.dispose();
    }
  }
}
