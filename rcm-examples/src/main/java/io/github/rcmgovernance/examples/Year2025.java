package io.github.rcmgovernance.examples;

import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.history.AgendaRecord;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import java.time.LocalDate;

/**
 * The world the examples share: Mexico held the presidency in 2024 and hosted the XXIX RCM,
 * Guatemala holds it in 2025 and hosts the XXX RCM.
 */
final class Year2025 {
  static final Party GUATEMALA = Party.state("GT");
  static final Party MEXICO = Party.state("MX");
  static final Actor PRESIDENCY = Actor.of(Body.PRO_TEMPORE_PRESIDENCY);

  private Year2025() {}

  /**
   * The XXX RCM, hosted by Guatemala and organised by the presidency.
   *
   * @param start its first day; it lasts two days
   * @return the meeting
   */
  static Meeting viceMinisterialMeeting(LocalDate start) {
    return Meeting.builder()
        .id("VM-2025")
        .kind(MeetingKind.VICE_MINISTERIAL)
        .number(30)
        .start(start)
        .end(start.plusDays(1))
        .host(GUATEMALA)
        .organiser(PRESIDENCY)
        .addAttendees(Delegation.deputyMinister(GUATEMALA), Delegation.deputyMinister(MEXICO))
        .addClosedSessionAttendees(
            Delegation.deputyMinister(GUATEMALA), Delegation.deputyMinister(MEXICO))
        .build();
  }

  /**
   * The record before the XXX RCM: the 2024 meetings, both presidency terms, the preparatory
   * meeting two days before the XXX RCM and its agenda, discussed at the 2024 mid-term meeting and
   * reviewed at the preparatory meeting.
   *
   * @param viceMinisterialStart the first day of the XXX RCM
   * @return the history
   */
  static History history(LocalDate viceMinisterialStart) {
    return History.builder()
        .addMeetings(
            Meeting.builder()
                .id("VM-2024")
                .kind(MeetingKind.VICE_MINISTERIAL)
                .number(29)
                .start(LocalDate.of(2024, 5, 21))
                .end(LocalDate.of(2024, 5, 22))
                .host(MEXICO)
                .organiser(PRESIDENCY)
                .build(),
            Meeting.builder()
                .id("MT-2024")
                .kind(MeetingKind.GRCM_MID_TERM)
                .start(LocalDate.of(2024, 11, 13))
                .end(LocalDate.of(2024, 11, 14))
                .host(MEXICO)
                .build(),
            Meeting.builder()
                .id("PREP-2025")
                .kind(MeetingKind.GRCM_PREPARATORY)
                .start(viceMinisterialStart.minusDays(2))
                .end(viceMinisterialStart.minusDays(1))
                .host(GUATEMALA)
                .prepares("VM-2025")
                .build())
        .addPresidencyTerms(
            PresidencyTerm.forYear(MEXICO, 2024), PresidencyTerm.forYear(GUATEMALA, 2025))
        .addAgendas(
            AgendaRecord.builder()
                .meetingId("VM-2025")
                .discussedAt("MT-2024")
                .reviewedAt("PREP-2025")
                .build())
        .build();
  }
}
