package io.github.rcmgovernance.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/** How {@link StripedSessions} hands out sessions: reused on a thread, not passed to another. */
class StripedSessionsTest {
  private final StripedSessions pool = new StripedSessions(RuleBases.catalogue());

  @Test
  void aThreadGetsBackTheSessionItDisposed() {
    KieSession first = pool.newKieSession();
    first.dispose();
    KieSession second = pool.newKieSession();
    try {
      assertThat(second).isSameAs(first);
    } finally {
      second.dispose();
    }
  }

  @Test
  void aThreadOfAnotherStripeDoesNotGetTheSessionThisOneDisposed() throws Exception {
    assertThat(StripedSessions.STRIPES).isGreaterThanOrEqualTo(2).isLessThanOrEqualTo(64);
    assertThat(Integer.bitCount(StripedSessions.STRIPES)).isEqualTo(1);
    KieSession mine = pool.newKieSession();
    mine.dispose();
    int myStripe = StripedSessions.stripeOf(Thread.currentThread());

    AtomicReference<KieSession> theirs = new AtomicReference<>();
    Thread other;
    do {
      // Thread ids are handed out in order: one of the next few threads has another stripe.
      other =
          new Thread(
              () -> {
                KieSession s = pool.newKieSession();
                theirs.set(s);
                s.dispose();
              });
    } while (StripedSessions.stripeOf(other) == myStripe);
    other.start();
    other.join();

    assertThat(theirs.get()).isNotNull().isNotSameAs(mine);
    KieSession again = pool.newKieSession();
    try {
      assertThat(again).isSameAs(mine);
    } finally {
      again.dispose();
    }
  }
}
