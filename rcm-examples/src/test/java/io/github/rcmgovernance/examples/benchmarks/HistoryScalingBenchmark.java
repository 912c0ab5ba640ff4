package io.github.rcmgovernance.examples.benchmarks;

import io.github.rcmgovernance.model.charter.Charter;
import io.github.rcmgovernance.model.gen.Scenario;
import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.rules.Validator;
import io.github.rcmgovernance.rules.Verdict;
import io.github.rcmgovernance.rules.oracle.CleanRoomOracle;
import io.github.rcmgovernance.rules.oracle.CleanRoomOracle.Finding;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * How the cost of a validation grows with the size of the history: the same few acts ({@link
 * Inputs#scalingActs()}, two of each act family, each with its day of judgement) judged against
 * histories of 10, 100, 1,000 and 10,000 entries ({@link Inputs#historyOfSize(int)}; entries are
 * meetings + presidency terms + recommendations + activities + agendas). Each operation judges the
 * next act. The oracle runs on the same inputs for comparison.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@State(Scope.Benchmark)
public class HistoryScalingBenchmark {
  /** The number of entries in the history. */
  @Param({"10", "100", "1000", "10000"})
  public int entries;

  private History history = History.empty();
  private List<Scenario> acts = List.of();
  private final Validator validator = Validator.standard();
  private final CleanRoomOracle referenceOracle = new CleanRoomOracle(Charter.rcm());

  /** Fetches the history of the size and the acts, building them on first use. */
  @Setup(Level.Trial)
  public void setUp() {
    history = Inputs.historyOfSize(entries);
    acts = Inputs.scalingActs();
  }

  /** One validation with Drools. */
  @Benchmark
  public Verdict drools(Cursor cursor) {
    Scenario s = acts.get(cursor.next(acts.size()));
    return validator.validate(s.act(), history, s.asOf());
  }

  /** The same judgement by the reference oracle. */
  @Benchmark
  public List<Finding> oracle(Cursor cursor) {
    Scenario s = acts.get(cursor.next(acts.size()));
    return referenceOracle.findings(s.act(), history, s.asOf());
  }
}
