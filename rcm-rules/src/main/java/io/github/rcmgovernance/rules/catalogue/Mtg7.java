package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;
import java.util.List;

/**
 * RCM-MTG-7: the mid-term meeting is usually held in the country that hosted the most recent
 * Vice-Ministerial meeting (the one with the latest start on or before its start).
 */
public final class Mtg7 {
  private Mtg7() {}

  public static List<Finding> awayFromLastHost(Situation s, MeetingProposal p) {
    Meeting m = p.meeting();
    Meeting last = s.history().lastViceMinisterialMeeting(m.start()).orElse(null);
    if (last == null || last.host().isEmpty() || m.host().equals(last.host())) {
      return List.of();
    }
    Party host = last.host().get();
    Finding f =
        Finding.at(Target.meeting(m.id()))
            .read(Values.act("/meeting/host", m.host()), Values.meeting(s.history(), last))
            .fix(
                Edits.withMeeting(p, x -> x.withHost(host)),
                "remedy.lastHost",
                Argument.party(host));
    return List.of(
        m.host().isEmpty()
            ? f.says("noHost", Argument.meeting(m), Argument.party(host), Argument.meeting(last))
            : f.says(
                "elsewhere",
                Argument.meeting(m),
                Argument.party(m.host().get()),
                Argument.party(host),
                Argument.meeting(last)));
  }
}
