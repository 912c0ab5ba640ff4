package io.github.rcmgovernance.examples;

import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.charter.MonthWindow;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.rules.Validator;
import io.github.rcmgovernance.rules.Verdict;
import io.github.rcmgovernance.rules.Violation;
import java.time.LocalDate;

/**
 * Judges one meeting under two charters. The source text places Vice-Ministerial meetings in the
 * second quarter; in recent practice they take place in November or December. A charter derived
 * from the built-in one with a later window accepts a November meeting that the built-in charter
 * rejects (RCM-MTG-4). No rule is written or changed: the charter is a parameter.
 *
 * @since 0.1.0
 */
public final class DerivedCharterExample {
  private DerivedCharterExample() {}

  /**
   * The verdicts on the same meeting under both charters.
   *
   * @param builtIn under {@link Charter#rcm()}
   * @param derived under {@link #todayCharter()}
   */
  public record Outcome(Verdict builtIn, Verdict derived) {}

  /**
   * The built-in charter with today's calendar: Vice-Ministerial meetings in November or December,
   * the GRCM mid-term meeting in the last quarter. The same charter is shipped as the partial
   * charter {@code charters/today.json}.
   *
   * @return the derived charter
   */
  public static Charter todayCharter() {
    return Charter.builder()
        .from(Charter.rcm())
        .viceMinisterialWindow(MonthWindow.of(11, 12))
        .midTermWindow(MonthWindow.of(10, 12))
        .build();
  }

  /**
   * Judges the XXX RCM, proposed for 18 and 19 November 2025, under both charters.
   *
   * @return the two verdicts: invalid (RCM-MTG-4) under the built-in charter, valid under today's
   */
  public static Outcome judge() {
    LocalDate start = LocalDate.of(2025, 11, 18);
    MeetingProposal proposal = MeetingProposal.of(Year2025.viceMinisterialMeeting(start));
    History history = Year2025.history(start);
    Verdict builtIn = Validator.standard().validate(proposal, history);
    Verdict derived =
        Validator.builder().charter(todayCharter()).build().validate(proposal, history);
    return new Outcome(builtIn, derived);
  }

  /**
   * Prints both verdicts.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Outcome outcome = judge();
    print("built-in charter", outcome.builtIn());
    print("today's charter", outcome.derived());
  }

  private static void print(String label, Verdict verdict) {
    System.out.println(label + ": " + (verdict.isValid() ? "valid" : "invalid"));
    for (Violation v : verdict.violations()) {
      System.out.println("  " + v);
    }
  }
}
