package io.github.rcmgovernance.rules;

import static io.github.rcmgovernance.rules.Fixtures.AR;
import static io.github.rcmgovernance.rules.Fixtures.CR;
import static io.github.rcmgovernance.rules.Fixtures.GT;
import static io.github.rcmgovernance.rules.Fixtures.MX;
import static io.github.rcmgovernance.rules.Fixtures.agendaApproval;
import static io.github.rcmgovernance.rules.Fixtures.decision;
import static io.github.rcmgovernance.rules.Fixtures.dm;
import static io.github.rcmgovernance.rules.Fixtures.history;
import static io.github.rcmgovernance.rules.Fixtures.viceMinisterialProposal;

import com.google.common.collect.ImmutableSet;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.delegation.Level;
import io.github.rcmgovernance.model.delegation.Service;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import java.util.List;

/**
 * Acts at the edge of a rule: what one rule must report, or must not, on an act that other rules
 * may well fault. Each expectation was read from the catalogue alone, not from the rules (see
 * docs/testing.md); the DRL mutation tests run them beside the rule cases, and each one kills a
 * mutant of the rule's conditions that the rule cases let through.
 */
final class BoundaryCases {
  /**
   * One act at the edge of a rule.
   *
   * @param title what the act is, and what the catalogue says of it
   * @param charter the charter
   * @param history the history
   * @param act the act
   * @param ruleId the rule at whose edge the act is
   * @param targets the keys of the targets that rule must report (none: it must not fire)
   */
  record Boundary(
      String title,
      Charter charter,
      History history,
      Act act,
      String ruleId,
      ImmutableSet<String> targets) {
    @Override
    public String toString() {
      return ruleId + ": " + title;
    }
  }

  private BoundaryCases() {}

  private static Boundary of(String title, Act act, String ruleId, String... targets) {
    return new Boundary(title, Charter.rcm(), history(), act, ruleId, ImmutableSet.copyOf(targets));
  }

  static List<Boundary> all() {
    Delegation argentineLabour =
        Delegation.builder()
            .party(AR)
            .level(Level.DEPUTY_MINISTER)
            .service(Service.OTHER)
            .serviceName("Ministry of Labour")
            .build();
    return List.of(
        // RCM-DEC-5 reads the reviewed ids only to qualify a consultation between meetings.
        of(
            "a Vice-Ministerial decision naming an unknown recommendation among those it reviews:"
                + " not a DEC-5 fault",
            decision().withReviews("REC-404"),
            "RCM-DEC-5"),
        // A forum of another kind is one fault; its meeting is not judged again (semantics.md).
        of(
            "a decision at a GRCM mid-term forum naming an unknown meeting: one DEC-5 fault, the"
                + " decision's",
            decision().withForum(Forum.of(MeetingKind.GRCM_MID_TERM, "XX-1")),
            "RCM-DEC-5",
            Target.document("DEC-2024-1").key()),
        of(
            "an agenda approved at a Vice-Ministerial forum naming an unknown meeting: one GRC-5"
                + " fault, the approval's",
            agendaApproval().withForum(Forum.of(MeetingKind.VICE_MINISTERIAL, "MT-9999")),
            "RCM-GRC-5",
            Target.document("AGD-2025").key()),
        // Consensus is among the deciding Members: an observer's objection is not a DEC-7 fault
        // (its place among the deciders is DEC-1's and DEC-4's).
        of(
            "an observer among the deciders objects: not a DEC-7 fault",
            decision().withDeciders(dm(MX), dm(CR), dm(AR)).withObjections(AR),
            "RCM-DEC-7"),
        // RCM-DEL-1 is about Members' delegations only.
        of(
            "an observer State's delegation from its Ministry of Labour at a Vice-Ministerial"
                + " meeting: not a DEL-1 fault",
            viceMinisterialProposal()
                .withMeeting(
                    viceMinisterialProposal().meeting().withAttendees(dm(GT), argentineLabour)),
            "RCM-DEL-1"));
  }
}
