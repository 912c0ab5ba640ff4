package io.github.rcmgovernance.rules;

import static io.github.rcmgovernance.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.DecisionRule;
import io.github.rcmgovernance.model.act.Document;
import io.github.rcmgovernance.model.act.DocumentKind;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.PresidencyTermProposal;
import io.github.rcmgovernance.model.act.SecretariatTask;
import io.github.rcmgovernance.model.act.Subject;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.charter.MonthWindow;
import io.github.rcmgovernance.model.charter.RotationPolicy;
import io.github.rcmgovernance.model.charter.TermPolicy;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.delegation.Level;
import io.github.rcmgovernance.model.delegation.Service;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One focused test per rule: the valid fixture passes every rule; changing one thing makes exactly
 * the rule that encodes it fire.
 */
class CatalogueRulesTest {
  private static final Validator VALIDATOR = Validator.standard();

  static Verdict judge(Act act) {
    return VALIDATOR.validate(act, history());
  }

  static List<String> fired(Act act) {
    return judge(act).firedRules().asList();
  }

  static List<String> fired(Charter charter, Act act, History history) {
    return Validator.builder()
        .charter(charter)
        .build()
        .validate(act, history)
        .firedRules()
        .asList();
  }

  static Stream<Act> validActs() {
    return Stream.of(
        decision(),
        agendaApproval(),
        recommendation(),
        backgroundDocument(),
        activityReport(),
        declaration(),
        technicalAdvice(),
        viceMinisterialProposal(),
        preparatoryProposal(),
        midTermProposal(),
        termProposal(),
        secretariatAction(),
        activity(),
        projectSupport(),
        cooperation(),
        facilitySupport());
  }

  @ParameterizedTest
  @MethodSource("validActs")
  void everyFixtureActIsValidWithoutWarnings(Act act) {
    Verdict verdict = judge(act);
    assertThat(verdict.violations()).isEmpty();
    assertThat(verdict.isValid()).isTrue();
  }

  @Nested
  class Decisions {
    @Test
    void dec1ObserverAmongDeciders() {
      // The deciders sit in the closed session, so an observer decider breaks RCM-DEC-4 too.
      assertThat(fired(decision().withDeciders(dm(MX), dm(CR), dm(AR))))
          .containsExactly("RCM-DEC-1", "RCM-DEC-4");
      assertThat(judge(decision().withDeciders(dm(MX), dm(AR))).violations().get(0).target())
          .isEqualTo(Target.party(AR));
    }

    @Test
    void dec1PartyWithoutStatusAmongDeciders() {
      assertThat(fired(decision().withDeciders(dm(MX), dm(FR))))
          .containsExactly("RCM-DEC-1", "RCM-DEC-4");
    }

    @Test
    void dec1StatusIsReadAsOfTheDayOfJudgement() {
      var withDominicanRepublic = decision().withDeciders(dm(MX), dm(DO));
      assertThat(VALIDATOR.validate(withDominicanRepublic, history()).isValid()).isTrue();
      assertThat(VALIDATOR.validate(withDominicanRepublic, history(), day(1999, 6, 1)).firedRules())
          .containsExactly("RCM-DEC-1", "RCM-DEC-4");
    }

    @Test
    void dec2DecisionByThePresidencyAlone() {
      assertThat(fired(decision().withDecidedBy(PPT))).containsExactly("RCM-DEC-2");
      assertThat(fired(decision().withDecidedBy(VS))).containsExactly("RCM-DEC-2");
      assertThat(fired(decision().withDecidedBy(Actor.of(IOM)))).containsExactly("RCM-DEC-2");
    }

    @Test
    void dec3DeciderBelowDeputyMinister() {
      assertThat(
              fired(
                  decision()
                      .withDeciders(
                          dm(MX), Delegation.of(CR, Level.OFFICIAL, Service.FOREIGN_AFFAIRS))))
          .containsExactly("RCM-DEC-3");
    }

    @Test
    void dec4OpenSession() {
      assertThat(fired(decision().withSessionClosed(false))).containsExactly("RCM-DEC-4");
    }

