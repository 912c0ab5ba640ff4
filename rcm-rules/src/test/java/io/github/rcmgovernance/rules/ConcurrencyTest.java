package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.history.History;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t * 7;
        results.add(
            pool.submit(
                () -> {
                  int mismatches = 0;
                  for (int i = 0; i < VALIDATIONS_PER_THREAD; i++) {
                    int k = (i + offset) % inputs.size();
                    Input in = inputs.get(k);
                    if (!validator.validate(in.act(), in.history()).equals(expected.get(k))) {
                      mismatches++;
                    }
                  }
                  return mismatches;
                }));
      }
      int total = 0;
      for (Future<Integer> f : results) {
        total += f.get(5, TimeUnit.MINUTES);
      }
      assertThat(total).isZero();
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected).anyMatch(v -> !v.isValid()).anyMatch(Verdict::isValid);
  }
}
