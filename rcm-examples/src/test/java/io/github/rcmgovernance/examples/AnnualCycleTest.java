package io.github.rcmgovernance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.AgendaApproval;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.Document;
import io.github.rcmgovernance.model.act.DocumentKind;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.PlanOfActionActivity;
import io.github.rcmgovernance.model.act.Recommendation;
import io.github.rcmgovernance.model.act.Subject;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.delegation.Level;
import io.github.rcmgovernance.model.delegation.Service;
import io.github.rcmgovernance.model.history.AgendaRecord;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.history.RecommendationRecord;
import io.github.rcmgovernance.model.history.ReviewState;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.rules.Validator;
import io.github.rcmgovernance.rules.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One year of the Conference told as one story: each act is judged against the record as the
 * previous steps left it, and what an act decides is written into the record before the next step.
 * The same year is told as separate scenarios in {@code scenarios/stories/annual-cycle-*.json}.
 */
class AnnualCycleTest {
  private static final Party GT = Party.state("GT");
  private static final Party MX = Party.state("MX");
  private static final Party CR = Party.state("CR");
  private static final Party HN = Party.state("HN");
  private static final Party SV = Party.state("SV");
  private static final Party PA = Party.state("PA");
  private static final List<Party> MINISTERS = List.of(GT, MX, CR, HN, SV, PA);

  private static final Actor GRCM = Actor.of(Body.GRCM);
  private static final Actor PPT = Actor.of(Body.PRO_TEMPORE_PRESIDENCY);
  private static final Actor TS = Actor.of(Body.TECHNICAL_SECRETARIAT);
  private static final Actor VMC = Actor.of(Body.VICE_MINISTERIAL_CONFERENCE);

  private final Validator validator = Validator.standard();

  /** The record as the story has left it so far. */
  private History record =
      History.builder()
          .addMeetings(
              vm(2024, 29, MX, day(2024, 5, 21)),
              grcm("PREP-2024", MeetingKind.GRCM_PREPARATORY, MX, day(2024, 5, 19))
                  .withPrepares("VM-2024"),
              grcm("MT-2024", MeetingKind.GRCM_MID_TERM, MX, day(2024, 11, 13)))
          .addPresidencyTerms(PresidencyTerm.forYear(MX, 2024), PresidencyTerm.forYear(GT, 2025))
          .build();

