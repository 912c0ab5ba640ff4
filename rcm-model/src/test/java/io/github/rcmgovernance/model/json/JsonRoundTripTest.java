package io.github.rcmgovernance.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableSet;
import io.github.rcmgovernance.model.act.Act;
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
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.charter.MonthWindow;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.delegation.Level;
import io.github.rcmgovernance.model.delegation.Service;
import io.github.rcmgovernance.model.gen.ModelGens;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.history.ReviewState;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Writing then reading gives an equal object; each kind of act reads from its documented form. */
class JsonRoundTripTest {
  private static final RcmJson JSON = RcmJson.standard();
  private static final Party MX = Party.state("MX");
  private static final Party GT = Party.state("GT");
  private static final Actor VMC = Actor.of(Body.VICE_MINISTERIAL_CONFERENCE);
  private static final Actor GRCM = Actor.of(Body.GRCM);
  private static final Actor PPT = Actor.of(Body.PRO_TEMPORE_PRESIDENCY);
  private static final Actor TS = Actor.of(Body.TECHNICAL_SECRETARIAT);
  private static final LocalDate DAY = LocalDate.of(2024, 5, 10);

  /** The name under which {@link Act} registers the kind of an act ({@code "decision"}, …). */
  static String typeName(Act act) {
    for (JsonSubTypes.Type t : Act.class.getAnnotation(JsonSubTypes.class).value()) {
      if (t.value().isInstance(act)) {
        return t.name();
      }
    }
    throw new AssertionError("no registered type for " + act.getClass());
  }

  /** The JSON tree of an act, which must name its registered type. */
  static ObjectNode actTree(Act act) {
    ObjectNode tree = (ObjectNode) JSON.toTree(act);
    assertThat(tree.get("type").asText()).isEqualTo(typeName(act));
    return tree;
  }

  /** The text of {@link #actTree}. */
  static String actJson(Act act) {
    return actTree(act).toPrettyString();
  }

  // Properties ---------------------------------------------------------------------------------

  @Test
  void historiesRoundTrip() {
    qt().withExamples(300)
        .forAll(ModelGens.histories())
        .checkAssert(
            history -> {
              String text = JSON.write(history);
              assertThat(JSON.read(text, History.class)).isEqualTo(history);
              assertThat(JSON.readHistory(text)).isEqualTo(history);
            });
  }

  @Test
  void chartersRoundTrip() {
    qt().forAll(ModelGens.charters())
        .checkAssert(
            charter -> {
              String text = JSON.write(charter);
              assertThat(JSON.read(text, Charter.class)).isEqualTo(charter);
              assertThat(JSON.readCharter(text)).isEqualTo(charter);
            });
  }

  @Test
  void actsRoundTrip() {
    qt().withExamples(300)
        .forAll(ModelGens.scenarios())
        .checkAssert(
            scenario -> {
              Act act = scenario.act();
              assertThat(JSON.readAct(JSON.write(act))).isEqualTo(act);
              assertThat(JSON.read(JSON.write(act), Act.class)).isEqualTo(act);
            });
  }

  @Test
  void writtenActNamesItsRegisteredType() {
    Act act =
        FacilitySupport.builder().id("FS-1").date(DAY).facility(FacilityKind.PROCUREMENT).build();
    assertThat(JSON.toTree(act).get("type").asText()).isEqualTo("facilitySupport");
  }

  @Test
  void actsRoundTripUnderTheirRegisteredTypeName() {
    qt().withExamples(500)
        .forAll(ModelGens.scenarios())
        .checkAssert(
            scenario -> {
              Act act = scenario.act();
              assertThat(JSON.readAct(actJson(act))).isEqualTo(act);
              assertThat(JSON.read(actTree(act), Act.class, "$.act")).isEqualTo(act);
            });
  }

