package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.Subject;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void observerAmongDecidersIsInvalid() {
    Decision d =
        Decision.builder()
            .id("D-1")
            .date(LocalDate.of(2024, 5, 10))
            .decidedBy(Actor.of(Body.VICE_MINISTERIAL_CONFERENCE))
            .forum(Forum.of(MeetingKind.VICE_MINISTERIAL, "VM-2024"))
            .subject(Subject.POLICY)
            .addDeciders(Delegation.deputyMinister(Party.state("MX")))
            .addDeciders(Delegation.deputyMinister(Party.state("AR")))
            .addSessionAttendees(Delegation.deputyMinister(Party.state("MX")))
            .sessionClosed(true)
            .recordedIn("Declaration 2024")
            .build();
    Verdict v = Validator.standard().validate(d, History.empty());
    
    
    assertThat(v.isValid()).isFalse();
    assertThat(v.firedRules()).containsExactly("RCM-DEC-1");
  }
}
