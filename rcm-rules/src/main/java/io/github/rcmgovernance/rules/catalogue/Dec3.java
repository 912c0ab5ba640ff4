package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.delegation.Level;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;

/** RCM-DEC-3: deciders act at Vice-Ministerial level. */
public final class Dec3 {
  private Dec3() {}

  public static Finding belowDeputyMinister(Decision d, Delegation decider) {
    Party p = decider.party();
    return Finding.at(Target.party(p))
        .says("level", Argument.id(d.id()), Argument.party(p), Argument.term(decider.level()))
        .read(Values.act("/deciders/" + d.deciders().indexOf(decider) + "/level", decider.level()))
        .fix(
            d.withDeciders(
                Edits.map(
                    d.deciders(),
                    del ->
                        del.party().equals(p)
                            ? Delegation.builder().from(del).level(Level.DEPUTY_MINISTER).build()
                            : del)),
            "remedy.deputyMinister",
            Argument.party(p));
  }
}