  @Test
  void documentRoundTripsUnderItsRegisteredTypeName() {
    Document document =
        Document.builder()
            .id("DOC-1")
            .date(DAY)
            .kind(DocumentKind.INFORMATION_NOTE)
            .containsRecommendations(false)
            .containsCommitments(false)
            .build();
    ObjectNode tree = (ObjectNode) JSON.toTree(document);
    tree.put("type", "document");
    assertThat(JSON.readAct(tree.toString())).isEqualTo(document);
  }

  @Test
  void scenarioHistoriesRoundTrip() {
    qt().withExamples(200)
        .forAll(ModelGens.scenarios())
        .checkAssert(
            s -> assertThat(JSON.readHistory(JSON.write(s.history()))).isEqualTo(s.history()));
  }

  @Test
  void treeReadingPrefixesThePathOfErrors() {
    JsonNode tree =
        JSON.toTree(
            Meeting.builder().id("EV-1").kind(MeetingKind.SEMINAR).start(DAY).end(DAY).build());
    ((ObjectNode) tree).put("kind", "BANQUET");
    try {
      JSON.read(tree, Meeting.class, "$.act.meeting");
      throw new AssertionError("read an unknown kind");
    } catch (ModelInputException e) {
      assertThat(e.path()).isEqualTo("$.act.meeting.kind");
      assertThat(e.reason()).contains("BANQUET");
    }
  }

  @Test
  void writtenJsonIsStable() {
    Charter charter =
        Charter.builder()
            .from(Charter.rcm())
            .putImmigrationAuthority(MX, ImmutableSet.of(Service.INTERIOR))
            .putImmigrationAuthority(GT, ImmutableSet.of(Service.JUSTICE))
            .build();
    String text = JSON.write(charter);
    assertThat(text).isEqualTo(JSON.write(JSON.readCharter(text)));
    assertThat(text.indexOf("\"GT\"")).isLessThan(text.indexOf("\"MX\" : ["));
  }

  // One example of each kind of act ------------------------------------------------------------

  @Test
  void readsADecision() {
    String text =
        """
        {
          "type": "decision",
          "id": "DEC-2024-1",
          "date": "2024-05-10",
          "decidedBy": {"body": "VICE_MINISTERIAL_CONFERENCE"},
          "forum": {"kind": "VICE_MINISTERIAL", "meetingId": "VM-2024"},
          "subject": "PLAN_OF_ACTION",
          "deciders": [
            {"party": "MX", "level": "DEPUTY_MINISTER", "service": "FOREIGN_AFFAIRS"},
            {"party": "GT", "level": "DEPUTY_MINISTER", "service": "OTHER",
             "serviceName": "Ministry of Labour"}
          ],
          "sessionAttendees": [
            {"party": "MX", "level": "DEPUTY_MINISTER", "service": "FOREIGN_AFFAIRS"}
          ],
          "sessionClosed": true,
          "secretariatStaffPresent": true,
          "reviews": ["REC-2023-1"],
          "actsOn": ["REC-2023-1", "REC-2022-4"],
          "objections": ["US"],
          "recordedIn": "Declaration of Panama 2024"
        }
        """;
    Decision expected =
        Decision.builder()
            .id("DEC-2024-1")
            .date(DAY)
            .decidedBy(VMC)
            .forum(Forum.of(MeetingKind.VICE_MINISTERIAL, "VM-2024"))
            .subject(Subject.PLAN_OF_ACTION)
            .addDeciders(
                Delegation.deputyMinister(MX),
                Delegation.builder()
                    .party(GT)
                    .level(Level.DEPUTY_MINISTER)
                    .service(Service.OTHER)
                    .serviceName("Ministry of Labour")
                    .build())
            .addSessionAttendees(Delegation.deputyMinister(MX))
            .sessionClosed(true)
            .secretariatStaffPresent(true)
            .addReviews("REC-2023-1")
            .addActsOn("REC-2023-1", "REC-2022-4")
            .addObjections(Party.state("US"))
            .recordedIn("Declaration of Panama 2024")
            .build();
    assertThat(JSON.readAct(text)).isEqualTo(expected);
    assertThat(JSON.readAct(actJson(expected))).isEqualTo(expected);
  }

