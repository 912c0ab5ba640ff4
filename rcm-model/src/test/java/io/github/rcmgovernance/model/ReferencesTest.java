package io.github.rcmgovernance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rcmgovernance.model.act.AgendaApproval;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.Document;
import io.github.rcmgovernance.model.act.DocumentKind;
import io.github.rcmgovernance.model.act.PlanOfActionActivity;
import io.github.rcmgovernance.model.act.SecretariatAction;
import io.github.rcmgovernance.model.act.SecretariatTask;
import io.github.rcmgovernance.model.act.Subject;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.history.AgendaRecord;
import io.github.rcmgovernance.model.history.PlanActivity;
import io.github.rcmgovernance.model.internal.Checks;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.model.party.PartyStatus;
import io.github.rcmgovernance.model.party.Status;
import io.github.rcmgovernance.model.text.InvalidValueException;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every optional reference and day of the model is checked like a required one when it is given: a
 * blank id or a day outside four-digit years is refused, naming the field.
 */
class ReferencesTest {
  private static final LocalDate DAY = LocalDate.of(2024, 5, 1);
  private static final Actor TS = Actor.of(Body.TECHNICAL_SECRETARIAT);

  static Stream<Arguments> blankReferences() {
    return Stream.of(
        refused(
            "Document.prepares",
            () ->
                Document.builder()
                    .id("D")
                    .date(DAY)
                    .kind(DocumentKind.AGENDA)
                    .containsRecommendations(false)
                    .containsCommitments(false)
                    .prepares(" ")
                    .build()),
        refused(
            "SecretariatAction.servesRecommendation",
            () -> action().servesRecommendation(" ").build()),
        refused("SecretariatAction.servesMeeting", () -> action().servesMeeting("\t").build()),
        refused(
            "PlanOfActionActivity.basedOn",
            () ->
                PlanOfActionActivity.builder()
                    .id("P")
                    .date(DAY)
                    .proposedBy(TS)
                    .basedOn(" ")
                    .build()),
        refused(
            "AgendaApproval.forMeeting",
            () ->
                AgendaApproval.builder()
                    .id("A")
                    .date(DAY)
                    .approvedBy(TS)
                    .forum(Forum.of(MeetingKind.GRCM_MID_TERM))
                    .forMeeting(" ")
                    .build()),
        refused(
            "AgendaRecord.discussedAt",
            () -> AgendaRecord.builder().meetingId("M").discussedAt(" ").build()),
        refused(
            "AgendaRecord.reviewedAt",
            () -> AgendaRecord.builder().meetingId("M").reviewedAt(" ").build()),
        refused(
            "PlanActivity.basedOn",
            () -> PlanActivity.builder().id("P").description("d").basedOn(" ").build()),
        refused("Forum.meetingId", () -> Forum.of(MeetingKind.VICE_MINISTERIAL, " ")),
        refused(
            "Meeting.prepares",
            () ->
                Meeting.builder()
                    .id("PREP")
                    .kind(MeetingKind.GRCM_PREPARATORY)
                    .start(DAY)
                    .end(DAY)
                    .prepares(" ")
                    .build()),
        refused("Decision.reviews", () -> decision().addReview(" ").build()),
        refused("Decision.actsOn", () -> decision().addActsOn(" ").build()),
        refused("Decision.recordedIn", () -> decision().recordedIn(" ").build()),
        refused(
            "PartyStatus.since",
            () -> PartyStatus.of(Party.state("MX"), Status.MEMBER, LocalDate.of(0, 12, 31))),
        refused(
            "PartyStatus.until",
            () ->
                PartyStatus.builder()
                    .party(Party.state("MX"))
                    .status(Status.MEMBER)
                    .until(LocalDate.of(10_000, 1, 1))
                    .build()));
  }

  private static Arguments refused(String field, ThrowingCallable build) {
    return Arguments.of(field, build);
  }

  private static io.github.rcmgovernance.model.act.SecretariatAction.Builder action() {
    return SecretariatAction.builder()
        .id("S")
        .date(DAY)
        .task(SecretariatTask.EVENT_SUPPORT)
        .instructedBy(TS);
  }

  private static io.github.rcmgovernance.model.act.Decision.Builder decision() {
    return Decision.builder()
        .id("DEC")
        .date(DAY)
        .decidedBy(Actor.of(Body.VICE_MINISTERIAL_CONFERENCE))
        .forum(Forum.of(MeetingKind.VICE_MINISTERIAL))
        .subject(Subject.POLICY)
        .sessionClosed(true);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blankReferences")
  void aGivenReferenceOrDayIsCheckedAndNamed(String field, ThrowingCallable build) {
    assertThatThrownBy(build).isInstanceOf(InvalidValueException.class).hasMessageContaining(field);
  }

  @org.junit.jupiter.api.Test
  void givenReferencesAreKeptAsGiven() {
    assertThat(decision().recordedIn("PR-1").build().recordedIn()).contains("PR-1");
    assertThat(decision().addReview("REC-1").build().reviews()).containsExactly("REC-1");
    assertThat(AgendaRecord.builder().meetingId("M").reviewedAt("MT").build().reviewedAt())
        .contains("MT");
    assertThat(action().servesMeeting("VM").build().servesMeeting()).contains("VM");
    assertThat(Forum.of(MeetingKind.VICE_MINISTERIAL, "VM").meetingId()).contains("VM");
    assertThat(PartyStatus.of(Party.state("MX"), Status.MEMBER, LocalDate.of(1, 1, 1)).since())
        .contains(LocalDate.of(1, 1, 1));
  }

  @org.junit.jupiter.api.Test
  void theFirstAndLastFourDigitYearsAreDays() {
    assertThat(Checks.day("f", LocalDate.of(1, 1, 1))).isEqualTo(LocalDate.of(1, 1, 1));
    assertThat(Checks.day("f", LocalDate.of(9999, 12, 31))).isEqualTo(LocalDate.of(9999, 12, 31));
    assertThatThrownBy(() -> Checks.day("f", LocalDate.of(10_000, 1, 1)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("10000");
    assertThat(Checks.notBlank("f", " x ")).isEqualTo(" x ");
  }
}
