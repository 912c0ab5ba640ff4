package io.github.rcmgovernance.model.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.rcmgovernance.model.gen.ModelGens;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.model.text.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HistoryTest {
  private static final Party MX = Party.state("MX");
  private static final Party PA = Party.state("PA");
  private static final Party CA = Party.state("CA");
  private static final Party HN = Party.state("HN");

  static Meeting vm(String id, int number, LocalDate start) {
    return Meeting.builder()
        .id(id)
        .kind(MeetingKind.VICE_MINISTERIAL)
        .number(number)
        .start(start)
        .end(start.plusDays(1))
        .build();
  }

  private static final Meeting VM_2022 = vm("VM-2022", 27, LocalDate.of(2022, 6, 14));
  private static final Meeting VM_2023 = vm("VM-2023", 28, LocalDate.of(2023, 11, 20));
  private static final Meeting VM_2024 = vm("VM-2024", 29, LocalDate.of(2024, 5, 7));
  private static final Meeting MT_2023 =
      Meeting.builder()
          .id("MT-2023")
          .kind(MeetingKind.GRCM_MID_TERM)
          .start(LocalDate.of(2023, 10, 3))
          .end(LocalDate.of(2023, 10, 4))
          .build();

  private static final History HISTORY =
      History.builder()
          .addMeetings(VM_2023, MT_2023, VM_2022, VM_2024)
          .addPresidencyTerms(
              PresidencyTerm.forYear(PA, 2022),
              PresidencyTerm.forYear(MX, 2023),
              PresidencyTerm.forYear(CA, 2024))
          .addRecommendations(
              RecommendationRecord.of("REC-2023-1", ReviewState.ENDORSED),
              RecommendationRecord.of("REC-2023-2", ReviewState.PENDING))
          .build();

  @Test
  void emptyHistoryHasNothing() {
    History empty = History.empty();
    assertThat(empty.lastViceMinisterialMeeting(LocalDate.of(2024, 1, 1))).isEmpty();
    assertThat(empty.highestViceMinisterialNumber()).isEmpty();
    assertThat(empty.presidencyHolder(LocalDate.of(2024, 1, 1))).isEmpty();
    assertThat(empty.meeting("VM-2024")).isEmpty();
    assertThat(empty.recommendation("REC-1")).isEmpty();
  }

  @Test
  void lastViceMinisterialMeetingIsTheLatestStartedOnOrBeforeTheDay() {
    assertThat(HISTORY.lastViceMinisterialMeeting(LocalDate.of(2022, 6, 13))).isEmpty();
    assertThat(HISTORY.lastViceMinisterialMeeting(LocalDate.of(2022, 6, 14))).contains(VM_2022);
    assertThat(HISTORY.lastViceMinisterialMeeting(LocalDate.of(2023, 11, 19))).contains(VM_2022);
    assertThat(HISTORY.lastViceMinisterialMeeting(LocalDate.of(2023, 12, 31))).contains(VM_2023);
    assertThat(HISTORY.lastViceMinisterialMeeting(LocalDate.of(2030, 1, 1))).contains(VM_2024);
  }

  @Test
  void lastViceMinisterialMeetingBreaksTiesByTheGreatestId() {
    Meeting twin = vm("VM-2024-B", 30, VM_2024.start());
    History history = History.builder().addMeetings(twin, VM_2024).build();
    assertThat(history.lastViceMinisterialMeeting(VM_2024.start())).contains(twin);
  }

  @Test
  void highestViceMinisterialNumberIgnoresTheOrderOfTheList() {
    assertThat(HISTORY.highestViceMinisterialNumber()).hasValue(29);
    assertThat(History.builder().addMeeting(MT_2023).build().highestViceMinisterialNumber())
        .isEmpty();
  }

  @Test
  void presidencyHolderIsTheHolderOfTheTermCoveringTheDay() {
    assertThat(HISTORY.presidencyHolder(LocalDate.of(2022, 1, 1))).contains(PA);
    assertThat(HISTORY.presidencyHolder(LocalDate.of(2022, 12, 31))).contains(PA);
    assertThat(HISTORY.presidencyHolder(LocalDate.of(2023, 1, 1))).contains(MX);
    assertThat(HISTORY.presidencyHolder(LocalDate.of(2021, 12, 31))).isEmpty();
    assertThat(HISTORY.presidencyHolder(LocalDate.of(2025, 1, 1))).isEmpty();
    assertThat(HISTORY.presidencyHolderForYear(2023)).contains(MX);
    assertThat(HISTORY.presidencyHolderForYear(2024)).contains(CA);
    assertThat(HISTORY.presidencyHolderForYear(2021)).isEmpty();
  }

  @Test
  void presidencyHolderForYearLooksAtTheFirstOfJuly() {
    History split =
        History.builder()
            .addPresidencyTerms(
                PresidencyTerm.of(MX, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)),
                PresidencyTerm.of(HN, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 12, 31)))
            .build();
    assertThat(split.presidencyHolderForYear(2024)).contains(HN);
  }

  @Test
  void overlappingTermsAreRefusedNamingBoth() {
    PresidencyTerm mx = PresidencyTerm.of(MX, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31));
    PresidencyTerm pa = PresidencyTerm.of(PA, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 1));

    assertThatThrownBy(() -> History.builder().addPresidencyTerms(mx, pa).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("presidency terms overlap")
        .hasMessageContaining("PA 2024-01-01..2024-03-01")
        .hasMessageContaining("MX 2024-03-01..2024-12-31");
    // Terms that meet without sharing a day are one after the other.
    History adjacent =
        History.builder()
            .addPresidencyTerms(
                mx, PresidencyTerm.of(PA, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29)))
            .build();
    assertThat(adjacent.presidencyHolder(LocalDate.of(2024, 2, 29))).contains(PA);
    assertThat(adjacent.presidencyHolder(LocalDate.of(2024, 3, 1))).contains(MX);
    assertThat(adjacent.presidencyHolder(LocalDate.of(2025, 1, 1))).isEmpty();
  }

  @Test
  void onlyAStateHoldsThePresidency() {
    assertThatThrownBy(
            () ->
                PresidencyTerm.of(
                    io.github.rcmgovernance.model.party.Party.organisation("IOM"),
                    LocalDate.of(2025, 1, 1),
                    LocalDate.of(2025, 12, 31)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("must be a State")
        .hasMessageContaining("IOM");
  }

  @Test
  void meetingsAndRecommendationsAreFoundById() {
    assertThat(HISTORY.meeting("VM-2023")).contains(VM_2023);
    assertThat(HISTORY.meeting("MT-2023")).contains(MT_2023);
    assertThat(HISTORY.meeting("VM-2025")).isEmpty();
    assertThat(HISTORY.recommendation("REC-2023-1"))
        .map(RecommendationRecord::reviewState)
        .contains(ReviewState.ENDORSED);
    assertThat(HISTORY.recommendation("REC-2023-3")).isEmpty();
  }

  @Test
  void listsKeepTheirOrder() {
    assertThat(HISTORY.meetings()).containsExactly(VM_2023, MT_2023, VM_2022, VM_2024);
  }

  @Test
  void generatedHistoriesAreConsistentWithTheirQueries() {
    qt().withExamples(300)
        .forAll(ModelGens.histories())
        .checkAssert(
            h -> {
              List<Meeting> vms =
                  h.meetings().stream()
                      .filter(m -> m.kind() == MeetingKind.VICE_MINISTERIAL)
                      .toList();
              assertThat(vms).hasSizeBetween(3, 30);
              assertThat(h.presidencyTerms()).hasSameSizeAs(vms);
              int first = vms.get(0).number().getAsInt();
              for (int i = 0; i < vms.size(); i++) {
                Meeting m = vms.get(i);
                assertThat(m.number()).hasValue(first + i);
                assertThat(h.meeting(m.id())).contains(m);
                assertThat(h.lastViceMinisterialMeeting(m.start())).contains(m);
                assertThat(h.presidencyHolderForYear(m.start().getYear())).isPresent();
              }
              assertThat(h.highestViceMinisterialNumber()).hasValue(first + vms.size() - 1);
              for (PresidencyTerm t : h.presidencyTerms()) {
                assertThat(h.presidencyHolder(t.start())).contains(t.holder());
                assertThat(h.presidencyHolderForYear(t.start().getYear())).contains(t.holder());
              }
              for (Meeting prep : h.meetings()) {
                if (prep.kind() == MeetingKind.GRCM_PREPARATORY) {
                  Optional<Meeting> target = prep.prepares().flatMap(h::meeting);
                  assertThat(target).isPresent();
                  assertThat(prep.end()).isBeforeOrEqualTo(target.get().start());
                  assertThat(prep.start()).isAfterOrEqualTo(target.get().start().minusDays(7));
                }
              }
              for (RecommendationRecord r : h.recommendations()) {
                assertThat(h.recommendation(r.id())).contains(r);
              }
            });
  }
}
