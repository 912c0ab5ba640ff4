package io.github.rcmgovernance.rules;

import io.github.rcmgovernance.rules.internal.FindingCollector;
import org.jspecify.annotations.Nullable;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Watches one time-limited validation from another thread: which rule is firing, and the session to
 * halt when the limit is passed.
 */
final class Watch extends DefaultAgendaEventListener {
  private volatile @Nullable String running;
  private volatile @Nullable KieSession session;
  private volatile boolean halted;

  /**
   * Starts watching a session. A halt asked before the session fires is carried out when its first
   * rule is about to fire: the engine ignores a halt that comes before firing starts.
   */
  synchronized void watch(KieSession session) {
    this.session = session;
    session.addEventListener(this);
  }

  /**
   * Stops watching a session before it goes back to its pool, which validators share: a halt that
   * comes later must not reach the validation that takes the session next.
   */
  synchronized void unwatch(KieSession session) {
    session.removeEventListener(this);
    if (this.session == session) {
      this.session = null;
    }
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    running = FindingCollector.ruleId(event.getMatch().getRule().getName());
    KieSession s = session;
    if (halted && s != null) {
      s.halt();
    }
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    running = null;
  }

  /** The id of the rule firing now, or null between firings. */
  @Nullable String running() {
    return running;
  }

  /** Asks the engine to stop firing rules; a rule that is running goes on until it returns. */
  synchronized void halt() {
    halted = true;
    KieSession s = session;
    if (s != null) {
      s.halt();
    }
  }
}
