package io.github.rcmgovernance.rules.oracle;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.AgendaApproval;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.DecisionRule;
import io.github.rcmgovernance.model.act.Document;
import io.github.rcmgovernance.model.act.DocumentKind;
import io.github.rcmgovernance.model.act.FacilitySupport;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.PlanOfActionActivity;
import io.github.rcmgovernance.model.act.PresidencyTermProposal;
import io.github.rcmgovernance.model.act.ProjectSupport;
import io.github.rcmgovernance.model.act.Recommendation;
import io.github.rcmgovernance.model.act.SecretariatAction;
import io.github.rcmgovernance.model.act.SecretariatTask;
import io.github.rcmgovernance.model.act.Subject;
import io.github.rcmgovernance.model.act.TechnicalCooperation;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.charter.MonthWindow;
import io.github.rcmgovernance.model.charter.RotationPolicy;
import io.github.rcmgovernance.model.charter.TermPolicy;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.delegation.Level;
import io.github.rcmgovernance.model.delegation.Service;
import io.github.rcmgovernance.model.history.AgendaRecord;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.history.ReviewState;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.model.party.Status;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Plain-Java reference implementation of the rule catalogue, written from {@code docs/semantics.md}
 * alone, for differential tests against the Drools rules. It uses only the model: no Drools, no
 * DRL, no class of the rules module.
 *
 * <p>Each rule is a private method named after its id, in the order of semantics.md. Instances are
 * thread-safe and hold no state apart from the charter.
 */
public final class ReferenceOracle {
  private static final String TS_SUBJECT = "TECHNICAL_SECRETARIAT";
  private static final String GRCM_SUBJECT = "GRCM";
  private static final String TERM_SUBJECT = "term";

  private final Charter charter;

  /**
   * An oracle judging under a charter.
   *
   * @param charter the charter giving statuses and parameters
   */
  public ReferenceOracle(Charter charter) {
    this.charter = Objects.requireNonNull(charter, "charter");
  }

  /**
   * One finding: a rule id and the subject it reports on. Findings with the same rule id and
   * subject are one finding, like the validator's violations.
   *
   * @param ruleId the rule id, for example {@code RCM-DEC-1}
   * @param subject what the finding is about, as semantics.md names it
   */
  public record Finding(String ruleId, String subject) {
    /** Checks both parts are present. */
    public Finding {
      Objects.requireNonNull(ruleId, "ruleId");
      Objects.requireNonNull(subject, "subject");
    }
  }

  /**
   * All findings for an act.
   *
   * @param act the act to judge
   * @param history the history the rules read
   * @param asOf the day of judgement
   * @return the findings, one per (rule id, subject), in the order found
   */
  public Set<Finding> findings(Act act, History history, LocalDate asOf) {
    Objects.requireNonNull(act, "act");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(asOf, "asOf");
    Judgement j = new Judgement(history, asOf);
    if (act instanceof Decision d) {
      decision(j, d);
    } else if (act instanceof AgendaApproval a) {
      agendaApproval(j, a);
    } else if (act instanceof Recommendation r) {
      recommendation(j, r);
    } else if (act instanceof Document doc) {
      document(j, doc);
    } else if (act instanceof MeetingProposal p) {
      meetingProposal(j, p);
    } else if (act instanceof PresidencyTermProposal p) {
      presidencyTermProposal(j, p);
    } else if (act instanceof SecretariatAction s) {
      secretariatAction(j, s);
    } else if (act instanceof PlanOfActionActivity p) {
      grc2(j, p);
    } else if (act instanceof ProjectSupport p) {
      obs2(j, p);
    } else if (act instanceof TechnicalCooperation t) {
      iom1(j, t);
    } else if (act instanceof FacilitySupport) {
      // No rule: IOM's facilities to the TS need no request (HO-1).
    } else {
      throw new IllegalArgumentException("unknown kind of act: " + act.getClass().getName());
    }
    return Collections.unmodifiableSet(j.found);
  }

  /**
   * All findings for an act judged on its own date.
   *
   * @param act the act to judge
   * @param history the history the rules read
   * @return the findings, as {@link #findings(Act, History, LocalDate)} with the act's date
   */
  public Set<Finding> findings(Act act, History history) {
    return findings(act, history, act.date());
  }

