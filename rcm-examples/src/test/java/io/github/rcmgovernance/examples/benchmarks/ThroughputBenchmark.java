package io.github.rcmgovernance.examples.benchmarks;

import io.github.rcmgovernance.model.gen.Scenario;
import io.github.rcmgovernance.rules.Verdict;
import io.github.rcmgovernance.rules.oracle.CleanRoomOracle.Finding;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;

/**
 * Validations per second on the realistic mix of {@link Inputs#mix()}: each operation judges the
 * next scenario of the mix (every thread cycles through all of them), with {@code
 * Validator.standard()} ({@code drools…}) or with the plain-Java clean-room oracle ({@code
 * oracle…}) on the same inputs, so that the two can be compared within one run.
 *
 * <p>{@code drools} and {@code oracle} run on one thread; {@code droolsTwoThreads} and {@code
 * oracleTwoThreads} on two threads sharing one validator, to show how validation scales across
 * cores. JMH reports the total throughput of all threads.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ThroughputBenchmark {

  /** One thread, Drools. */
  @Benchmark
  @Threads(1)
  public Verdict drools(Inputs inputs, Cursor cursor) {
    return validate(inputs, cursor);
  }

  /** One thread, reference oracle. */
  @Benchmark
  @Threads(1)
  public List<Finding> oracle(Inputs inputs, Cursor cursor) {
    return findings(inputs, cursor);
  }

  /** Two threads, one shared validator. */
  @Benchmark
  @Threads(2)
  public Verdict droolsTwoThreads(Inputs inputs, Cursor cursor) {
    return validate(inputs, cursor);
  }

  /** Two threads, one shared oracle. */
  @Benchmark
  @Threads(2)
  public List<Finding> oracleTwoThreads(Inputs inputs, Cursor cursor) {
    return findings(inputs, cursor);
  }

  private static Verdict validate(Inputs inputs, Cursor cursor) {
    List<Scenario> mix = inputs.mix;
    Scenario s = mix.get(cursor.next(mix.size()));
    return inputs.validator.validate(s.act(), s.history(), s.asOf());
  }

  private static List<Finding> findings(Inputs inputs, Cursor cursor) {
    List<Scenario> mix = inputs.mix;
    Scenario s = mix.get(cursor.next(mix.size()));
    return inputs.oracle.findings(s.act(), s.history(), s.asOf());
  }
}
