package com.example.consumer;

import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.Subject;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.rules.Validator;
import io.github.rcmgovernance.rules.Verdict;
import java.time.LocalDate;

/** The README quick start, as a consumer writes it. */
public final class Main {
  private Main() {}

  /** Validates a decision in which Argentina, an observer, takes part. */
  public static Verdict quickStart() {
    Decision decision =
        Decision.builder()
            .id("DEC-2024-7")
            .date(LocalDate.of(2024, 5, 22))
            .decidedBy(Actor.of(Body.VICE_MINISTERIAL_CONFERENCE))
            .forum(Forum.of(MeetingKind.VICE_MINISTERIAL))
            .subject(Subject.POLICY)
            .addDeciders(Delegation.deputyMinister(Party.state("MX")))
            .addDeciders(Delegation.deputyMinister(Party.state("AR")))
            .sessionClosed(true)
            .recordedIn("Declaration of XXIX RCM")
            .build();
    return Validator.standard().validate(decision, History.empty());
  }

  public static void main(String[] args) {
    Verdict verdict = quickStart();
    System.out.println(verdict.isValid() ? "VALID" : "INVALID");
    verdict.violations().forEach(v -> System.out.println(v.ruleId() + " " + v.message()));
  }
}