  @Test
  void theYearOfTheThirtiethMeeting() {
    // November 2024, at Mexico's mid-term meeting: the GRCM approves the agenda of the 2025
    // Vice-Ministerial meeting, which nobody has scheduled yet.
    Act agenda =
        AgendaApproval.builder()
            .id("AGENDA-VM-2025")
            .date(day(2024, 11, 14))
            .approvedBy(GRCM)
            .forum(Forum.of(MeetingKind.GRCM_MID_TERM, "MT-2024"))
            .forMeeting("VM-2025")
            .addDelegations(
                official(GT, Service.FOREIGN_AFFAIRS), official(CR, Service.IMMIGRATION))
            .build();
    assertThat(judge(agenda).violations()).as("the agenda approval").isEmpty();
    record(AgendaRecord.builder().meetingId("VM-2025").discussedAt("MT-2024").build());

    // February 2025: Guatemala, holding the presidency, proposes the XXX RCM for May. No
    // preparatory meeting is scheduled yet, so the agenda has not been reviewed at one: two
    // warnings, no error.
    Meeting xxx =
        vm(2025, 30, GT, day(2025, 5, 20))
            .withAttendees(ministers())
            .withClosedSessionAttendees(ministers());
    Act proposal =
        MeetingProposal.builder()
            .id("PROPOSAL-VM-2025")
            .date(day(2025, 2, 10))
            .meeting(xxx)
            .build();
    Verdict early = judge(proposal);
    assertThat(early.isValid()).isTrue();
    assertThat(early.errors()).isEmpty();
    assertThat(early.firedRules()).containsExactly("RCM-AGD-1", "RCM-MTG-11");
    record(xxx);

    // March 2025: the GRCM's preparatory meeting, on the two days before the XXX RCM.
    Meeting prep =
        grcm("PREP-2025", MeetingKind.GRCM_PREPARATORY, GT, day(2025, 5, 18))
            .withPrepares("VM-2025")
            .withAttendees(
                official(GT, Service.FOREIGN_AFFAIRS), official(CR, Service.IMMIGRATION));
    assertThat(
            judge(
                    MeetingProposal.builder()
                        .id("PROPOSAL-PREP-2025")
                        .date(day(2025, 3, 3))
                        .meeting(prep)
                        .build())
                .violations())
        .as("the preparatory meeting")
        .isEmpty();
    record(prep);

    // 19 May 2025: the preparatory meeting reviews the agenda. The same proposal of the XXX RCM,
    // judged again, no longer draws a warning.
    record(
        AgendaRecord.builder()
            .meetingId("VM-2025")
            .discussedAt("MT-2024")
            .reviewedAt("PREP-2025")
            .build());
    assertThat(judge(proposal).violations()).as("the XXX RCM once prepared").isEmpty();

    // 21 May 2025: the Deputy Ministers update the Plan of Action in closed session, and their
    // declaration records it. Observers do not write the declaration.
    Act update =
        Decision.builder()
            .id("DEC-2025-1")
            .date(day(2025, 5, 21))
            .decidedBy(VMC)
            .forum(Forum.of(MeetingKind.VICE_MINISTERIAL, "VM-2025"))
            .subject(Subject.PLAN_OF_ACTION)
            .addAllDeciders(ministers())
            .addAllSessionAttendees(ministers())
            .sessionClosed(true)
            .secretariatStaffPresent(true)
            .recordedIn("DECL-2025")
            .build();
    assertThat(judge(update).violations()).as("the closed-session decision").isEmpty();
    Document declaration =
        Document.builder()
            .id("DECL-2025")
            .date(day(2025, 5, 21))
            .kind(DocumentKind.DECLARATION)
            .addAuthors(Actor.of(GT), Actor.of(MX), Actor.of(CR))
            .containsRecommendations(false)
            .containsCommitments(true)
            .prepares("VM-2025")
            .build();
    assertThat(judge(declaration).violations()).as("the declaration").isEmpty();
    assertThat(
            judge(declaration.withAuthors(Actor.of(GT), Actor.of(Party.organisation("UNHCR"))))
                .firedRules())
        .as("the declaration with an observer organisation among its authors")
        .containsExactly("RCM-OBS-1");

    // October 2025: the Technical Secretariat's periodic report for the mid-term meeting. While
    // that meeting is not on the record, the report prepares nothing the record knows.
    Document report =
        Document.builder()
            .id("TS-REPORT-2025-2")
            .date(day(2025, 10, 27))
            .kind(DocumentKind.ACTIVITY_REPORT)
            .addAuthors(TS)
            .containsRecommendations(false)
            .containsCommitments(false)
            .addAddressedTo(PPT, Actor.of(Body.IOM_REGIONAL_OFFICE))
            .prepares("MT-2025")
            .build();
    assertThat(judge(report).firedRules())
        .as("the report before MT-2025 is scheduled")
        .containsExactly("RCM-TS-5");
    Meeting midTerm = grcm("MT-2025", MeetingKind.GRCM_MID_TERM, GT, day(2025, 11, 12));
    assertThat(judge(MeetingProposal.of(midTerm)).violations())
        .as("the mid-term meeting")
        .isEmpty();
    record(midTerm);
    assertThat(judge(report).violations()).as("the report once MT-2025 is scheduled").isEmpty();

    // November 2025, at the mid-term meeting: the GRCM recommends to the Deputy Ministers.
    Act recommendation =
        Recommendation.builder()
            .id("REC-2025-1")
            .date(day(2025, 11, 13))
            .issuer(GRCM)
            .addDrafters(Actor.of(GT), Actor.of(MX))
            .addressee(VMC)
            .forum(Forum.of(MeetingKind.GRCM_MID_TERM, "MT-2025"))
            .addDelegations(
                official(GT, Service.FOREIGN_AFFAIRS), official(MX, Service.IMMIGRATION))
            .build();
    assertThat(judge(recommendation).violations()).as("the recommendation").isEmpty();
    record(RecommendationRecord.of("REC-2025-1", ReviewState.PENDING));

    // An activity that would carry the recommendation out must wait for the Deputy Ministers.
    Act activity =
        PlanOfActionActivity.builder()
            .id("POA-2026-3")
            .date(day(2025, 11, 20))
            .description("regional workshop on consular protection of migrants in transit")
            .proposedBy(GRCM)
            .basedOn("REC-2025-1")
            .build();
    assertThat(judge(activity).firedRules())
        .as("the activity while REC-2025-1 is pending")
        .containsExactly("RCM-GRC-2");

    // December 2025: the Deputy Ministers review it by consultation between meetings and endorse
    // it; now the same activity may go ahead.
    Act review =
        Decision.builder()
            .id("DEC-2025-IC-1")
            .date(day(2025, 12, 9))
            .decidedBy(VMC)
            .forum(Forum.of(MeetingKind.INTERSESSIONAL_CONSULTATION))
            .subject(Subject.REVIEW_OF_RECOMMENDATIONS)
            .addAllDeciders(ministers())
            .addAllSessionAttendees(ministers())
            .sessionClosed(true)
            .addReviews("REC-2025-1")
            .recordedIn("Statement of the Deputy Ministers, December 2025")
            .build();
    assertThat(judge(review).violations()).as("the intersessional review").isEmpty();
    record(RecommendationRecord.of("REC-2025-1", ReviewState.ENDORSED));
    assertThat(judge(activity).violations())
        .as("the activity once REC-2025-1 is endorsed")
        .isEmpty();

    // What the year left on the record.
    assertThat(record.meetings())
        .extracting(Meeting::id)
        .containsExactly("VM-2024", "PREP-2024", "MT-2024", "VM-2025", "PREP-2025", "MT-2025");
    assertThat(record.recommendation("REC-2025-1"))
        .map(RecommendationRecord::reviewState)
        .contains(ReviewState.ENDORSED);
  }

