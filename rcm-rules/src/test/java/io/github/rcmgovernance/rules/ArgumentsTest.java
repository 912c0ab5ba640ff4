package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.party.Party;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON form of message arguments and the written form of targets. */
class ArgumentsTest {
  @Test
  void everyKindOfArgumentHasItsJsonForm() {
    assertThat(new Argument.OfParty(Party.state("MX")).json()).isEqualTo(Map.of("party", "MX"));
    assertThat(new Argument.OfBody(Body.GRCM).json()).isEqualTo(Map.of("body", "GRCM"));
    assertThat(new Argument.OfMeeting("VM-29", "XXIX").json())
        .isEqualTo(Map.of("meeting", "VM-29", "name", "XXIX"));
    assertThat(new Argument.OfId("REC-1").json()).isEqualTo(Map.of("id", "REC-1"));
    assertThat(new Argument.OfDate(LocalDate.of(2024, 5, 7)).json())
        .isEqualTo(Map.of("date", "2024-05-07"));
    assertThat(new Argument.OfNumber(29).json()).isEqualTo(Map.of("number", 29L));
    assertThat(new Argument.OfText("free").json()).isEqualTo(Map.of("text", "free"));
    assertThat(new Argument.OfTerm("Status", "MEMBER").json())
        .isEqualTo(Map.of("term", "Status.MEMBER"));
    assertThat(new Argument.OfWindow(4, 6).json()).isEqualTo(Map.of("window", List.of(4, 6)));
    assertThat(new Argument.OfAct("decision", "DEC-1").json())
        .isEqualTo(Map.of("act", "decision", "name", "DEC-1"));
    Argument mx = new Argument.OfParty(Party.state("MX"));
    assertThat(new Argument.OfList(ImmutableList.of(mx)).json())
        .isEqualTo(Map.of("list", List.of(mx)));
  }

  @Test
  void aTargetIsWrittenAsItsKindAndValue() {
    assertThat(Target.party(Party.state("MX"))).hasToString("party:MX");
    assertThat(Target.body(Body.GRCM)).hasToString("body:GRCM");
    assertThat(Target.meeting("VM-29")).hasToString("meeting:VM-29");
    assertThat(Target.document("DOC-1")).hasToString("document:DOC-1");
    assertThat(Target.missing("Decision.deciders")).hasToString("missing:Decision.deciders");
  }
}
