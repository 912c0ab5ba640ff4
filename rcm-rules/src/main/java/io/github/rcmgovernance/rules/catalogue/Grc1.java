package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;

/** RCM-GRC-1: the GRCM does not decide, whatever the subject. */
public final class Grc1 {
  private Grc1() {}

  public static Finding decides(Decision d) {
    return Finding.at(Target.body(Body.GRCM))
        .says("decides", Argument.id(d.id()), Argument.term(d.subject()))
        .read(Values.act("/decidedBy", d.decidedBy()))
        .fix(d.withDecidedBy(Edits.VMC), "remedy.toConference");
  }
}
