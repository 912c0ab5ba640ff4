package io.github.rcmgovernance.rules.catalogue;

import static io.github.rcmgovernance.rules.catalogue.Edits.without;

import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;

/** RCM-DEC-1: only Member States take part in a decision, and a decision has deciders. */
public final class Dec1 {
  private Dec1() {}

  public static Finding noDeciders(Decision d) {
    return Finding.at(Target.missing("/deciders"))
        .says("noDeciders", Argument.id(d.id()))
        .read(Values.act("/deciders", d.deciders()))
        .advise("remedy.nameDeciders");
  }

  public static Finding notAMember(Situation s, Decision d, Delegation decider) {
    Party p = decider.party();
    Finding f =
        Finding.at(Target.party(p))
            .says(
                s.isObserver(p) ? "observer" : "noStatus",
                Argument.id(d.id()),
                Argument.party(p),
                Argument.date(s.asOf()))
            .read(Values.act("/deciders/" + d.deciders().indexOf(decider) + "/party", p));
    var deciders = without(d.deciders(), del -> del.party().equals(p));
    return deciders.isEmpty()
        ? f.advise("remedy.membersInstead", Argument.party(p))
        : f.fix(d.withDeciders(deciders), "remedy.removeDecider", Argument.party(p));
  }
}
