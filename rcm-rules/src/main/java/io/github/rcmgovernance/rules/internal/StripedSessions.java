package io.github.rcmgovernance.rules.internal;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;

/**
 * Sessions over one rule base in several pools, one per stripe: a thread takes its sessions from
 * the stripe its id picks, and a disposed session goes back to the pool it came from. With no more
 * threads than stripes, no two threads take from one queue, and each thread keeps reusing the
 * sessions it filled last, whose memory is still in its core's cache. One pool shared by two
 * threads hands each thread sessions the other filled: on an idle two-core machine two threads
 * judged fewer acts per second than one (docs/performance.md). Stripes start empty and make
 * sessions when first used, so a stripe no thread picks costs nothing.
 *
 * <p>Thread-safe: the stripes are the engine's own pools.
 */
final class StripedSessions implements KieSessionsPool {
  /** Twice the processors, rounded up to a power of two, and at most 64. */
  static final int STRIPES =
      Math.min(64, Integer.highestOneBit(2 * Runtime.getRuntime().availableProcessors() - 1) << 1);

  private final KieSessionsPool[] stripes = new KieSessionsPool[STRIPES];

  StripedSessions(KieBase base) {
    for (int i = 0; i < STRIPES; i++) {
      stripes[i] = base.newKieSessionsPool(0);
    }
  }

  /** The stripe a thread takes its sessions from. */
  static int stripeOf(Thread thread) {
    return (int) (thread.getId() & (STRIPES - 1));
  }

  private KieSessionsPool stripe() {
    return stripes[stripeOf(Thread.currentThread())];
  }

  @Override
  public KieSession newKieSession() {
    return stripe().newKieSession();
  }

  @Override
  public KieSession newKieSession(KieSessionConfiguration conf) {
    return stripe().newKieSession(conf);
  }

  @Override
  public StatelessKieSession newStatelessKieSession() {
    return stripe().newStatelessKieSession();
  }

  @Override
  public StatelessKieSession newStatelessKieSession(KieSessionConfiguration conf) {
    return stripe().newStatelessKieSession(conf);
  }

  @Override
  public void shutdown() {
    for (KieSessionsPool stripe : stripes) {
      stripe.shutdown();
    }
  }
}
