package io.github.rcmgovernance.model.history;

import static io.github.rcmgovernance.model.history.HistoryTest.vm;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The history's indexed queries answer what a scan of its lists would. */
class HistoryQueriesTest {
  private static final Party MX = Party.state("MX");
  private static final Party GT = Party.state("GT");
  private static final Party HN = Party.state("HN");

  /** A one-day meeting. */
  private static Meeting.Builder meeting(String id, MeetingKind kind, LocalDate start) {
    return Meeting.builder().id(id).kind(kind).start(start).end(start);
  }

  private static final Meeting VM_27 = vm("VM-27", 27, LocalDate.of(2022, 6, 14));
  private static final Meeting VM_28 = vm("VM-28", 28, LocalDate.of(2023, 11, 20));
  private static final Meeting MT_2023 =
      meeting("MT-2023", MeetingKind.GRCM_MID_TERM, LocalDate.of(2023, 3, 1)).build();
  private static final Meeting MT_2023B =
      meeting("MT-2023-B", MeetingKind.GRCM_MID_TERM, LocalDate.of(2023, 12, 31)).build();
  private static final Meeting PREP_28 =
      meeting("PREP-28", MeetingKind.GRCM_PREPARATORY, LocalDate.of(2023, 11, 19))
          .prepares("VM-28")
          .build();
  private static final Meeting PREP_LOOSE =
      meeting("PREP-LOOSE", MeetingKind.GRCM_PREPARATORY, LocalDate.of(2023, 5, 1)).build();

  private static final History HISTORY =
      History.builder()
          .addMeetings(VM_28, MT_2023, PREP_28, VM_27, MT_2023B, PREP_LOOSE)
          .addAgendas(
              AgendaRecord.builder().meetingId("VM-28").discussedAt("MT-2023").build(),
              AgendaRecord.builder().meetingId("VM-27").build(),
              AgendaRecord.builder().meetingId("VM-28").reviewedAt("PREP-28").build())
          .build();

  @Test
  void meetingsOfAKindAndYearKeepTheHistorysOrder() {
    assertThat(HISTORY.meetingsOf(MeetingKind.GRCM_MID_TERM, 2023))
        .containsExactly(MT_2023, MT_2023B);
    assertThat(HISTORY.meetingsOf(MeetingKind.VICE_MINISTERIAL, 2023)).containsExactly(VM_28);
    assertThat(HISTORY.meetingsOf(MeetingKind.VICE_MINISTERIAL, 2024)).isEmpty();
    assertThat(HISTORY.meetingsOf(MeetingKind.GRCM_MID_TERM, 2022)).isEmpty();
  }

  @Test
  void onlyAPreparatoryMeetingThatNamesAMeetingPreparesIt() {
    assertThat(HISTORY.hasPreparatoryMeeting("VM-28")).isTrue();
    assertThat(HISTORY.hasPreparatoryMeeting("VM-27")).isFalse();
    // A mid-term meeting never prepares, whatever its id.
    History midTermOnly = History.builder().addMeetings(MT_2023).build();
    assertThat(midTermOnly.hasPreparatoryMeeting("MT-2023")).isFalse();
  }

  @Test
  void agendaRecordsAreFoundByTheirMeeting() {
    assertThat(HISTORY.agendasFor("VM-28"))
        .extracting(a -> a.discussedAt().orElse("-") + "/" + a.reviewedAt().orElse("-"))
        .containsExactly("MT-2023/-", "-/PREP-28");
    assertThat(HISTORY.agendasFor("VM-27")).hasSize(1);
    assertThat(HISTORY.agendasFor("VM-29")).isEmpty();
  }

  @Test
  void theHighestNumberExceptOneMeetingSkipsOnlyThatMeeting() {
    assertThat(HISTORY.highestViceMinisterialNumberExcept("VM-28")).isEqualTo(27);
    assertThat(HISTORY.highestViceMinisterialNumberExcept("VM-27")).isEqualTo(28);
    assertThat(HISTORY.highestViceMinisterialNumberExcept("VM-99")).isEqualTo(28);
    History one = History.builder().addMeetings(VM_27).build();
    assertThat(one.highestViceMinisterialNumberExcept("VM-27")).isZero();
    assertThat(History.empty().highestViceMinisterialNumberExcept("VM-27")).isZero();
  }

  @Test
  void onOneStartDayTheGreatestIdIsTheLastMeeting() {
    LocalDate day = LocalDate.of(2024, 5, 7);
    Meeting a = vm("VM-A", 29, day);
    Meeting b = vm("VM-B", 30, day);
    assertThat(History.builder().addMeetings(a, b).build().lastViceMinisterialMeeting(day))
        .contains(b);
    assertThat(History.builder().addMeetings(b, a).build().lastViceMinisterialMeeting(day))
        .contains(b);
  }

  @Test
  void theTermBeforeADayEndedStrictlyBeforeIt() {
    PresidencyTerm mx = PresidencyTerm.forYear(MX, 2022);
    PresidencyTerm gt = PresidencyTerm.forYear(GT, 2023);
    History history = History.builder().addPresidencyTerms(gt, mx).build();
    assertThat(history.termBefore(LocalDate.of(2022, 12, 31))).isEmpty();
    assertThat(history.termBefore(LocalDate.of(2023, 1, 1))).contains(mx);
    assertThat(history.termBefore(LocalDate.of(2023, 12, 31))).contains(mx);
    assertThat(history.termBefore(LocalDate.of(2024, 1, 1))).contains(gt);
    assertThat(history.termBefore(LocalDate.of(2030, 1, 1))).contains(gt);
  }

  @Test
  void theOrderOfTheTermsInTheListDoesNotMatter() {
    PresidencyTerm hn = PresidencyTerm.of(HN, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 30));
    PresidencyTerm gt = PresidencyTerm.of(GT, LocalDate.of(2021, 7, 1), LocalDate.of(2021, 12, 31));
    History forward = History.builder().addPresidencyTerms(hn, gt).build();
    History backward = History.builder().addPresidencyTerms(gt, hn).build();
    LocalDate day = LocalDate.of(2022, 3, 1);
    assertThat(forward.termBefore(day)).contains(gt);
    assertThat(backward.termBefore(day)).contains(gt);
    assertThat(forward.termBefore(LocalDate.of(2021, 7, 1))).contains(hn);
    assertThat(forward.presidencyHolder(LocalDate.of(2021, 6, 30))).contains(HN);
    assertThat(forward.presidencyHolder(LocalDate.of(2021, 7, 1))).contains(GT);
  }
}
