package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.act.Decision;
import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.delegation.Delegation;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.model.party.Party;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** One validator shared by many threads gives exactly the verdicts one thread gives. */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int VALIDATIONS_PER_THREAD = 3_000;

  record Input(Act act, History history) {}

  @Test
  void eightThreadsAgreeWithOneThread() throws Exception {
    Validator validator = Validator.standard();
    List<Input> inputs = new ArrayList<>();
    for (RuleCases.Case c : RuleCases.all()) {
      if (c.charter().equals(validator.charter())) {
        inputs.add(new Input(c.violating(), c.history()));
        inputs.add(new Input(c.passing(), c.passingHistory()));
      }
    }
    List<Verdict> expected = new ArrayList<>();
    for (Input in : inputs) {
      expected.add(validator.validate(in.act(), in.history()));
    }

    int failed =
        failures(
            THREADS,
            VALIDATIONS_PER_THREAD,
            7,
            i -> {
              int k = i % inputs.size();
              Input in = inputs.get(k);
              return validator.validate(in.act(), in.history()).equals(expected.get(k));
            });
    assertThat(failed).isZero();
    assertThat(expected).anyMatch(v -> !v.isValid()).anyMatch(Verdict::isValid);
  }

  /**
   * Validators share the catalogue's pool of sessions; validators with different charters, judging
   * at once on several threads, must each still judge under their own charter.
   */
  @Test
  void validatorsWithDifferentChartersJudgeTogetherAsTheyDoAlone() throws Exception {
    Map<Charter, Validator> validators = new LinkedHashMap<>();
    List<RuleCases.Case> cases = RuleCases.all();
    List<Verdict> expected = new ArrayList<>();
    for (RuleCases.Case c : cases) {
      Validator validator =
          validators.computeIfAbsent(
              c.charter(), charter -> Validator.builder().charter(charter).build());
      expected.add(validator.validate(c.violating(), c.history()));
    }
    assertThat(validators).hasSizeGreaterThan(1);

    int failed =
        failures(
            4,
            2_000,
            5,
            i -> {
              int k = i % cases.size();
              RuleCases.Case c = cases.get(k);
              Verdict verdict = validators.get(c.charter()).validate(c.violating(), c.history());
              return verdict.equals(expected.get(k));
            });
    assertThat(failed).isZero();
  }

  /**
   * Validations stopped by a time limit halt their sessions late, from another thread, while the
   * sessions may already judge for another validator: the validations without a limit, judging at
   * the same time on the same shared sessions, must still give their full verdicts.
   */
  @Test
  void validationsCutShortByATimeLimitLeaveTheOthersWhole() throws Exception {
    Validator standard = Validator.standard();
    Validator hurried = Validator.builder().timeLimit(Duration.ofNanos(1)).build();
    List<RuleCases.Case> cases =
        RuleCases.all().stream().filter(c -> c.charter().equals(standard.charter())).toList();
    List<Verdict> expected = new ArrayList<>();
    for (RuleCases.Case c : cases) {
      expected.add(standard.validate(c.violating(), c.history()));
    }
    // A decision of 20,000 deciders takes milliseconds to judge: it is always stopped, halting a
    // session of the decisions' pool that the other validations of decisions then take.
    Decision crowded =
        Fixtures.decision()
            .withDeciders(
                Collections.nCopies(20_000, Delegation.deputyMinister(Party.state("MX"))));
    AtomicInteger stopped = new AtomicInteger();

    int failed =
        failures(
            4,
            400,
            3,
            i -> {
              RuleCases.Case c = cases.get(i % cases.size());
              if (i % 2 == 0) {
                try {
                  hurried.validate(crowded, c.history());
                } catch (ValidationTimeoutException e) {
                  stopped.incrementAndGet();
                }
                return true;
              }
              return standard
                  .validate(c.violating(), c.history())
                  .equals(expected.get(i % cases.size()));
            });
    assertThat(failed).isZero();
    assertThat(stopped.get()).isGreaterThan(100);
    assertThat(expected).anyMatch(v -> !v.isValid());
  }

  /**
   * Runs {@code perThread} checks on each of {@code threads} threads at once, thread {@code t}
   * starting at {@code t * stride}, and returns how many failed.
   */
  private static int failures(int threads, int perThread, int stride, IntPredicate check)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t * stride;
        results.add(
            pool.submit(
                () -> {
                  int failed = 0;
                  for (int i = 0; i < perThread; i++) {
                    if (!check.test(i + offset)) {
                      failed++;
                    }
                  }
                  return failed;
                }));
      }
      int total = 0;
      for (Future<Integer> f : results) {
        total += f.get(5, TimeUnit.MINUTES);
      }
      return total;
    } finally {
      pool.shutdownNow();
    }
  }
}
