package io.github.rcmgovernance.examples.benchmarks;

import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The engine's floor per judgement (ops/s): {@link OneRule}'s single rule judging one fact in a
 * pooled session, taken, filled, fired and disposed as the validator does with its sessions, but
 * with nothing of the catalogue or of this library in it. Beside {@link ThroughputBenchmark} in one
 * run it shows how much of a validation is the engine's fixed cost per call, and whether that cost
 * alone scales across two cores ({@code oneRuleTwoThreads} ÷ {@code oneRule}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineFloorBenchmark {

  /** The pooled sessions of the one-rule base, shared by all threads like the validator's. */
  @State(Scope.Benchmark)
  public static class Engine {
    KieBase base;
    KieSessionsPool pool;

    /** Builds the base and its pool, and checks that the rule fires. */
    @Setup
    public void setUp() {
      base = OneRule.base();
      pool = base.newKieSessionsPool(4);
      if (OneRule.judge(pool, "a") != 1) {
        throw new IllegalStateException("the one rule did not fire");
      }
    }
  }

  /** A pool of the one-rule base's sessions for each thread. */
  @State(Scope.Thread)
  public static class OwnPool {
    KieSessionsPool pool;

    /** Builds the thread's pool over the shared base. */
    @Setup
    public void setUp(Engine engine) {
      pool = engine.base.newKieSessionsPool(1);
    }
  }

  /** Two threads, each with its own pool over the shared base. */
  @Benchmark
  @Threads(2)
  public int oneRuleTwoThreadsOwnPools(OwnPool own) {
    return OneRule.judge(own.pool, "a");
  }

  /** One thread. */
  @Benchmark
  @Threads(1)
  public int oneRule(Engine engine) {
    return OneRule.judge(engine.pool, "a");
  }

  /** Two threads sharing the pool. */
  @Benchmark
  @Threads(2)
  public int oneRuleTwoThreads(Engine engine) {
    return OneRule.judge(engine.pool, "a");
  }
}