  private Verdict judge(Act act) {
    return validator.validate(act, record);
  }

  private void record(Meeting meeting) {
    record = History.builder().from(record).addMeetings(meeting).build();
  }

  private void record(AgendaRecord agenda) {
    History.Builder next = History.builder().from(record).agendas(List.of());
    record.agendas().stream()
        .filter(a -> !a.meetingId().equals(agenda.meetingId()))
        .forEach(next::addAgendas);
    record = next.addAgendas(agenda).build();
  }

  private void record(RecommendationRecord recommendation) {
    History.Builder next = History.builder().from(record).recommendations(List.of());
    record.recommendations().stream()
        .filter(r -> !r.id().equals(recommendation.id()))
        .forEach(next::addRecommendations);
    record = next.addRecommendations(recommendation).build();
  }

  private static Meeting vm(int year, int number, Party host, LocalDate start) {
    return Meeting.builder()
        .id("VM-" + year)
        .kind(MeetingKind.VICE_MINISTERIAL)
        .number(number)
        .start(start)
        .end(start.plusDays(1))
        .host(host)
        .organiser(PPT)
        .build();
  }

  private static Meeting grcm(String id, MeetingKind kind, Party host, LocalDate start) {
    return Meeting.builder()
        .id(id)
        .kind(kind)
        .start(start)
        .end(start.plusDays(1))
        .host(host)
        .build();
  }

  private static List<Delegation> ministers() {
    return MINISTERS.stream().map(Delegation::deputyMinister).toList();
  }

  private static Delegation official(Party party, Service service) {
    return Delegation.of(party, Level.OFFICIAL, service);
  }

  private static LocalDate day(int year, int month, int dayOfMonth) {
    return LocalDate.of(year, month, dayOfMonth);
  }
}
