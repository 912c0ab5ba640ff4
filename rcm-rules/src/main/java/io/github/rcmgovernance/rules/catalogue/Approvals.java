package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.Document;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;

/**
 * What the Vice-Ministerial Conference alone approves, by a decision or as a document's approver:
 * the TS terms of reference (RCM-TS-7) and the Plan of Action (RCM-POA-1). Each rule has its own
 * messages: {@code decision}, {@code approver}, {@code noApprover}.
 */
public final class Approvals {
  private Approvals() {}

  public static boolean byTheConference(Document d) {
    return d.approvedBy().map(a -> a.is(Body.VICE_MINISTERIAL_CONFERENCE)).orElse(false);
  }

  public static Finding decision(Decision d) {
    return Finding.at(Target.of(d.decidedBy()))
        .says("decision", Argument.id(d.id()), Argument.actor(d.decidedBy()))
        .read(Values.act("/decidedBy", d.decidedBy()), Values.act("/subject", d.subject()))
        .fix(d.withDecidedBy(Edits.VMC), "remedy.byTheConference");
  }

  public static Finding document(Document d) {
    Finding f =
        d.approvedBy().isPresent()
            ? Finding.at(Target.of(d.approvedBy().get()))
                .says("approver", Argument.id(d.id()), Argument.actor(d.approvedBy().get()))
            : Finding.at(Target.missing("/approvedBy")).says("noApprover", Argument.id(d.id()));
    return f.read(Values.act("/approvedBy", d.approvedBy()))
        .fix(d.withApprovedBy(Edits.VMC), "remedy.byTheConference");
  }
}
