package io.github.rcmgovernance.rules.oracle;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.AgendaApproval;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.DecisionRule;
import io.github.rcmgovernance.model.act.Document;
import io.github.rcmgovernance.model.act.DocumentKind;
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
import io.github.rcmgovernance.model.history.RecommendationRecord;
import io.github.rcmgovernance.model.history.ReviewState;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.model.party.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A clean-room reference oracle for the governance catalogue ({@code shared/docs/GOVERNANCE.md},
 * revision 2), written from the catalogue and the source text only. One method per rule id; each
 * method adds its findings (rule id, target) to a set.
 *
 * <p>Readings chosen where the catalogue is ambiguous or silent:
 *
 * <ul>
 *   <li>(all) Statuses of parties are read on {@code asOf} (the day of judgement), also where a row
 *       says "on the decision's date" (RCM-DEC-1): the catalogue says evaluating "as of" a date
 *       uses the statuses valid on that date. Dates that a row ties to a fact of the act (the
 *       decision's date in RCM-DEC-5, a report's date in RCM-TS-5, a meeting's start in RCM-MTG-3)
 *       are read from the act, not from {@code asOf}.
 *   <li>(all) "The PPT" as an actor: the body {@code PRO_TEMPORE_PRESIDENCY}, or a party that holds
 *       a recorded presidency term covering the relevant day. Where history terms overlap, every
 *       State whose term covers the day counts as holding the PPT. The relevant day is the
 *       meeting's start for RCM-MTG-3 and {@code asOf} everywhere else (RCM-TS-2, TS-4, TS-5, TS-6,
 *       IOM-1).
 *   <li>(all) An "observer" is a party whose status on {@code asOf} is {@code OBSERVER}, or a body
 *       that speaks for such a party (IOM Regional Office = IOM). Rules that also name "a party
 *       with no status" (DEC-1, DEC-4, MTG-9) fire on any party that is not a Member.
 *   <li>RCM-DEC-1: only the {@code deciders} list is read; {@code decidedBy} is judged by RCM-DEC-2
 *       alone (the target convention "the offending decider's party" names deciders).
 *   <li>RCM-DEC-2: any {@code decidedBy} other than the Vice-Ministerial Conference, the GRCM and
 *       the TS is a violation (a party acting alone, the PPT, the VS, the IOM Regional Office).
 *   <li>RCM-DEC-4: judged on every decision, whatever its forum or deciding body. TS staff present
 *       is a violation only when the charter forbids their attendance. On a proposed
 *       Vice-Ministerial meeting only {@code closedSessionAttendees} is read.
 *   <li>RCM-DEC-5: a forum's meeting id is resolved only for the kinds that can qualify: a
 *       Vice-Ministerial forum must name a Vice-Ministerial meeting, an intersessional forum an
 *       intersessional consultation, in the history, whose dates include the decision's date. A
 *       forum of any other kind gives only {@code document:<decision id>}. A forum that names no
 *       meeting id is not a fault. A recommendation record in the history counts as a GRCM
 *       recommendation (records carry no issuer).
 *   <li>RCM-DEC-6: only for decisions whose forum kind is Vice-Ministerial.
 *   <li>RCM-DEC-7: a "deciding Member" is a party among the deciders that is a Member on {@code
 *       asOf}; objections from other parties are ignored. Under MAJORITY, a violation when at least
 *       one deciding Member objects and the objecting deciding Members are at least half of the
 *       distinct deciding Members.
 *   <li>RCM-GRC-2: only ids in {@code actsOn} / {@code basedOn} / {@code servesRecommendation} are
 *       read. The exemption needs {@code decidedBy} = Vice-Ministerial Conference and the id in the
 *       decision's {@code reviews}; an id absent from the history is a violation even then.
 *   <li>RCM-GRC-3: "GRCM delegations" are the attendees of a proposed GRCM meeting, the delegations
 *       of every agenda approval, the delegations of a recommendation issued by the GRCM or adopted
 *       at a GRCM forum, and the deciders and session attendees of a decision attributed to the
 *       GRCM or taken at a GRCM forum. Only State delegations are judged (organisations have no
 *       ministries); accepted services are {@code charter.grcmServices}.
 *   <li>RCM-GRC-4 and RCM-OBS-1: a "GRCM recommendation" is a recommendation whose issuer is the
 *       GRCM.
 *   <li>RCM-GRC-5: the approver and the forum are judged independently (a wrong approver at a wrong
 *       forum gives both findings). A mid-term forum that names a meeting must resolve to a GRCM
 *       mid-term meeting in the history whose dates include the approval's date. {@code forMeeting}
 *       is read by no rule.
 *   <li>RCM-MTG-1 / RCM-MTG-8: meetings of the history with the proposed meeting's own id are the
 *       same meeting, not a second one; "the same year" is the year of the start day.
 *   <li>RCM-MTG-2: the expected number is one more than the highest Vice-Ministerial number in the
 *       history among meetings with another id (1 when there is none).
 *   <li>RCM-MTG-3: missing host / organiser are reported whether or not a holder is recorded;
 *       "wrong" host / organiser only when a holder is recorded. An organiser that is the body
 *       {@code PRO_TEMPORE_PRESIDENCY} counts as the holder.
 *   <li>RCM-MTG-4 / RCM-MTG-6: both the first and the last day of the meeting must fall in the
 *       window.
 *   <li>RCM-MTG-5: fits when the preparatory meeting ends on or before the Vice-Ministerial start
 *       and starts no earlier than that start minus the charter's lead days.
 *   <li>RCM-MTG-7: the most recent Vice-Ministerial meeting is the one (ties: any) with the latest
 *       start on or before the mid-term meeting's start; no warning when there is none or it has no
 *       host; a proposed mid-term meeting with no host is warned when there is a reference host.
 *   <li>RCM-MTG-9: the "same term" is any history term sharing a day with the proposed term; a
 *       different holder there is a second holder. Under CALENDAR_YEAR the proposed term must run 1
 *       January to 31 December of one year; FREE checks no length.
 *   <li>RCM-MTG-10: the neighbours of the proposed term are the history term(s) with the latest end
 *       before its start and with the earliest start after its end (overlapping terms are left to
 *       MTG-9). NO_CONSECUTIVE_TERMS warns when either neighbour has the same holder. FIXED_ORDER
 *       warns when the holder is not in the order, when a previous neighbour in the order is not
 *       followed by the holder, or when the holder is not followed by a next neighbour that is in
 *       the order (cyclically). NONE checks nothing.
 *   <li>RCM-AGD-1: agenda records are those whose {@code meetingId} is the proposed meeting's id.
 *       The right mid-term meeting is the GRCM mid-term meeting of the history that ends before the
 *       Vice-Ministerial start and has the latest start among those; the right preparatory meeting
 *       is a GRCM preparatory meeting of the history whose {@code prepares} is the proposed id.
 *       With no agenda record, both parts are missing.
 *   <li>RCM-DEL-1: "delegations to a Vice-Ministerial meeting" are the attendees and closed-session
 *       attendees of a proposed Vice-Ministerial meeting, and the delegations of a decision, agenda
 *       approval or recommendation whose forum kind is Vice-Ministerial. Only Members on {@code
 *       asOf} are judged; only {@code Service.OTHER} is warned.
 *   <li>RCM-OBS-1 / RCM-OBS-3: every recommendation act is a document containing recommendations; a
 *       document is one when {@code isBinding()} (flags or kind). The permission exempts an
 *       observer organisation (never an observer State) that authors a technical-advice or
 *       information-note document without commitments, or that drafts or adopts a recommendation
 *       whose issuer is itself an observer organisation (by party or by body). The issuer and the
 *       approver are not read by OBS-1, only drafters / authors and delegations.
 *   <li>RCM-OBS-2: some party of {@code determinedBy} must be a Member on {@code asOf}.
 *   <li>RCM-TS-1: the TS as {@code decidedBy} of a decision, as issuer or drafter of a
 *       recommendation, or as author of a document flagged {@code containsRecommendations}.
 *   <li>RCM-TS-2: valid instructors are the Vice-Ministerial Conference, the GRCM and the PPT;
 *       anything else (TS, VS, IOM by party or body, any other party) is a violation.
 *   <li>RCM-TS-4: judged on every document of kind BACKGROUND_DOCUMENT, whoever its authors; valid
 *       requesters are the PPT, the Vice-Ministerial Conference and the GRCM. Not judged on
 *       secretariat actions (their instructor is judged by TS-2).
 *   <li>RCM-TS-5: judged on every document of kind ACTIVITY_REPORT. The IOM Regional Representative
 *       is only the body {@code IOM_REGIONAL_OFFICE}. The prepared meeting must be a GRCM meeting
 *       (preparatory or mid-term) of the history whose start is after the report's date.
 *   <li>RCM-TS-6: judged on secretariat actions with task EVENT_SUPPORT. Vice-Ministerial, GRCM and
 *       intersessional meetings need no agreement; an event needs {@code agreedBy} among the
 *       Vice-Ministerial Conference, the GRCM and the PPT.
 *   <li>RCM-TS-7 / RCM-POA-1: judged on documents of kind TERMS_OF_REFERENCE / PLAN_OF_ACTION
 *       ({@code approvedBy}) and on decisions with subject TERMS_OF_REFERENCE / PLAN_OF_ACTION
 *       ({@code decidedBy}); only the Vice-Ministerial Conference may approve.
 *   <li>RCM-IOM-1: qualifying requesters are a Member on {@code asOf}, the PPT (body or holder) and
 *       the Vice-Ministerial Conference.
 *   <li>References not read by any rule (a VM decision's {@code reviews}, a secretariat action's
 *       {@code servesMeeting} for other tasks, an agenda approval's {@code forMeeting}) give no
 *       finding.
 * </ul>
 */
public final class CleanRoomOracle {

  /** One finding: a rule id and the thing at fault. */
  public record Finding(String ruleId, String target) {}

  private static final Comparator<String> RULE_ORDER = CleanRoomOracle::compareRuleIds;
  private static final Comparator<Finding> FINDING_ORDER =
      Comparator.comparing(Finding::ruleId, RULE_ORDER).thenComparing(Finding::target);

  private final Charter charter;

  public CleanRoomOracle(Charter charter) {
    this.charter = Objects.requireNonNull(charter, "charter");
  }

  /** Every finding on the act, as a sorted, duplicate-free list (sort by ruleId then target). */
  public List<Finding> findings(Act act, History history, LocalDate asOf) {
    Run r = new Run(history, asOf);
    if (act instanceof Decision d) {
      r.decision(d);
    } else if (act instanceof AgendaApproval a) {
      r.agendaApproval(a);
    } else if (act instanceof Recommendation rec) {
      r.recommendation(rec);
    } else if (act instanceof Document doc) {
      r.documentAct(doc);
    } else if (act instanceof MeetingProposal mp) {
      r.meetingProposal(mp);
    } else if (act instanceof PresidencyTermProposal tp) {
      r.presidencyTerm(tp);
    } else if (act instanceof SecretariatAction sa) {
      r.secretariatAction(sa);
    } else if (act instanceof PlanOfActionActivity pa) {
      r.planActivity(pa);
    } else if (act instanceof ProjectSupport ps) {
      r.projectSupport(ps);
    } else if (act instanceof TechnicalCooperation tc) {
      r.technicalCooperation(tc);
    }
    // FacilitySupport: IOM's facilities to the TS need no request; no rule fires.
    TreeSet<Finding> sorted = new TreeSet<>(FINDING_ORDER);
    sorted.addAll(r.out);
    return List.copyOf(sorted);
  }

  /** The distinct rule ids of findings(...), natural order: RCM-DEC-2 before RCM-DEC-10. */
  public SortedSet<String> ruleIds(Act act, History history, LocalDate asOf) {
    TreeSet<String> ids = new TreeSet<>(RULE_ORDER);
    for (Finding f : findings(act, history, asOf)) {
      ids.add(f.ruleId());
    }
    return ids;
  }

  static int compareRuleIds(String a, String b) {
    int ia = a.lastIndexOf('-');
    int ib = b.lastIndexOf('-');
    if (ia >= 0 && ib >= 0) {
      String pa = a.substring(0, ia);
      String pb = b.substring(0, ib);
      int c = pa.compareTo(pb);
      if (c != 0) {
        return c;
      }
      try {
        int na = Integer.parseInt(a.substring(ia + 1));
        int nb = Integer.parseInt(b.substring(ib + 1));
        if (na != nb) {
          return Integer.compare(na, nb);
        }
      } catch (NumberFormatException e) {
        // fall through to plain order
      }
    }
    return a.compareTo(b);
  }

  // ---------------------------------------------------------------------------------------------
  // Targets

  private static String party(Party p) {
    return "party:" + p.code();
  }

  private static String body(Body b) {
    return "body:" + b.name();
  }

  private static String actor(Actor a) {
    if (a.body().isPresent()) {
      return body(a.body().get());
    }
    return party(a.party().get());
  }

  private static String meeting(String id) {
    return "meeting:" + id;
  }

  private static String document(String id) {
    return "document:" + id;
  }

  private static String missing(String field) {
    return "missing:" + field;
  }

  // ---------------------------------------------------------------------------------------------
  // One judgement

  private final class Run {
    final History h;
    final LocalDate asOf;
    final Set<Finding> out = new HashSet<>();

    Run(History history, LocalDate asOf) {
      this.h = Objects.requireNonNull(history, "history");
      this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    void add(String rule, String target) {
      out.add(new Finding(rule, target));
    }

    // ----- facts -----

    boolean isMember(Party p) {
      return charter.statusOn(p, asOf).filter(s -> s == Status.MEMBER).isPresent();
    }

    boolean isObserver(Party p) {
      return charter.statusOn(p, asOf).filter(s -> s == Status.OBSERVER).isPresent();
    }

    /** The party an actor stands for: itself, or the party a body speaks for. */
    Optional<Party> standing(Actor a) {
      if (a.party().isPresent()) {
        return a.party();
      }
      return a.body().flatMap(Body::speaksFor);
    }

    boolean actorIsObserver(Actor a) {
      return standing(a).map(this::isObserver).orElse(false);
    }

    boolean actorIsObserverOrganisation(Actor a) {
      return standing(a).filter(Party::isOrganisation).map(this::isObserver).orElse(false);
    }

    Set<Party> pptHolders(LocalDate day) {
      Set<Party> holders = new HashSet<>();
      for (PresidencyTerm t : h.presidencyTerms()) {
        if (t.covers(day)) {
          holders.add(t.holder());
        }
      }
      return holders;
    }

    boolean isPpt(Actor a, LocalDate day) {
      if (a.is(Body.PRO_TEMPORE_PRESIDENCY)) {
        return true;
      }
      return a.party().map(p -> pptHolders(day).contains(p)).orElse(false);
    }

    Optional<Meeting> historyMeeting(String id) {
      for (Meeting m : h.meetings()) {
        if (m.id().equals(id)) {
          return Optional.of(m);
        }
      }
      return Optional.empty();
    }

    Optional<RecommendationRecord> historyRecommendation(String id) {
      for (RecommendationRecord r : h.recommendations()) {
        if (r.id().equals(id)) {
          return Optional.of(r);
        }
      }
      return Optional.empty();
    }

    boolean covers(Meeting m, LocalDate day) {
      return !day.isBefore(m.start()) && !day.isAfter(m.end());
    }

    boolean inWindow(MonthWindow w, Meeting m) {
      return w.contains(m.start()) && w.contains(m.end());
    }

    /** Whether a forum's named meeting (if any) resolves to a meeting of its kind covering day. */
    void resolveForumMeeting(String rule, Forum f, LocalDate day) {
      if (f.meetingId().isEmpty()) {
        return;
      }
      String id = f.meetingId().get();
      Optional<Meeting> m = historyMeeting(id);
      if (m.isEmpty() || m.get().kind() != f.kind() || !covers(m.get(), day)) {
        add(rule, meeting(id));
      }
    }

    // ----- dispatch by act type -----

    void decision(Decision d) {
      dec1(d);
      dec2(d);
      dec3(d);
      dec4(d);
      dec5(d);
      dec6(d);
      dec7(d);
      grc1(d);
      grc2Decision(d);
      grc3Decision(d);
      del1Decision(d);
      ts1Decision(d);
      ts7Decision(d);
      poa1Decision(d);
    }

    void agendaApproval(AgendaApproval a) {
      grc3(a.delegations());
      grc5(a);
      if (a.forum().kind() == MeetingKind.VICE_MINISTERIAL) {
        del1(a.delegations());
      }
      obs1AgendaApproval(a);
    }

    void recommendation(Recommendation r) {
      boolean grcmForum = r.forum().map(f -> f.kind().isGrcm()).orElse(false);
      if (r.issuer().is(Body.GRCM) || grcmForum) {
        grc3(r.delegations());
      }
      grc4(r);
      if (r.forum().map(f -> f.kind() == MeetingKind.VICE_MINISTERIAL).orElse(false)) {
        del1(r.delegations());
      }
      obs1Recommendation(r);
      ts1Recommendation(r);
    }

    void documentAct(Document doc) {
      obs1Document(doc);
      ts1Document(doc);
      ts4(doc);
      ts5(doc);
      ts7Document(doc);
      poa1Document(doc);
    }

    void meetingProposal(MeetingProposal mp) {
      Meeting m = mp.meeting();
      switch (m.kind()) {
        case VICE_MINISTERIAL -> {
          dec4Meeting(m);
          mtg1(m);
          mtg2(m);
          mtg3(m);
          mtg4(m);
          mtg11(m);
          agd1(m);
          List<Delegation> all = new ArrayList<>(m.attendees());
          all.addAll(m.closedSessionAttendees());
          del1(all);
        }
        case GRCM_PREPARATORY -> {
          mtg5(m);
          mtg8(m);
          grc3(m.attendees());
        }
        case GRCM_MID_TERM -> {
          mtg6(m);
          mtg7(m);
          mtg8(m);
          grc3(m.attendees());
        }
        default -> {
          // consultations and events: no row of the catalogue judges their proposal
        }
      }
    }

    void presidencyTerm(PresidencyTermProposal tp) {
      mtg9(tp);
      mtg10(tp);
    }

    void secretariatAction(SecretariatAction sa) {
      sa.servesRecommendation().ifPresent(id -> grc2Reference(id));
      ts2(sa);
      ts3(sa);
      ts6(sa);
    }

    void planActivity(PlanOfActionActivity pa) {
      pa.basedOn().ifPresent(id -> grc2Reference(id));
    }

    void projectSupport(ProjectSupport ps) {
      obs2(ps);
    }

    void technicalCooperation(TechnicalCooperation tc) {
      iom1(tc);
    }

    // ----- Decisions -----

    /** RCM-DEC-1: only Members decide; at least one decider, none else (GI-2, GI-3). */
    void dec1(Decision d) {
      if (d.deciders().isEmpty()) {
        add("RCM-DEC-1", missing("/deciders"));
      }
      for (Delegation del : d.deciders()) {
        if (!isMember(del.party())) {
          add("RCM-DEC-1", party(del.party()));
        }
      }
    }

    /** RCM-DEC-2: decisions are the VM Conference's (GRCM, TS left to GRC-1, TS-1) (GI-3). */
    void dec2(Decision d) {
      Actor by = d.decidedBy();
      if (by.is(Body.VICE_MINISTERIAL_CONFERENCE)
          || by.is(Body.GRCM)
          || by.is(Body.TECHNICAL_SECRETARIAT)) {
        return;
      }
      add("RCM-DEC-2", actor(by));
    }

    /** RCM-DEC-3: deciding delegations are at Deputy-Minister level (GI-3). */
    void dec3(Decision d) {
      for (Delegation del : d.deciders()) {
        if (del.level() != Level.DEPUTY_MINISTER) {
          add("RCM-DEC-3", party(del.party()));
        }
      }
    }

    /** RCM-DEC-4: closed session, Members only (deciders too), TS staff per charter (GI-3). */
    void dec4(Decision d) {
      if (!d.sessionClosed()) {
        add("RCM-DEC-4", document(d.id()));
      }
      for (Delegation del : d.sessionAttendees()) {
        if (!isMember(del.party())) {
          add("RCM-DEC-4", party(del.party()));
        }
      }
      for (Delegation del : d.deciders()) {
        if (!isMember(del.party())) {
          add("RCM-DEC-4", party(del.party()));
        }
      }
      if (d.secretariatStaffPresent() && !charter.secretariatMayAttendDecisionSession()) {
        add("RCM-DEC-4", body(Body.TECHNICAL_SECRETARIAT));
      }
    }

    /** RCM-DEC-4 (meeting to hold): a VM closed session admits Members only (GI-3). */
    void dec4Meeting(Meeting m) {
      for (Delegation del : m.closedSessionAttendees()) {
        if (!isMember(del.party())) {
          add("RCM-DEC-4", party(del.party()));
        }
      }
    }

    /** RCM-DEC-5: at a VM meeting, or by consultation reviewing GRCM recs (GI-3, GR-1). */
    void dec5(Decision d) {
      Forum f = d.forum();
      if (f.kind() == MeetingKind.VICE_MINISTERIAL) {
        resolveForumMeeting("RCM-DEC-5", f, d.date());
      } else if (f.kind() == MeetingKind.INTERSESSIONAL_CONSULTATION) {
        if (d.reviews().isEmpty()) {
          add("RCM-DEC-5", missing("/reviews"));
        }
        for (String id : d.reviews()) {
          if (historyRecommendation(id).isEmpty()) {
            add("RCM-DEC-5", document(id));
          }
        }
        resolveForumMeeting("RCM-DEC-5", f, d.date());
      } else {
        add("RCM-DEC-5", document(d.id()));
      }
    }

    /** RCM-DEC-6 (W): a VM-meeting decision names its press release / statement (GI-3). */
    void dec6(Decision d) {
      if (d.forum().kind() == MeetingKind.VICE_MINISTERIAL && d.recordedIn().isEmpty()) {
        add("RCM-DEC-6", document(d.id()));
      }
    }

    /** RCM-DEC-7: consensus (or charter majority) of deciding Members (public RCM sources). */
    void dec7(Decision d) {
      Set<Party> deciding = new HashSet<>();
      for (Delegation del : d.deciders()) {
        if (isMember(del.party())) {
          deciding.add(del.party());
        }
      }
      Set<Party> objecting = new HashSet<>();
      for (Party p : d.objections()) {
        if (deciding.contains(p)) {
          objecting.add(p);
        }
      }
      if (objecting.isEmpty()) {
        return;
      }
      if (charter.decisionRule() == DecisionRule.MAJORITY) {
        if (2L * objecting.size() >= deciding.size()) {
          add("RCM-DEC-7", document(d.id()));
        }
      } else {
        for (Party p : objecting) {
          add("RCM-DEC-7", party(p));
        }
      }
    }

    // ----- GRCM -----

    /** RCM-GRC-1: the GRCM never decides, whatever the subject (GR-1, GR-3, GI-3). */
    void grc1(Decision d) {
      if (d.decidedBy().is(Body.GRCM)) {
        add("RCM-GRC-1", body(Body.GRCM));
      }
    }

    /** RCM-GRC-2 (decision): acts only on endorsed recs, save the Conference reviewing (GR-1). */
    void grc2Decision(Decision d) {
      boolean conference = d.decidedBy().is(Body.VICE_MINISTERIAL_CONFERENCE);
      for (String id : d.actsOn()) {
        Optional<RecommendationRecord> rec = historyRecommendation(id);
        if (rec.isEmpty()) {
          add("RCM-GRC-2", document(id));
        } else if (rec.get().reviewState() != ReviewState.ENDORSED
            && !(conference && d.reviews().contains(id))) {
          add("RCM-GRC-2", document(id));
        }
      }
    }

    /** RCM-GRC-2 (activity, TS action): the rec acted on is known and endorsed (GR-1). */
    void grc2Reference(String id) {
      Optional<RecommendationRecord> rec = historyRecommendation(id);
      if (rec.isEmpty() || rec.get().reviewState() != ReviewState.ENDORSED) {
        add("RCM-GRC-2", document(id));
      }
    }

    /** RCM-GRC-3 (decision): delegations of a GRCM decision / forum (GR-1, GI-1). */
    void grc3Decision(Decision d) {
      if (d.decidedBy().is(Body.GRCM) || d.forum().kind().isGrcm()) {
        grc3(d.deciders());
        grc3(d.sessionAttendees());
      }
    }

    /** RCM-GRC-3 (W): GRCM delegations from FA, Immigration or listed authority (GR-1, GI-1). */
    void grc3(Collection<Delegation> delegations) {
      for (Delegation del : delegations) {
        Party p = del.party();
        if (!p.isState()) {
          continue;
        }
        if (!charter.grcmServices(p).contains(del.service())) {
          add("RCM-GRC-3", party(p));
        }
      }
    }

    /** RCM-GRC-4: a GRCM recommendation is addressed to the Vice-Ministerial Conference (GR-1). */
    void grc4(Recommendation r) {
      if (r.issuer().is(Body.GRCM) && !r.addressee().is(Body.VICE_MINISTERIAL_CONFERENCE)) {
        add("RCM-GRC-4", actor(r.addressee()));
      }
    }

    /** RCM-GRC-5: the agenda is approved by the GRCM, at a GRCM mid-term meeting (GR-3). */
    void grc5(AgendaApproval a) {
      if (!a.approvedBy().is(Body.GRCM)) {
        add("RCM-GRC-5", actor(a.approvedBy()));
      }
      if (a.forum().kind() != MeetingKind.GRCM_MID_TERM) {
        add("RCM-GRC-5", document(a.id()));
      } else {
        resolveForumMeeting("RCM-GRC-5", a.forum(), a.date());
      }
    }

    // ----- Meetings and calendar -----

    /** RCM-MTG-1: one Vice-Ministerial meeting per calendar year (GI-3). */
    void mtg1(Meeting m) {
      int year = m.start().getYear();
      for (Meeting o : h.meetings()) {
        if (o.kind() == MeetingKind.VICE_MINISTERIAL
            && !o.id().equals(m.id())
            && o.start().getYear() == year) {
          add("RCM-MTG-1", meeting(o.id()));
        }
      }
    }

    /** RCM-MTG-2: a new VM meeting takes the number after the highest held or scheduled (GI-3). */
    void mtg2(Meeting m) {
      int highest = 0;
      for (Meeting o : h.meetings()) {
        if (o.kind() == MeetingKind.VICE_MINISTERIAL
            && !o.id().equals(m.id())
            && o.number().isPresent()) {
          highest = Math.max(highest, o.number().getAsInt());
        }
      }
      if (m.number().isEmpty() || m.number().getAsInt() != highest + 1) {
        add("RCM-MTG-2", meeting(m.id()));
      }
    }

    /** RCM-MTG-3: the PPT holder on the start day hosts and organises the VM meeting (GI-3). */
    void mtg3(Meeting m) {
      Set<Party> holders = pptHolders(m.start());
      if (holders.isEmpty()) {
        add("RCM-MTG-3", meeting(m.id()));
      }
      if (m.host().isEmpty()) {
        add("RCM-MTG-3", missing("/meeting/host"));
      } else if (!holders.isEmpty() && !holders.contains(m.host().get())) {
        add("RCM-MTG-3", party(m.host().get()));
      }
      if (m.organiser().isEmpty()) {
        add("RCM-MTG-3", missing("/meeting/organiser"));
      } else if (!holders.isEmpty()) {
        Actor org = m.organiser().get();
        boolean ok =
            org.is(Body.PRO_TEMPORE_PRESIDENCY) || org.party().map(holders::contains).orElse(false);
        if (!ok) {
          add("RCM-MTG-3", actor(org));
        }
      }
    }

    /** RCM-MTG-4: VM meetings fall in the charter window, default second quarter (GR-2). */
    void mtg4(Meeting m) {
      if (!inWindow(charter.viceMinisterialWindow(), m)) {
        add("RCM-MTG-4", meeting(m.id()));
      }
    }

    /** RCM-MTG-5: a preparatory meeting names its VM meeting, just before it (GR-2). */
    void mtg5(Meeting m) {
      if (m.prepares().isEmpty()) {
        add("RCM-MTG-5", missing("/meeting/prepares"));
        return;
      }
      String id = m.prepares().get();
      Optional<Meeting> vm = historyMeeting(id);
      if (vm.isEmpty() || vm.get().kind() != MeetingKind.VICE_MINISTERIAL) {
        add("RCM-MTG-5", meeting(id));
        return;
      }
      LocalDate vmStart = vm.get().start();
      boolean fits =
          !m.end().isAfter(vmStart)
              && !m.start().isBefore(vmStart.minusDays(charter.preparatoryLeadDays()));
      if (!fits) {
        add("RCM-MTG-5", meeting(m.id()));
      }
    }

    /** RCM-MTG-6: the mid-term meeting falls in the charter window, default Q4 (GR-3). */
    void mtg6(Meeting m) {
      if (!inWindow(charter.midTermWindow(), m)) {
        add("RCM-MTG-6", meeting(m.id()));
      }
    }

    /** RCM-MTG-7 (W): the mid-term host is the most recent VM meeting's host (GR-3). */
    void mtg7(Meeting m) {
      LocalDate latest = null;
      for (Meeting o : h.meetings()) {
        if (o.kind() == MeetingKind.VICE_MINISTERIAL && !o.start().isAfter(m.start())) {
          if (latest == null || o.start().isAfter(latest)) {
            latest = o.start();
          }
        }
      }
      if (latest == null) {
        return;
      }
      Set<Party> hosts = new HashSet<>();
      for (Meeting o : h.meetings()) {
        if (o.kind() == MeetingKind.VICE_MINISTERIAL && o.start().equals(latest)) {
          o.host().ifPresent(hosts::add);
        }
      }
      if (hosts.isEmpty()) {
        return;
      }
      if (m.host().isEmpty() || !hosts.contains(m.host().get())) {
        add("RCM-MTG-7", meeting(m.id()));
      }
    }

    /** RCM-MTG-8: one GRCM preparatory and one mid-term meeting per calendar year (GR-2). */
    void mtg8(Meeting m) {
      int year = m.start().getYear();
      for (Meeting o : h.meetings()) {
        if (o.kind() == m.kind() && !o.id().equals(m.id()) && o.start().getYear() == year) {
          add("RCM-MTG-8", meeting(o.id()));
        }
      }
    }

    /** RCM-MTG-9: a Member holds the PPT, one holder per term, right length (GI-3, SEC-2). */
    void mtg9(PresidencyTermProposal tp) {
      PresidencyTerm t = tp.term();
      if (!isMember(t.holder())) {
        add("RCM-MTG-9", party(t.holder()));
      }
      for (PresidencyTerm o : h.presidencyTerms()) {
        if (o.overlaps(t) && !o.holder().equals(t.holder())) {
          add("RCM-MTG-9", party(o.holder()));
        }
      }
      if (charter.termPolicy() == TermPolicy.CALENDAR_YEAR) {
        boolean calendarYear =
            t.start().getYear() == t.end().getYear()
                && t.start().getMonthValue() == 1
                && t.start().getDayOfMonth() == 1
                && t.end().getMonthValue() == 12
                && t.end().getDayOfMonth() == 31;
        if (!calendarYear) {
          add("RCM-MTG-9", document(tp.id()));
        }
      }
    }

    /** RCM-MTG-10 (W): the PPT rotates; by default no State twice in a row (SEC-2). */
    void mtg10(PresidencyTermProposal tp) {
      RotationPolicy policy = charter.rotationPolicy();
      if (policy == RotationPolicy.NONE) {
        return;
      }
      PresidencyTerm t = tp.term();
      Party holder = t.holder();
      LocalDate prevEnd = null;
      LocalDate nextStart = null;
      for (PresidencyTerm o : h.presidencyTerms()) {
        if (o.end().isBefore(t.start())) {
          if (prevEnd == null || o.end().isAfter(prevEnd)) {
            prevEnd = o.end();
          }
        } else if (o.start().isAfter(t.end())) {
          if (nextStart == null || o.start().isBefore(nextStart)) {
            nextStart = o.start();
          }
        }
      }
      Set<Party> previous = new HashSet<>();
      Set<Party> next = new HashSet<>();
      for (PresidencyTerm o : h.presidencyTerms()) {
        if (prevEnd != null && o.end().equals(prevEnd) && o.end().isBefore(t.start())) {
          previous.add(o.holder());
        }
        if (nextStart != null && o.start().equals(nextStart) && o.start().isAfter(t.end())) {
          next.add(o.holder());
        }
      }
      if (policy == RotationPolicy.NO_CONSECUTIVE_TERMS) {
        if (previous.contains(holder) || next.contains(holder)) {
          add("RCM-MTG-10", party(holder));
        }
        return;
      }
      // FIXED_ORDER
      List<Party> order = charter.rotationOrder();
      if (order.isEmpty() || !order.contains(holder)) {
        add("RCM-MTG-10", party(holder));
        return;
      }
      boolean prevInOrder = false;
      boolean prevOk = false;
      for (Party p : previous) {
        if (order.contains(p)) {
          prevInOrder = true;
          if (successor(order, p).equals(holder)) {
            prevOk = true;
          }
        }
      }
      if (prevInOrder && !prevOk) {
        add("RCM-MTG-10", party(holder));
      }
      boolean nextInOrder = false;
      boolean nextOk = false;
      Party after = successor(order, holder);
      for (Party p : next) {
        if (order.contains(p)) {
          nextInOrder = true;
          if (after.equals(p)) {
            nextOk = true;
          }
        }
      }
      if (nextInOrder && !nextOk) {
        add("RCM-MTG-10", party(holder));
      }
    }

    /** RCM-MTG-11 (W): a VM meeting has a GRCM preparatory meeting linked to it (GR-2). */
    void mtg11(Meeting m) {
      for (Meeting o : h.meetings()) {
        if (o.kind() == MeetingKind.GRCM_PREPARATORY
            && o.prepares().map(m.id()::equals).orElse(false)) {
          return;
        }
      }
      add("RCM-MTG-11", meeting(m.id()));
    }

    // ----- Agenda -----

    /** RCM-AGD-1 (W): agenda discussed at last mid-term, reviewed at preparatory (GR-3, GR-4). */
    void agd1(Meeting m) {
      List<String> discussed = new ArrayList<>();
      List<String> reviewed = new ArrayList<>();
      for (AgendaRecord r : h.agendas()) {
        if (r.meetingId().equals(m.id())) {
          r.discussedAt().ifPresent(discussed::add);
          r.reviewedAt().ifPresent(reviewed::add);
        }
      }
      // mid-term part
      if (discussed.isEmpty()) {
        add("RCM-AGD-1", missing("agenda.discussedAt"));
      } else {
        LocalDate latest = null;
        for (Meeting o : h.meetings()) {
          if (o.kind() == MeetingKind.GRCM_MID_TERM && o.end().isBefore(m.start())) {
            if (latest == null || o.start().isAfter(latest)) {
              latest = o.start();
            }
          }
        }
        Set<String> right = new HashSet<>();
        for (Meeting o : h.meetings()) {
          if (o.kind() == MeetingKind.GRCM_MID_TERM
              && o.end().isBefore(m.start())
              && o.start().equals(latest)) {
            right.add(o.id());
          }
        }
        for (String id : discussed) {
          if (!right.contains(id)) {
            add("RCM-AGD-1", meeting(id));
          }
        }
      }
      // preparatory part
      if (reviewed.isEmpty()) {
        add("RCM-AGD-1", missing("agenda.reviewedAt"));
      } else {
        for (String id : reviewed) {
          Optional<Meeting> p = historyMeeting(id);
          boolean ok =
              p.isPresent()
                  && p.get().kind() == MeetingKind.GRCM_PREPARATORY
                  && p.get().prepares().map(m.id()::equals).orElse(false);
          if (!ok) {
            add("RCM-AGD-1", meeting(id));
          }
        }
      }
    }

    // ----- Delegations and observers -----

    /** RCM-DEL-1 (W): Members' VM delegations from FA, Interior, Immigration, Justice (GI-1). */
    void del1(Collection<Delegation> delegations) {
      for (Delegation del : delegations) {
        if (isMember(del.party())
            && del.service() != Service.FOREIGN_AFFAIRS
            && del.service() != Service.INTERIOR
            && del.service() != Service.IMMIGRATION
            && del.service() != Service.JUSTICE) {
          add("RCM-DEL-1", party(del.party()));
        }
      }
    }

    /** RCM-DEL-1 on a decision at a VM forum: deciders and session attendees (GI-1). */
    void del1Decision(Decision d) {
      if (d.forum().kind() == MeetingKind.VICE_MINISTERIAL) {
        del1(d.deciders());
        del1(d.sessionAttendees());
      }
    }

    /** RCM-OBS-1 (document): no observer authors a binding document, OBS-3 aside (GI-2). */
    void obs1Document(Document doc) {
      if (!doc.isBinding()) {
        return;
      }
      boolean permitted =
          (doc.kind() == DocumentKind.TECHNICAL_ADVICE
                  || doc.kind() == DocumentKind.INFORMATION_NOTE)
              && !doc.containsCommitments();
      for (Actor a : doc.authors()) {
        if (!actorIsObserver(a)) {
          continue;
        }
        if (permitted && actorIsObserverOrganisation(a)) {
          continue; // RCM-OBS-3
        }
        add("RCM-OBS-1", actor(a));
      }
    }

    /** RCM-OBS-1 (recommendation): no observer drafts / adopts it, OBS-3 aside (GI-2). */
    void obs1Recommendation(Recommendation r) {
      boolean ownOfOrganisation = actorIsObserverOrganisation(r.issuer());
      for (Actor a : r.drafters()) {
        if (!actorIsObserver(a)) {
          continue;
        }
        if (ownOfOrganisation && actorIsObserverOrganisation(a)) {
          continue; // RCM-OBS-3
        }
        add("RCM-OBS-1", actor(a));
      }
      for (Delegation del : r.delegations()) {
        Party p = del.party();
        if (!isObserver(p)) {
          continue;
        }
        if (ownOfOrganisation && p.isOrganisation()) {
          continue; // RCM-OBS-3
        }
        add("RCM-OBS-1", party(p));
      }
    }

    /** RCM-OBS-1 (agenda approval): no observer delegation adopts the agenda (GI-2). */
    void obs1AgendaApproval(AgendaApproval a) {
      for (Delegation del : a.delegations()) {
        if (isObserver(del.party())) {
          add("RCM-OBS-1", party(del.party()));
        }
      }
    }

    /** RCM-OBS-2: organisations support projects a Member government determined (GI-2). */
    void obs2(ProjectSupport ps) {
      if (ps.determinedBy().isEmpty()) {
        add("RCM-OBS-2", missing("/determinedBy"));
        return;
      }
      for (Party p : ps.determinedBy()) {
        if (isMember(p)) {
          return;
        }
      }
      add("RCM-OBS-2", document(ps.id()));
    }

    // ----- Technical Secretariat and IOM -----

    /** RCM-TS-1 (decision): the TS never decides (SEC-1). */
    void ts1Decision(Decision d) {
      if (d.decidedBy().is(Body.TECHNICAL_SECRETARIAT)) {
        add("RCM-TS-1", body(Body.TECHNICAL_SECRETARIAT));
      }
    }

    /** RCM-TS-1 (recommendation): the TS neither issues nor drafts recommendations (SEC-1). */
    void ts1Recommendation(Recommendation r) {
      boolean ts = r.issuer().is(Body.TECHNICAL_SECRETARIAT);
      for (Actor a : r.drafters()) {
        ts |= a.is(Body.TECHNICAL_SECRETARIAT);
      }
      if (ts) {
        add("RCM-TS-1", body(Body.TECHNICAL_SECRETARIAT));
      }
    }

    /** RCM-TS-1 (document): the TS does not author a document carrying recommendations (SEC-1). */
    void ts1Document(Document doc) {
      if (!doc.containsRecommendations()) {
        return;
      }
      for (Actor a : doc.authors()) {
        if (a.is(Body.TECHNICAL_SECRETARIAT)) {
          add("RCM-TS-1", body(Body.TECHNICAL_SECRETARIAT));
        }
      }
    }

    /** RCM-TS-2: the TS takes orders from PPT, Conference, GRCM (SEC-1, SEC-2, HO-1). */
    void ts2(SecretariatAction sa) {
      Actor by = sa.instructedBy();
      if (by.is(Body.VICE_MINISTERIAL_CONFERENCE) || by.is(Body.GRCM) || isPpt(by, asOf)) {
        return;
      }
      add("RCM-TS-2", actor(by));
    }

    /** RCM-TS-3: the TS acts only within its terms of reference (SEC-2). */
    void ts3(SecretariatAction sa) {
      if (sa.task() == SecretariatTask.OTHER) {
        add("RCM-TS-3", document(sa.id()));
      }
    }

    /** RCM-TS-4: background documents only on request of PPT, Conference, GRCM (SEC-2). */
    void ts4(Document doc) {
      // Resolution of a disagreement: the provision is about what the TS prepares; a background
      // document the TS is not among the authors of is not judged (see docs/testing.md).
      if (doc.kind() != DocumentKind.BACKGROUND_DOCUMENT
          || !doc.authors().contains(Actor.of(Body.TECHNICAL_SECRETARIAT))) {
        return;
      }
      if (doc.requestedBy().isEmpty()) {
        add("RCM-TS-4", missing("/requestedBy"));
        return;
      }
      Actor by = doc.requestedBy().get();
      if (!(by.is(Body.VICE_MINISTERIAL_CONFERENCE) || by.is(Body.GRCM) || isPpt(by, asOf))) {
        add("RCM-TS-4", actor(by));
      }
    }

    /** RCM-TS-5: reports go to PPT and IOM Rep, dated before their GRCM meeting (SEC-2). */
    void ts5(Document doc) {
      // Resolution of a disagreement: only the TS's own periodic reports are judged (see
      // docs/testing.md).
      if (doc.kind() != DocumentKind.ACTIVITY_REPORT
          || !doc.authors().contains(Actor.of(Body.TECHNICAL_SECRETARIAT))) {
        return;
      }
      boolean toPpt = false;
      boolean toIom = false;
      for (Actor a : doc.addressedTo()) {
        // Resolution of a disagreement: the Presidency a report goes to is the one on the
        // report's date, not on the day of judgement (see docs/testing.md).
        toPpt |= isPpt(a, doc.date());
        toIom |= a.is(Body.IOM_REGIONAL_OFFICE);
      }
      if (!toPpt) {
        add("RCM-TS-5", body(Body.PRO_TEMPORE_PRESIDENCY));
      }
      if (!toIom) {
        add("RCM-TS-5", body(Body.IOM_REGIONAL_OFFICE));
      }
      if (doc.prepares().isEmpty()) {
        add("RCM-TS-5", missing("/prepares"));
        return;
      }
      String id = doc.prepares().get();
      Optional<Meeting> m = historyMeeting(id);
      if (m.isEmpty() || !m.get().kind().isGrcm() || !doc.date().isBefore(m.get().start())) {
        add("RCM-TS-5", meeting(id));
      }
    }

    /** RCM-TS-6: supported events are recorded and agreed by Conference, GRCM, PPT (SEC-2). */
    void ts6(SecretariatAction sa) {
      if (sa.task() != SecretariatTask.EVENT_SUPPORT) {
        return;
      }
      if (sa.servesMeeting().isEmpty()) {
        add("RCM-TS-6", missing("/servesMeeting"));
        return;
      }
      String id = sa.servesMeeting().get();
      Optional<Meeting> m = historyMeeting(id);
      if (m.isEmpty()) {
        add("RCM-TS-6", meeting(id));
        return;
      }
      if (!m.get().kind().isEvent()) {
        return; // Vice-Ministerial, GRCM and intersessional meetings need no agreement record
      }
      boolean agreed =
          m.get()
              .agreedBy()
              // Resolution of a disagreement: an event agreed by the State then holding the
              // Presidency, read on the event's first day (see docs/testing.md).
              .map(
                  a ->
                      a.is(Body.VICE_MINISTERIAL_CONFERENCE)
                          || a.is(Body.GRCM)
                          || isPpt(a, m.get().start()))
              .orElse(false);
      if (!agreed) {
        add("RCM-TS-6", meeting(id));
      }
    }

    /** RCM-TS-7 (document): TS terms of reference approved by the VM Conference (SEC-1). */
    void ts7Document(Document doc) {
      if (doc.kind() != DocumentKind.TERMS_OF_REFERENCE) {
        return;
      }
      approvedByConference("RCM-TS-7", doc);
    }

    /** RCM-TS-7 (decision): TS terms of reference decided by the VM Conference (SEC-1). */
    void ts7Decision(Decision d) {
      if (d.subject() == Subject.TERMS_OF_REFERENCE
          && !d.decidedBy().is(Body.VICE_MINISTERIAL_CONFERENCE)) {
        add("RCM-TS-7", actor(d.decidedBy()));
      }
    }

    /** RCM-IOM-1: IOM's cooperation is requested by a Member, PPT or Conference (HO-1). */
    void iom1(TechnicalCooperation tc) {
      if (tc.requestedBy().isEmpty()) {
        add("RCM-IOM-1", missing("/requestedBy"));
        return;
      }
      for (Actor a : tc.requestedBy()) {
        if (a.is(Body.VICE_MINISTERIAL_CONFERENCE)
            || isPpt(a, asOf)
            || a.party().map(this::isMember).orElse(false)) {
          return;
        }
      }
      add("RCM-IOM-1", document(tc.id()));
    }

    /** RCM-POA-1 (document): the Plan of Action names an approver, the Deputy Ministers (GR-3). */
    void poa1Document(Document doc) {
      if (doc.kind() != DocumentKind.PLAN_OF_ACTION) {
        return;
      }
      approvedByConference("RCM-POA-1", doc);
    }

    /** RCM-POA-1 (decision): a decision on the Plan of Action is the Deputy Ministers' (GR-3). */
    void poa1Decision(Decision d) {
      if (d.subject() == Subject.PLAN_OF_ACTION
          && !d.decidedBy().is(Body.VICE_MINISTERIAL_CONFERENCE)) {
        add("RCM-POA-1", actor(d.decidedBy()));
      }
    }

    void approvedByConference(String rule, Document doc) {
      if (doc.approvedBy().isEmpty()) {
        add(rule, missing("/approvedBy"));
      } else if (!doc.approvedBy().get().is(Body.VICE_MINISTERIAL_CONFERENCE)) {
        add(rule, actor(doc.approvedBy().get()));
      }
    }
  }

  private static Party successor(List<Party> order, Party p) {
    int i = order.indexOf(p);
    return order.get((i + 1) % order.size());
  }
}
