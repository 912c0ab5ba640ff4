package io.github.rcmgovernance.rules;

import io.github.rcmgovernance.model.act.AgendaApproval;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.Document;
import io.github.rcmgovernance.model.act.DocumentKind;
import io.github.rcmgovernance.model.act.FacilityKind;
import io.github.rcmgovernance.model.act.FacilitySupport;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.PlanOfActionActivity;
import io.github.rcmgovernance.model.act.PresidencyTermProposal;
import io.github.rcmgovernance.model.act.ProjectSupport;
import io.github.rcmgovernance.model.act.Recommendation;
import io.github.rcmgovernance.model.act.SecretariatAction;
import io.github.rcmgovernance.model.act.SecretariatTask;
import io.github.rcmgovernance.model.act.Subject;
import io.github.rcmgovernance.model.act.TechnicalCooperation;
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
import java.time.LocalDate;

/**
 * A small, valid world for rule tests: three years of the Conference (2022–2024, with 2025
 * scheduled) and one valid act of every kind. Each rule test changes one thing and expects exactly
 * one rule to fire.
 */
public final class Fixtures {
  public static final Party MX = Party.state("MX");
  public static final Party CR = Party.state("CR");
  public static final Party PA = Party.state("PA");
  public static final Party GT = Party.state("GT");
  public static final Party HN = Party.state("HN");
  public static final Party AR = Party.state("AR");
  public static final Party FR = Party.state("FR");
  public static final Party DO = Party.state("DO");
  public static final Party IOM = Party.organisation("IOM");
  public static final Party UNFPA = Party.organisation("UNFPA");
  public static final Party UNHCR = Party.organisation("UNHCR");

  public static final Actor VMC = Actor.of(Body.VICE_MINISTERIAL_CONFERENCE);
  public static final Actor GRCM = Actor.of(Body.GRCM);
  public static final Actor PPT = Actor.of(Body.PRO_TEMPORE_PRESIDENCY);
  public static final Actor TS = Actor.of(Body.TECHNICAL_SECRETARIAT);
  public static final Actor VS = Actor.of(Body.VIRTUAL_SECRETARIAT);
  public static final Actor IOM_OFFICE = Actor.of(Body.IOM_REGIONAL_OFFICE);

  private Fixtures() {}

  public static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  public static Delegation dm(Party party) {
    return Delegation.deputyMinister(party);
  }

  public static Delegation grcm(Party party, Service service) {
    return Delegation.of(party, Level.OFFICIAL, service);
  }

  static Meeting vm(int year, int number, Party host, int month, int dayOfMonth) {
    return Meeting.builder()
        .id("VM-" + year)
        .kind(MeetingKind.VICE_MINISTERIAL)
        .number(number)
        .start(day(year, month, dayOfMonth))
        .end(day(year, month, dayOfMonth + 1))
        .host(host)
        .organiser(PPT)
        .build();
  }

  static Meeting prep(int year, int month, int dayOfMonth) {
    return Meeting.builder()
        .id("PREP-" + year)
        .kind(MeetingKind.GRCM_PREPARATORY)
        .start(day(year, month, dayOfMonth - 2))
        .end(day(year, month, dayOfMonth - 1))
        .prepares("VM-" + year)
        .build();
  }

  static Meeting midTerm(int year, Party host) {
    return Meeting.builder()
        .id("MT-" + year)
        .kind(MeetingKind.GRCM_MID_TERM)
        .start(day(year, 11, 13))
        .end(day(year, 11, 14))
        .host(host)
        .build();
  }

