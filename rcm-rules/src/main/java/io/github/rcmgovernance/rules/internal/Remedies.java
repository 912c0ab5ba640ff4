package io.github.rcmgovernance.rules.internal;

import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.AgendaApproval;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.Document;
import io.github.rcmgovernance.model.act.ImmutableAgendaApproval;
import io.github.rcmgovernance.model.act.ImmutableDecision;
import io.github.rcmgovernance.model.act.ImmutableDocument;
import io.github.rcmgovernance.model.act.ImmutableMeetingProposal;
import io.github.rcmgovernance.model.act.ImmutablePlanOfActionActivity;
import io.github.rcmgovernance.model.act.ImmutablePresidencyTermProposal;
import io.github.rcmgovernance.model.act.ImmutableRecommendation;
import io.github.rcmgovernance.model.act.ImmutableSecretariatAction;
import io.github.rcmgovernance.model.act.ImmutableTechnicalCooperation;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.PlanOfActionActivity;
import io.github.rcmgovernance.model.act.PresidencyTermProposal;
import io.github.rcmgovernance.model.act.Recommendation;
import io.github.rcmgovernance.model.act.SecretariatAction;
import io.github.rcmgovernance.model.act.TechnicalCooperation;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.charter.MonthWindow;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.delegation.Level;
import io.github.rcmgovernance.model.delegation.Service;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.meeting.ImmutableMeeting;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.rules.Remedy;
import io.github.rcmgovernance.rules.Situation;
import io.github.rcmgovernance.rules.Target;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The remedy of each catalogue rule: the act with the change made, or advice where no change is
 * sure to be right. A fix never empties a list a rule requires (deciders, reviewed recommendations)
 * and never moves an act across a presidency term or a year where that could break another rule.
 */
public final class Remedies {
  private static final Actor VMC = Actor.of(Body.VICE_MINISTERIAL_CONFERENCE);
  private static final Actor GRCM = Actor.of(Body.GRCM);
  private static final Actor PPT = Actor.of(Body.PRO_TEMPORE_PRESIDENCY);
  private static final Actor TS = Actor.of(Body.TECHNICAL_SECRETARIAT);
  private static final Actor IOM = Actor.of(Body.IOM_REGIONAL_OFFICE);

  private Remedies() {}