  /**
   * The distinct rule ids among the findings for an act.
   *
   * @param act the act to judge
   * @param history the history the rules read
   * @param asOf the day of judgement
   * @return the rule ids with at least one finding, sorted
   */
  public SortedSet<String> ruleIds(Act act, History history, LocalDate asOf) {
    SortedSet<String> ids = new TreeSet<>();
    for (Finding f : findings(act, history, asOf)) {
      ids.add(f.ruleId());
    }
    return Collections.unmodifiableSortedSet(ids);
  }

  /**
   * The distinct rule ids among the findings for an act judged on its own date.
   *
   * @param act the act to judge
   * @param history the history the rules read
   * @return the rule ids with at least one finding, sorted
   */
  public SortedSet<String> ruleIds(Act act, History history) {
    return ruleIds(act, history, act.date());
  }

  // ---------------------------------------------------------------------------------------------
  // Dispatch per kind of act

  private void decision(Judgement j, Decision d) {
    dec1(j, d);
    dec2(j, d);
    dec3(j, d);
    dec4(j, d);
    dec5(j, d);
    dec6(j, d);
    dec7(j, d);
    grc1(j, d);
    grc2(j, d);
    del1(j, d);
    ts1(j, d);
    ts7(j, d);
    poa1(j, d);
  }

  private void agendaApproval(Judgement j, AgendaApproval a) {
    grc3(j, a.delegations());
    grc5(j, a);
  }

  private void recommendation(Judgement j, Recommendation r) {
    grc3(j, r.delegations());
    grc4(j, r);
    obs1(j, r);
    ts1(j, r);
  }

  private void document(Judgement j, Document doc) {
    obs1(j, doc);
    ts1(j, doc);
    ts4(j, doc);
    ts5(j, doc);
    ts7(j, doc);
    poa1(j, doc);
  }

  private void meetingProposal(Judgement j, MeetingProposal p) {
    Meeting m = p.meeting();
    switch (m.kind()) {
      case VICE_MINISTERIAL -> {
        mtg1(j, m);
        mtg2(j, m);
        mtg3(j, m);
        mtg4(j, m);
        mtg11(j, m);
        agd1(j, m);
        del1(j, m);
      }
      case GRCM_PREPARATORY -> {
        grc3(j, m.attendees());
        mtg5(j, m);
        mtg8(j, m);
      }
      case GRCM_MID_TERM -> {
        grc3(j, m.attendees());
        mtg6(j, m);
        mtg7(j, m);
        mtg8(j, m);
      }
      default -> {
        // No rule judges a proposal of another kind of meeting.
      }
    }
  }

  private void presidencyTermProposal(Judgement j, PresidencyTermProposal p) {
    mtg9(j, p.term());
    mtg10(j, p.term());
  }

  private void secretariatAction(Judgement j, SecretariatAction s) {
    grc2(j, s);
    ts2(j, s);
    ts3(j, s);
    ts6(j, s);
  }

  // ---------------------------------------------------------------------------------------------
  // Decisions

  /** RCM-DEC-1: every deciding delegation must be a Member's. */
  private void dec1(Judgement j, Decision d) {
    for (Delegation del : d.deciders()) {
      if (j.standing(del.party()) != Standing.MEMBER) {
        j.report("RCM-DEC-1", del.party().toString());
      }
    }
  }

  /** RCM-DEC-2: decisions are the Conference's (GRCM and TS have rules of their own). */
  private void dec2(Judgement j, Decision d) {
    Actor by = d.decidedBy();
    if (!by.is(Body.VICE_MINISTERIAL_CONFERENCE)
        && !by.is(Body.GRCM)
        && !by.is(Body.TECHNICAL_SECRETARIAT)) {
      j.report("RCM-DEC-2", by.toString());
    }
  }

  /** RCM-DEC-3: every deciding delegation is headed by a Deputy Minister. */
  private void dec3(Judgement j, Decision d) {
    for (Delegation del : d.deciders()) {
      if (del.level() != Level.DEPUTY_MINISTER) {
        j.report("RCM-DEC-3", del.party().toString());
      }
    }
  }