  @Test
  void readsADecisionWithOnlyItsRequiredFields() {
    String text =
        """
        {"type": "decision", "id": "D", "date": "2024-05-10", "decidedBy": {"party": "MX"},
         "forum": {"kind": "INTERSESSIONAL_CONSULTATION"}, "subject": "REVIEW_OF_RECOMMENDATIONS",
         "sessionClosed": false}
        """;
    Decision d = (Decision) JSON.readAct(text);
    assertThat(d.decidedBy()).isEqualTo(Actor.of(MX));
    assertThat(d.deciders()).isEmpty();
    assertThat(d.secretariatStaffPresent()).isFalse();
    assertThat(d.recordedIn()).isEmpty();
    assertThat(d.forum().meetingId()).isEmpty();
  }

  @Test
  void readsAnAgendaApproval() {
    String text =
        """
        {"type": "agendaApproval", "id": "AG-2023", "date": "2023-10-04",
         "approvedBy": {"body": "GRCM"},
         "forum": {"kind": "GRCM_MID_TERM", "meetingId": "MT-2023"},
         "forMeeting": "VM-2024",
         "delegations": [{"party": "MX", "level": "OFFICIAL", "service": "IMMIGRATION"},
                         {"party": "IOM", "level": "OFFICIAL", "service": "JUSTICE"}]}
        """;
    AgendaApproval expected =
        AgendaApproval.builder()
            .id("AG-2023")
            .date(LocalDate.of(2023, 10, 4))
            .approvedBy(GRCM)
            .forum(Forum.of(MeetingKind.GRCM_MID_TERM, "MT-2023"))
            .forMeeting("VM-2024")
            .addDelegations(
                Delegation.of(MX, Level.OFFICIAL, Service.IMMIGRATION),
                Delegation.of(Party.organisation("IOM"), Level.OFFICIAL, Service.JUSTICE))
            .build();
    assertThat(JSON.readAct(text)).isEqualTo(expected);
  }

  @Test
  void readsARecommendation() throws Exception {
    String text =
        """
        {"type": "recommendation", "id": "R-1", "date": "2024-05-08",
         "issuer": {"body": "GRCM"},
         "drafters": [{"body": "GRCM"}, {"party": "CR"}],
         "addressee": {"body": "VICE_MINISTERIAL_CONFERENCE"},
         "forum": {"kind": "GRCM_PREPARATORY", "meetingId": "PREP-2024"},
         "delegations": [{"party": "CR", "level": "TECHNICIAN", "service": "FOREIGN_AFFAIRS"}],
         "reviewState": "ENDORSED"}
        """;
    Recommendation expected =
        Recommendation.builder()
            .id("R-1")
            .date(LocalDate.of(2024, 5, 8))
            .issuer(GRCM)
            .addDrafters(GRCM, Actor.of(Party.state("CR")))
            .addressee(VMC)
            .forum(Forum.of(MeetingKind.GRCM_PREPARATORY, "PREP-2024"))
            .addDelegations(
                Delegation.of(Party.state("CR"), Level.TECHNICIAN, Service.FOREIGN_AFFAIRS))
            .reviewState(ReviewState.ENDORSED)
            .build();
    assertThat(JSON.readAct(text)).isEqualTo(expected);
    ObjectNode withoutState = (ObjectNode) JSON.mapper().readTree(text);
    withoutState.remove("reviewState");
    assertThat(((Recommendation) JSON.readAct(withoutState.toString())).reviewState())
        .isEqualTo(ReviewState.PENDING);
  }

