package io.github.rcmgovernance.rules;

import static io.github.rcmgovernance.rules.Fixtures.*;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.DecisionRule;
import io.github.rcmgovernance.model.act.DocumentKind;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.PresidencyTermProposal;
import io.github.rcmgovernance.model.act.SecretariatTask;
import io.github.rcmgovernance.model.act.Subject;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.delegation.Level;
import io.github.rcmgovernance.model.delegation.Service;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One violating act and its near-identical valid twin for every rule id of the catalogue, in the
 * fixture world. Used by the ablation test, the differential test on fixtures and to write the
 * example scenarios.
 */
public final class RuleCases {
  /**
   * A case.
   *
   * @param ruleId the rule the violating act breaks (and only that rule)
   * @param title what the case shows
   * @param charter the charter
   * @param history the history the violating act is judged against
   * @param violating the act that breaks the rule
   * @param passingHistory the history the passing act is judged against
   * @param passing the near-identical act that passes every rule
   * @param fires the rule ids the violating act breaks: its rule, and any rule that always goes
   *     with it
   */
  public record Case(
      String ruleId,
      String title,
      Charter charter,
      History history,
      Act violating,
      History passingHistory,
      Act passing,
      ImmutableSet<String> fires) {
    Case(
        String ruleId, String title, Charter charter, History history, Act violating, Act passing) {
      this(ruleId, title, charter, history, violating, history, passing);
    }

    Case(
        String ruleId,
        String title,
        Charter charter,
        History history,
        Act violating,
        History passingHistory,
        Act passing) {
      this(
          ruleId,
          title,
          charter,
          history,
          violating,
          passingHistory,
          passing,
          ImmutableSet.of(ruleId));
    }

    /** The same case, where the violating act also breaks other rules that always go with it. */
    Case alsoBreaking(String... others) {
      return new Case(
          ruleId,
          title,
          charter,
          history,
          violating,
          passingHistory,
          passing,
          ImmutableSet.<String>builder().add(ruleId).add(others).build());
    }

    @Override
    public String toString() {
      return ruleId + ": " + title;
    }
  }

  private RuleCases() {}

  private static Case of(String ruleId, String title, Act violating, Act passing) {
    return new Case(ruleId, title, Charter.rcm(), history(), violating, passing);
  }

  private static MeetingProposal vm(UnaryOperator<Meeting> change) {
    MeetingProposal p = viceMinisterialProposal();
    return p.withMeeting(change.apply(p.meeting()));
  }

  private static MeetingProposal prep(UnaryOperator<Meeting> change) {
    MeetingProposal p = preparatoryProposal();
    return p.withMeeting(change.apply(p.meeting()));
  }

  private static MeetingProposal midTerm(UnaryOperator<Meeting> change) {
    MeetingProposal p = midTermProposal();
    return p.withMeeting(change.apply(p.meeting()));
  }

  private static Meeting dates(Meeting m, java.time.LocalDate start, java.time.LocalDate end) {
    return Meeting.builder().from(m).start(start).end(end).build();
  }

  /** The fixture history with other presidency terms. */
  private static History termsChanged(PresidencyTerm... terms) {
    return History.builder().from(history()).presidencyTerms(List.of(terms)).build();
  }

  /** A consultation between meetings in September 2024, recorded nowhere yet. */
  private static io.github.rcmgovernance.model.act.Decision consultation() {
    return decision()
        .withForum(Forum.of(MeetingKind.INTERSESSIONAL_CONSULTATION))
        .withDate(day(2024, 9, 10))
        .withSubject(Subject.REVIEW_OF_RECOMMENDATIONS)
        .withRecordedIn(Optional.empty());
  }

  /** The updated Plan of Action, drafted by Members and approved by the Deputy Ministers. */
  private static io.github.rcmgovernance.model.act.Document plan() {
    return declaration().withKind(DocumentKind.PLAN_OF_ACTION).withApprovedBy(VMC);
  }

  /** UNHCR's own recommendation on a specific aspect, addressed to the GRCM. */
  private static io.github.rcmgovernance.model.act.Recommendation organisationsOwnRecommendation() {
    return recommendation()
        .withIssuer(Actor.of(UNHCR))
        .withDrafters(Actor.of(UNHCR))
        .withAddressee(GRCM)
        .withForum(Optional.empty())
        .withDelegations(List.of());
  }

