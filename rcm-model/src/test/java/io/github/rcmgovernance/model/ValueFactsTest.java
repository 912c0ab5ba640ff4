package io.github.rcmgovernance.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.model.act.DocumentKind;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.charter.MonthWindow;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Small facts of the model's values, each stated once. */
class ValueFactsTest {
  @Test
  void theGrcmMeetsInItsPreparatoryAndMidTermMeetingsOnly() {
    assertThat(EnumSet.allOf(MeetingKind.class).stream().filter(MeetingKind::isGrcm))
        .containsExactlyInAnyOrder(MeetingKind.GRCM_PREPARATORY, MeetingKind.GRCM_MID_TERM);
  }

  @Test
  void agendasDeclarationsAndPlansOfActionAreBindingByNature() {
    assertThat(EnumSet.allOf(DocumentKind.class).stream().filter(DocumentKind::isBindingByNature))
        .containsExactlyInAnyOrder(
            DocumentKind.AGENDA, DocumentKind.DECLARATION, DocumentKind.PLAN_OF_ACTION);
  }

  @Test
  void aTermCoversItsFirstAndLastDayAndNothingOutside() {
    PresidencyTerm t =
        PresidencyTerm.of(Party.state("MX"), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
    assertThat(t.covers(LocalDate.of(2024, 2, 29))).isFalse();
    assertThat(t.covers(LocalDate.of(2024, 3, 1))).isTrue();
    assertThat(t.covers(LocalDate.of(2024, 3, 15))).isTrue();
    assertThat(t.covers(LocalDate.of(2024, 3, 31))).isTrue();
    assertThat(t.covers(LocalDate.of(2024, 4, 1))).isFalse();
  }

  @Test
  void aMonthWindowHoldsTheDaysOfItsMonths() {
    MonthWindow q2 = MonthWindow.of(4, 6);
    assertThat(q2.contains(LocalDate.of(2024, 3, 31))).isFalse();
    assertThat(q2.contains(LocalDate.of(2024, 4, 1))).isTrue();
    assertThat(q2.contains(LocalDate.of(2024, 6, 30))).isTrue();
    assertThat(q2.contains(LocalDate.of(2024, 7, 1))).isFalse();
    assertThat(q2).hasToString("APRIL-JUNE");
  }

  @Test
  void aForumReadsAsItsKindAndMeeting() {
    assertThat(Forum.of(MeetingKind.GRCM_MID_TERM)).hasToString("GRCM_MID_TERM");
    assertThat(Forum.of(MeetingKind.VICE_MINISTERIAL, "VM-29"))
        .hasToString("VICE_MINISTERIAL VM-29");
  }

  @Test
  void theBuiltInCharterLetsTheSecretariatAttendTheDecisionSession() {
    assertThat(Charter.rcm().secretariatMayAttendDecisionSession()).isTrue();
    assertThat(
            Charter.builder()
                .from(Charter.rcm())
                .secretariatMayAttendDecisionSession(false)
                .build()
                .secretariatMayAttendDecisionSession())
        .isFalse();
  }

  @Test
  void aMeetingProposalCarriesTheMeetingsId() {
    Meeting m =
        Meeting.builder()
            .id("VM-30")
            .kind(MeetingKind.VICE_MINISTERIAL)
            .number(30)
            .start(LocalDate.of(2025, 5, 6))
            .end(LocalDate.of(2025, 5, 7))
            .build();
    MeetingProposal p = MeetingProposal.of(m);
    assertThat(p.id()).isEqualTo("VM-30");
    assertThat(p.meeting()).isSameAs(m);
  }
}