    @Test
    void dec4ObserverInTheClosedSession() {
      assertThat(fired(decision().withSessionAttendees(dm(MX), dm(CR), dm(AR))))
          .containsExactly("RCM-DEC-4");
    }

    @Test
    void dec4SecretariatStaffFollowTheCharter() {
      var withStaff = decision().withSecretariatStaffPresent(true);
      assertThat(fired(withStaff)).isEmpty();
      Charter strict =
          Charter.builder().from(Charter.rcm()).secretariatMayAttendDecisionSession(false).build();
      assertThat(fired(strict, withStaff, history())).containsExactly("RCM-DEC-4");
    }

    @Test
    void observerAmongDecidersAndInTheSessionBreaksTwoProvisions() {
      assertThat(
              fired(decision().withDeciders(dm(MX), dm(AR)).withSessionAttendees(dm(MX), dm(AR))))
          .containsExactly("RCM-DEC-1", "RCM-DEC-4");
    }

    @Test
    void dec5DecisionAtTheMidTermMeeting() {
      assertThat(fired(decision().withForum(Forum.of(MeetingKind.GRCM_MID_TERM, "MT-2024"))))
          .containsExactly("RCM-DEC-5");
    }

    @Test
    void dec5IntersessionalConsultationOnlyReviewsRecommendations() {
      Decision consultation =
          decision()
              .withForum(Forum.of(MeetingKind.INTERSESSIONAL_CONSULTATION))
              .withRecordedIn(java.util.Optional.empty());
      assertThat(fired(consultation)).containsExactly("RCM-DEC-5");
      assertThat(
              fired(
                  consultation.withSubject(Subject.REVIEW_OF_RECOMMENDATIONS).withReviews("REC-2")))
          .isEmpty();
    }

    @Test
    void dec6UnrecordedDecisionIsWarned() {
      Verdict verdict = judge(decision().withRecordedIn(java.util.Optional.empty()));
      assertThat(verdict.firedRules()).containsExactly("RCM-DEC-6");
      assertThat(verdict.isValid()).isTrue();
      assertThat(verdict.warnings()).hasSize(1);
    }

    @Test
    void dec7ObjectionOfADecidingMember() {
      assertThat(fired(decision().withObjections(PA))).containsExactly("RCM-DEC-7");
      assertThat(fired(decision().withObjections(HN))).isEmpty();
    }

    @Test
    void dec7MajorityRuleCountsObjectingDeciders() {
      Charter majority =
          Charter.builder().from(Charter.rcm()).decisionRule(DecisionRule.MAJORITY).build();
      assertThat(fired(majority, decision().withObjections(PA), history())).isEmpty();
      assertThat(fired(majority, decision().withObjections(PA, CR), history()))
          .containsExactly("RCM-DEC-7");
    }
  }

  @Nested
  class Grcm {
    @Test
    void grc1GrcmDecidesWhateverTheSubject() {
      for (Subject subject : Subject.values()) {
        List<String> fired = fired(decision().withDecidedBy(GRCM).withSubject(subject));
        assertThat(fired).contains("RCM-GRC-1").doesNotContain("RCM-DEC-2");
      }
      assertThat(fired(decision().withDecidedBy(GRCM))).containsExactly("RCM-GRC-1");
    }

    @Test
    void grc2ActingOnARecommendationNotEndorsed() {
      assertThat(fired(decision().withActsOn("REC-1"))).isEmpty();
      assertThat(fired(decision().withActsOn("REC-2"))).containsExactly("RCM-GRC-2");
      assertThat(fired(decision().withActsOn("REC-3"))).containsExactly("RCM-GRC-2");
      assertThat(fired(decision().withActsOn("REC-404"))).containsExactly("RCM-GRC-2");
      assertThat(fired(decision().withActsOn("REC-2").withReviews("REC-2"))).isEmpty();
    }

