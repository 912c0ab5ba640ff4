package io.github.rcmgovernance.rules;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.Document;
import io.github.rcmgovernance.model.act.DocumentKind;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.ProjectSupport;
import io.github.rcmgovernance.model.act.SecretariatAction;
import io.github.rcmgovernance.model.act.SecretariatTask;
import io.github.rcmgovernance.model.act.TechnicalCooperation;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The facts the catalogue requires, taken out of an act one at a time ("missing is not compliant"):
 * the deciders of a decision, the reviewed recommendations of a consultation, the approver of a
 * Plan of Action or terms of reference, the requester of the TS's background document or of IOM's
 * cooperation, the event supported, the governments that determined a project, the host and
 * organiser of a Vice-Ministerial meeting and the meeting a preparatory meeting prepares.
 */
final class RequiredFacts {
  private RequiredFacts() {}

  /** The act without each required fact that it has and its kind needs; empty when none applies. */
  static List<Act> without(Act act) {
    List<Act> out = new ArrayList<>();
    if (act instanceof Decision d) {
      if (!d.deciders().isEmpty()) {
        out.add(d.withDeciders(List.of()));
      }
      if (d.forum().kind() == MeetingKind.INTERSESSIONAL_CONSULTATION && !d.reviews().isEmpty()) {
        out.add(d.withReviews(List.<String>of()));
      }
    } else if (act instanceof Document d) {
      boolean approved =
          d.kind() == DocumentKind.PLAN_OF_ACTION || d.kind() == DocumentKind.TERMS_OF_REFERENCE;
      if (approved && d.approvedBy().isPresent()) {
        out.add(d.withApprovedBy(Optional.empty()));
      }
      boolean background =
          d.kind() == DocumentKind.BACKGROUND_DOCUMENT
              && d.authors().contains(Actor.of(Body.TECHNICAL_SECRETARIAT));
      if (background && d.requestedBy().isPresent()) {
        out.add(d.withRequestedBy(Optional.empty()));
      }
    } else if (act instanceof SecretariatAction a) {
      if (a.task() == SecretariatTask.EVENT_SUPPORT && a.servesMeeting().isPresent()) {
        out.add(a.withServesMeeting(Optional.empty()));
      }
    } else if (act instanceof TechnicalCooperation c) {
      if (!c.requestedBy().isEmpty()) {
        out.add(c.withRequestedBy(List.<Actor>of()));
      }
    } else if (act instanceof ProjectSupport p) {
      if (!p.determinedBy().isEmpty()) {
        out.add(p.withDeterminedBy(List.of()));
      }
    } else if (act instanceof MeetingProposal p) {
      Meeting m = p.meeting();
      if (m.kind() == MeetingKind.VICE_MINISTERIAL) {
        if (m.host().isPresent()) {
          out.add(p.withMeeting(m.withHost(Optional.empty())));
        }
        if (m.organiser().isPresent()) {
          out.add(p.withMeeting(m.withOrganiser(Optional.empty())));
        }
      }
      if (m.kind() == MeetingKind.GRCM_PREPARATORY && m.prepares().isPresent()) {
        out.add(p.withMeeting(m.withPrepares(Optional.empty())));
      }
    }
    return out;
  }
}