  /**
   * The remedy for one finding.
   *
   * @param ruleId the rule id
   * @param target the finding's target
   * @param act the act judged
   * @param s the situation it was judged in
   * @return the remedy
   */
  public static Remedy of(String ruleId, Target target, Act act, Situation s) {
    return switch (ruleId) {
      case "RCM-DEC-1" -> notAMemberDecider((Decision) act, target);
      case "RCM-DEC-2", "RCM-GRC-1" -> toConference(act);
      case "RCM-DEC-3" -> deputyMinisters((Decision) act, target);
      case "RCM-DEC-4" -> closedSession(act, target);
      case "RCM-DEC-5" -> forum((Decision) act, target);
      case "RCM-DEC-6" ->
          Remedy.advice(
              "name the press release or statement that records the decision, once it is issued");
      case "RCM-DEC-7" ->
          Remedy.advice(
              "reach the decision without the objection: obtain the consent of the objecting"
                  + " Members, or do not take the decision");
      case "RCM-GRC-2" -> endorsedOnly(act, target);
      case "RCM-GRC-3", "RCM-DEL-1" -> foreignAffairs(act, target);
      case "RCM-GRC-4" ->
          Remedy.fix(
              "address the recommendation to the Vice-Ministerial Conference",
              act,
              ImmutableRecommendation.copyOf((Recommendation) act).withAddressee(VMC));
      case "RCM-GRC-5" -> agendaApproval((AgendaApproval) act, target, s);
      case "RCM-MTG-1" ->
          Remedy.advice("hold the meeting in a year without a Vice-Ministerial meeting");
      case "RCM-MTG-2" -> nextNumber((MeetingProposal) act, s);
      case "RCM-MTG-3" -> presidencyHosts((MeetingProposal) act, target, s);
      case "RCM-MTG-4" ->
          intoWindow(
              (MeetingProposal) act, s.charter().viceMinisterialWindow(), "Vice-Ministerial", s);
      case "RCM-MTG-5" -> justBefore((MeetingProposal) act, target, s);
      case "RCM-MTG-6" ->
          intoWindow((MeetingProposal) act, s.charter().midTermWindow(), "mid-term", s);
      case "RCM-MTG-7" -> lastHost((MeetingProposal) act, s);
      case "RCM-MTG-8" ->
          Remedy.advice("hold no second GRCM meeting of this kind in the year; merge the two");
      case "RCM-MTG-9" -> termRemedy((PresidencyTermProposal) act, target, s);
      case "RCM-MTG-10" -> Remedy.advice("propose the State next in the rotation for this term");
      case "RCM-MTG-11" ->
          Remedy.advice("schedule a GRCM preparatory meeting linked to this meeting");
      case "RCM-AGD-1" ->
          Remedy.advice(
              "have the GRCM discuss the agenda at its most recent mid-term meeting and review it at"
                  + " the preparatory meeting, and record both in the agenda record");
      case "RCM-OBS-1" -> withoutObserver(act, target);
      case "RCM-OBS-2" ->
          Remedy.advice("support only a project that a Member government determined");
      case "RCM-TS-1" -> secretariatSupportsOnly(act);
      case "RCM-TS-2" ->
          Remedy.fix(
              "have the Pro-Tempore Presidency instruct the Technical Secretariat",
              act,
              ImmutableSecretariatAction.copyOf((SecretariatAction) act).withInstructedBy(PPT));
      case "RCM-TS-3" ->
          Remedy.advice("ask the Technical Secretariat only for tasks in its terms of reference");
      case "RCM-TS-4" ->
          Remedy.fix(
              "prepare the background document at the request of the Presidency",
              act,
              ImmutableDocument.copyOf((Document) act).withRequestedBy(PPT));
      case "RCM-TS-5" -> periodicReport((Document) act, target, s);
      case "RCM-TS-6" ->
          Remedy.advice(
              "support only a recorded meeting or an event that the Vice-Ministerial Conference,"
                  + " the GRCM or the Presidency agreed");
      case "RCM-TS-7", "RCM-POA-1" -> toConference(act);
      case "RCM-IOM-1" ->
          Remedy.fix(
              "obtain a request from the Pro-Tempore Presidency",
              act,
              ImmutableTechnicalCooperation.copyOf((TechnicalCooperation) act)
                  .withRequestedBy(
                      ImmutableList.<Actor>builder()
                          .addAll(((TechnicalCooperation) act).requestedBy())
                          .add(PPT)
                          .build()));
      default -> Remedy.advice("see rule " + ruleId);
    };
  }

  private static Remedy toConference(Act act) {
    if (act instanceof Document d) {
      return Remedy.fix(
          "have the Vice-Ministerial Conference approve it",
          act,
          ImmutableDocument.copyOf(d).withApprovedBy(VMC));
    }
    return Remedy.fix(
        "leave the decision to the Vice-Ministerial Conference",
        act,
        ImmutableDecision.copyOf((Decision) act).withDecidedBy(VMC));
  }

  private static Remedy notAMemberDecider(Decision d, Target target) {
    if (!(target instanceof Target.PartyTarget p)) {
      return Remedy.advice("name the Members' Deputy Ministers who take the decision");
    }
    ImmutableList<Delegation> deciders =
        without(d.deciders(), del -> del.party().equals(p.party()));
    if (deciders.isEmpty()) {
      return Remedy.advice(
          "have Member States' Deputy Ministers take the decision instead of " + p.party());
    }
    return Remedy.fix(
        "remove " + p.party() + " from the deciders",
        d,
        ImmutableDecision.copyOf(d).withDeciders(deciders));
  }