    @Test
    void grc2ActivityAndSecretariatActionOnAPendingRecommendation() {
      assertThat(fired(activity().withBasedOn("REC-2"))).containsExactly("RCM-GRC-2");
      assertThat(fired(secretariatAction().withServesRecommendation("REC-2")))
          .containsExactly("RCM-GRC-2");
      assertThat(fired(secretariatAction().withServesRecommendation("REC-1"))).isEmpty();
    }

    @Test
    void grc3GrcmDelegationFromAnotherService() {
      var fromJustice = agendaApproval().withDelegations(grcm(MX, Service.JUSTICE));
      assertThat(fired(fromJustice)).containsExactly("RCM-GRC-3");
      assertThat(judge(fromJustice).isValid()).isTrue();
      Charter mexicoJustice =
          Charter.builder()
              .from(Charter.rcm())
              .putImmigrationAuthority(
                  MX, com.google.common.collect.ImmutableSet.of(Service.JUSTICE))
              .build();
      assertThat(fired(mexicoJustice, fromJustice, history())).isEmpty();
      assertThat(fired(recommendation().withDelegations(grcm(CR, Service.INTERIOR))))
          .containsExactly("RCM-GRC-3");
      MeetingProposal midTerm = midTermProposal();
      assertThat(
              fired(
                  midTerm.withMeeting(midTerm.meeting().withAttendees(grcm(GT, Service.INTERIOR)))))
          .containsExactly("RCM-GRC-3");
    }

    @Test
    void grc4RecommendationNotAddressedToTheDeputyMinisters() {
      assertThat(fired(recommendation().withAddressee(PPT))).containsExactly("RCM-GRC-4");
    }

    @Test
    void grc5AgendaApprovedElsewhereOrByAnotherBody() {
      assertThat(fired(agendaApproval().withApprovedBy(PPT))).containsExactly("RCM-GRC-5");
      assertThat(
              fired(
                  agendaApproval().withForum(Forum.of(MeetingKind.GRCM_PREPARATORY, "PREP-2025"))))
          .containsExactly("RCM-GRC-5");
    }
  }

  @Nested
  class Meetings {
    private MeetingProposal vm(java.util.function.UnaryOperator<Meeting> change) {
      MeetingProposal p = viceMinisterialProposal();
      return p.withMeeting(change.apply(p.meeting()));
    }

    @Test
    void mtg1SecondViceMinisterialMeetingInAYear() {
      assertThat(fired(vm(m -> Meeting.builder().from(m).id("VM-2025-BIS").number(31).build())))
          .containsExactly("RCM-AGD-1", "RCM-MTG-1", "RCM-MTG-11");
    }

    @Test
    void mtg2NumberGapOrReuse() {
      assertThat(fired(vm(m -> Meeting.builder().from(m).number(32).build())))
          .containsExactly("RCM-MTG-2");
      assertThat(fired(vm(m -> Meeting.builder().from(m).number(29).build())))
          .containsExactly("RCM-MTG-2");
    }

    @Test
    void mtg3HostIsNotThePresidency() {
      assertThat(fired(vm(m -> Meeting.builder().from(m).host(MX).build())))
          .containsExactly("RCM-MTG-3");
      assertThat(fired(vm(m -> Meeting.builder().from(m).organiser(Actor.of(MX)).build())))
          .containsExactly("RCM-MTG-3");
      assertThat(fired(vm(m -> Meeting.builder().from(m).organiser(Actor.of(GT)).build())))
          .isEmpty();
    }

    @Test
    void mtg4OutsideTheSecondQuarterUnlessTheCharterSaysSo() {
      MeetingProposal november =
          vm(
              m ->
                  Meeting.builder()
                      .from(m)
                      .start(day(2025, 11, 20))
                      .end(day(2025, 11, 21))
                      .build());
      assertThat(fired(november)).containsExactly("RCM-MTG-4");
      Charter today =
          Charter.builder()
              .from(Charter.rcm())
              .viceMinisterialWindow(MonthWindow.of(11, 12))
              .build();
      assertThat(fired(today, november, history())).isEmpty();
    }

