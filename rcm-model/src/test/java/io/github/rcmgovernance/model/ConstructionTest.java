package io.github.rcmgovernance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.ProjectSupport;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.charter.MonthWindow;
import io.github.rcmgovernance.model.charter.RotationPolicy;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.delegation.Level;
import io.github.rcmgovernance.model.delegation.Service;
import io.github.rcmgovernance.model.gen.ModelGens;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.history.RecommendationRecord;
import io.github.rcmgovernance.model.history.ReviewState;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.model.party.PartyStatus;
import io.github.rcmgovernance.model.party.Status;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Construction rejects every impossible value, with a message that names the field. */
class ConstructionTest {
  private static final Party MX = Party.state("MX");
  private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);

  private static Meeting.Builder vm(String id) {
    return Meeting.builder()
        .id(id)
        .kind(MeetingKind.VICE_MINISTERIAL)
        .number(29)
        .start(MAY_1)
        .end(MAY_1.plusDays(1));
  }

  // Parties and statuses -------------------------------------------------------------------------

  @Test
  void statusUntilBeforeSinceIsRejected() {
    assertThatThrownBy(
            () ->
                PartyStatus.builder()
                    .party(MX)
                    .status(Status.MEMBER)
                    .since(LocalDate.of(2000, 1, 1))
                    .until(LocalDate.of(1999, 12, 31))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("until")
        .hasMessageContaining("since")
        .hasMessageContaining("MX");
  }

  @Test
  void statusOfOneDayIsAccepted() {
    PartyStatus status =
        PartyStatus.builder().party(MX).status(Status.OBSERVER).since(MAY_1).until(MAY_1).build();
    assertThat(status.validOn(MAY_1)).isTrue();
    assertThat(status.validOn(MAY_1.plusDays(1))).isFalse();
    assertThat(status.validOn(MAY_1.minusDays(1))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void blankOrganisationAcronymIsRejected(String acronym) {
    assertThatThrownBy(() -> Party.organisation(acronym))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("acronym");
  }

  @ParameterizedTest
  @ValueSource(strings = {"iom", "IO", "-IOM", "IOM-", "IOM--X", "I OM", "ÉCLAC", "1OM"})
  void malformedOrganisationAcronymIsRejected(String acronym) {
    assertThatThrownBy(() -> Party.organisation(acronym))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("acronym")
        .hasMessageContaining(acronym);
  }

  @ParameterizedTest
  @ValueSource(strings = {"XX", "ZZ", "mx", "M", "MEX"})
  void unknownIsoCodeIsRejected(String code) {
    assertThatThrownBy(() -> Party.state(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("party code")
        .hasMessageContaining(code);
  }

  @Test
  void parseTellsStatesFromOrganisationsByLength() {
    assertThat(Party.parse("MX")).isEqualTo(MX);
    assertThat(Party.parse("MX").isState()).isTrue();
    assertThat(Party.parse("ECLAC-CELADE").isOrganisation()).isTrue();
    assertThatThrownBy(() -> Party.parse("XX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("party code");
    assertThatThrownBy(() -> Party.parse(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("party code");
  }

  @Test
  void partiesOrderStatesFirstThenByCode() {
    assertThat(Party.organisation("IOM")).isGreaterThan(Party.state("US"));
    assertThat(Party.state("CA")).isLessThan(MX);
  }

  // Null values ----------------------------------------------------------------------------------

  @Test
  void nullToABuilderSetterIsRejectedNamingTheField() {
    assertThatThrownBy(() -> Decision.builder().id(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> Decision.builder().decidedBy(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("decidedBy");
    assertThatThrownBy(() -> Meeting.builder().start(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("start");
    assertThatThrownBy(() -> Meeting.builder().host((Party) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("host");
    assertThatThrownBy(() -> Delegation.builder().level(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("level");
    assertThatThrownBy(() -> Decision.builder().recordedIn((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("recordedIn");
  }

  @Test
  void nullAddedToAListIsRejectedNamingTheList() {
    assertThatThrownBy(() -> History.builder().addMeeting(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("meetings element");
    assertThatThrownBy(() -> Decision.builder().addDecider(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("deciders element");
  }

  @Test
  void missingRequiredFieldsAreNamed() {
    assertThatThrownBy(() -> Decision.builder().id("D-1").date(MAY_1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("decidedBy")
        .hasMessageContaining("forum")
        .hasMessageContaining("subject")
        .hasMessageContaining("sessionClosed");
  }

  // Actors and delegations -----------------------------------------------------------------------

  @Test
  void actorsCompareBodiesFirst() {
    assertThat(Actor.of(Body.GRCM)).isLessThan(Actor.of(MX));
    assertThat(Actor.of(Body.GRCM).toString()).isEqualTo("GRCM");
    assertThat(Actor.of(MX).toString()).isEqualTo("MX");
  }

  @Test
  void delegationFromOtherServiceNeedsItsName() {
    assertThatThrownBy(() -> Delegation.of(MX, Level.OFFICIAL, Service.OTHER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("serviceName")
        .hasMessageContaining("OTHER");
    assertThatThrownBy(
            () ->
                Delegation.builder()
                    .party(MX)
                    .level(Level.OFFICIAL)
                    .service(Service.OTHER)
                    .serviceName("  ")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("serviceName");
    Delegation named =
        Delegation.builder()
            .party(MX)
            .level(Level.OFFICIAL)
            .service(Service.OTHER)
            .serviceName("Ministry of Labour")
            .build();
    assertThat(named.toString()).contains("Ministry of Labour");
  }

  // Meetings -------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void viceMinisterialNumberBelowOneIsRejected(int number) {
    assertThatThrownBy(() -> vm("VM-2024").number(number).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("number")
        .hasMessageContaining("VM-2024")
        .hasMessageContaining(String.valueOf(number));
  }

  @Test
  void viceMinisterialNumberBeyondRomanNumeralsIsRejected() {
    assertThatThrownBy(() -> vm("VM-2024").number(4000).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("number");
  }

  @Test
  void viceMinisterialMeetingWithoutNumberIsRejected() {
    assertThatThrownBy(
            () ->
                Meeting.builder()
                    .id("VM-2024")
                    .kind(MeetingKind.VICE_MINISTERIAL)
                    .start(MAY_1)
                    .end(MAY_1)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("number is required");
  }

  @Test
  void meetingEndingBeforeItStartsIsRejected() {
    assertThatThrownBy(() -> vm("VM-2024").end(MAY_1.minusDays(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end")
        .hasMessageContaining("start")
        .hasMessageContaining("VM-2024");
  }

  @Test
  void kindSpecificFieldsAreRejectedOnOtherKinds() {
    Meeting.Builder seminar =
        Meeting.builder().id("EV-1").kind(MeetingKind.SEMINAR).start(MAY_1).end(MAY_1);
    assertThatThrownBy(() -> Meeting.builder().from(seminar.build()).number(3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("number");
    assertThatThrownBy(() -> Meeting.builder().from(seminar.build()).prepares("VM-2024").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prepares");
    assertThatThrownBy(
            () ->
                Meeting.builder()
                    .from(seminar.build())
                    .addClosedSessionAttendee(Delegation.deputyMinister(MX))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("closedSessionAttendees");
    assertThatThrownBy(() -> vm("VM-2024").agreedBy(Actor.of(Body.GRCM)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agreedBy");
    assertThatThrownBy(() -> vm("VM-2024").host(Party.organisation("IOM")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("host");
    assertThatThrownBy(() -> vm(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Meeting.id");
  }

  @Test
  void presidencyTermEndingBeforeItStartsIsRejected() {
    assertThatThrownBy(() -> PresidencyTerm.of(MX, MAY_1, MAY_1.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end")
        .hasMessageContaining("PresidencyTerm MX");
  }

  @Test
  void blankActIdsAreRejected() {
    assertThatThrownBy(
            () ->
                ProjectSupport.builder()
                    .id(" ")
                    .date(MAY_1)
                    .organisation(Party.organisation("IOM"))
                    .project("P")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ProjectSupport.id");
    assertThatThrownBy(
            () ->
                ProjectSupport.builder()
                    .id("PS-1")
                    .date(MAY_1)
                    .organisation(MX)
                    .project("P")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("organisation");
  }

  // Month windows --------------------------------------------------------------------------------

  @Test
  void monthWindowRejectsMonthsOutsideTheYearAndReversedWindows() {
    assertThatThrownBy(() -> MonthWindow.of(0, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fromMonth");
    assertThatThrownBy(() -> MonthWindow.of(13, 13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fromMonth");
    assertThatThrownBy(() -> MonthWindow.of(4, 13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("toMonth");
    assertThatThrownBy(() -> MonthWindow.of(4, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("toMonth");
    assertThatThrownBy(() -> MonthWindow.of(6, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("toMonth")
        .hasMessageContaining("fromMonth");
  }

  @Test
  void monthWindowIsBuiltExactlyForOrderedMonthsOfTheYear() {
    qt().forAll(integers().between(-2, 15), integers().between(-2, 15))
        .checkAssert(
            (from, to) -> {
              if (from >= 1 && from <= 12 && to >= from && to <= 12) {
                MonthWindow w = MonthWindow.of(from, to);
                assertThat(w.contains(LocalDate.of(2024, from, 1))).isTrue();
                assertThat(w.contains(LocalDate.of(2024, to, 28))).isTrue();
              } else {
                assertThatThrownBy(() -> MonthWindow.of(from, to))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Month");
              }
            });
  }

  // History and charter --------------------------------------------------------------------------

  @Test
  void duplicateMeetingIdsInAHistoryAreRejected() {
    assertThatThrownBy(
            () ->
                History.builder()
                    .addMeeting(vm("VM-2024").build())
                    .addMeeting(vm("VM-2024").number(30).build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Meeting.id")
        .hasMessageContaining("VM-2024");
  }

  @Test
  void duplicateRecommendationIdsInAHistoryAreRejected() {
    assertThatThrownBy(
            () ->
                History.builder()
                    .addRecommendation(RecommendationRecord.of("REC-1", ReviewState.PENDING))
                    .addRecommendation(RecommendationRecord.of("REC-1", ReviewState.ENDORSED))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RecommendationRecord.id")
        .hasMessageContaining("REC-1");
  }

  @Test
  void overlappingStatusesOfOnePartyInACharterAreRejected() {
    assertThatThrownBy(
            () ->
                Charter.builder()
                    .from(Charter.rcm())
                    .addStatuses(PartyStatus.of(MX, Status.OBSERVER, LocalDate.of(2020, 1, 1)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("statuses")
        .hasMessageContaining("MX");
  }

  @Test
  void successiveStatusesOfOnePartyAreAccepted() {
    Charter charter =
        Charter.builder()
            .addStatuses(
                PartyStatus.builder()
                    .party(MX)
                    .status(Status.OBSERVER)
                    .until(LocalDate.of(1999, 12, 31))
                    .build(),
                PartyStatus.of(MX, Status.MEMBER, LocalDate.of(2000, 1, 1)))
            .build();
    assertThat(charter.statusOn(MX, LocalDate.of(1999, 12, 31))).contains(Status.OBSERVER);
    assertThat(charter.statusOn(MX, LocalDate.of(2000, 1, 1))).contains(Status.MEMBER);
  }

  @Test
  void impossibleCharterParametersAreRejected() {
    assertThatThrownBy(() -> Charter.builder().from(Charter.rcm()).preparatoryLeadDays(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("preparatoryLeadDays");
    assertThatThrownBy(
            () ->
                Charter.builder()
                    .from(Charter.rcm())
                    .rotationPolicy(RotationPolicy.FIXED_ORDER)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rotationOrder");
    assertThatThrownBy(() -> Charter.builder().from(Charter.rcm()).addRotationOrder(MX, MX).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rotationOrder");
    assertThatThrownBy(() -> Charter.builder().from(Charter.rcm()).name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Charter.name");
  }

  // Generators -----------------------------------------------------------------------------------

  @Test
  void generatedValuesAreAlwaysConstructible() {
    qt().withExamples(300)
        .forAll(ModelGens.scenarios(), ModelGens.charters(), ModelGens.delegations())
        .checkAssert(
            (scenario, charter, delegation) -> {
              assertThat(scenario.act().id()).isNotBlank();
              assertThat(charter.statuses()).isEqualTo(Charter.rcm().statuses());
              assertThat(delegation.serviceName().isPresent())
                  .isEqualTo(delegation.service() == Service.OTHER);
            });
  }
}
