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

  /** Starts watching a session; halts it at once if the limit has already passed. */
  void watch(KieSession session) {
    this.session = session;
    session.addEventListener(this);
    if (halted) {
      session.halt();
    }
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    running = FindingCollector.ruleId(event.getMatch().getRule().getName());
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
  void halt() {
    halted = true;
    KieSession s = session;
    if (s != null) {
      s.halt();
    }
  }
}