    @Test
    void mtg5PreparatoryMeetingTooEarlyOrTooLate() {
      MeetingProposal prep = preparatoryProposal();
      assertThat(
              fired(
                  prep.withMeeting(
                      Meeting.builder()
                          .from(prep.meeting())
                          .start(day(2025, 5, 1))
                          .end(day(2025, 5, 2))
                          .build())))
          .containsExactly("RCM-MTG-5");
      assertThat(
              fired(
                  prep.withMeeting(
                      Meeting.builder()
                          .from(prep.meeting())
                          .start(day(2025, 5, 20))
                          .end(day(2025, 5, 21))
                          .build())))
          .containsExactly("RCM-MTG-5");
      assertThat(
              fired(
                  prep.withMeeting(
                      Meeting.builder().from(prep.meeting()).prepares("VM-2099").build())))
          .containsExactly("RCM-MTG-5");
    }

    @Test
    void mtg6MidTermOutsideTheLastQuarter() {
      MeetingProposal mt = midTermProposal();
      assertThat(
              fired(
                  mt.withMeeting(
                      Meeting.builder()
                          .from(mt.meeting())
                          .start(day(2025, 9, 1))
                          .end(day(2025, 9, 2))
                          .build())))
          .containsExactly("RCM-MTG-6");
    }

    @Test
    void mtg7MidTermAwayFromTheLastHost() {
      MeetingProposal mt = midTermProposal();
      Verdict verdict =
          judge(mt.withMeeting(Meeting.builder().from(mt.meeting()).host(HN).build()));
      assertThat(verdict.firedRules()).containsExactly("RCM-MTG-7");
      assertThat(verdict.isValid()).isTrue();
    }

    @Test
    void mtg8SecondGrcmMeetingOfAKind() {
      MeetingProposal mt = midTermProposal();
      assertThat(
              fired(
                  mt.withMeeting(
                      Meeting.builder()
                          .from(mt.meeting())
                          .id("MT-2024-BIS")
                          .start(day(2024, 12, 1))
                          .end(day(2024, 12, 2))
                          .host(MX)
                          .build())))
          .containsExactly("RCM-MTG-8");
    }

    @Test
    void mtg9PresidencyHeldByAnObserverOrTwice() {
      assertThat(fired(PresidencyTermProposal.of("P", PresidencyTerm.forYear(AR, 2026))))
          .containsExactly("RCM-MTG-9");
      assertThat(fired(PresidencyTermProposal.of("P", PresidencyTerm.forYear(HN, 2025))))
          .containsExactly("RCM-MTG-9");
      PresidencyTermProposal halfYear =
          PresidencyTermProposal.of("P", PresidencyTerm.of(HN, day(2026, 1, 1), day(2026, 6, 30)));
      assertThat(fired(halfYear)).containsExactly("RCM-MTG-9");
      Charter free = Charter.builder().from(Charter.rcm()).termPolicy(TermPolicy.FREE).build();
      assertThat(fired(free, halfYear, history())).isEmpty();
    }

    @Test
    void mtg10SameStateTwiceInARow() {
      Verdict verdict = judge(PresidencyTermProposal.of("P", PresidencyTerm.forYear(GT, 2026)));
      assertThat(verdict.firedRules()).containsExactly("RCM-MTG-10");
      assertThat(verdict.isValid()).isTrue();
      Charter order =
          Charter.builder()
              .from(Charter.rcm())
              .rotationPolicy(RotationPolicy.FIXED_ORDER)
              .rotationOrder(ImmutableList.of(CR, PA, MX, GT, HN))
              .build();
      assertThat(fired(order, termProposal(), history())).isEmpty();
      assertThat(
              fired(
                  order,
                  PresidencyTermProposal.of("P", PresidencyTerm.forYear(CR, 2026)),
                  history()))
          .containsExactly("RCM-MTG-10");
    }

    @Test
    void mtg11ViceMinisterialMeetingWithoutPreparatoryMeeting() {
      History noPrep =
          History.builder()
              .from(history())
              .meetings(
                  history().meetings().stream().filter(m -> !m.id().equals("PREP-2025")).toList())
              .build();
      Verdict verdict = VALIDATOR.validate(viceMinisterialProposal(), noPrep);
      // The agenda record still names PREP-2025, which no longer resolves: RCM-AGD-1 warns too.
      assertThat(verdict.firedRules()).containsExactly("RCM-AGD-1", "RCM-MTG-11");
      assertThat(verdict.isValid()).isTrue();
    }

