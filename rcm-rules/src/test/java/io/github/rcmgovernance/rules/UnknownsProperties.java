package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.MeetingProposal;
import io.github.rcmgovernance.model.act.PresidencyTermProposal;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.gen.Scenario;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.history.PresidencyTerm;
import io.github.rcmgovernance.model.meeting.Meeting;
import io.github.rcmgovernance.model.meeting.MeetingFact;
import io.github.rcmgovernance.model.time.PartialDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What a record known only in part may and may not do to a verdict: forgetting facts (a meeting's
 * days, down to its month, its year or nothing; a host; a term's days, down to its year) never
 * turns an error into a silent pass, and never makes one up.
 */
class UnknownsProperties {
  private static final int EXAMPLES = Integer.getInteger("rcm.unknowns.examples", 1_500);
  private final Map<Charter, Validator> validators = new HashMap<>();

  private Validator validator(Charter charter) {
    return validators.computeIfAbsent(charter, c -> Validator.builder().charter(c).build());
  }

  @Test
  void forgettingFactsNeverTurnsAnErrorIntoAPassWithoutListingTheRule() {
    AtomicInteger blurred = new AtomicInteger();
    AtomicInteger keptByUndetermined = new AtomicInteger();
    AtomicInteger keptAsError = new AtomicInteger();
    qt().withExamples(EXAMPLES)
        .withShrinkCycles(100)
        .forAll(DifferentialTest.inputs(), longs().all())
        .checkAssert(
            (in, seed) -> {
              Scenario s = in.scenario();
              Random random = new Random(seed);
              History history = blur(s.history(), random);
              Act act = blur(s.act(), random);
              if (history.equals(s.history()) && act.equals(s.act())) {
                return;
              }
              blurred.incrementAndGet();
              Validator validator = validator(in.charter());
              Verdict complete = validator.validate(s.act(), s.history(), s.asOf());
              Verdict partial = validator.validate(act, history, s.asOf());

              Set<String> completeErrors = ruleIds(complete.errors());
              Set<String> partialErrors = ruleIds(partial.errors());
              for (String rule : completeErrors) {
                boolean stillError = partialErrors.contains(rule);
                boolean listed = partial.undeterminedRules().contains(rule);
                assertThat(stillError || listed)
                    .as(
                        "%s: error %s neither reported nor listed as undetermined; %s",
                        in, rule, partial)
                    .isTrue();
                (stillError ? keptAsError : keptByUndetermined).incrementAndGet();
              }
              // Forgetting a fact never makes up an error the complete record does not have.
              assertThat(completeErrors).as("%s; %s", in, partial).containsAll(partialErrors);
              // An error rule left undetermined never leaves the verdict valid.
              if (partial.undetermined().stream().anyMatch(u -> u.severity() == Severity.ERROR)) {
                assertThat(partial.isValid()).isFalse();
                assertThat(partial.outcome()).isNotEqualTo(Verdict.Outcome.VALID);
              }
              // Forgetting nothing the rules read changes nothing: a complete partial verdict.
              if (partial.undetermined().isEmpty()) {
                assertThat(partialErrors).isEqualTo(completeErrors);
              }
            });
    // The property is not vacuous: both ways of keeping an error occur.
    assertThat(blurred.get()).isGreaterThan(EXAMPLES / 2);
    assertThat(keptAsError.get()).isPositive();
    assertThat(keptByUndetermined.get()).isPositive();
  }

  private static Set<String> ruleIds(List<Violation> violations) {
    return violations.stream()
        .map(Violation::ruleId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The history with some meetings and terms known only in part. */
  static History blur(History h, Random random) {
    List<Meeting> meetings =
        h.meetings().stream().map(m -> random.nextInt(3) == 0 ? blur(m, random) : m).toList();
    List<PresidencyTerm> terms =
        h.presidencyTerms().stream()
            .map(
                t ->
                    random.nextInt(3) == 0 && t.start().getYear() == t.end().getYear()
                        ? PresidencyTerm.heldIn(t.holder(), t.start().getYear())
                        : t)
            .toList();
    return History.builder().from(h).meetings(meetings).presidencyTerms(terms).build();
  }

  /** The act with its meeting or term known only in part, dated as before. */
  static Act blur(Act act, Random random) {
    if (random.nextBoolean()) {
      return act;
    }
    if (act instanceof MeetingProposal p) {
      return p.withDate(p.date()).withMeeting(blur(p.meeting(), random));
    }
    if (act instanceof PresidencyTermProposal p && p.term().isDated()) {
      PresidencyTerm t = p.term();
      if (t.start().getYear() == t.end().getYear()) {
        return p.withDate(p.date())
            .withTerm(PresidencyTerm.heldIn(t.holder(), t.start().getYear()));
      }
    }
    return act;
  }

  /** A meeting with its days, or its host, known only in part. */
  static Meeting blur(Meeting m, Random random) {
    if (!m.isDated()) {
      return m;
    }
    Meeting.Builder b = Meeting.builder().from(m);
    int how = random.nextInt(5);
    LocalDate start = m.start();
    LocalDate end = m.end();
    switch (how) {
      case 0 -> {
        if (YearMonth.from(start).equals(YearMonth.from(end))) {
          b.startAsKnown(PartialDate.inMonth(YearMonth.from(start)))
              .endAsKnown(PartialDate.inMonth(YearMonth.from(end)));
        }
      }
      case 1 -> {
        if (start.getYear() == end.getYear()) {
          b.startAsKnown(PartialDate.inYear(start.getYear()))
              .endAsKnown(PartialDate.inYear(end.getYear()));
        }
      }
      case 2 -> b.startAsKnown(PartialDate.unknown());
      case 3 -> b.startAsKnown(PartialDate.unknown()).endAsKnown(PartialDate.unknown());
      default -> {
        if (m.host().isPresent()) {
          b.host(java.util.Optional.empty()).addUnknown(MeetingFact.HOST);
        }
      }
    }
    return b.build();
  }
}
