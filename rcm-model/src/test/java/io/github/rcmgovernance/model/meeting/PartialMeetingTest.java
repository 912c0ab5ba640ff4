package io.github.rcmgovernance.model.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.PresidencyTermProposal;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.json.ModelInputException;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.model.party.PartyStatus;
import io.github.rcmgovernance.model.party.Status;
import io.github.rcmgovernance.model.text.InvalidValueException;
import io.github.rcmgovernance.model.time.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Meetings, terms and statuses of a record known only in part. */
class PartialMeetingTest {
  private static final RcmJson JSON = RcmJson.standard();
  private static final Party MX = Party.state("MX");

  private static Meeting.Builder vm() {
    return Meeting.builder().id("VM-XX").kind(MeetingKind.VICE_MINISTERIAL).number(20);
  }

  @Test
  void aMeetingKnownOnlyByItsEndReadsAndRefusesToGuessItsStart() {
    Meeting m =
        JSON.read(
            """
            {"id": "VM-XX", "kind": "VICE_MINISTERIAL", "number": 20,
             "start": "unknown", "end": "2015-11-11", "host": "MX"}
            """,
            Meeting.class);
    assertThat(m.isDated()).isFalse();
    assertThat(m.end()).isEqualTo(LocalDate.of(2015, 11, 11));
    assertThatThrownBy(m::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("VM-XX")
        .hasMessageContaining("unknown");
    assertThat(JSON.read(JSON.write(m), Meeting.class)).isEqualTo(m);
    assertThat(JSON.toTree(m).get("start").asText()).isEqualTo("unknown");
  }

  @Test
  void aDatedMeetingIsWrittenAsBefore() {
    Meeting m = vm().start(LocalDate.of(2019, 11, 13)).end(LocalDate.of(2019, 11, 14)).build();
    assertThat(JSON.toTree(m).get("start").asText()).isEqualTo("2019-11-13");
    assertThat(JSON.toTree(m).has("unknown")).isFalse();
    assertThat(m.isDated()).isTrue();
  }

  @Test
  void anEndCertainlyBeforeTheStartIsRefused() {
    assertThatThrownBy(
            () ->
                vm().startAsKnown(PartialDate.parse("2016-11"))
                    .endAsKnown(PartialDate.parse("2016-10"))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Meeting VM-XX");
    // A month and a day of it may agree.
    assertThat(
            vm().startAsKnown(PartialDate.parse("2016-11"))
                .endAsKnown(PartialDate.parse("2016-11-18"))
                .build()
                .isDated())
        .isFalse();
  }

  @Test
  void aFactGivenAndDeclaredUnknownIsRefused() {
    assertThatThrownBy(
            () ->
                vm().startAsKnown(PartialDate.inYear(2013))
                    .endAsKnown(PartialDate.inYear(2013))
                    .host(MX)
                    .addUnknown(MeetingFact.HOST)
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("meeting VM-XX gives its host and also lists it as unknown");
  }

  @Test
  void unknownIsWrittenNeverLeftOut() {
    ModelInputException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ModelInputException.class,
            () ->
                JSON.read(
                    """
                    {"id": "VM-XX", "kind": "VICE_MINISTERIAL", "number": 20, "end": "2015"}
                    """,
                    Meeting.class));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("start");
    ModelInputException bad =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ModelInputException.class,
            () ->
                JSON.read(
                    """
                    {"id": "VM-XX", "kind": "VICE_MINISTERIAL", "number": 20,
                     "start": "sometime", "end": "2015"}
                    """,
                    Meeting.class));
    assertThat(bad).isNotNull();
    assertThat(bad.path()).isEqualTo("$.start");
    assertThat(bad.getMessage()).contains("'sometime'");
  }

  @Test
  void aProposalOfAMeetingWithAnUnknownStartNeedsItsOwnDate() {
    Meeting m = vm().startAsKnown(PartialDate.unknown()).endAsKnown(PartialDate.unknown()).build();
    assertThatThrownBy(() -> MeetingProposal.of(m))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("date is required");
    Act dated = MeetingProposal.builder().id("P").date(LocalDate.of(2009, 1, 1)).meeting(m).build();
    assertThat(dated.date()).isEqualTo(LocalDate.of(2009, 1, 1));
    Meeting month =
        vm().startAsKnown(PartialDate.parse("2017-11"))
            .endAsKnown(PartialDate.parse("2017-11"))
            .build();
    assertThat(MeetingProposal.of(month).date()).isEqualTo(LocalDate.of(2017, 11, 1));
  }

  @Test
  void aTermKnownByItsYearIsNotDatedAndIsKeptApartFromDatedTerms() {
    PresidencyTerm t = PresidencyTerm.heldIn(MX, 2015);
    assertThat(t.isDated()).isFalse();
    assertThat(t.toString()).isEqualTo("PPT MX held in 2015");
    assertThatThrownBy(t::start).isInstanceOf(IllegalStateException.class);
    assertThat(PresidencyTermProposal.of("P", t).date()).isEqualTo(LocalDate.of(2015, 1, 1));
    assertThat(JSON.read(JSON.write(t), PresidencyTerm.class)).isEqualTo(t);

    // Beside a dated term of another holder for part of the year: not refused, it may not overlap.
    History h =
        History.builder()
            .addPresidencyTerms(
                t,
                PresidencyTerm.of(
                    Party.state("GT"), LocalDate.of(2015, 3, 1), LocalDate.of(2015, 12, 31)))
            .build();
    assertThat(h.undatedTerms()).containsExactly(t);
    assertThat(h.isComplete()).isFalse();
    assertThat(h.presidencyHolder(LocalDate.of(2015, 6, 1))).contains(Party.state("GT"));
    // Beside another State's term for the whole year: refused, they certainly overlap.
    assertThatThrownBy(
            () ->
                History.builder()
                    .addPresidencyTerms(t, PresidencyTerm.forYear(Party.state("GT"), 2015))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("overlap");

    assertThatThrownBy(
            () ->
                JSON.read(
                    "{\"holder\": \"MX\", \"start\": \"unknown\", \"end\": \"unknown\"}",
                    PresidencyTerm.class))
        .isInstanceOf(ModelInputException.class)
        .hasMessageContaining("heldIn");
  }

  @Test
  void aStatusThatBeganWithinARangeIsUncertainWithinIt() {
    PartyStatus s =
        PartyStatus.builder()
            .party(Party.state("DO"))
            .status(Status.MEMBER)
            .since(LocalDate.of(1999, 1, 30))
            .sinceBy(LocalDate.of(2000, 3, 23))
            .build();
    assertThat(s.validOn(LocalDate.of(1999, 1, 29))).isFalse();
    assertThat(s.uncertainOn(LocalDate.of(1999, 1, 29))).isFalse();
    assertThat(s.validOn(LocalDate.of(1999, 6, 1))).isFalse();
    assertThat(s.uncertainOn(LocalDate.of(1999, 6, 1))).isTrue();
    assertThat(s.validOn(LocalDate.of(2000, 3, 23))).isTrue();
    assertThat(s.uncertainOn(LocalDate.of(2000, 3, 23))).isFalse();
    assertThatThrownBy(
            () ->
                PartyStatus.builder()
                    .party(Party.state("DO"))
                    .status(Status.MEMBER)
                    .since(LocalDate.of(2000, 1, 1))
                    .sinceBy(LocalDate.of(1999, 1, 1))
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("sinceBy");
  }

  /** The example of docs/json.md, "A record known only in part". */
  private static final String DOC_EXAMPLE =
      """
      {
        "meetings" : [ {
          "id" : "VM-XXII",
          "kind" : "VICE_MINISTERIAL",
          "number" : 22,
          "start" : "2017-11",
          "end" : "2017-11",
          "host" : "SV",
          "unknown" : [ "ORGANISER", "ATTENDEES" ]
        }, {
          "id" : "VM-XX",
          "kind" : "VICE_MINISTERIAL",
          "number" : 20,
          "start" : "unknown",
          "end" : "2015-11-11",
          "unknown" : [ "HOST", "ORGANISER", "ATTENDEES" ]
        } ],
        "presidencyTerms" : [ {
          "holder" : "SV",
          "start" : "unknown",
          "end" : "unknown",
          "heldIn" : 2017
        } ]
      }
      """;

  @Test
  void theDocumentedRecordKnownInPartReadsAndWritesBackAsWritten() throws Exception {
    History h = JSON.read(DOC_EXAMPLE, History.class);
    assertThat(h.undatedMeetings()).extracting(Meeting::id).containsExactly("VM-XXII", "VM-XX");
    assertThat(h.undatedTerms()).containsExactly(PresidencyTerm.heldIn(Party.state("SV"), 2017));
    assertThat(h.meeting("VM-XX").orElseThrow().unknown())
        .containsExactly(MeetingFact.HOST, MeetingFact.ORGANISER, MeetingFact.ATTENDEES);
    com.fasterxml.jackson.databind.JsonNode written = JSON.toTree(h);
    com.fasterxml.jackson.databind.JsonNode meeting = written.get("meetings").get(0);
    assertThat(meeting.get("start").asText()).isEqualTo("2017-11");
    assertThat(meeting.get("unknown").toString()).isEqualTo("[\"ORGANISER\",\"ATTENDEES\"]");
    assertThat(written.get("presidencyTerms").get(0).get("heldIn").asInt()).isEqualTo(2017);
  }
}
