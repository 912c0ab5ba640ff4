package io.github.rcmgovernance.model.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.json.ModelInputException;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.model.text.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTest {
  private static Act meeting(String id, int month) {
    return MeetingProposal.of(
        Meeting.builder()
            .id(id)
            .kind(MeetingKind.GRCM_MID_TERM)
            .start(LocalDate.of(2025, month, 12))
            .end(LocalDate.of(2025, month, 13))
            .host(Party.state("GT"))
            .build());
  }

  @Test
  void keepsTheActsInTheOrderGiven() {
    Act late = meeting("MT-LATE", 11);
    Act early = meeting("MT-EARLY", 3);
    assertThat(Plan.of(late, early).acts()).containsExactly(late, early);
    assertThat(Plan.of(List.of(early, late)).acts()).containsExactly(early, late);
  }

  @Test
  void refusesAPlanWithoutActs() {
    assertThatThrownBy(() -> Plan.of())
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.key()).isEqualTo("check.planEmpty"));
  }

  @Test
  void refusesTwoActsWithOneId() {
    assertThatThrownBy(() -> Plan.of(meeting("MT-1", 3), meeting("MT-2", 5), meeting("MT-1", 11)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.key()).isEqualTo("check.planTwice");
              assertThat(e.arguments()).containsExactly("MT-1");
              assertThat(e.getMessage()).contains("MT-1");
            });
  }

  @Test
  void refusesANullActNamingTheField() {
    assertThatThrownBy(() -> Plan.of(meeting("MT-1", 3), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("acts");
  }

  @Test
  void readsAndWritesItsJsonForm() {
    Plan plan = Plan.of(meeting("MT-1", 3), meeting("MT-2", 11));
    RcmJson json = RcmJson.standard();
    String text = json.write(plan);
    assertThat(text).contains("\"acts\"").contains("\"meetingProposal\"");
    assertThat(json.read(text, Plan.class)).isEqualTo(plan);
  }

  @Test
  void readsStrictly() {
    RcmJson json = RcmJson.standard();
    assertThatThrownBy(() -> json.read("{\"acts\":[],\"extra\":1}", Plan.class))
        .isInstanceOf(ModelInputException.class)
        .hasMessageContaining("extra");
    assertThatThrownBy(() -> json.read("{\"acts\":[]}", Plan.class))
        .isInstanceOf(ModelInputException.class)
        .hasMessageContaining("at least one act");
  }
}