  private static Remedy deputyMinisters(Decision d, Target target) {
    Party party = ((Target.PartyTarget) target).party();
    ImmutableList<Delegation> deciders =
        map(
            d.deciders(),
            del ->
                del.party().equals(party)
                    ? Delegation.builder().from(del).level(Level.DEPUTY_MINISTER).build()
                    : del);
    return Remedy.fix(
        "have " + party + " decide through its Deputy Minister",
        d,
        ImmutableDecision.copyOf(d).withDeciders(deciders));
  }

  private static Remedy closedSession(Act act, Target target) {
    if (act instanceof MeetingProposal p) {
      Party party = ((Target.PartyTarget) target).party();
      return Remedy.fix(
          "remove " + party + " from the closed session",
          act,
          withMeeting(
              p,
              m ->
                  m.withClosedSessionAttendees(
                      without(m.closedSessionAttendees(), del -> del.party().equals(party)))));
    }
    Decision d = (Decision) act;
    if (target instanceof Target.DocumentTarget) {
      return Remedy.fix(
          "close the decision session", act, ImmutableDecision.copyOf(d).withSessionClosed(true));
    }
    if (target instanceof Target.BodyTarget) {
      return Remedy.fix(
          "take the decision without Technical Secretariat staff in the session",
          act,
          ImmutableDecision.copyOf(d).withSecretariatStaffPresent(false));
    }
    Party party = ((Target.PartyTarget) target).party();
    ImmutableList<Delegation> deciders = without(d.deciders(), del -> del.party().equals(party));
    if (deciders.isEmpty()) {
      return Remedy.advice(
          "have Member States' Deputy Ministers take the decision instead of " + party);
    }
    return Remedy.fix(
        "remove " + party + " from the closed session and the deciders",
        act,
        ImmutableDecision.copyOf(d)
            .withDeciders(deciders)
            .withSessionAttendees(without(d.sessionAttendees(), del -> del.party().equals(party))));
  }

  private static Remedy forum(Decision d, Target target) {
    if (target instanceof Target.MissingFact) {
      return Remedy.advice(
          "name the GRCM recommendations the consultation reviews, or take the decision at a"
              + " Vice-Ministerial meeting");
    }
    if (target instanceof Target.MeetingTarget) {
      return Remedy.fix(
          "name no forum meeting, or the recorded meeting the decision is taken at",
          d,
          ImmutableDecision.copyOf(d).withForum(Forum.of(d.forum().kind())));
    }
    String id = target.value();
    if (!id.equals(d.id())) {
      ImmutableList<String> reviews = ImmutableList.copyOf(without(d.reviews(), id::equals));
      if (reviews.isEmpty()) {
        return Remedy.advice(
            "review only recorded GRCM recommendations, or take the decision at a"
                + " Vice-Ministerial meeting");
      }
      return Remedy.fix(
          "review only recorded GRCM recommendations (drop " + id + ")",
          d,
          ImmutableDecision.copyOf(d).withReviews(reviews));
    }
    return Remedy.fix(
        "take the decision at a Vice-Ministerial meeting",
        d,
        ImmutableDecision.copyOf(d).withForum(Forum.of(MeetingKind.VICE_MINISTERIAL)));
  }

  private static Remedy endorsedOnly(Act act, Target target) {
    String recommendation = target.value();
    String text =
        "act only on recommendations the Deputy Ministers endorsed (drop " + recommendation + ")";
    if (act instanceof Decision d) {
      return Remedy.fix(
          text,
          act,
          ImmutableDecision.copyOf(d).withActsOn(without(d.actsOn(), recommendation::equals)));
    }
    if (act instanceof PlanOfActionActivity a) {
      return Remedy.fix(
          text,
          act,
          ImmutablePlanOfActionActivity.copyOf(a).withBasedOn(java.util.Optional.empty()));
    }
    return Remedy.fix(
        text,
        act,
        ImmutableSecretariatAction.copyOf((SecretariatAction) act)
            .withServesRecommendation(java.util.Optional.empty()));
  }

