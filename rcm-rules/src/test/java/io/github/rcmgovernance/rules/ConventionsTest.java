package io.github.rcmgovernance.rules;

import static io.github.rcmgovernance.rules.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.DecisionRule;
import io.github.rcmgovernance.model.act.DocumentKind;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.PresidencyTermProposal;
import io.github.rcmgovernance.model.act.Subject;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.delegation.Level;
import io.github.rcmgovernance.model.delegation.Service;
import io.github.rcmgovernance.model.history.AgendaRecord;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The conventions of the catalogue's revision 2, one act at a time: missing is not compliant,
 * references are resolved, labels are not exemptions, bodies have standing. Each test names the act
 * and the (rule id, target) findings the revised catalogue gives it.
 */
class ConventionsTest {
  private static final Validator VALIDATOR = Validator.standard();

  private static Set<String> findings(Act act) {
    return findings(VALIDATOR, act, history());
  }

  private static Set<String> findings(Validator validator, Act act, History history) {
    return validator.validate(act, history).violations().stream()
        .map(v -> v.ruleId() + " " + v.target().key())
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  private static Violation only(Act act, String ruleId) {
    return VALIDATOR.validate(act, history()).violations().stream()
        .filter(v -> v.ruleId().equals(ruleId))
        .findFirst()
        .orElseThrow(() -> new AssertionError(ruleId + " did not fire on " + act));
  }

  private static MeetingProposal vm(java.util.function.UnaryOperator<Meeting> f) {
    MeetingProposal p = viceMinisterialProposal();
    return p.withMeeting(f.apply(p.meeting()));
  }

  @Nested
  class MissingIsNotCompliant {
    @Test
    void aDecisionWithNoDecidersIsInvalid() {
      assertThat(findings(decision().withDeciders(List.<Delegation>of())))
          .containsExactly("RCM-DEC-1 missing:/deciders");
      assertThat(only(decision().withDeciders(List.<Delegation>of()), "RCM-DEC-1").message())
          .contains("DEC-2024-1", "no deciders");
    }

    @Test
    void aDecisionWhoseJsonLeavesOutTheDecidersIsInvalid() {
      RcmJson json = RcmJson.standard();
      var tree = (com.fasterxml.jackson.databind.node.ObjectNode) json.toTree(decision());
      tree.remove("deciders");
      Act read = json.read(tree, Act.class, "$");
      assertThat(((Decision) read).deciders()).isEmpty();
      assertThat(findings(read)).containsExactly("RCM-DEC-1 missing:/deciders");
    }

    @Test
    void aPlanOfActionOrTermsOfReferenceNamingNoApproverIsInvalid() {
      var plan =
          declaration().withKind(DocumentKind.PLAN_OF_ACTION).withApprovedBy(Optional.empty());
      assertThat(findings(plan)).containsExactly("RCM-POA-1 missing:/approvedBy");
      var terms =
          backgroundDocument()
              .withKind(DocumentKind.TERMS_OF_REFERENCE)
              .withAuthors(Actor.of(IOM))
              .withApprovedBy(Optional.empty());
      assertThat(findings(terms)).containsExactly("RCM-TS-7 missing:/approvedBy");
    }

    @Test
    void eventSupportNamingNoEventIsInvalid() {
      assertThat(findings(secretariatAction().withServesMeeting(Optional.empty())))
          .containsExactly("RCM-TS-6 missing:/servesMeeting");
    }

    @Test
    void aViceMinisterialMeetingNamingNoOrganiserIsInvalid() {
      assertThat(findings(vm(m -> m.withOrganiser(Optional.empty()))))
          .containsExactly("RCM-MTG-3 missing:/meeting/organiser");
      assertThat(findings(vm(m -> m.withHost(Optional.empty()))))
          .containsExactly("RCM-MTG-3 missing:/meeting/host");
    }

    @Test
    void supportAndCooperationNamingNobodyAreInvalid() {
      assertThat(findings(projectSupport().withDeterminedBy(List.of())))
          .containsExactly("RCM-OBS-2 missing:/determinedBy");
      assertThat(findings(cooperation().withRequestedBy(List.<Actor>of())))
          .containsExactly("RCM-IOM-1 missing:/requestedBy");
      assertThat(findings(backgroundDocument().withRequestedBy(Optional.empty())))
          .containsExactly("RCM-TS-4 missing:/requestedBy");
    }
  }

  @Nested
  class ReferencesAreResolved {
    private io.github.rcmgovernance.model.act.Decision consultation() {
      return decision()
          .withForum(Forum.of(MeetingKind.INTERSESSIONAL_CONSULTATION))
          .withDate(day(2024, 9, 10))
          .withSubject(Subject.REVIEW_OF_RECOMMENDATIONS)
          .withRecordedIn(Optional.empty());
    }

    @Test
    void aConsultationQualifiesOnlyByTheRecordedRecommendationsItReviews() {
      assertThat(findings(consultation().withReviews("REC-2"))).isEmpty();
      assertThat(findings(consultation())).containsExactly("RCM-DEC-5 missing:/reviews");
      assertThat(findings(consultation().withReviews("REC-2", "REC-99")))
          .containsExactly("RCM-DEC-5 document:REC-99");
    }

    @Test
    void aForumMeetingMustBeAViceMinisterialMeetingOnTheDecisionsDate() {
      assertThat(findings(decision().withForum(Forum.of(MeetingKind.VICE_MINISTERIAL, "MT-2024"))))
          .containsExactly("RCM-DEC-5 meeting:MT-2024");
      assertThat(
              findings(
                  decision()
                      .withForum(Forum.of(MeetingKind.VICE_MINISTERIAL, "VM-2024"))
                      .withDate(day(2024, 6, 22))))
          .containsExactly("RCM-DEC-5 meeting:VM-2024");
      assertThat(findings(decision().withForum(Forum.of(MeetingKind.VICE_MINISTERIAL, "VM-1900"))))
          .containsExactly("RCM-DEC-5 meeting:VM-1900");
      assertThat(
              only(
                      decision().withForum(Forum.of(MeetingKind.VICE_MINISTERIAL, "VM-1900")),
                      "RCM-DEC-5")
                  .message())
          .contains("VM-1900", "not in the history");
    }

    @Test
    void actingOnAnUnknownRecommendationIsInvalidEvenForItsReviewers() {
      assertThat(findings(decision().withReviews("REC-99").withActsOn("REC-99")))
          .containsExactly("RCM-GRC-2 document:REC-99");
      assertThat(findings(activity().withBasedOn("REC-99")))
          .containsExactly("RCM-GRC-2 document:REC-99");
    }

    @Test
    void theAgendaRecordsMeetingsAreResolved() {
      History unknown = withAgenda("MT-1900", "PREP-1900");
      assertThat(findings(VALIDATOR, viceMinisterialProposal(), unknown))
          .containsExactly("RCM-AGD-1 meeting:MT-1900", "RCM-AGD-1 meeting:PREP-1900");
      // The 2023 mid-term meeting is not the most recent one; PREP-2024 prepares another meeting.
      History stale = withAgenda("MT-2023", "PREP-2024");
      assertThat(findings(VALIDATOR, viceMinisterialProposal(), stale))
          .containsExactly("RCM-AGD-1 meeting:MT-2023", "RCM-AGD-1 meeting:PREP-2024");
      History half = withAgenda(null, "PREP-2025");
      assertThat(findings(VALIDATOR, viceMinisterialProposal(), half))
          .containsExactly("RCM-AGD-1 missing:agenda.discussedAt");
      assertThat(VALIDATOR.validate(viceMinisterialProposal(), half).violations().get(0).message())
          .contains("mid-term");
    }

    private History withAgenda(String discussedAt, String reviewedAt) {
      return History.builder()
          .from(history())
          .agendas(
              List.of(
                  AgendaRecord.builder()
                      .meetingId("VM-2025")
                      .discussedAt(Optional.ofNullable(discussedAt))
                      .reviewedAt(Optional.ofNullable(reviewedAt))
                      .build()))
          .build();
    }

    @Test
    void anAgendaApprovalsForumMeetingIsTheMidTermMeetingOfItsDay() {
      assertThat(
              findings(
                  agendaApproval().withForum(Forum.of(MeetingKind.GRCM_MID_TERM, "PREP-2025"))))
          .containsExactly("RCM-GRC-5 meeting:PREP-2025");
      assertThat(
              findings(agendaApproval().withForum(Forum.of(MeetingKind.GRCM_MID_TERM, "MT-2023"))))
          .containsExactly("RCM-GRC-5 meeting:MT-2023");
    }
  }

  @Nested
  class LabelsAreNotExemptions {
    @Test
    void technicalAdviceWithCommitmentsByAnObserverStateIsInvalid() {
      assertThat(
              findings(technicalAdvice().withAuthors(Actor.of(AR)).withContainsCommitments(true)))
          .containsExactly("RCM-OBS-1 party:AR");
    }

    @Test
    void theOrganisationsPermissionCoversNoObserverStateAndNoCommitments() {
      // An observer State's advice that carries recommendations is not covered.
      assertThat(findings(technicalAdvice().withAuthors(Actor.of(AR))))
          .containsExactly("RCM-OBS-1 party:AR");
      assertThat(
              findings(
                  technicalAdvice().withAuthors(Actor.of(AR)).withContainsRecommendations(false)))
          .isEmpty();
      assertThat(findings(technicalAdvice().withContainsCommitments(true)))
          .containsExactly("RCM-OBS-1 party:UNHCR");
    }

    @Test
    void anOrganisationsOwnRecommendationIsPermitted() {
      var own =
          recommendation()
              .withIssuer(Actor.of(UNHCR))
              .withDrafters(Actor.of(UNHCR))
              .withAddressee(GRCM)
              .withForum(Optional.empty())
              .withDelegations(List.of());
      assertThat(findings(own)).isEmpty();
      assertThat(findings(own.withDrafters(Actor.of(UNHCR), Actor.of(AR))))
          .containsExactly("RCM-OBS-1 party:AR");
    }

    @Test
    void observersDoNotAdoptAnAgendaOrAGrcmRecommendation() {
      Delegation argentina = Delegation.of(AR, Level.OFFICIAL, Service.FOREIGN_AFFAIRS);
      assertThat(
              findings(
                  agendaApproval().withDelegations(grcm(MX, Service.FOREIGN_AFFAIRS), argentina)))
          .containsExactly("RCM-OBS-1 party:AR");
      assertThat(
              findings(
                  recommendation()
                      .withDelegations(
                          grcm(MX, Service.FOREIGN_AFFAIRS),
                          Delegation.of(UNHCR, Level.OFFICIAL, Service.FOREIGN_AFFAIRS))))
          .containsExactly("RCM-OBS-1 party:UNHCR");
    }

    @Test
    void onlyTheConferencesOwnReviewExemptsActingOnAPendingRecommendation() {
      var grcmReviews = decision().withDecidedBy(GRCM).withReviews("REC-2").withActsOn("REC-2");
      assertThat(findings(grcmReviews))
          .containsExactly("RCM-GRC-1 body:GRCM", "RCM-GRC-2 document:REC-2");
      assertThat(findings(grcmReviews.withDecidedBy(VMC))).isEmpty();
    }
  }

  @Nested
  class BodiesHaveStanding {
    @Test
    void aPlanOfActionDraftedByIomsRegionalOfficeIsInvalid() {
      var plan =
          declaration()
              .withKind(DocumentKind.PLAN_OF_ACTION)
              .withApprovedBy(VMC)
              .withAuthors(Actor.of(MX), IOM_OFFICE);
      assertThat(findings(plan)).containsExactly("RCM-OBS-1 body:IOM_REGIONAL_OFFICE");
      assertThat(only(plan, "RCM-OBS-1").message()).contains("IOM's Regional Office (IOM)");
    }

    @Test
    void iomsOwnProvisionsAreNoObserverActs() {
      assertThat(findings(facilitySupport())).isEmpty();
      assertThat(findings(activityReport())).isEmpty(); // addressed to IOM's Regional Office
    }
  }

  @Nested
  class TheClosedSession {
    @Test
    void anObserverAmongTheDecidersIsAlsoInTheClosedSession() {
      assertThat(findings(decision().withDeciders(dm(MX), dm(AR))))
          .containsExactly("RCM-DEC-1 party:AR", "RCM-DEC-4 party:AR");
    }

    @Test
    void aProposedViceMinisterialMeetingAdmitsOnlyMembersToItsClosedSession() {
      assertThat(findings(vm(m -> m.withClosedSessionAttendees(dm(GT), dm(AR), dm(FR)))))
          .containsExactly("RCM-DEC-4 party:AR", "RCM-DEC-4 party:FR");
      assertThat(VALIDATOR.validate(viceMinisterialProposal(), history()).evaluatedRules())
          .contains("RCM-DEC-4");
    }
  }

  @Nested
  class MessagesNameWhatIsAtFault {
    @Test
    void aTermOfTheWrongLengthNamesItsHolder() {
      var term =
          PresidencyTermProposal.of(
              "PPT-2026", PresidencyTerm.of(HN, day(2026, 3, 1), day(2027, 2, 28)));
      Violation v = only(term, "RCM-MTG-9");
      assertThat(v.target()).isEqualTo(Target.document("PPT-2026"));
      assertThat(v.message()).contains("HN", "calendar year");
    }

    @Test
    void aMajorityFindingNamesTheObjectors() {
      Charter majority =
          Charter.builder().from(Charter.rcm()).decisionRule(DecisionRule.MAJORITY).build();
      Verdict verdict =
          Validator.builder()
              .charter(majority)
              .build()
              .validate(decision().withObjections(PA, CR), history());
      assertThat(verdict.violations())
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.ruleId()).isEqualTo("RCM-DEC-7");
                assertThat(v.message()).contains("CR, PA", "2 of 3");
              });
    }

    @Test
    void aGrcmServiceFindingListsTheServicesTheCharterAccepts() {
      Charter mexicoInterior =
          Charter.builder()
              .from(Charter.rcm())
              .putImmigrationAuthority(
                  MX, com.google.common.collect.ImmutableSet.of(Service.INTERIOR))
              .build();
      Verdict verdict =
          Validator.builder()
              .charter(mexicoInterior)
              .build()
              .validate(agendaApproval().withDelegations(grcm(MX, Service.JUSTICE)), history());
      assertThat(verdict.violations().get(0).message())
          .contains("Foreign Affairs, Immigration, Interior");
    }

    @Test
    void thePreparatoryLeadTimeInTheDescriptionComesFromTheCharter() {
      Charter tenDays = Charter.builder().from(Charter.rcm()).preparatoryLeadDays(10).build();
      assertThat(describe(Validator.standard(), "RCM-MTG-5"))
          .contains("7 days")
          .doesNotContain("{");
      assertThat(describe(Validator.builder().charter(tenDays).build(), "RCM-MTG-5"))
          .contains("10 days");
    }

    private String describe(Validator validator, String id) {
      return validator.rules().stream()
          .filter(r -> r.id().equals(id))
          .findFirst()
          .orElseThrow()
          .description();
    }

    @Test
    void everyFindingOfTheRuleCasesNamesItsTarget() {
      for (RuleCases.Case c : RuleCases.all()) {
        Verdict verdict =
            Validator.builder().charter(c.charter()).build().validate(c.violating(), c.history());
        for (Violation v : verdict.violations()) {
          String named =
              v.target() instanceof Target.BodyTarget b
                  ? BODY_NAMES.get(b.body())
                  : v.target().value().startsWith("agenda.")
                      ? (v.target().value().endsWith("discussedAt") ? "mid-term" : "preparatory")
                      : v.target() instanceof Target.MissingFact
                          ? v.target().value().substring(v.target().value().lastIndexOf('/') + 1)
                          : v.target().value();
          if (v.target() instanceof Target.BodyTarget b) {
            assertThat(v.message()).as("%s on %s", v, c).containsAnyOf(named, b.body().name());
          } else {
            assertThat(v.message()).as("%s on %s", v, c).contains(named);
          }
        }
      }
    }
  }

  /** How messages name each body. */
  private static final java.util.Map<Body, String> BODY_NAMES =
      java.util.Map.of(
          Body.VICE_MINISTERIAL_CONFERENCE, "Vice-Ministerial Conference",
          Body.GRCM, "GRCM",
          Body.PRO_TEMPORE_PRESIDENCY, "Presidency",
          Body.TECHNICAL_SECRETARIAT, "Technical Secretariat",
          Body.VIRTUAL_SECRETARIAT, "Virtual Secretariat",
          Body.IOM_REGIONAL_OFFICE, "IOM");

  @Test
  void bodiesThatSpeakForNoPartyHaveNoStanding() {
    Situation s = new Situation(Charter.rcm(), history(), day(2024, 5, 22));
    assertThat(s.status(IOM_OFFICE)).contains(io.github.rcmgovernance.model.party.Status.OBSERVER);
    assertThat(s.isObserver(IOM_OFFICE)).isTrue();
    assertThat(s.status(Actor.of(Body.GRCM))).isEmpty();
    assertThat(Body.IOM_REGIONAL_OFFICE.speaksFor()).contains(IOM);
  }
}
