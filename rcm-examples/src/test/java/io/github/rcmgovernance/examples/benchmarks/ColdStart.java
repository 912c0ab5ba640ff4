package io.github.rcmgovernance.examples.benchmarks;

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
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The cost of a cold start, measured in a fresh JVM: what a program pays from the start of {@code
 * main} to its first verdict. Run it once per JVM; {@code .ci/cold-start} launches ten and prints
 * the medians. It needs only rcm-rules (and rcm-model) on the class path.
 *
 * <p>Prints one line of {@code key=value} pairs:
 *
 * <ul>
 *   <li>{@code build_ms}: {@code Validator.standard()}, which loads the rule catalogue;
 *   <li>{@code first_validation_ms}: building one decision and judging it;
 *   <li>{@code total_ms}: from the first line of {@code main} to the verdict;
 *   <li>{@code uptime_ms}: the JVM's uptime at the verdict, so JVM start-up and class loading
 *       before {@code main} included;
 *   <li>{@code violations}: the number of violations found, a check that work was done.
 * </ul>
 */
public final class ColdStart {
  private ColdStart() {}

  /**
   * Measures one cold start.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    long start = System.nanoTime();
    Validator validator = Validator.standard();
    long built = System.nanoTime();
    Verdict verdict = validator.validate(decision(), History.empty());
    long judged = System.nanoTime();
    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
    System.out.println(
        String.format(
            Locale.ROOT,
            "build_ms=%.1f first_validation_ms=%.1f total_ms=%.1f uptime_ms=%d violations=%d",
            millis(built - start),
            millis(judged - built),
            millis(judged - start),
            uptime,
            verdict.violations().size()));
  }

  /** A decision of the Deputy Ministers with an observer among the deciders (RCM-DEC-1). */
  static Decision decision() {
    return Decision.builder()
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
  }

  static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }
}
