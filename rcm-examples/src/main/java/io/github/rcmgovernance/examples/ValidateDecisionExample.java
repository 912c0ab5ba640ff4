package io.github.rcmgovernance.examples;

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

/**
 * The quick start of the README: build a decision of the Deputy Ministers, validate it with the
 * built-in charter and rules, and print what is wrong. Argentina, an observer State, is listed
 * among the deciders, so the verdict is invalid under RCM-DEC-1.
 *
 * @since 0.1.0
 */
public final class ValidateDecisionExample {
  private ValidateDecisionExample() {}

  /**
   * Validates the example decision.
   *
   * @return the verdict: invalid, with one RCM-DEC-1 error naming Argentina
   */
  public static Verdict validate() {
    return Validator.standard().validate(decision(), History.empty());
  }

  /**
   * The example decision: taken by Mexico and Argentina, which observes.
   *
   * @return the decision
   */
  public static Decision decision() {
    return Decision.builder()
        .id("DEC-2024-7")
        .date(LocalDate.of(2024, 5, 22))
        .decidedBy(Actor.of(Body.VICE_MINISTERIAL_CONFERENCE))
        .forum(Forum.of(MeetingKind.VICE_MINISTERIAL))
        .subject(Subject.POLICY)
        .addDeciders(Delegation.deputyMinister(Party.state("MX")))
        .addDeciders(Delegation.deputyMinister(Party.state("AR"))) // Argentina observes
        .sessionClosed(true)
        .recordedIn("Declaration of XXIX RCM")
        .build();
  }

  /**
   * Prints the violations, one a line.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Verdict verdict = validate();
    verdict.violations().forEach(System.out::println);
  }
}
