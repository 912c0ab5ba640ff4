package io.github.rcmgovernance.examples.benchmarks;

import io.github.rcmgovernance.model.act.Act;
import io.github.rcmgovernance.model.gen.Scenario;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.rules.Validator;
import io.github.rcmgovernance.rules.Verdict;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Acts judged per second, one thread: the 1,000 acts of the realistic mix against its history, one
 * {@code validate} call per act ({@code single}) or one {@code validateAll} call for all of them
 * ({@code batch}). Both count one operation per act, so their scores compare directly.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class BatchBenchmark {
  static final int ACTS = Inputs.MIX_SIZE;

  /** The acts of the mix and the history they were drawn against. */
  @State(Scope.Benchmark)
  public static class Acts {
    Validator validator;
    History history;
    List<Act> acts;

    @Setup
    public void setUp() {
      validator = Validator.standard();
      history = Inputs.realisticHistory();
      acts = Inputs.mix().stream().map(Scenario::act).toList();
      if (acts.size() != ACTS) {
        throw new IllegalStateException("the mix has " + acts.size() + " acts, not " + ACTS);
      }
      // Both paths must give the same verdicts before either is timed.
      List<Verdict> batch = validator.validateAll(acts, history);
      for (int i = 0; i < ACTS; i++) {
        if (!batch.get(i).equals(validator.validate(acts.get(i), history))) {
          throw new IllegalStateException("batch and single verdicts differ on " + acts.get(i));
        }
      }
    }
  }

  /** One {@code validate} call per act. */
  @Benchmark
  @OperationsPerInvocation(ACTS)
  public void single(Acts a, Blackhole blackhole) {
    for (Act act : a.acts) {
      blackhole.consume(a.validator.validate(act, a.history));
    }
  }

  /** One {@code validateAll} call for all the acts. */
  @Benchmark
  @OperationsPerInvocation(ACTS)
  public List<Verdict> batch(Acts a) {
    return a.validator.validateAll(a.acts, a.history);
  }
}
