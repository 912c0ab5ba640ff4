package io.github.rcmgovernance.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.AgendaApproval;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.Document;
import io.github.rcmgovernance.model.act.DocumentKind;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.PlanOfActionActivity;
import io.github.rcmgovernance.model.act.PresidencyTermProposal;
import io.github.rcmgovernance.model.act.Recommendation;
import io.github.rcmgovernance.model.act.Subject;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.history.AgendaRecord;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PlanActivity;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.history.RecommendationRecord;
import io.github.rcmgovernance.model.history.ReviewState;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each row of {@link Recording}'s table: what an act writes into the history, and nothing else. */
class RecordingTest {
  private static final Party GT = Party.state("GT");
  private static final Party MX = Party.state("MX");
  private static final Actor GRCM = Actor.of(Body.GRCM);
  private static final Actor VMC = Actor.of(Body.VICE_MINISTERIAL_CONFERENCE);

  private static final Meeting MT_2024 = midTerm("MT-2024", LocalDate.of(2024, 11, 13));
  private static final Meeting VM_2024 =
      Meeting.builder()
          .id("VM-2024")
          .kind(MeetingKind.VICE_MINISTERIAL)
          .number(29)
          .start(LocalDate.of(2024, 5, 21))
          .end(LocalDate.of(2024, 5, 22))
          .host(MX)
          .build();
  private static final History BEFORE =
      History.builder()
          .addMeetings(VM_2024, MT_2024)
          .addPresidencyTerms(PresidencyTerm.forYear(MX, 2024))
          .addRecommendations(
              RecommendationRecord.of("REC-1", ReviewState.PENDING),
              RecommendationRecord.of("REC-2", ReviewState.PENDING))
          .addPlanActivities(PlanActivity.builder().id("POA-1").description("workshop").build())
          .addAgendas(AgendaRecord.builder().meetingId("VM-2024").discussedAt("MT-2023").build())
          .build();

  private static Meeting midTerm(String id, LocalDate start) {
    return Meeting.builder()
        .id(id)
        .kind(MeetingKind.GRCM_MID_TERM)
        .start(start)
        .end(start.plusDays(1))
        .host(GT)
        .build();
  }

  private static History after(Act act) {
    return Recording.record(BEFORE, act).orElseThrow();
  }

  @Test
  void aMeetingIsAddedAtTheEnd() {
    Meeting mt = midTerm("MT-2025", LocalDate.of(2025, 11, 12));
    History h = after(MeetingProposal.of(mt));
    assertThat(h.meetings()).containsExactly(VM_2024, MT_2024, mt);
    assertThat(h).isEqualTo(BEFORE.withMeetings(VM_2024, MT_2024, mt));
  }

  @Test
  void aMeetingTakesThePlaceOfTheRecordedMeetingWithItsId() {
    Meeting moved = midTerm("MT-2024", LocalDate.of(2024, 10, 2));
    History h = after(MeetingProposal.of(moved));
    assertThat(h.meetings()).containsExactly(VM_2024, moved);
    assertThat(h).isEqualTo(BEFORE.withMeetings(VM_2024, moved));
  }

  @Test
  void aTermIsAddedUnlessAlreadyRecorded() {
    PresidencyTerm next = PresidencyTerm.forYear(GT, 2025);
    assertThat(after(PresidencyTermProposal.of("PPT-2025", next)))
        .isEqualTo(BEFORE.withPresidencyTerms(PresidencyTerm.forYear(MX, 2024), next));
    assertThat(after(PresidencyTermProposal.of("PPT-2024", PresidencyTerm.forYear(MX, 2024))))
        .isSameAs(BEFORE);
  }

  @Test
  void aTermTheHistoryCannotHoldIsNotRecorded() {
    PresidencyTerm overlapping =
        PresidencyTerm.of(MX, LocalDate.of(2024, 6, 1), LocalDate.of(2025, 5, 31));
    assertThat(Recording.record(BEFORE, PresidencyTermProposal.of("PPT-X", overlapping))).isEmpty();
  }

  @Test
  void aRecommendationIsRecordedWithItsReviewState() {
    Recommendation rec = recommendation("REC-3", ReviewState.PENDING);
    assertThat(after(rec).recommendations())
        .containsExactly(
            RecommendationRecord.of("REC-1", ReviewState.PENDING),
            RecommendationRecord.of("REC-2", ReviewState.PENDING),
            RecommendationRecord.of("REC-3", ReviewState.PENDING));
    assertThat(after(recommendation("REC-1", ReviewState.REJECTED)).recommendations())
        .containsExactly(
            RecommendationRecord.of("REC-1", ReviewState.REJECTED),
            RecommendationRecord.of("REC-2", ReviewState.PENDING));
    assertThat(after(rec)).isEqualTo(BEFORE.withRecommendations(after(rec).recommendations()));
  }

