package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.SecretariatAction;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;

/**
 * RCM-TS-2: policy orientation and supervision of the TS come from the PPT; the Vice-Ministerial
 * Conference and the GRCM may ask it for tasks.
 */
public final class Ts2 {
  private Ts2() {}

  public static boolean mayInstruct(Situation s, Actor by) {
    return by.is(Body.VICE_MINISTERIAL_CONFERENCE)
        || by.is(Body.GRCM)
        || s.isPresidency(by, s.asOf());
  }

  public static Finding instructedBy(Situation s, SecretariatAction a) {
    return Finding.at(Target.of(a.instructedBy()))
        .says(
            "instructed",
            Argument.id(a.id()),
            Argument.actor(a.instructedBy()),
            Argument.date(s.asOf()))
        .read(Values.act("/instructedBy", a.instructedBy()))
        .fix(a.withInstructedBy(Edits.PPT), "remedy.byThePresidency");
  }
}
