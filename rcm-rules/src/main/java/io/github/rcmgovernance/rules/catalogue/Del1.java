package io.github.rcmgovernance.rules.catalogue;

import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.AgendaApproval;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.Recommendation;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.delegation.Service;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;
import java.util.List;
import java.util.Optional;

/**
 * RCM-DEL-1: a Member's delegation to a Vice-Ministerial meeting comes from its Foreign Affairs,
 * Interior, Immigration or Justice ministry. The delegations at a Vice-Ministerial meeting are the
 * proposed meeting's attendees and closed-session attendees, and those of any act taken at a
 * Vice-Ministerial forum.
 */
public final class Del1 {
  private Del1() {}

  /** The delegations an act has at a Vice-Ministerial meeting. */
  public static List<Delegation> atViceMinisterialMeeting(Act act) {
    if (act instanceof MeetingProposal p && p.meeting().kind() == MeetingKind.VICE_MINISTERIAL) {
      return ImmutableList.<Delegation>builder()
          .addAll(p.meeting().attendees())
          .addAll(p.meeting().closedSessionAttendees())
          .build();
    }
    if (act instanceof Decision d && isViceMinisterial(Optional.of(d.forum()))) {
      return ImmutableList.<Delegation>builder()
          .addAll(d.deciders())
          .addAll(d.sessionAttendees())
          .build();
    }
    if (act instanceof AgendaApproval a && isViceMinisterial(Optional.of(a.forum()))) {
      return a.delegations();
    }
    if (act instanceof Recommendation r && isViceMinisterial(r.forum())) {
      return r.delegations();
    }
    return List.of();
  }

  private static boolean isViceMinisterial(Optional<Forum> forum) {
    return forum.map(f -> f.kind() == MeetingKind.VICE_MINISTERIAL).orElse(false);
  }

  public static Finding otherService(Act act, Delegation delegation) {
    Party p = delegation.party();
    return Finding.at(Target.party(p))
        .says(
            "service",
            Argument.act(act),
            Argument.party(p),
            delegation
                .serviceName()
                .map(Argument::text)
                .orElseGet(() -> Argument.term(delegation.service())))
        .read(Values.act("/serviceName", delegation.serviceName()))
        .fix(fixed(act, p), "remedy.foreignAffairs", Argument.party(p));
  }

  private static Act fixed(Act act, Party p) {
    return Edits.fromForeignAffairs(
        act, del -> del.party().equals(p) && del.service() == Service.OTHER);
  }
}
