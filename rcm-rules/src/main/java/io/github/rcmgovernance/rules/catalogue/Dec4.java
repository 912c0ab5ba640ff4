package io.github.rcmgovernance.rules.catalogue;

import static io.github.rcmgovernance.rules.catalogue.Edits.without;

import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;
import java.util.List;

/**
 * RCM-DEC-4: decisions are made behind closed doors, with only Members in the session (the deciders
 * sit in it); a proposed Vice-Ministerial meeting's closed session admits only Members.
 */
public final class Dec4 {
  private Dec4() {}

  /**
   * Who sits in the closed session of an act: a decision's attendees and deciders, a proposed
   * meeting's closed-session attendees.
   */
  public static List<Delegation> inClosedSession(Act act) {
    if (act instanceof Decision d) {
      return ImmutableList.<Delegation>builder()
          .addAll(d.sessionAttendees())
          .addAll(d.deciders())
          .build();
    }
    if (act instanceof MeetingProposal p) {
      return p.meeting().closedSessionAttendees();
    }
    return List.of();
  }

  public static Finding notClosed(Decision d) {
    return Finding.at(Target.document(d.id()))
        .says("open", Argument.id(d.id()))
        .read(Values.act("/sessionClosed", d.sessionClosed()))
        .fix(d.withSessionClosed(true), "remedy.close");
  }

  public static Finding secretariatStaff(Decision d) {
    return Finding.at(Target.body(Body.TECHNICAL_SECRETARIAT))
        .says("secretariat", Argument.id(d.id()))
        .read(Values.act("/secretariatStaffPresent", true))
        .fix(d.withSecretariatStaffPresent(false), "remedy.withoutSecretariat");
  }

  public static Finding notAMember(Situation s, Act act, Delegation seated) {
    Party p = seated.party();
    String standing = s.isObserver(p) ? "Observer" : "NoStatus";
    Argument party = Argument.party(p);
    Argument day = Argument.date(s.asOf());
    if (act instanceof MeetingProposal proposal) {
      var attendees = proposal.meeting().closedSessionAttendees();
      return Finding.at(Target.party(p))
          .says("meeting" + standing, Argument.meeting(proposal.meeting()), party, day)
          .read(
              Values.act(
                  "/meeting/closedSessionAttendees/" + attendees.indexOf(seated) + "/party", p))
          .fix(
              Edits.withMeeting(
                  proposal,
                  m ->
                      m.withClosedSessionAttendees(
                          without(m.closedSessionAttendees(), del -> del.party().equals(p)))),
              "remedy.leaveSession",
              party);
    }
    Decision d = (Decision) act;
    boolean decides = d.deciders().stream().anyMatch(del -> del.party().equals(p));
    String pointer =
        decides
            ? "/deciders/" + indexOf(d.deciders(), p) + "/party"
            : "/sessionAttendees/" + indexOf(d.sessionAttendees(), p) + "/party";
    Finding f =
        Finding.at(Target.party(p))
            .says((decides ? "decider" : "attendee") + standing, Argument.id(d.id()), party, day)
            .read(Values.act(pointer, p));
    var deciders = without(d.deciders(), del -> del.party().equals(p));
    if (deciders.isEmpty()) {
      return f.advise("remedy.membersInstead", party);
    }
    return f.fix(
        d.withDeciders(deciders)
            .withSessionAttendees(without(d.sessionAttendees(), del -> del.party().equals(p))),
        decides ? "remedy.leaveSessionAndDeciders" : "remedy.leaveSession",
        party);
  }

  private static int indexOf(List<Delegation> delegations, Party p) {
    for (int i = 0; i < delegations.size(); i++) {
      if (delegations.get(i).party().equals(p)) {
        return i;
      }
    }
    return -1;
  }
}