  /** The delegations of one party, sent from Foreign Affairs instead of another service. */
  private static Remedy foreignAffairs(Act act, Target target) {
    Party party = ((Target.PartyTarget) target).party();
    UnaryOperator<ImmutableList<Delegation>> fix =
        list ->
            map(
                list,
                del ->
                    del.party().equals(party)
                        ? Delegation.of(del.party(), del.level(), Service.FOREIGN_AFFAIRS)
                        : del);
    String text = "send the delegation of " + party + " from its Foreign Affairs ministry";
    if (act instanceof MeetingProposal p) {
      return Remedy.fix(
          text,
          act,
          withMeeting(
              p,
              m ->
                  m.withAttendees(fix.apply(m.attendees()))
                      .withClosedSessionAttendees(fix.apply(m.closedSessionAttendees()))));
    }
    if (act instanceof Decision d) {
      return Remedy.fix(
          text, act, ImmutableDecision.copyOf(d).withDeciders(fix.apply(d.deciders())));
    }
    if (act instanceof Recommendation r) {
      return Remedy.fix(
          text, act, ImmutableRecommendation.copyOf(r).withDelegations(fix.apply(r.delegations())));
    }
    AgendaApproval a = (AgendaApproval) act;
    return Remedy.fix(
        text, act, ImmutableAgendaApproval.copyOf(a).withDelegations(fix.apply(a.delegations())));
  }

  private static Remedy agendaApproval(AgendaApproval a, Target target, Situation s) {
    if (target instanceof Target.MeetingTarget) {
      return Remedy.fix(
          "name the recorded GRCM mid-term meeting the agenda is approved at, or none",
          a,
          ImmutableAgendaApproval.copyOf(a).withForum(Forum.of(a.forum().kind())));
    }
    if (target instanceof Target.DocumentTarget) {
      Forum forum =
          a.forum()
              .meetingId()
              .map(s::meeting)
              .filter(m -> m.kind() == MeetingKind.GRCM_MID_TERM)
              .filter(m -> !a.date().isBefore(m.start()) && !a.date().isAfter(m.end()))
              .map(m -> Forum.of(MeetingKind.GRCM_MID_TERM, m.id()))
              .orElse(Forum.of(MeetingKind.GRCM_MID_TERM));
      return Remedy.fix(
          "approve the agenda at the GRCM mid-term meeting",
          a,
          ImmutableAgendaApproval.copyOf(a).withForum(forum));
    }
    return Remedy.fix(
        "have the GRCM approve the agenda",
        a,
        ImmutableAgendaApproval.copyOf(a).withApprovedBy(GRCM));
  }

  private static Remedy nextNumber(MeetingProposal p, Situation s) {
    int next = s.history().highestViceMinisterialNumberExcept(p.meeting().id()) + 1;
    return Remedy.fix(
        "number the meeting " + next + ", after the highest held or scheduled",
        p,
        withMeeting(p, m -> m.withNumber(next)));
  }

  private static Remedy presidencyHosts(MeetingProposal p, Target target, Situation s) {
    Meeting m = p.meeting();
    Party holder = s.presidencyHolder(m.start());
    if (target instanceof Target.MeetingTarget) {
      return Remedy.advice(
          "record the presidency term that covers " + m.start() + ", or move the meeting into one");
    }
    boolean organiserOk = m.organiser().map(o -> s.isPresidency(o, m.start())).orElse(false);
    boolean organiserTarget =
        target.equals(Target.missing("/meeting/organiser"))
            || m.organiser().map(o -> target.equals(Target.of(o))).orElse(false);
    if (holder == null) {
      if (organiserTarget) {
        return Remedy.fix(
            "have the Pro-Tempore Presidency organise the meeting",
            p,
            withMeeting(p, x -> x.withOrganiser(PPT)));
      }
      return Remedy.advice("record the presidency term that covers " + m.start());
    }
    return Remedy.fix(
        "have "
            + holder
            + ", holder of the Presidency, host the meeting in its territory and the"
            + " Presidency organise it",
        p,
        withMeeting(
            p, x -> organiserOk ? x.withHost(holder) : x.withHost(holder).withOrganiser(PPT)));
  }