  /** Every case, one or more per rule id. */
  public static List<Case> all() {
    Delegation labour =
        Delegation.builder()
            .party(MX)
            .level(Level.DEPUTY_MINISTER)
            .service(Service.OTHER)
            .serviceName("Ministry of Labour")
            .build();
    History noAgenda = History.builder().from(history()).agendas(List.of()).build();
    History agendaDiscussedAt2023 =
        History.builder()
            .from(history())
            .agendas(
                List.of(
                    io.github.rcmgovernance.model.history.AgendaRecord.builder()
                        .meetingId("VM-2025")
                        .discussedAt("MT-2023")
                        .reviewedAt("PREP-2025")
                        .build()))
            .build();
    History unknownAgendaMeetings =
        History.builder()
            .from(history())
            .agendas(
                List.of(
                    io.github.rcmgovernance.model.history.AgendaRecord.builder()
                        .meetingId("VM-2025")
                        .discussedAt("MT-2023")
                        .reviewedAt("PREP-1900")
                        .build()))
            .build();
    History noPrep =
        History.builder()
            .from(history())
            .meetings(
                history().meetings().stream().filter(m -> !m.id().equals("PREP-2025")).toList())
            .build();
    History no2025Term =
        History.builder()
            .from(history())
            .presidencyTerms(
                history().presidencyTerms().stream()
                    .filter(t -> t.start().getYear() != 2025)
                    .toList())
            .build();
    // Guatemala's term begins on 1 May 2025: no term covers the first four months of 2025.
    History termFromMay =
        termsChanged(
            PresidencyTerm.forYear(CR, 2022),
            PresidencyTerm.forYear(PA, 2023),
            PresidencyTerm.forYear(MX, 2024),
            PresidencyTerm.of(GT, day(2025, 5, 1), day(2025, 12, 31)));
    // Guatemala's term ends on 30 September 2025, and no term is recorded after it.
    History termToSeptember =
        termsChanged(
            PresidencyTerm.forYear(CR, 2022),
            PresidencyTerm.forYear(PA, 2023),
            PresidencyTerm.forYear(MX, 2024),
            PresidencyTerm.of(GT, day(2025, 1, 1), day(2025, 9, 30)));
    // Guatemala holds the first half of 2026.
    History guatemalaEarly2026 =
        History.builder()
            .from(history())
            .addPresidencyTerms(PresidencyTerm.of(GT, day(2026, 1, 1), day(2026, 6, 30)))
            .build();
    Charter strict =
        Charter.builder().from(Charter.rcm()).secretariatMayAttendDecisionSession(false).build();
    Charter majority =
        Charter.builder().from(Charter.rcm()).decisionRule(DecisionRule.MAJORITY).build();
    return ImmutableList.of(
        of(
            "RCM-DEC-1",
            "a decision that names no deciders",
            decision().withDeciders(List.<Delegation>of()),
            decision()),
        // The deciders sit in the closed session: an observer decider breaks both rules.
        of(
                "RCM-DEC-1",
                "an observer State among the deciders",
                decision().withDeciders(dm(MX), dm(CR), dm(AR)),
                decision())
            .alsoBreaking("RCM-DEC-4"),
        of(
            "RCM-DEC-2",
            "a decision of the Presidency alone",
            decision().withDecidedBy(PPT),
            decision()),
        of(
            "RCM-DEC-3",
            "an official decides in place of a Deputy Minister",
            decision()
                .withDeciders(dm(MX), Delegation.of(CR, Level.OFFICIAL, Service.FOREIGN_AFFAIRS)),
            decision().withDeciders(dm(MX), dm(CR))),
        of(
            "RCM-DEC-4",
            "a decision taken in open session",
            decision().withSessionClosed(false),
            decision()),
        new Case(
            "RCM-DEC-4",
            "TS staff in the closed session where the charter excludes them",
            strict,
            history(),
            decision().withSecretariatStaffPresent(true),
            decision()),
        of(
            "RCM-DEC-4",
            "an observer State in the closed session of XXX RCM",
            vm(m -> m.withClosedSessionAttendees(dm(GT), dm(AR))),
            vm(m -> m)),
        of(
            "RCM-DEC-4",
            "a party without status in the closed session",
            decision().withSessionAttendees(dm(FR)),
            decision()),
        of(
            "RCM-DEC-5",
            "a decision at the GRCM mid-term meeting",
            decision().withForum(Forum.of(MeetingKind.GRCM_MID_TERM, "MT-2024")),
            decision()),
        of(
            "RCM-DEC-5",
            "a consultation between meetings that names no recommendation it reviews",
            consultation(),
            consultation().withReviews("REC-2")),
        of(
            "RCM-DEC-5",
            "a consultation that reviews a recommendation not in the history",
            consultation().withReviews("REC-2", "REC-99"),
            consultation().withReviews("REC-2")),
        of(
            "RCM-DEC-5",
            "a Vice-Ministerial forum that names the GRCM mid-term meeting",
            decision().withForum(Forum.of(MeetingKind.VICE_MINISTERIAL, "MT-2024")),
            decision()),
        of(
            "RCM-DEC-5",
            "a decision dated a month after the Vice-Ministerial meeting its forum names",
            decision().withDate(day(2024, 6, 22)),
            decision()),
        of(
            "RCM-DEC-6",
            "a Vice-Ministerial decision recorded nowhere",
            decision().withRecordedIn(Optional.empty()),
            decision()),
        of("RCM-DEC-7", "a deciding Member objects", decision().withObjections(PA), decision()),
        new Case(
            "RCM-DEC-7",
            "two of three deciders object under a majority rule",
            majority,
            history(),
            decision().withObjections(PA, CR),
            decision().withObjections(PA)),
        of(
            "RCM-GRC-1",
            "the GRCM decides on the forum's goals",
            decision().withDecidedBy(GRCM).withSubject(Subject.GOALS),
            decision().withSubject(Subject.GOALS)),
        of(
            "RCM-GRC-2",
            "a decision acts on a recommendation still pending",
            decision().withActsOn("REC-2"),
            decision().withActsOn("REC-1")),
        of(
            "RCM-GRC-3",
            "a GRCM delegation from the Ministry of Justice",
            agendaApproval().withDelegations(grcm(MX, Service.JUSTICE)),
            agendaApproval().withDelegations(grcm(MX, Service.IMMIGRATION))),
        of(
            "RCM-GRC-4",
            "a GRCM recommendation addressed to the Presidency",
            recommendation().withAddressee(PPT),
            recommendation()),
        of(
            "RCM-GRC-5",
            "the agenda approved at the preparatory meeting",
            agendaApproval().withForum(Forum.of(MeetingKind.GRCM_PREPARATORY, "PREP-2025")),
            agendaApproval()),
        // Only the Conference's own reviewing decision may act on a pending recommendation.
        of(
                "RCM-GRC-2",
                "the GRCM reviews a pending recommendation and acts on it",
                decision().withDecidedBy(GRCM).withReviews("REC-2").withActsOn("REC-2"),
                decision().withReviews("REC-2").withActsOn("REC-2"))
            .alsoBreaking("RCM-GRC-1"),
        of(
            "RCM-GRC-2",
            "a Plan of Action activity based on a recommendation not in the history",
            activity().withBasedOn("REC-99"),
            activity()),
        new Case(
            "RCM-MTG-1",
            "XXX RCM moved into 2024, the year of XXIX RCM",
            Charter.rcm(),
            agendaDiscussedAt2023,
            vm(m -> dates(m, day(2024, 5, 27), day(2024, 5, 28)).withHost(MX)),
            history(),
            vm(m -> m)),
        of("RCM-MTG-2", "a gap in the numbering", vm(m -> m.withNumber(32)), vm(m -> m)),
        of(
            "RCM-MTG-3",
            "hosted by a State not holding the Presidency",
            vm(m -> m.withHost(MX)),
            vm(m -> m)),
        of(
            "RCM-MTG-3",
            "a Vice-Ministerial meeting that names no organiser",
            vm(m -> m.withOrganiser(Optional.empty())),
            vm(m -> m)),
        new Case(
            "RCM-MTG-3",
            "no organiser named, in a year no presidency term covers",
            Charter.rcm(),
            no2025Term,
            vm(m -> m.withOrganiser(Optional.empty())),
            history(),
            vm(m -> m)),
        of(
            "RCM-MTG-4",
            "a Vice-Ministerial meeting in November",
            vm(m -> dates(m, day(2025, 11, 20), day(2025, 11, 21))),
            vm(m -> m)),
        // Moving the meeting to April would move it into another State's presidency: advice only.
        new Case(
            "RCM-MTG-4",
            "a November meeting in a presidency that began in May",
            Charter.rcm(),
            termFromMay,
            vm(m -> dates(m, day(2025, 11, 20), day(2025, 11, 21))),
            history(),
            vm(m -> m)),
        of(
            "RCM-MTG-5",
            "a preparatory meeting three weeks early",
            prep(m -> dates(m, day(2025, 4, 28), day(2025, 4, 29))),
            prep(m -> m)),
        of(
            "RCM-MTG-5",
            "a preparatory meeting from three weeks before to after the start",
            prep(m -> dates(m, day(2025, 5, 1), day(2025, 5, 21))),
            prep(m -> m)),
        // Moved to the days before XXX RCM, it would be a second preparatory meeting of 2025:
        // advice only.
        of(
            "RCM-MTG-5",
            "the 2024 preparatory meeting moved to December, before XXX RCM",
            prep(
                m ->
                    dates(m.withId("PREP-2024"), day(2024, 12, 1), day(2024, 12, 2))
                        .withPrepares("VM-2025")),
            prep(m -> m)),
        of(
            "RCM-MTG-6",
            "a mid-term meeting in September",
            midTerm(m -> dates(m, day(2025, 9, 2), day(2025, 9, 3))),
            midTerm(m -> m)),
        new Case(
            "RCM-MTG-6",
            "a September mid-term meeting in the last month of a presidency",
            Charter.rcm(),
            termToSeptember,
            midTerm(m -> dates(m, day(2025, 9, 2), day(2025, 9, 3))),
            history(),
            midTerm(m -> m)),
        of(
            "RCM-MTG-7",
            "a mid-term meeting away from the last host",
            midTerm(m -> m.withHost(HN)),
            midTerm(m -> m)),
        of(
            "RCM-MTG-8",
            "a second mid-term meeting in 2024",
            midTerm(
                m ->
                    dates(m.withId("MT-2024-BIS"), day(2024, 12, 2), day(2024, 12, 3))
                        .withHost(MX)),
            midTerm(m -> m)),
        of(
            "RCM-MTG-9",
            "an observer State proposed for the Presidency",
            PresidencyTermProposal.of("PPT-2026", PresidencyTerm.forYear(AR, 2026)),
            termProposal()),
        // A calendar year would overlap Guatemala's first half of 2026: advice only.
        new Case(
            "RCM-MTG-9",
            "a half-year term after another State's half-year",
            Charter.rcm(),
            guatemalaEarly2026,
            PresidencyTermProposal.of(
                "PPT-2026", PresidencyTerm.of(HN, day(2026, 7, 1), day(2026, 12, 31))),
            history(),
            termProposal()),
        of(
            "RCM-MTG-10",
            "Guatemala for a second term in a row",
            PresidencyTermProposal.of("PPT-2026", PresidencyTerm.forYear(GT, 2026)),
            termProposal()),
        // No preparatory meeting, so none reviewed the agenda either: RCM-AGD-1 goes with it.
        new Case(
                "RCM-MTG-11",
                "a Vice-Ministerial meeting nobody prepared",
                Charter.rcm(),
                noPrep,
                viceMinisterialProposal(),
                history(),
                viceMinisterialProposal())
            .alsoBreaking("RCM-AGD-1"),
        new Case(
            "RCM-AGD-1",
            "an agenda never discussed by the GRCM",
            Charter.rcm(),
            noAgenda,
            viceMinisterialProposal(),
            history(),
            viceMinisterialProposal()),
        new Case(
            "RCM-AGD-1",
            "an agenda record naming meetings that are not in the history",
            Charter.rcm(),
            unknownAgendaMeetings,
            viceMinisterialProposal(),
            history(),
            viceMinisterialProposal()),
        of(
            "RCM-DEL-1",
            "a Member's delegation from the Ministry of Labour",
            vm(m -> m.withAttendees(dm(GT), labour)),
            vm(m -> m)),
        of(
            "RCM-OBS-1",
            "an observer co-drafts a GRCM recommendation",
            recommendation().withDrafters(Actor.of(MX), Actor.of(UNHCR)),
            recommendation()),
        of(
            "RCM-OBS-1",
            "a Plan of Action drafted with IOM's Regional Office",
            plan().withAuthors(Actor.of(MX), IOM_OFFICE),
            plan()),
        of(
            "RCM-OBS-1",
            "technical advice with commitments drafted by an observer State",
            technicalAdvice().withAuthors(Actor.of(AR)).withContainsCommitments(true),
            technicalAdvice()),
        of(
            "RCM-OBS-1",
            "an observer organisation among the delegations that adopt a GRCM recommendation",
            recommendation()
                .withDelegations(
                    grcm(MX, Service.FOREIGN_AFFAIRS),
                    Delegation.of(UNHCR, Level.OFFICIAL, Service.FOREIGN_AFFAIRS)),
            recommendation()),
        of(
            "RCM-OBS-1",
            "an observer State among the delegations that approve the agenda",
            agendaApproval()
                .withDelegations(
                    grcm(MX, Service.FOREIGN_AFFAIRS),
                    Delegation.of(AR, Level.OFFICIAL, Service.FOREIGN_AFFAIRS)),
            agendaApproval()),
        of(
            "RCM-OBS-2",
            "support for a project no Member determined",
            projectSupport().withDeterminedBy(AR),
            projectSupport()),
        of(
            "RCM-TS-1",
            "the TS drafts a recommendation",
            recommendation().withDrafters(Actor.of(MX), TS),
            recommendation()),
        of(
            "RCM-TS-2",
            "IOM instructs the TS",
            secretariatAction().withInstructedBy(IOM_OFFICE),
            secretariatAction()),
        of(
            "RCM-TS-3",
            "a task outside the terms of reference",
            secretariatAction().withTask(SecretariatTask.OTHER).withDescription("audit a Member"),
            secretariatAction()),
        of(
            "RCM-TS-4",
            "a background document nobody requested",
            backgroundDocument().withRequestedBy(Optional.empty()),
            backgroundDocument()),
        of(
            "RCM-TS-5",
            "a periodic report that skips IOM's Regional Representative",
            activityReport().withAddressedTo(PPT),
            activityReport()),
        of(
            "RCM-TS-5",
            "a periodic report for a meeting that is not in the history",
            activityReport().withPrepares("MT-2025"),
            activityReport()),
        // Dating it before the meeting would put it in Mexico's term, not Guatemala's: advice.
        of(
            "RCM-TS-5",
            "a periodic report dated after the meeting, in the next presidency",
            activityReport().withDate(day(2025, 1, 5)),
            activityReport()),
        of(
            "RCM-TS-6",
            "support for a workshop nobody agreed",
            secretariatAction().withServesMeeting("WS-2024"),
            secretariatAction()),
        of(
            "RCM-TS-6",
            "event support that names no event",
            secretariatAction().withServesMeeting(Optional.empty()),
            secretariatAction()),
        of(
            "RCM-TS-7",
            "terms of reference approved by IOM",
            backgroundDocument()
                .withKind(DocumentKind.TERMS_OF_REFERENCE)
                .withAuthors(Actor.of(IOM))
                .withApprovedBy(IOM_OFFICE),
            backgroundDocument()
                .withKind(DocumentKind.TERMS_OF_REFERENCE)
                .withAuthors(Actor.of(IOM))
                .withApprovedBy(VMC)),
        of(
            "RCM-IOM-1",
            "technical cooperation nobody requested",
            cooperation().withRequestedBy(),
            cooperation()),
        of(
            "RCM-TS-7",
            "terms of reference that name no approving body",
            backgroundDocument()
                .withKind(DocumentKind.TERMS_OF_REFERENCE)
                .withAuthors(Actor.of(IOM))
                .withApprovedBy(Optional.empty()),
            backgroundDocument()
                .withKind(DocumentKind.TERMS_OF_REFERENCE)
                .withAuthors(Actor.of(IOM))
                .withApprovedBy(VMC)),
        of(
            "RCM-POA-1",
            "the Plan of Action approved by the GRCM",
            plan().withApprovedBy(GRCM),
            plan()),
        of(
            "RCM-POA-1",
            "a Plan of Action that names no approving body",
            plan().withApprovedBy(Optional.empty()),
            plan()),
        of(
            "RCM-OBS-1",
            "an observer State co-drafts an organisation's own recommendation (the twin: RCM-OBS-3)",
            organisationsOwnRecommendation().withDrafters(Actor.of(UNHCR), Actor.of(AR)),
            organisationsOwnRecommendation()));
  }

  /** Ids of every rule that must have a case. */
  public static ImmutableSet<String> ruleIds() {
    return all().stream().map(Case::ruleId).collect(ImmutableSet.toImmutableSet());
  }
}
