package io.github.rcmgovernance.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.delegation.Level;
import io.github.rcmgovernance.model.delegation.Service;
import io.github.rcmgovernance.model.history.AgendaRecord;
import io.github.rcmgovernance.model.history.PlanActivity;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.rules.Argument;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The typed argument each kind of value read from an act or the history becomes. */
class ValuesTest {
  private static final Party MX = Party.state("MX");
  private static final LocalDate DAY = LocalDate.of(2024, 5, 22);

  private static List<Argument> parts(Object value) {
    return ((Argument.OfList) Values.argument(value).orElseThrow()).elements();
  }

  private static Argument term(Enum<?> e) {
    return new Argument.OfTerm(e.getDeclaringClass().getSimpleName(), e.name());
  }

  private static Argument id(String id) {
    return new Argument.OfId(id);
  }

  @Test
  void aMeetingIsItsNameKindDaysAndItsHostWhenItHasOne() {
    Meeting hosted =
        Meeting.builder()
            .id("VM-29")
            .kind(MeetingKind.VICE_MINISTERIAL)
            .number(29)
            .start(DAY)
            .end(DAY.plusDays(1))
            .host(MX)
            .build();
    assertThat(parts(hosted))
        .hasSize(5)
        .endsWith(
            term(MeetingKind.VICE_MINISTERIAL),
            new Argument.OfDate(DAY),
            new Argument.OfDate(DAY.plusDays(1)),
            new Argument.OfParty(MX));
    assertThat(parts(Meeting.builder().from(hosted).host(Optional.empty()).build()))
        .hasSize(4)
        .doesNotContain(new Argument.OfParty(MX));
  }

  @Test
  void aDelegationIsItsPartyLevelServiceAndTheServiceNameWhenItHasOne() {
    Delegation named =
        Delegation.builder()
            .party(MX)
            .level(Level.OFFICIAL)
            .service(Service.OTHER)
            .serviceName("Census office")
            .build();
    assertThat(parts(named))
        .containsExactly(
            new Argument.OfParty(MX),
            term(Level.OFFICIAL),
            term(Service.OTHER),
            new Argument.OfText("Census office"));
    assertThat(parts(Delegation.of(MX, Level.OFFICIAL, Service.INTERIOR)))
        .containsExactly(new Argument.OfParty(MX), term(Level.OFFICIAL), term(Service.INTERIOR));
  }

  @Test
  void anAgendaRecordIsItsMeetingAndWhereItWasDiscussedAndReviewed() {
    AgendaRecord full =
        AgendaRecord.builder()
            .meetingId("VM-29")
            .discussedAt("GRCM-1")
            .reviewedAt("GRCM-2")
            .build();
    assertThat(parts(full)).containsExactly(id("VM-29"), id("GRCM-1"), id("GRCM-2"));
    assertThat(parts(AgendaRecord.builder().meetingId("VM-29").reviewedAt("GRCM-2").build()))
        .containsExactly(id("VM-29"), id("GRCM-2"));
    assertThat(parts(AgendaRecord.builder().meetingId("VM-29").discussedAt("GRCM-1").build()))
        .containsExactly(id("VM-29"), id("GRCM-1"));
  }

  @Test
  void anActivityIsItsIdAndWhatItIsBasedOn() {
    PlanActivity based =
        PlanActivity.builder().id("PA-1").description("training").basedOn("REC-1").build();
    assertThat(parts(based)).containsExactly(id("PA-1"), id("REC-1"));
    assertThat(parts(PlanActivity.builder().from(based).basedOn(Optional.empty()).build()))
        .containsExactly(id("PA-1"));
  }

  @Test
  void optionalsAndCollectionsAreUnwrapped() {
    assertThat(Values.argument(Optional.empty())).isEmpty();
    assertThat(Values.argument(Optional.of(DAY))).contains(new Argument.OfDate(DAY));
    assertThat(parts(List.of(3, 4L)))
        .containsExactly(new Argument.OfNumber(3), new Argument.OfNumber(4));
    assertThat(Values.argument(new StringBuilder("free"))).contains(new Argument.OfText("free"));
  }

  @Test
  void partiesActorsAndBodiesAreNamedAsThemselves() {
    assertThat(Values.argument(MX)).contains(new Argument.OfParty(MX));
    assertThat(Values.argument(Actor.of(MX))).contains(new Argument.OfParty(MX));
    assertThat(Values.argument(Body.GRCM)).contains(new Argument.OfBody(Body.GRCM));
    assertThat(Values.argument(Actor.of(Body.GRCM))).contains(new Argument.OfBody(Body.GRCM));
    assertThat(Values.argument(DAY)).contains(new Argument.OfDate(DAY));
    assertThat(Values.argument(Level.OFFICIAL)).contains(term(Level.OFFICIAL));
  }
}