  @Test
  void readsADocument() {
    String text =
        """
        {"type": "document", "id": "DOC-7", "date": "2024-09-30", "kind": "ACTIVITY_REPORT",
         "authors": [{"body": "TECHNICAL_SECRETARIAT"}],
         "containsRecommendations": false, "containsCommitments": false,
         "requestedBy": {"body": "PRO_TEMPORE_PRESIDENCY"},
         "addressedTo": [{"body": "PRO_TEMPORE_PRESIDENCY"}, {"body": "IOM_REGIONAL_OFFICE"}],
         "prepares": "MT-2024"}
        """;
    Document expected =
        Document.builder()
            .id("DOC-7")
            .date(LocalDate.of(2024, 9, 30))
            .kind(DocumentKind.ACTIVITY_REPORT)
            .addAuthors(TS)
            .containsRecommendations(false)
            .containsCommitments(false)
            .requestedBy(PPT)
            .addAddressedTo(PPT, Actor.of(Body.IOM_REGIONAL_OFFICE))
            .prepares("MT-2024")
            .build();
    assertThat(JSON.readAct(text)).isEqualTo(expected);
    assertThat(((Document) JSON.readAct(text)).isBinding()).isFalse();
  }

  @Test
  void readsAMeetingProposal() {
    String text =
        """
        {"type": "meetingProposal", "id": "P-VM-2026", "date": "2026-01-15",
         "meeting": {"id": "VM-2026", "kind": "VICE_MINISTERIAL", "number": 31,
                     "start": "2026-06-10", "end": "2026-06-11", "host": "PA",
                     "organiser": {"body": "PRO_TEMPORE_PRESIDENCY"},
                     "attendees": [{"party": "PA", "level": "DEPUTY_MINISTER",
                                    "service": "FOREIGN_AFFAIRS"}],
                     "closedSessionAttendees": [{"party": "PA", "level": "DEPUTY_MINISTER",
                                                 "service": "FOREIGN_AFFAIRS"}]}}
        """;
    Meeting meeting =
        Meeting.builder()
            .id("VM-2026")
            .kind(MeetingKind.VICE_MINISTERIAL)
            .number(31)
            .start(LocalDate.of(2026, 6, 10))
            .end(LocalDate.of(2026, 6, 11))
            .host(Party.state("PA"))
            .organiser(PPT)
            .addAttendees(Delegation.deputyMinister(Party.state("PA")))
            .addClosedSessionAttendees(Delegation.deputyMinister(Party.state("PA")))
            .build();
    MeetingProposal expected =
        MeetingProposal.builder()
            .id("P-VM-2026")
            .date(LocalDate.of(2026, 1, 15))
            .meeting(meeting)
            .build();
    MeetingProposal read = (MeetingProposal) JSON.readAct(text);
    assertThat(read).isEqualTo(expected);
    assertThat(read.meeting().displayName()).isEqualTo("XXXI RCM");
    MeetingProposal undated =
        (MeetingProposal) JSON.readAct(text.replace("\"date\": \"2026-01-15\",", ""));
    assertThat(undated.date()).isEqualTo(LocalDate.of(2026, 6, 10));
  }

  @Test
  void readsAPresidencyTermProposal() {
    String text =
        """
        {"type": "presidencyTerm", "id": "PPT-2027",
         "term": {"holder": "HN", "start": "2027-01-01", "end": "2027-12-31"}}
        """;
    Act expected =
        PresidencyTermProposal.of("PPT-2027", PresidencyTerm.forYear(Party.state("HN"), 2027));
    assertThat(JSON.readAct(text)).isEqualTo(expected);
    assertThat(JSON.readAct(text).date()).isEqualTo(LocalDate.of(2027, 1, 1));
  }

  @Test
  void readsASecretariatAction() {
    String text =
        """
        {"type": "secretariatAction", "id": "TS-9", "date": "2024-02-01",
         "task": "EVENT_SUPPORT", "description": "Logistics of the workshop",
         "instructedBy": {"party": "MX"}, "servesRecommendation": "REC-2023-1",
         "servesMeeting": "EV-2024-1"}
        """;
    SecretariatAction expected =
        SecretariatAction.builder()
            .id("TS-9")
            .date(LocalDate.of(2024, 2, 1))
            .task(SecretariatTask.EVENT_SUPPORT)
            .description("Logistics of the workshop")
            .instructedBy(Actor.of(MX))
            .servesRecommendation("REC-2023-1")
            .servesMeeting("EV-2024-1")
            .build();
    assertThat(JSON.readAct(text)).isEqualTo(expected);
  }

