package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;
import java.util.List;
import java.util.TreeSet;

/**
 * RCM-DEC-7: decisions are taken by consensus of the deciding Members (charter decision rule);
 * under a majority rule, objections from half or more of them break it.
 */
public final class Dec7 {
  private Dec7() {}

  public static Finding objection(Decision d, Party objector) {
    return Finding.at(Target.party(objector))
        .says("objection", Argument.id(d.id()), Argument.party(objector))
        .read(Values.act("/objections/" + d.objections().indexOf(objector), objector))
        .advise("remedy.consent");
  }

  /** The distinct parties among the deciders that are Members. */
  public static TreeSet<Party> decidingMembers(Situation s, Decision d) {
    TreeSet<Party> members = new TreeSet<>();
    for (Delegation del : d.deciders()) {
      if (s.isMember(del.party())) {
        members.add(del.party());
      }
    }
    return members;
  }

  public static List<Finding> majority(Situation s, Decision d) {
    TreeSet<Party> members = decidingMembers(s, d);
    TreeSet<Party> objecting = new TreeSet<>(d.objections());
    objecting.retainAll(members);
    if (members.isEmpty() || objecting.size() * 2 < members.size()) {
      return List.of();
    }
    return List.of(
        Finding.at(Target.document(d.id()))
            .says(
                "majority",
                Argument.id(d.id()),
                Argument.number(objecting.size()),
                Argument.number(members.size()),
                Argument.list(objecting.stream().map(Argument::party).toList()))
            .read(Values.act("/objections", d.objections()), Values.act("/deciders", d.deciders()))
            .advise("remedy.consent"));
  }
}