  /** RCM-DEC-4: the decision session is closed, to Members only, TS staff only if allowed. */
  private void dec4(Judgement j, Decision d) {
    if (!d.sessionClosed()) {
      j.report("RCM-DEC-4", d.id());
    }
    for (Delegation del : d.sessionAttendees()) {
      if (j.standing(del.party()) != Standing.MEMBER) {
        j.report("RCM-DEC-4", del.party().toString());
      }
    }
    if (d.secretariatStaffPresent() && !charter.secretariatMayAttendDecisionSession()) {
      j.report("RCM-DEC-4", TS_SUBJECT);
    }
  }

  /** RCM-DEC-5: decisions are taken at a Vice-Ministerial meeting or a review consultation. */
  private void dec5(Judgement j, Decision d) {
    MeetingKind kind = d.forum().kind();
    boolean reviewConsultation =
        kind == MeetingKind.INTERSESSIONAL_CONSULTATION
            && d.subject() == Subject.REVIEW_OF_RECOMMENDATIONS;
    if (kind != MeetingKind.VICE_MINISTERIAL && !reviewConsultation) {
      j.report("RCM-DEC-5", d.forum().toString());
    }
  }

  /** RCM-DEC-6: a Vice-Ministerial decision is recorded in a press release or statement. */
  private void dec6(Judgement j, Decision d) {
    if (d.forum().kind() == MeetingKind.VICE_MINISTERIAL && d.recordedIn().isEmpty()) {
      j.report("RCM-DEC-6", d.id());
    }
  }