  /** The record: Vice-Ministerial meetings XXVII–XXIX (2022–2024) and XXX scheduled for 2025. */
  public static History history() {
    return History.builder()
        .addMeetings(vm(2022, 27, CR, 5, 10), prep(2022, 5, 10), midTerm(2022, CR))
        .addMeetings(vm(2023, 28, PA, 6, 6), prep(2023, 6, 6), midTerm(2023, PA))
        .addMeetings(vm(2024, 29, MX, 5, 21), prep(2024, 5, 21), midTerm(2024, MX))
        .addMeetings(vm(2025, 30, GT, 5, 20), prep(2025, 5, 20))
        .addMeetings(
            Meeting.builder()
                .id("SEM-2024")
                .kind(MeetingKind.SEMINAR)
                .start(day(2024, 3, 12))
                .end(day(2024, 3, 13))
                .host(MX)
                .agreedBy(GRCM)
                .build(),
            Meeting.builder()
                .id("WS-2024")
                .kind(MeetingKind.WORKSHOP)
                .start(day(2024, 8, 6))
                .end(day(2024, 8, 6))
                .host(CR)
                .build())
        .addPresidencyTerms(
            PresidencyTerm.forYear(CR, 2022),
            PresidencyTerm.forYear(PA, 2023),
            PresidencyTerm.forYear(MX, 2024),
            PresidencyTerm.forYear(GT, 2025))
        .addRecommendations(
            RecommendationRecord.of("REC-1", ReviewState.ENDORSED),
            RecommendationRecord.of("REC-2", ReviewState.PENDING),
            RecommendationRecord.of("REC-3", ReviewState.REJECTED))
        .addAgendas(
            AgendaRecord.builder()
                .meetingId("VM-2025")
                .discussedAt("MT-2024")
                .reviewedAt("PREP-2025")
                .build())
        .build();
  }

  /** A policy decision of XXIX RCM, taken by consensus in closed session and recorded. */
  public static Decision decision() {
    return Decision.builder()
        .id("DEC-2024-1")
        .date(day(2024, 5, 22))
        .decidedBy(VMC)
        .forum(Forum.of(MeetingKind.VICE_MINISTERIAL, "VM-2024"))
        .subject(Subject.POLICY)
        .addDeciders(dm(MX), dm(CR), dm(PA))
        .addSessionAttendees(dm(MX), dm(CR), dm(PA))
        .sessionClosed(true)
        .recordedIn("Declaration of XXIX RCM")
        .build();
  }

  /** The GRCM approves the 2025 agenda at its 2024 mid-term meeting. */
  public static AgendaApproval agendaApproval() {
    return AgendaApproval.builder()
        .id("AGD-2025")
        .date(day(2024, 11, 14))
        .approvedBy(GRCM)
        .forum(Forum.of(MeetingKind.GRCM_MID_TERM, "MT-2024"))
        .forMeeting("VM-2025")
        .addDelegations(grcm(MX, Service.FOREIGN_AFFAIRS), grcm(CR, Service.IMMIGRATION))
        .build();
  }

  /** A GRCM recommendation to the Deputy Ministers, drafted by Members. */
  public static Recommendation recommendation() {
    return Recommendation.builder()
        .id("REC-4")
        .date(day(2024, 11, 14))
        .issuer(GRCM)
        .addDrafters(Actor.of(MX), Actor.of(CR))
        .addressee(VMC)
        .forum(Forum.of(MeetingKind.GRCM_MID_TERM, "MT-2024"))
        .addDelegations(grcm(MX, Service.FOREIGN_AFFAIRS))
        .build();
  }

  /** A background document the TS prepares at the Presidency's request. */
  public static Document backgroundDocument() {
    return Document.builder()
        .id("BG-1")
        .date(day(2024, 4, 2))
        .kind(DocumentKind.BACKGROUND_DOCUMENT)
        .addAuthors(TS)
        .containsRecommendations(false)
        .containsCommitments(false)
        .requestedBy(PPT)
        .prepares("VM-2024")
        .build();
  }

  /** The TS periodic report before the 2024 mid-term meeting. */
  public static Document activityReport() {
    return Document.builder()
        .id("TS-REPORT-2024-2")
        .date(day(2024, 10, 30))
        .kind(DocumentKind.ACTIVITY_REPORT)
        .addAuthors(TS)
        .containsRecommendations(false)
        .containsCommitments(false)
        .addAddressedTo(PPT, IOM_OFFICE)
        .prepares("MT-2024")
        .build();
  }