  @Test
  void anAgendaApprovalRecordsWhereTheAgendaWasDiscussed() {
    AgendaApproval approval =
        AgendaApproval.builder()
            .id("AGENDA-VM-2025")
            .date(LocalDate.of(2024, 11, 14))
            .approvedBy(GRCM)
            .forum(Forum.of(MeetingKind.GRCM_MID_TERM, "MT-2024"))
            .forMeeting("VM-2025")
            .build();
    AgendaRecord added = AgendaRecord.builder().meetingId("VM-2025").discussedAt("MT-2024").build();
    History h = after(approval);
    assertThat(h.agendas()).containsExactly(BEFORE.agendas().get(0), added);
    assertThat(h).isEqualTo(BEFORE.withAgendas(BEFORE.agendas().get(0), added));
    assertThat(Recording.record(h, approval)).contains(h);

    AgendaRecord unplaced = AgendaRecord.builder().meetingId("VM-2025").build();
    assertThat(after(approval.withForum(Forum.of(MeetingKind.GRCM_MID_TERM))).agendas())
        .containsExactly(BEFORE.agendas().get(0), unplaced);
    assertThat(after(approval.withForMeeting(java.util.Optional.empty()))).isSameAs(BEFORE);
  }

  @Test
  void aDecisionEndorsesTheRecordedRecommendationsItReviews() {
    Decision review =
        Decision.builder()
            .id("DEC-IC-1")
            .date(LocalDate.of(2025, 12, 9))
            .decidedBy(VMC)
            .forum(Forum.of(MeetingKind.INTERSESSIONAL_CONSULTATION))
            .subject(Subject.REVIEW_OF_RECOMMENDATIONS)
            .addDeciders(Delegation.deputyMinister(GT))
            .sessionClosed(true)
            .addReviews("REC-2", "REC-UNKNOWN")
            .build();
    History h = after(review);
    assertThat(h.recommendations())
        .containsExactly(
            RecommendationRecord.of("REC-1", ReviewState.PENDING),
            RecommendationRecord.of("REC-2", ReviewState.ENDORSED));
    assertThat(h).isEqualTo(BEFORE.withRecommendations(h.recommendations()));
    assertThat(after(review.withReviews())).isEqualTo(BEFORE);
  }

  @Test
  void anActivityIsRecordedOrTakesThePlaceOfOneWithItsId() {
    PlanOfActionActivity activity =
        PlanOfActionActivity.builder()
            .id("POA-2")
            .date(LocalDate.of(2025, 3, 1))
            .description("training")
            .proposedBy(GRCM)
            .basedOn("REC-1")
            .build();
    PlanActivity recorded =
        PlanActivity.builder().id("POA-2").description("training").basedOn("REC-1").build();
    assertThat(after(activity).planActivities())
        .containsExactly(BEFORE.planActivities().get(0), recorded);
    assertThat(after(activity.withId("POA-1")).planActivities())
        .containsExactly(recorded.withId("POA-1"));
    assertThat(after(activity))
        .isEqualTo(BEFORE.withPlanActivities(after(activity).planActivities()));
  }

  @Test
  void aDocumentChangesNothing() {
    Document report =
        Document.builder()
            .id("REPORT")
            .date(LocalDate.of(2025, 3, 1))
            .kind(DocumentKind.ACTIVITY_REPORT)
            .addAuthors(Actor.of(Body.TECHNICAL_SECRETARIAT))
            .containsRecommendations(false)
            .containsCommitments(false)
            .build();
    assertThat(after(report)).isSameAs(BEFORE);
  }

  @Test
  void refusesNullArguments() {
    assertThatThrownBy(() -> Recording.record(null, MeetingProposal.of(MT_2024)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("history");
    assertThatThrownBy(() -> Recording.record(BEFORE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("act");
  }

  private static Recommendation recommendation(String id, ReviewState state) {
    return Recommendation.builder()
        .id(id)
        .date(LocalDate.of(2025, 11, 13))
        .issuer(GRCM)
        .addressee(VMC)
        .reviewState(state)
        .build();
  }
}