  /** RCM-DEC-7: consensus means no decider objects; majority means fewer than half object. */
  private void dec7(Judgement j, Decision d) {
    Set<Party> deciderParties = new LinkedHashSet<>();
    for (Delegation del : d.deciders()) {
      deciderParties.add(del.party());
    }
    Set<Party> objectingDeciders = new LinkedHashSet<>();
    for (Party p : d.objections()) {
      if (deciderParties.contains(p)) {
        objectingDeciders.add(p);
      }
    }
    if (charter.decisionRule() == DecisionRule.CONSENSUS) {
      for (Party p : objectingDeciders) {
        j.report("RCM-DEC-7", p.toString());
      }
    } else if (charter.decisionRule() == DecisionRule.MAJORITY) {
      if (!deciderParties.isEmpty() && objectingDeciders.size() * 2 >= deciderParties.size()) {
        j.report("RCM-DEC-7", d.id());
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // GRCM

  /** RCM-GRC-1: the GRCM never decides. */
  private void grc1(Judgement j, Decision d) {
    if (d.decidedBy().is(Body.GRCM)) {
      j.report("RCM-GRC-1", GRCM_SUBJECT);
    }
  }

  /** RCM-GRC-2: a decision acts only on recommendations it reviews or that were endorsed. */
  private void grc2(Judgement j, Decision d) {
    for (String r : d.actsOn()) {
      if (!d.reviews().contains(r) && !j.endorsed(r)) {
        j.report("RCM-GRC-2", r);
      }
    }
  }

  /** RCM-GRC-2: a Plan of Action activity carries out only an endorsed recommendation. */
  private void grc2(Judgement j, PlanOfActionActivity a) {
    a.basedOn().filter(r -> !j.endorsed(r)).ifPresent(r -> j.report("RCM-GRC-2", r));
  }

  /** RCM-GRC-2: a secretariat action serves only an endorsed recommendation. */
  private void grc2(Judgement j, SecretariatAction s) {
    s.servesRecommendation().filter(r -> !j.endorsed(r)).ifPresent(r -> j.report("RCM-GRC-2", r));
  }

  /** RCM-GRC-3: a State's GRCM delegation comes from Foreign Affairs or immigration authorities. */
  private void grc3(Judgement j, List<Delegation> delegations) {
    for (Delegation del : delegations) {
      Party p = del.party();
      if (p.isState() && !isGrcmService(p, del.service())) {
        j.report("RCM-GRC-3", p.toString());
      }
    }
  }

  /** RCM-GRC-4: GRCM recommendations go to the Vice-Ministerial Conference. */
  private void grc4(Judgement j, Recommendation r) {
    if (r.issuer().is(Body.GRCM) && !r.addressee().is(Body.VICE_MINISTERIAL_CONFERENCE)) {
      j.report("RCM-GRC-4", r.addressee().toString());
    }
  }

  /** RCM-GRC-5: the GRCM approves the agenda, at its mid-term meeting. */
  private void grc5(Judgement j, AgendaApproval a) {
    if (!a.approvedBy().is(Body.GRCM) || a.forum().kind() != MeetingKind.GRCM_MID_TERM) {
      j.report("RCM-GRC-5", a.id());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Meetings and calendar

  /** RCM-MTG-1: at most one Vice-Ministerial meeting a year. */
  private void mtg1(Judgement j, Meeting m) {
    for (Meeting other : j.history.meetings()) {
      if (other.kind() == MeetingKind.VICE_MINISTERIAL
          && !other.id().equals(m.id())
          && sameYear(other, m)) {
        j.report("RCM-MTG-1", other.id());
      }
    }
  }

  /** RCM-MTG-2: Vice-Ministerial meetings are numbered one after the highest so far. */
  private void mtg2(Judgement j, Meeting m) {
    Integer highest = null;
    for (Meeting other : j.history.meetings()) {
      if (other.kind() == MeetingKind.VICE_MINISTERIAL
          && !other.id().equals(m.id())
          && other.number().isPresent()) {
        int n = other.number().getAsInt();
        if (highest == null || n > highest) {
          highest = n;
        }
      }
    }
    // Silent without any other Vice-Ministerial meeting (choice where the source is silent).
    if (highest != null && (m.number().isEmpty() || m.number().getAsInt() != highest + 1)) {
      j.report("RCM-MTG-2", m.displayName());
    }
  }

  /** RCM-MTG-3: the presidency holder on the first day hosts, and the presidency organises. */
  private void mtg3(Judgement j, Meeting m) {
    Optional<Party> holder = holder(j.history, m.start());
    boolean fault =
        holder.isEmpty()
            || m.host().isEmpty()
            || !m.host().get().equals(holder.get())
            || (m.organiser().isPresent()
                && !isPresidency(j.history, m.organiser().get(), m.start()));
    if (fault) {
      j.report("RCM-MTG-3", m.displayName());
    }
  }

  /** RCM-MTG-4: a Vice-Ministerial meeting falls wholly in the charter's window. */
  private void mtg4(Judgement j, Meeting m) {
    if (!inWindow(m, charter.viceMinisterialWindow())) {
      j.report("RCM-MTG-4", m.displayName());
    }
  }

  /** RCM-MTG-5: a preparatory meeting ends by, and starts at most lead days before, its VM. */
  private void mtg5(Judgement j, Meeting m) {
    Optional<Meeting> v =
        m.prepares()
            .flatMap(j.history::meeting)
            .filter(x -> x.kind() == MeetingKind.VICE_MINISTERIAL);
    boolean fault =
        v.isEmpty()
            || m.end().isAfter(v.get().start())
            || m.start().isBefore(v.get().start().minusDays(charter.preparatoryLeadDays()));
    if (fault) {
      j.report("RCM-MTG-5", m.id());
    }
  }

  /** RCM-MTG-6: a mid-term meeting falls wholly in the charter's mid-term window. */
  private void mtg6(Judgement j, Meeting m) {
    if (!inWindow(m, charter.midTermWindow())) {
      j.report("RCM-MTG-6", m.id());
    }
  }

  /** RCM-MTG-7 (warning): the mid-term meeting is hosted by the last Vice-Ministerial host. */
  private void mtg7(Judgement j, Meeting m) {
    Meeting v = null;
    for (Meeting other : j.history.meetings()) {
      if (other.kind() != MeetingKind.VICE_MINISTERIAL || other.start().isAfter(m.start())) {
        continue;
      }
      if (v == null
          || other.start().isAfter(v.start())
          || (other.start().equals(v.start()) && other.id().compareTo(v.id()) > 0)) {
        v = other;
      }
    }
    if (v != null
        && v.host().isPresent()
        && (m.host().isEmpty() || !m.host().get().equals(v.host().get()))) {
      j.report("RCM-MTG-7", m.id());
    }
  }

  /** RCM-MTG-8: at most one GRCM meeting of each kind a year. */
  private void mtg8(Judgement j, Meeting m) {
    for (Meeting other : j.history.meetings()) {
      if (other.kind() == m.kind() && !other.id().equals(m.id()) && sameYear(other, m)) {
        j.report("RCM-MTG-8", other.id());
      }
    }
  }

  /** RCM-MTG-9: a term goes to a Member, overlaps no other holder's term, fits the policy. */
  private void mtg9(Judgement j, PresidencyTerm t) {
    if (j.standing(t.holder()) != Standing.MEMBER) {
      j.report("RCM-MTG-9", t.holder().toString());
    }
    for (PresidencyTerm other : j.history.presidencyTerms()) {
      if (!other.holder().equals(t.holder()) && sharesDay(other, t)) {
        j.report("RCM-MTG-9", other.holder().toString());
      }
    }
    if (charter.termPolicy() == TermPolicy.CALENDAR_YEAR && !isCalendarYear(t)) {
      j.report("RCM-MTG-9", TERM_SUBJECT);
    }
  }

  /** RCM-MTG-10 (warning): the presidency rotates as the charter's policy says. */
  private void mtg10(Judgement j, PresidencyTerm t) {
    PresidencyTerm previous = null;
    for (PresidencyTerm other : j.history.presidencyTerms()) {
      if (!other.end().isBefore(t.start())) {
        continue;
      }
      if (previous == null
          || other.end().isAfter(previous.end())
          || (other.end().equals(previous.end())
              && other.holder().code().compareTo(previous.holder().code()) < 0)) {
        previous = other;
      }
    }
    if (previous == null) {
      return;
    }
    RotationPolicy policy = charter.rotationPolicy();
    if (policy == RotationPolicy.NO_CONSECUTIVE_TERMS) {
      if (previous.holder().equals(t.holder())) {
        j.report("RCM-MTG-10", t.holder().toString());
      }
    } else if (policy == RotationPolicy.FIXED_ORDER) {
      List<Party> order = charter.rotationOrder();
      int i = order.indexOf(previous.holder());
      if (i >= 0 && !t.holder().equals(order.get((i + 1) % order.size()))) {
        j.report("RCM-MTG-10", t.holder().toString());
      }
    }
    // RotationPolicy.NONE: never reports.
  }

  /** RCM-MTG-11 (warning): a Vice-Ministerial meeting has a preparatory GRCM meeting. */
  private void mtg11(Judgement j, Meeting m) {
    boolean prepared = false;
    for (Meeting other : j.history.meetings()) {
      if (other.kind() == MeetingKind.GRCM_PREPARATORY
          && other.prepares().isPresent()
          && other.prepares().get().equals(m.id())) {
        prepared = true;
      }
    }
    if (!prepared) {
      j.report("RCM-MTG-11", m.displayName());
    }
  }

  /** RCM-AGD-1 (warning): the agenda was discussed at mid-term and reviewed at preparatory. */
  private void agd1(Judgement j, Meeting m) {
    boolean ready = false;
    for (AgendaRecord a : j.history.agendas()) {
      if (a.meetingId().equals(m.id())
          && a.discussedAt().isPresent()
          && a.reviewedAt().isPresent()) {
        ready = true;
      }
    }
    if (!ready) {
      j.report("RCM-AGD-1", m.displayName());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Delegations and observers

  /** RCM-DEL-1 (warning): a Member's Vice-Ministerial delegation comes from a named service. */
  private void del1(Judgement j, Meeting m) {
    del1(j, m.attendees());
    del1(j, m.closedSessionAttendees());
  }

  /** RCM-DEL-1 (warning): the same for the deciders of a Vice-Ministerial decision. */
  private void del1(Judgement j, Decision d) {
    if (d.forum().kind() == MeetingKind.VICE_MINISTERIAL) {
      del1(j, d.deciders());
    }
  }

  /** RCM-DEL-1 (warning): reports each Member's delegation from service OTHER. */
  private void del1(Judgement j, List<Delegation> delegations) {
    for (Delegation del : delegations) {
      if (del.service() == Service.OTHER && j.standing(del.party()) == Standing.MEMBER) {
        j.report("RCM-DEL-1", del.party().toString());
      }
    }
  }

  /** RCM-OBS-1: observers do not draft recommendations. */
  private void obs1(Judgement j, Recommendation r) {
    for (Actor a : r.drafters()) {
      if (j.standing(a) == Standing.OBSERVER) {
        j.report("RCM-OBS-1", a.toString());
      }
    }
  }

  /**
   * RCM-OBS-1: observers do not author binding RCM documents (their own advice and notes are
   * exempt).
   */
  private void obs1(Judgement j, Document doc) {
    boolean ownAdvice =
        doc.kind() == DocumentKind.TECHNICAL_ADVICE || doc.kind() == DocumentKind.INFORMATION_NOTE;
    if (ownAdvice || !doc.isBinding()) {
      return;
    }
    for (Actor a : doc.authors()) {
      if (j.standing(a) == Standing.OBSERVER) {
        j.report("RCM-OBS-1", a.toString());
      }
    }
  }

  /** RCM-OBS-2: an observer supports only projects some Member government determined. */
  private void obs2(Judgement j, ProjectSupport p) {
    boolean byMember = false;
    for (Party party : p.determinedBy()) {
      if (j.standing(party) == Standing.MEMBER) {
        byMember = true;
      }
    }
    if (!byMember) {
      j.report("RCM-OBS-2", p.project());
    }
  }

  // RCM-OBS-3 is a permission: nothing reports on an observer's advice or note for being one.

  // ---------------------------------------------------------------------------------------------
  // Technical Secretariat, IOM and the Plan of Action

  /** RCM-TS-1: the Technical Secretariat does not decide. */
  private void ts1(Judgement j, Decision d) {
    if (d.decidedBy().is(Body.TECHNICAL_SECRETARIAT)) {
      j.report("RCM-TS-1", TS_SUBJECT);
    }
  }

  /** RCM-TS-1: the Technical Secretariat neither issues nor drafts recommendations. */
  private void ts1(Judgement j, Recommendation r) {
    if (r.issuer().is(Body.TECHNICAL_SECRETARIAT)
        || hasBody(r.drafters(), Body.TECHNICAL_SECRETARIAT)) {
      j.report("RCM-TS-1", TS_SUBJECT);
    }
  }

  /** RCM-TS-1: the Technical Secretariat does not author documents carrying recommendations. */
  private void ts1(Judgement j, Document doc) {
    if (doc.containsRecommendations() && hasBody(doc.authors(), Body.TECHNICAL_SECRETARIAT)) {
      j.report("RCM-TS-1", TS_SUBJECT);
    }
  }

  /** RCM-TS-2: the Secretariat acts on instructions of the VMC, the GRCM or the presidency. */
  private void ts2(Judgement j, SecretariatAction s) {
    Actor by = s.instructedBy();
    if (!isConferenceOrGrcmOrPresidency(j.history, by, j.asOf)) {
      j.report("RCM-TS-2", by.toString());
    }
  }

  /** RCM-TS-3: the Secretariat's task is one of its terms of reference. */
  private void ts3(Judgement j, SecretariatAction s) {
    if (s.task() == SecretariatTask.OTHER) {
      j.report("RCM-TS-3", s.id());
    }
  }

  /** RCM-TS-4: a Secretariat background document is requested by VMC, GRCM or the presidency. */
  private void ts4(Judgement j, Document doc) {
    if (doc.kind() != DocumentKind.BACKGROUND_DOCUMENT
        || !hasBody(doc.authors(), Body.TECHNICAL_SECRETARIAT)) {
      return;
    }
    if (doc.requestedBy().isEmpty()
        || !isConferenceOrGrcmOrPresidency(j.history, doc.requestedBy().get(), j.asOf)) {
      j.report("RCM-TS-4", doc.id());
    }
  }

  /** RCM-TS-5: a Secretariat report goes to presidency and IOM before the GRCM meeting. */
  private void ts5(Judgement j, Document doc) {
    if (doc.kind() != DocumentKind.ACTIVITY_REPORT
        || !hasBody(doc.authors(), Body.TECHNICAL_SECRETARIAT)) {
      return;
    }
    boolean toPresidency = false;
    for (Actor a : doc.addressedTo()) {
      if (isPresidency(j.history, a, doc.date())) {
        toPresidency = true;
      }
    }
    if (!toPresidency) {
      j.report("RCM-TS-5", "report " + doc.id() + " is not addressed to the presidency");
    }
    if (!hasBody(doc.addressedTo(), Body.IOM_REGIONAL_OFFICE)) {
      j.report("RCM-TS-5", "report " + doc.id() + " is not addressed to IOM");
    }
    if (doc.prepares().isEmpty()) {
      j.report("RCM-TS-5", "report " + doc.id() + " names no meeting it prepares");
      return;
    }
    String meetingId = doc.prepares().get();
    Optional<Meeting> grcm = j.history.meeting(meetingId).filter(x -> x.kind().isGrcm());
    if (grcm.isEmpty()) {
      j.report("RCM-TS-5", "report " + doc.id() + " prepares no GRCM meeting " + meetingId);
      return;
    }
    if (!doc.date().isBefore(grcm.get().start())) {
      j.report("RCM-TS-5", "report " + doc.id() + " is not dated before " + meetingId);
    }
  }

  /** RCM-TS-6: the Secretariat supports recorded meetings, and events only once agreed. */
  private void ts6(Judgement j, SecretariatAction s) {
    if (s.task() != SecretariatTask.EVENT_SUPPORT || s.servesMeeting().isEmpty()) {
      return;
    }
    String meetingId = s.servesMeeting().get();
    Optional<Meeting> meeting = j.history.meeting(meetingId);
    if (meeting.isEmpty()) {
      // An unrecorded meeting counts as an event nobody agreed (choice where the source is silent).
      j.report("RCM-TS-6", meetingId);
      return;
    }
    Meeting m = meeting.get();
    if (m.kind().isEvent()
        && (m.agreedBy().isEmpty()
            || !isConferenceOrGrcmOrPresidency(j.history, m.agreedBy().get(), m.start()))) {
      j.report("RCM-TS-6", meetingId);
    }
  }

  /** RCM-TS-7: only the Conference decides the Secretariat's terms of reference. */
  private void ts7(Judgement j, Decision d) {
    if (d.subject() == Subject.TERMS_OF_REFERENCE
        && !d.decidedBy().is(Body.VICE_MINISTERIAL_CONFERENCE)) {
      j.report("RCM-TS-7", d.decidedBy().toString());
    }
  }

  /** RCM-TS-7: only the Conference approves the terms of reference document. */
  private void ts7(Judgement j, Document doc) {
    if (doc.kind() == DocumentKind.TERMS_OF_REFERENCE) {
      doc.approvedBy()
          .filter(a -> !a.is(Body.VICE_MINISTERIAL_CONFERENCE))
          .ifPresent(a -> j.report("RCM-TS-7", a.toString()));
    }
  }

  /** RCM-IOM-1: IOM cooperates at the request of the presidency, the VMC or a Member. */
  private void iom1(Judgement j, TechnicalCooperation t) {
    boolean requested = false;
    for (Actor a : t.requestedBy()) {
      if (a.is(Body.PRO_TEMPORE_PRESIDENCY)
          || a.is(Body.VICE_MINISTERIAL_CONFERENCE)
          || (a.party().isPresent() && j.standing(a) == Standing.MEMBER)) {
        requested = true;
      }
    }
    if (!requested) {
      j.report("RCM-IOM-1", t.id());
    }
  }

  /** RCM-POA-1: only the Conference decides on the Plan of Action. */
  private void poa1(Judgement j, Decision d) {
    if (d.subject() == Subject.PLAN_OF_ACTION
        && !d.decidedBy().is(Body.VICE_MINISTERIAL_CONFERENCE)) {
      j.report("RCM-POA-1", d.decidedBy().toString());
    }
  }

  /** RCM-POA-1: only the Conference approves the Plan of Action document. */
  private void poa1(Judgement j, Document doc) {
    if (doc.kind() == DocumentKind.PLAN_OF_ACTION) {
      doc.approvedBy()
          .filter(a -> !a.is(Body.VICE_MINISTERIAL_CONFERENCE))
          .ifPresent(a -> j.report("RCM-POA-1", a.toString()));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Terms of semantics.md

  /** The standing of a party on a day: its status, or NONE. */
  private enum Standing {
    MEMBER,
    OBSERVER,
    NONE
  }

  /** One judgement in progress: the history, the day of judgement and the findings so far. */
  private final class Judgement {
    final History history;
    final LocalDate asOf;
    final Set<Finding> found = new LinkedHashSet<>();

    Judgement(History history, LocalDate asOf) {
      this.history = history;
      this.asOf = asOf;
    }

    void report(String ruleId, String subject) {
      found.add(new Finding(ruleId, subject));
    }

    /** standing(p) on the day of judgement. */
    Standing standing(Party p) {
      Optional<Status> status = charter.statusOn(p, asOf);
      if (status.isEmpty()) {
        return Standing.NONE;
      }
      return status.get() == Status.MEMBER ? Standing.MEMBER : Standing.OBSERVER;
    }

    /** standing of an actor: a body's is NONE. */
    Standing standing(Actor a) {
      return a.party().map(this::standing).orElse(Standing.NONE);
    }

    /** endorsed(r): the history records r as ENDORSED. */
    boolean endorsed(String r) {
      return history
          .recommendation(r)
          .filter(x -> x.reviewState() == ReviewState.ENDORSED)
          .isPresent();
    }
  }

  /** holder(d): the term covering d with the earliest start, then the smallest holder code. */
  private static Optional<Party> holder(History history, LocalDate d) {
    PresidencyTerm best = null;
    for (PresidencyTerm t : history.presidencyTerms()) {
      if (t.start().isAfter(d) || t.end().isBefore(d)) {
        continue;
      }
      if (best == null
          || t.start().isBefore(best.start())
          || (t.start().equals(best.start())
              && t.holder().code().compareTo(best.holder().code()) < 0)) {
        best = t;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.holder());
  }

  /** isPresidency(a, d): a is the PPT body or the holder on d. */
  private static boolean isPresidency(History history, Actor a, LocalDate d) {
    if (a.is(Body.PRO_TEMPORE_PRESIDENCY)) {
      return true;
    }
    Optional<Party> holder = holder(history, d);
    return holder.isPresent() && a.is(holder.get());
  }

  /** Whether a is VMC, GRCM or isPresidency(a, d). */
  private static boolean isConferenceOrGrcmOrPresidency(History history, Actor a, LocalDate d) {
    return a.is(Body.VICE_MINISTERIAL_CONFERENCE) || a.is(Body.GRCM) || isPresidency(history, a, d);
  }

  private static boolean hasBody(List<Actor> actors, Body body) {
    for (Actor a : actors) {
      if (a.is(body)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a service is in {FOREIGN_AFFAIRS, IMMIGRATION} ∪ immigrationAuthorities[state]. */
  private boolean isGrcmService(Party state, Service service) {
    if (service == Service.FOREIGN_AFFAIRS || service == Service.IMMIGRATION) {
      return true;
    }
    Set<Service> extra = charter.immigrationAuthorities().get(state);
    return extra != null && extra.contains(service);
  }

  /** "In window w": both the start and the end fall in months fromMonth..toMonth. */
  private static boolean inWindow(Meeting m, MonthWindow w) {
    return inMonths(m.start(), w) && inMonths(m.end(), w);
  }

  private static boolean inMonths(LocalDate d, MonthWindow w) {
    int month = d.getMonthValue();
    return month >= w.fromMonth() && month <= w.toMonth();
  }

  /** "Of the same year": the starts are in the same calendar year. */
  private static boolean sameYear(Meeting a, Meeting b) {
    return a.start().getYear() == b.start().getYear();
  }

  /** Whether two terms share a day, both ends inclusive. */
  private static boolean sharesDay(PresidencyTerm a, PresidencyTerm b) {
    return !a.start().isAfter(b.end()) && !b.start().isAfter(a.end());
  }

  /** Whether a term runs from 1 January to 31 December of one year. */
  private static boolean isCalendarYear(PresidencyTerm t) {
    return t.start().getYear() == t.end().getYear()
        && t.start().getMonth() == Month.JANUARY
        && t.start().getDayOfMonth() == 1
        && t.end().getMonth() == Month.DECEMBER
        && t.end().getDayOfMonth() == 31;
  }
}