  private static Remedy intoWindow(
      MeetingProposal p, MonthWindow window, String what, Situation s) {
    Meeting m = p.meeting();
    long days = ChronoUnit.DAYS.between(m.start(), m.end());
    LocalDate start = LocalDate.of(m.start().getYear(), window.fromMonth(), 1);
    LocalDate end = start.plusDays(days);
    String advice = "hold the " + what + " meeting within " + window;
    if (!window.contains(end) || end.getYear() != start.getYear()) {
      return Remedy.advice(advice);
    }
    // The host and organiser are judged by the presidency on the first day: do not move the
    // meeting into another presidency's term.
    if (!Objects.equals(s.presidencyHolder(start), s.presidencyHolder(m.start()))) {
      return Remedy.advice(advice);
    }
    return Remedy.fix(
        "move the " + what + " meeting into " + window + " (" + start + ".." + end + ")",
        p,
        withMeeting(p, x -> moved(x, start, end)));
  }

  private static Remedy justBefore(MeetingProposal p, Target target, Situation s) {
    Meeting m = p.meeting();
    if (!target.equals(Target.meeting(m.id()))) {
      return Remedy.advice("link the preparatory meeting to a recorded Vice-Ministerial meeting");
    }
    Meeting vm = m.prepares().map(s::meeting).orElse(null);
    if (vm == null || vm.kind() != MeetingKind.VICE_MINISTERIAL) {
      return Remedy.advice("link the preparatory meeting to a recorded Vice-Ministerial meeting");
    }
    LocalDate day = vm.start().minusDays(Math.min(1, s.charter().preparatoryLeadDays()));
    boolean otherInThatYear =
        s.history().meetingsOf(MeetingKind.GRCM_PREPARATORY, day.getYear()).stream()
            .anyMatch(other -> !other.id().equals(m.id()));
    if (day.getYear() != m.start().getYear() && otherInThatYear) {
      return Remedy.advice("hold the preparatory meeting in the days just before " + vm.id());
    }
    return Remedy.fix(
        "hold the preparatory meeting on " + day + ", just before " + vm.displayName(),
        p,
        withMeeting(p, x -> moved(x, day, day)));
  }

  private static Remedy lastHost(MeetingProposal p, Situation s) {
    Party host =
        s.history()
            .lastViceMinisterialMeeting(p.meeting().start())
            .flatMap(Meeting::host)
            .orElse(null);
    if (host == null) {
      return Remedy.advice("hold the mid-term meeting in the last host country");
    }
    return Remedy.fix(
        "hold the mid-term meeting in " + host + ", host of the last Vice-Ministerial meeting",
        p,
        withMeeting(p, x -> x.withHost(host)));
  }

  private static Remedy termRemedy(PresidencyTermProposal p, Target target, Situation s) {
    PresidencyTerm t = p.term();
    if (target instanceof Target.DocumentTarget) {
      PresidencyTerm year = PresidencyTerm.forYear(t.holder(), t.start().getYear());
      boolean newOverlap =
          s.history().presidencyTerms().stream()
              .anyMatch(
                  other ->
                      !other.holder().equals(t.holder())
                          && other.overlaps(year)
                          && !other.overlaps(t));
      if (newOverlap) {
        return Remedy.advice(
            "make the term one calendar year, once no other State holds part of it");
      }
      return Remedy.fix(
          "make the term of " + t.holder() + " the calendar year " + t.start().getYear(),
          p,
          ImmutablePresidencyTermProposal.copyOf(p).withTerm(year));
    }
    return Remedy.advice(
        target.equals(Target.party(t.holder()))
            ? "propose a Member State for the Presidency"
            : "propose a term that no other State holds");
  }