  /** A declaration drafted by Members. */
  public static Document declaration() {
    return Document.builder()
        .id("DECL-2024")
        .date(day(2024, 5, 22))
        .kind(DocumentKind.DECLARATION)
        .addAuthors(Actor.of(MX), Actor.of(CR))
        .containsRecommendations(false)
        .containsCommitments(true)
        .build();
  }

  /** Technical advice by an observer organisation: a permission (RCM-OBS-3). */
  public static Document technicalAdvice() {
    return Document.builder()
        .id("ADVICE-1")
        .date(day(2024, 9, 1))
        .kind(DocumentKind.TECHNICAL_ADVICE)
        .addAuthors(Actor.of(UNHCR))
        .containsRecommendations(true)
        .containsCommitments(false)
        .addAddressedTo(GRCM)
        .build();
  }

  /** XXX RCM in May 2025, hosted and organised by Guatemala, which holds the 2025 presidency. */
  public static MeetingProposal viceMinisterialProposal() {
    return MeetingProposal.of(
        vm(2025, 30, GT, 5, 20).withAttendees(dm(GT), dm(MX)).withClosedSessionAttendees(dm(GT)));
  }

  /** The 2025 preparatory meeting, two days before XXX RCM. */
  public static MeetingProposal preparatoryProposal() {
    return MeetingProposal.of(
        prep(2025, 5, 20)
            .withAttendees(grcm(GT, Service.IMMIGRATION), grcm(MX, Service.FOREIGN_AFFAIRS)));
  }

  /** The 2025 mid-term meeting in November, in Guatemala, host of XXX RCM. */
  public static MeetingProposal midTermProposal() {
    return MeetingProposal.of(midTerm(2025, GT).withAttendees(grcm(GT, Service.FOREIGN_AFFAIRS)));
  }

  /** Honduras for the 2026 presidency, after Guatemala. */
  public static PresidencyTermProposal termProposal() {
    return PresidencyTermProposal.of("PPT-2026", PresidencyTerm.forYear(HN, 2026));
  }

  /** The Presidency asks the TS to support an agreed seminar. */
  public static SecretariatAction secretariatAction() {
    return SecretariatAction.builder()
        .id("TS-ACT-1")
        .date(day(2024, 3, 1))
        .task(SecretariatTask.EVENT_SUPPORT)
        .description("logistics for the seminar")
        .instructedBy(PPT)
        .servesMeeting("SEM-2024")
        .build();
  }

  /** A Plan of Action activity carrying out an endorsed recommendation. */
  public static PlanOfActionActivity activity() {
    return PlanOfActionActivity.builder()
        .id("POA-ACT-1")
        .date(day(2024, 7, 1))
        .description("regional training on migrant protection")
        .proposedBy(GRCM)
        .basedOn("REC-1")
        .build();
  }

  /** UNFPA supports a project that Mexico and Guatemala determined. */
  public static ProjectSupport projectSupport() {
    return ProjectSupport.builder()
        .id("PROJ-1")
        .date(day(2024, 2, 1))
        .organisation(UNFPA)
        .project("census of migrant populations")
        .addDeterminedBy(MX, GT)
        .build();
  }

  /** IOM's technical cooperation at Mexico's request. */
  public static TechnicalCooperation cooperation() {
    return TechnicalCooperation.builder()
        .id("COOP-1")
        .date(day(2024, 2, 1))
        .description("return and reintegration study")
        .addRequestedBy(Actor.of(MX))
        .build();
  }

  /** IOM's procurement for the TS: needs no request. */
  public static FacilitySupport facilitySupport() {
    return FacilitySupport.builder()
        .id("FAC-1")
        .date(day(2024, 2, 1))
        .facility(FacilityKind.PROCUREMENT)
        .build();
  }
}
