package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;

/** RCM-MTG-11: each Vice-Ministerial meeting is prepared by a GRCM preparatory meeting. */
public final class Mtg11 {
  private Mtg11() {}

  public static Finding unprepared(MeetingProposal p) {
    return Finding.at(Target.meeting(p.meeting().id()))
        .says("unprepared", Argument.meeting(p.meeting()))
        .read(Values.act("/meeting/id", p.meeting().id()))
        .advise("remedy.schedulePreparatory");
  }
}
