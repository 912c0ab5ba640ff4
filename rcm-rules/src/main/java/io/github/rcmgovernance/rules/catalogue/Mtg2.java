package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;

/**
 * RCM-MTG-2: a new Vice-Ministerial meeting takes the number after the highest held or scheduled (1
 * when the history has none).
 */
public final class Mtg2 {
  private Mtg2() {}

  public static int next(Situation s, Meeting m) {
    return s.history().highestViceMinisterialNumberExcept(m.id()) + 1;
  }

  public static boolean numberedNext(Situation s, Meeting m) {
    return m.number().orElse(0) == next(s, m);
  }

  public static Finding wrongNumber(Situation s, MeetingProposal p) {
    Meeting m = p.meeting();
    int next = next(s, m);
    return Finding.at(Target.meeting(m.id()))
        .says(
            "number",
            Argument.meeting(m),
            Argument.number(m.number().orElse(0)),
            Argument.number(next))
        .read(Values.act("/meeting/number", m.number().orElse(0)))
        .fix(
            Edits.withMeeting(p, x -> x.withNumber(next)),
            "remedy.renumber",
            Argument.number(next));
  }
}
