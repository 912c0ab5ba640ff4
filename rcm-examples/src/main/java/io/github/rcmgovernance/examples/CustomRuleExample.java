package io.github.rcmgovernance.examples;

import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.rules.Severity;
import io.github.rcmgovernance.rules.Validator;
import io.github.rcmgovernance.rules.Verdict;
import io.github.rcmgovernance.rules.Violation;
import java.time.LocalDate;

/**
 * Adds a house rule to the built-in catalogue. The embedding system wants every Vice-Ministerial
 * meeting announced at least 90 days ahead. The rule is written in DRL with the same facts the
 * catalogue sees (the {@code Situation} and the act), declared as a warning, and raised to an error
 * by a severity override when the validator is built.
 *
 * @since 0.1.0
 */
public final class CustomRuleExample {
  /** The id of the house rule. */
  public static final String RULE_ID = "HOUSE-NOTICE-1";

  /** The house rule, in DRL. */
  static final String HOUSE_RULES =
      """
      package com.example.house;

      import io.github.rcmgovernance.model.act.MeetingProposal;
      import io.github.rcmgovernance.model.meeting.MeetingKind;
      import io.github.rcmgovernance.rules.Findings;
      import io.github.rcmgovernance.rules.Target;
      import java.time.temporal.ChronoUnit;

      global Findings findings;

      // House rule: a Vice-Ministerial meeting is proposed at least 90 days before it starts.
      rule "HOUSE-NOTICE-1"
        @ruleId("HOUSE-NOTICE-1") @severity("WARNING") @cite("house rules 2.1")
        @appliesTo("MeetingProposal")
        @description("A Vice-Ministerial meeting is proposed at least 90 days before it starts.")
      when
        $p : MeetingProposal( meeting.kind == MeetingKind.VICE_MINISTERIAL,
                              ChronoUnit.DAYS.between(date, meeting.start) < 90 )
      then
        findings.report("HOUSE-NOTICE-1", Target.meeting($p.meeting().id()), $p.meeting().displayName()
            + " is proposed on " + $p.date() + ", only "
            + ChronoUnit.DAYS.between($p.date(), $p.meeting().start())
            + " days before it starts; the house rules ask for 90");
      end
      """;

  private CustomRuleExample() {}

  /**
   * The built-in rules plus the house rule, raised from warning to error.
   *
   * @return the validator
   */
  public static Validator houseValidator() {
    return Validator.builder()
        .addRules("house-rules.drl", HOUSE_RULES)
        .severity(RULE_ID, Severity.ERROR)
        .build();
  }

  /**
   * Judges the proposal of the XXX RCM (20 and 21 May 2025) made on a given day.
   *
   * @param validator the validator, such as {@link #houseValidator()}
   * @param proposedOn the day of the proposal
   * @return the verdict: invalid under the house rule when proposed less than 90 days ahead
   */
  public static Verdict judge(Validator validator, LocalDate proposedOn) {
    LocalDate start = LocalDate.of(2025, 5, 20);
    MeetingProposal proposal =
        MeetingProposal.of(Year2025.viceMinisterialMeeting(start)).withDate(proposedOn);
    return validator.validate(proposal, Year2025.history(start));
  }

  /**
   * Prints the verdicts on an early and a late proposal.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Validator validator = houseValidator();
    for (LocalDate day : new LocalDate[] {LocalDate.of(2025, 1, 15), LocalDate.of(2025, 4, 1)}) {
      Verdict verdict = judge(validator, day);
      System.out.println("proposed on " + day + ": " + (verdict.isValid() ? "valid" : "invalid"));
      for (Violation v : verdict.violations()) {
        System.out.println("  " + v);
      }
    }
  }
}