    @Test
    void agd1AgendaThatSkippedTheGrcmReview() {
      History noAgenda = History.builder().from(history()).agendas(List.of()).build();
      assertThat(VALIDATOR.validate(viceMinisterialProposal(), noAgenda).firedRules())
          .containsExactly("RCM-AGD-1");
    }
  }

  @Nested
  class Observers {
    @Test
    void del1MemberDelegationFromAnotherService() {
      MeetingProposal p = viceMinisterialProposal();
      Delegation labour =
          Delegation.builder()
              .party(MX)
              .level(Level.DEPUTY_MINISTER)
              .service(Service.OTHER)
              .serviceName("Ministry of Labour")
              .build();
      assertThat(fired(p.withMeeting(p.meeting().withAttendees(dm(GT), labour))))
          .containsExactly("RCM-DEL-1");
      assertThat(fired(decision().withDeciders(dm(CR), labour))).containsExactly("RCM-DEL-1");
      assertThat(fired(p.withMeeting(p.meeting().withAttendees(dm(GT), dm(MX))))).isEmpty();
    }

    @Test
    void obs1ObserverDraftsARecommendationOrDeclaration() {
      assertThat(fired(recommendation().withDrafters(Actor.of(MX), Actor.of(UNHCR))))
          .containsExactly("RCM-OBS-1");
      assertThat(fired(recommendation().withDrafters(Actor.of(MX), Actor.of(AR))))
          .containsExactly("RCM-OBS-1");
      assertThat(fired(declaration().withAuthors(Actor.of(MX), Actor.of(AR))))
          .containsExactly("RCM-OBS-1");
      Document coDrafted =
          backgroundDocument().withAuthors(TS, Actor.of(UNHCR)).withContainsCommitments(true);
      assertThat(fired(coDrafted)).containsExactly("RCM-OBS-1");
      assertThat(fired(coDrafted.withAuthors(TS))).isEmpty();
    }

    @Test
    void obs2ProjectNoMemberDetermined() {
      assertThat(fired(projectSupport().withDeterminedBy(AR, FR))).containsExactly("RCM-OBS-2");
      assertThat(fired(projectSupport().withDeterminedBy())).containsExactly("RCM-OBS-2");
    }

    @Test
    void obs3ObserverTechnicalAdviceIsPermitted() {
      for (var author : List.of(UNHCR, IOM, UNFPA)) {
        Verdict advice = judge(technicalAdvice().withAuthors(Actor.of(author)));
        assertThat(advice.violations()).isEmpty();
        Verdict note =
            judge(
                technicalAdvice()
                    .withKind(DocumentKind.INFORMATION_NOTE)
                    .withAuthors(Actor.of(author)));
        assertThat(note.violations()).isEmpty();
      }
    }
  }

  @Nested
  class Secretariat {
    @Test
    void ts1SecretariatDecidesOrRecommends() {
      assertThat(fired(decision().withDecidedBy(TS))).containsExactly("RCM-TS-1");
      assertThat(fired(recommendation().withIssuer(TS))).containsExactly("RCM-TS-1");
      assertThat(fired(recommendation().withDrafters(Actor.of(MX), TS)))
          .containsExactly("RCM-TS-1");
      assertThat(fired(backgroundDocument().withContainsRecommendations(true)))
          .containsExactly("RCM-TS-1");
    }

    @Test
    void ts2InstructionFromOutsideThePresidency() {
      assertThat(fired(secretariatAction().withInstructedBy(IOM_OFFICE)))
          .containsExactly("RCM-TS-2");
      assertThat(fired(secretariatAction().withInstructedBy(Actor.of(UNHCR))))
          .containsExactly("RCM-TS-2");
      assertThat(fired(secretariatAction().withInstructedBy(Actor.of(CR))))
          .containsExactly("RCM-TS-2");
      assertThat(fired(secretariatAction().withInstructedBy(Actor.of(MX)))).isEmpty();
      assertThat(fired(secretariatAction().withInstructedBy(VMC))).isEmpty();
      assertThat(fired(secretariatAction().withInstructedBy(GRCM))).isEmpty();
    }

