package io.github.rcmgovernance.rules.catalogue;

import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.AgendaApproval;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.Recommendation;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.delegation.Service;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.rules.Argument;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import io.github.rcmgovernance.rules.internal.Finding;
import io.github.rcmgovernance.rules.internal.Values;
import java.util.List;
import java.util.TreeSet;

/**
 * RCM-GRC-3: GRCM delegations come from Foreign Affairs or Immigration, or a service the charter
 * lists as the State's immigration authority. GRCM delegations are those of an agenda approval, of
 * a GRCM meeting, and of a recommendation or decision that is the GRCM's or made at a GRCM meeting.
 */
public final class Grc3 {
  private Grc3() {}

  /** The GRCM delegations of an act, and the JSON field they are listed in. */
  public static List<Delegation> grcmDelegations(Act act) {
    if (act instanceof AgendaApproval a) {
      return a.delegations();
    }
    if (act instanceof MeetingProposal p && p.meeting().kind().isGrcm()) {
      return p.meeting().attendees();
    }
    if (act instanceof Recommendation r
        && (r.issuer().is(Body.GRCM) || r.forum().map(f -> f.kind().isGrcm()).orElse(false))) {
      return r.delegations();
    }
    if (act instanceof Decision d && (d.decidedBy().is(Body.GRCM) || d.forum().kind().isGrcm())) {
      return ImmutableList.<Delegation>builder()
          .addAll(d.deciders())
          .addAll(d.sessionAttendees())
          .build();
    }
    return List.of();
  }

  /** Whether the charter accepts the delegation's service for a GRCM delegation of its State. */
  public static boolean accepted(Situation s, Delegation d) {
    return s.charter().grcmServices(d.party()).contains(d.service());
  }

  public static Finding otherService(Situation s, Act act, Delegation delegation) {
    Party p = delegation.party();
    TreeSet<String> names = new TreeSet<>();
    s.charter().grcmServices(p).forEach(service -> names.add(service.name()));
    List<Argument> accepted = names.stream().map(n -> Argument.term(Service.valueOf(n))).toList();
    return Finding.at(Target.party(p))
        .says(
            "service",
            Argument.act(act),
            Argument.party(p),
            delegation
                .serviceName()
                .map(Argument::text)
                .orElse(Argument.term(delegation.service())),
            Argument.list(accepted))
        .read(Values.act(pointer(act), delegation))
        .fix(fixed(act, p), "remedy.foreignAffairs", Argument.party(p));
  }

  private static String pointer(Act act) {
    return act instanceof MeetingProposal
        ? "/meeting/attendees"
        : act instanceof Decision ? "/deciders" : "/delegations";
  }

  private static Act fixed(Act act, Party p) {
    return Edits.fromForeignAffairs(act, del -> del.party().equals(p));
  }
}