  @Test
  void readsAPlanOfActionActivity() {
    String text =
        """
        {"type": "planOfActionActivity", "id": "POA-3", "date": "2024-03-03",
         "proposedBy": {"body": "GRCM"}, "basedOn": "REC-2023-1"}
        """;
    PlanOfActionActivity expected =
        PlanOfActionActivity.builder()
            .id("POA-3")
            .date(LocalDate.of(2024, 3, 3))
            .proposedBy(GRCM)
            .basedOn("REC-2023-1")
            .build();
    assertThat(JSON.readAct(text)).isEqualTo(expected);
    assertThat(((PlanOfActionActivity) JSON.readAct(text)).description()).isEmpty();
  }

  @Test
  void readsAProjectSupport() {
    String text =
        """
        {"type": "projectSupport", "id": "PS-1", "date": "2024-04-04",
         "organisation": "UNHCR", "project": "Protection of migrant children",
         "determinedBy": ["GT", "HN", "SV"]}
        """;
    ProjectSupport expected =
        ProjectSupport.builder()
            .id("PS-1")
            .date(LocalDate.of(2024, 4, 4))
            .organisation(Party.organisation("UNHCR"))
            .project("Protection of migrant children")
            .addDeterminedBy(GT, Party.state("HN"), Party.state("SV"))
            .build();
    assertThat(JSON.readAct(text)).isEqualTo(expected);
  }

  @Test
  void readsATechnicalCooperation() {
    String text =
        """
        {"type": "technicalCooperation", "id": "TC-1", "date": "2024-07-07",
         "description": "Migration statistics",
         "requestedBy": [{"body": "PRO_TEMPORE_PRESIDENCY"}, {"party": "BZ"}]}
        """;
    TechnicalCooperation expected =
        TechnicalCooperation.builder()
            .id("TC-1")
            .date(LocalDate.of(2024, 7, 7))
            .description("Migration statistics")
            .addRequestedBy(PPT, Actor.of(Party.state("BZ")))
            .build();
    assertThat(JSON.readAct(text)).isEqualTo(expected);
  }

  @Test
  void readsAFacilitySupport() {
    String text =
        """
        {"type": "facilitySupport", "id": "FS-1", "date": "2024-08-08",
         "facility": "RESOURCE_MANAGEMENT"}
        """;
    FacilitySupport expected =
        FacilitySupport.builder()
            .id("FS-1")
            .date(LocalDate.of(2024, 8, 8))
            .facility(FacilityKind.RESOURCE_MANAGEMENT)
            .build();
    assertThat(JSON.readAct(text)).isEqualTo(expected);
  }

  @Test
  void readsACharterWithDefaultsForWhatItLeavesOut() {
    String text =
        """
        {"statuses": [{"party": "MX", "status": "MEMBER", "since": "1996-03-13"},
                      {"party": "IOM", "status": "OBSERVER"}],
         "viceMinisterialWindow": {"fromMonth": 11, "toMonth": 12},
         "immigrationAuthorities": {"MX": ["INTERIOR"]}}
        """;
    Charter charter = JSON.readCharter(text);
    assertThat(charter.statuses()).hasSize(2);
    assertThat(charter.viceMinisterialWindow()).isEqualTo(MonthWindow.of(11, 12));
    assertThat(charter.midTermWindow()).isEqualTo(Charter.rcm().midTermWindow());
    assertThat(charter.preparatoryLeadDays()).isEqualTo(7);
    assertThat(charter.grcmServices(MX)).contains(Service.INTERIOR);
  }
}