    @Test
    void ts3TaskOutsideTheTermsOfReference() {
      assertThat(
              fired(
                  secretariatAction()
                      .withTask(SecretariatTask.OTHER)
                      .withDescription("negotiate a treaty")))
          .containsExactly("RCM-TS-3");
    }

    @Test
    void ts4BackgroundDocumentWithoutRequest() {
      assertThat(fired(backgroundDocument().withRequestedBy(java.util.Optional.empty())))
          .containsExactly("RCM-TS-4");
      assertThat(fired(backgroundDocument().withRequestedBy(Actor.of(UNHCR))))
          .containsExactly("RCM-TS-4");
      assertThat(fired(backgroundDocument().withRequestedBy(GRCM))).isEmpty();
    }

    @Test
    void ts5PeriodicReportAddressedWronglyOrLate() {
      assertThat(fired(activityReport().withAddressedTo(PPT))).containsExactly("RCM-TS-5");
      assertThat(fired(activityReport().withAddressedTo(IOM_OFFICE))).containsExactly("RCM-TS-5");
      assertThat(fired(activityReport().withDate(day(2024, 11, 20)))).containsExactly("RCM-TS-5");
      assertThat(fired(activityReport().withPrepares(java.util.Optional.empty())))
          .containsExactly("RCM-TS-5");
    }

    @Test
    void ts6SupportForAnEventNobodyAgreed() {
      assertThat(fired(secretariatAction().withServesMeeting("WS-2024")))
          .containsExactly("RCM-TS-6");
      assertThat(fired(secretariatAction().withServesMeeting("NOWHERE")))
          .containsExactly("RCM-TS-6");
      assertThat(fired(secretariatAction().withServesMeeting("MT-2024"))).isEmpty();
    }

    @Test
    void ts7TermsOfReferenceApprovedByAnotherBody() {
      assertThat(fired(decision().withSubject(Subject.TERMS_OF_REFERENCE))).isEmpty();
      assertThat(fired(decision().withSubject(Subject.TERMS_OF_REFERENCE).withDecidedBy(PPT)))
          .containsExactly("RCM-DEC-2", "RCM-TS-7");
      assertThat(
              fired(
                  backgroundDocument()
                      .withKind(DocumentKind.TERMS_OF_REFERENCE)
                      .withAuthors(Actor.of(IOM))
                      .withApprovedBy(IOM_OFFICE)))
          .containsExactly("RCM-TS-7");
    }

    @Test
    void iom1CooperationNobodyRequested() {
      assertThat(fired(cooperation().withRequestedBy())).containsExactly("RCM-IOM-1");
      assertThat(fired(cooperation().withRequestedBy(Actor.of(AR)))).containsExactly("RCM-IOM-1");
      assertThat(fired(cooperation().withRequestedBy(PPT))).isEmpty();
      assertThat(fired(cooperation().withRequestedBy(VMC))).isEmpty();
    }

    @Test
    void poa1PlanOfActionApprovedByAnotherBody() {
      assertThat(fired(decision().withSubject(Subject.PLAN_OF_ACTION).withDecidedBy(GRCM)))
          .containsExactly("RCM-GRC-1", "RCM-POA-1");
      assertThat(fired(declaration().withKind(DocumentKind.PLAN_OF_ACTION).withApprovedBy(GRCM)))
          .containsExactly("RCM-POA-1");
      assertThat(fired(declaration().withKind(DocumentKind.PLAN_OF_ACTION).withApprovedBy(VMC)))
          .isEmpty();
    }

    @Test
    void facilitySupportNeedsNoRequest() {
      Verdict verdict = judge(facilitySupport());
      assertThat(verdict.violations()).isEmpty();
      assertThat(verdict.evaluatedRules()).isEmpty();
    }
  }
}