  private static Remedy withoutObserver(Act act, Target target) {
    Predicate<Actor> actor = a -> Target.of(a).equals(target);
    Predicate<Delegation> delegation = del -> Target.party(del.party()).equals(target);
    String text = "leave " + target.value() + " out of drafting and adopting the document";
    if (act instanceof Recommendation r) {
      return Remedy.fix(
          text,
          act,
          ImmutableRecommendation.copyOf(r)
              .withDrafters(without(r.drafters(), actor))
              .withDelegations(without(r.delegations(), delegation)));
    }
    if (act instanceof AgendaApproval a) {
      return Remedy.fix(
          text,
          act,
          ImmutableAgendaApproval.copyOf(a).withDelegations(without(a.delegations(), delegation)));
    }
    Document d = (Document) act;
    return Remedy.fix(
        text, act, ImmutableDocument.copyOf(d).withAuthors(without(d.authors(), actor)));
  }

  private static Remedy secretariatSupportsOnly(Act act) {
    if (act instanceof Decision) {
      return toConference(act);
    }
    if (act instanceof Recommendation r) {
      if (r.issuer().equals(TS)) {
        return Remedy.advice(
            "have the GRCM issue the recommendation; the Technical Secretariat only supports");
      }
      return Remedy.fix(
          "leave the Technical Secretariat out of the recommendation's drafters",
          act,
          ImmutableRecommendation.copyOf(r).withDrafters(without(r.drafters(), TS::equals)));
    }
    Document d = (Document) act;
    ImmutableList<Actor> authors = without(d.authors(), TS::equals);
    if (authors.isEmpty()) {
      return Remedy.advice(
          "have the GRCM or the Deputy Ministers make the recommendations; the Technical"
              + " Secretariat only supports");
    }
    return Remedy.fix(
        "leave the Technical Secretariat out of the document's authors",
        act,
        ImmutableDocument.copyOf(d).withAuthors(authors));
  }

  private static Remedy periodicReport(Document d, Target target, Situation s) {
    if (target.equals(Target.body(Body.PRO_TEMPORE_PRESIDENCY))) {
      return Remedy.fix("address the report to the Presidency too", d, addressedToo(d, PPT));
    }
    if (target.equals(Target.body(Body.IOM_REGIONAL_OFFICE))) {
      return Remedy.fix(
          "address the report to IOM's Regional Representative too", d, addressedToo(d, IOM));
    }
    Meeting m = d.prepares().map(s::meeting).orElse(null);
    if (target instanceof Target.MeetingTarget && m != null && m.kind().isGrcm()) {
      LocalDate day = m.start().minusDays(1);
      // The Presidency the report goes to is read on its date: stay within the same term.
      if (Objects.equals(s.presidencyHolder(day), s.presidencyHolder(d.date()))) {
        return Remedy.fix(
            "date the report before " + m.id() + " (" + day + ")",
            d,
            ImmutableDocument.copyOf(d).withDate(day));
      }
      return Remedy.advice("date the report before " + m.id());
    }
    return Remedy.advice("name the recorded GRCM meeting the report prepares");
  }

  private static Document addressedToo(Document d, Actor actor) {
    return ImmutableDocument.copyOf(d)
        .withAddressedTo(ImmutableList.<Actor>builder().addAll(d.addressedTo()).add(actor).build());
  }

  private static ImmutableMeetingProposal withMeeting(
      MeetingProposal p, UnaryOperator<ImmutableMeeting> change) {
    return ImmutableMeetingProposal.copyOf(p)
        .withMeeting(change.apply(ImmutableMeeting.copyOf(p.meeting())));
  }

  /** The meeting on other days; both change at once, so the end never precedes the start. */
  private static ImmutableMeeting moved(ImmutableMeeting m, LocalDate start, LocalDate end) {
    return ImmutableMeeting.builder().from(m).start(start).end(end).build();
  }

  private static <T> ImmutableList<T> without(List<T> list, Predicate<? super T> drop) {
    return list.stream().filter(drop.negate()).collect(ImmutableList.toImmutableList());
  }

  /** Maps each element, keeping the first of any elements that become equal. */
  private static <T> ImmutableList<T> map(List<T> list, UnaryOperator<T> change) {
    LinkedHashSet<T> out = new LinkedHashSet<>();
    list.forEach(e -> out.add(change.apply(e)));
    return ImmutableList.copyOf(out);
  }
}
