package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;
import java.util.List;

/** RCM-MTG-8: the GRCM holds one preparatory and one mid-term meeting a calendar year. */
public final class Mtg8 {
  private Mtg8() {}

  public static Finding second(Situation s, MeetingProposal p, Meeting other) {
    Meeting m = p.meeting();
    return Finding.at(Target.meeting(other.id()))
        .says(
            "second",
            Argument.meeting(m),
            Argument.term(m.kind()),
            Argument.number(Mtg1.year(m)),
            Argument.meeting(other))
        .read(Values.act("/meeting/start", Partial.start(m)), Values.meeting(s.history(), other))
        .advise("remedy.merge");
  }

  /**
   * The findings about meetings known only in part, as for RCM-MTG-1 but for the proposal's kind.
   *
   * @param s the situation
   * @param p the proposal
   * @return the findings
   */
  public static List<Finding> partial(Situation s, MeetingProposal p) {
    return Mtg1.secondsInYear(s, p, p.meeting().kind(), Mtg8::second);
  }
}
