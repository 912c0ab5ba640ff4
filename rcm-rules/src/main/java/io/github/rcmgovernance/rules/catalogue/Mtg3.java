package io.github.rcmgovernance.rules.catalogue;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * RCM-MTG-3: the Vice-Ministerial meeting is hosted, in its territory, and organised by the Member
 * State holding the PPT on its start date. Without a recorded holder, only the missing holder and
 * an absent host or organiser are reported.
 */
public final class Mtg3 {
  private Mtg3() {}

  public static List<Finding> faults(Situation s, MeetingProposal p) {
    Meeting m = p.meeting();
    Party holder = s.presidencyHolder(m.start());
    boolean organiserOk = m.organiser().map(o -> s.isPresidency(o, m.start())).orElse(false);
    Argument meeting = Argument.meeting(m);
    Argument start = Argument.date(m.start());
    List<Finding> faults = new ArrayList<>();
    if (holder == null) {
      faults.add(
          Finding.at(Target.meeting(m.id()))
              .says("noHolder", meeting, start)
              .read(Values.act("/meeting/start", m.start()))
              .advise("remedy.recordTerm", start));
      if (m.host().isEmpty()) {
        faults.add(noHost(m).advise("remedy.recordTerm", start));
      }
      if (m.organiser().isEmpty()) {
        faults.add(
            noOrganiser(m)
                .fix(
                    Edits.withMeeting(p, x -> x.withOrganiser(Edits.PPT)),
                    "remedy.organisedByThePresidency"));
      }
      return faults;
    }
    // With a holder, one change puts both right: the holder hosts, the Presidency organises.
    Act fixed =
        Edits.withMeeting(
            p, x -> organiserOk ? x.withHost(holder) : x.withHost(holder).withOrganiser(Edits.PPT));
    Argument holderArg = Argument.party(holder);
    if (m.host().isEmpty()) {
      faults.add(noHost(m).fix(fixed, "remedy.byThePresidency", holderArg));
    } else if (!m.host().get().equals(holder)) {
      faults.add(
          Finding.at(Target.party(m.host().get()))
              .says("host", meeting, Argument.party(m.host().get()), start, holderArg)
              .read(Values.act("/meeting/host", m.host().get()))
              .fix(fixed, "remedy.byThePresidency", holderArg));
    }
    if (m.organiser().isEmpty()) {
      faults.add(noOrganiser(m).fix(fixed, "remedy.byThePresidency", holderArg));
    } else if (!organiserOk) {
      faults.add(
          Finding.at(Target.of(m.organiser().get()))
              .says("organiser", meeting, Argument.actor(m.organiser().get()), start, holderArg)
              .read(Values.act("/meeting/organiser", m.organiser().get()))
              .fix(fixed, "remedy.byThePresidency", holderArg));
    }
    return faults;
  }

  private static Finding noHost(Meeting m) {
    return Finding.at(Target.missing("/meeting/host"))
        .says("noHost", Argument.meeting(m))
        .read(Values.act("/meeting/host", m.host()));
  }

  private static Finding noOrganiser(Meeting m) {
    return Finding.at(Target.missing("/meeting/organiser"))
        .says("noOrganiser", Argument.meeting(m))
        .read(Values.act("/meeting/organiser", m.organiser()));
  }
}
