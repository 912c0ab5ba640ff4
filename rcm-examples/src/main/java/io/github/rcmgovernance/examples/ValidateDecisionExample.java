package io.github.rcmgovernance.examples;

import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.act.Subject;
import io.github.rcmgovernance.model.body.Actor;
import io.github.rcmgovernance.model.body.Body;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.meeting.Forum;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingKind;
import io.github.rcmgovernance.model.party.Party;
import io.github.rcmgovernance.rules.Validator;
import io.github.rcmgovernance.rules.Verdict;
import io.github.rcmgovernance.rules.Violation;
import java.time.LocalDate;

/**
 * The quick start: build a decision of the Deputy Ministers, validate it with the built-in charter
 * and rules, and print what is wrong. Argentina, an observer State, is listed among the deciders,
 * so the verdict is invalid under RCM-DEC-1.
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
    Party guatemala = Party.state("GT");
    Party mexico = Party.state("MX");
    Party argentina = Party.state("AR");

    History history =
        History.builder()
            .addMeetings(
                Meeting.builder()
                    .id("VM-2025")
                    .kind(MeetingKind.VICE_MINISTERIAL)
                    .number(30)
                    .start(LocalDate.of(2025, 5, 20))
                    .end(LocalDate.of(2025, 5, 21))
                    .host(guatemala)
                    .organiser(Actor.of(Body.PRO_TEMPORE_PRESIDENCY))
                    .build())
            .addPresidencyTerms(PresidencyTerm.forYear(guatemala, 2025))
            .build();

    Decision decision =
        Decision.builder()
            .id("DEC-2025-1")
            .date(LocalDate.of(2025, 5, 21))
            .decidedBy(Actor.of(Body.VICE_MINISTERIAL_CONFERENCE))
            .forum(Forum.of(MeetingKind.VICE_MINISTERIAL, "VM-2025"))
            .subject(Subject.POLICY)
            .addDeciders(
                Delegation.deputyMinister(guatemala),
                Delegation.deputyMinister(mexico),
                Delegation.deputyMinister(argentina))
            .addSessionAttendees(
                Delegation.deputyMinister(guatemala), Delegation.deputyMinister(mexico))
            .sessionClosed(true)
            .recordedIn("Declaration of the XXX RCM")
            .build();

    return Validator.standard().validate(decision, history);
  }

  /**
   * Prints the verdict and its violations.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Verdict verdict = validate();
    System.out.println(verdict.actId() + ": " + (verdict.isValid() ? "valid" : "invalid"));
    for (Violation v : verdict.violations()) {
      System.out.println(
          "  " + v.ruleId() + " " + v.severity() + " " + v.message() + " [" + v.cite() + "]");
    }
  }
}
