package io.github.rcmgovernance.examples.benchmarks;

import io.github.rcmgovernance.model.gen.Scenario;
import io.github.rcmgovernance.rules.Verdict;
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
 * Average time of one validation per act family, on one thread: each operation judges the next
 * scenario of the realistic mix ({@link Inputs#mix()}) whose act is of the family named by the
 * {@code family} parameter (decisions, meeting proposals, presidency term proposals, secretariat
 * actions, documents, recommendations), to find which rules cost the most.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class RuleFamilyBenchmark {

  /** The scenarios of one family. */
  @State(Scope.Benchmark)
  public static class Family {
    /** The act type, as rules name it in {@code @appliesTo}. */
    @Param({
      "Decision",
      "MeetingProposal",
      "PresidencyTermProposal",
      "SecretariatAction",
      "Document",
      "Recommendation"
    })
    public String family;

    List<Scenario> scenarios = List.of();

    /** Picks the family's scenarios out of the mix. */
    @Setup(Level.Trial)
    public void setUp() {
      scenarios = Inputs.family(family);
    }
  }

  /** One validation of an act of the family. */
  @Benchmark
  public Verdict drools(Inputs inputs, Family family, Cursor cursor) {
    List<Scenario> scenarios = family.scenarios;
    Scenario s = scenarios.get(cursor.next(scenarios.size()));
    return inputs.validator.validate(s.act(), s.history(), s.asOf());
  }
}
