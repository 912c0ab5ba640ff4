package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;

/** RCM-DEC-2: decisions are taken by the Vice-Ministerial Conference. */
public final class Dec2 {
  private Dec2() {}

  /** Whether an actor is one the rule leaves to others: the Conference, the GRCM or the TS. */
  public static boolean leftToOtherRules(Actor by) {
    return by.is(Body.VICE_MINISTERIAL_CONFERENCE)
        || by.is(Body.GRCM)
        || by.is(Body.TECHNICAL_SECRETARIAT);
  }

  public static Finding attributed(Decision d) {
    return Finding.at(Target.of(d.decidedBy()))
        .says("attributed", Argument.id(d.id()), Argument.actor(d.decidedBy()))
        .read(Values.act("/decidedBy", d.decidedBy()))
        .fix(d.withDecidedBy(Edits.VMC), "remedy.toConference");
  }
}
