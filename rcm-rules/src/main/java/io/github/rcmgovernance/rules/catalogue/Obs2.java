package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.ProjectSupport;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;

/** RCM-OBS-2: observer organisations support projects that Member governments determined. */
public final class Obs2 {
  private Obs2() {}

  public static boolean determinedByAMember(Situation s, ProjectSupport ps) {
    for (Party p : ps.determinedBy()) {
      if (s.isMember(p)) {
        return true;
      }
    }
    return false;
  }

  public static Finding nobodyNamed(ProjectSupport ps) {
    return Finding.at(Target.missing("/determinedBy"))
        .says(
            "nobody",
            Argument.party(ps.organisation()),
            Argument.text(ps.project()),
            Argument.id(ps.id()))
        .read(Values.act("/determinedBy", ps.determinedBy()))
        .advise("remedy.memberProject");
  }

  public static Finding noMember(ProjectSupport ps) {
    return Finding.at(Target.document(ps.id()))
        .says(
            "noMember",
            Argument.party(ps.organisation()),
            Argument.text(ps.project()),
            Argument.id(ps.id()))
        .read(Values.act("/determinedBy", ps.determinedBy()))
        .advise("remedy.memberProject");
  }
}
