package io.github.rcmgovernance.examples.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.kie.api.KieBase;

/**
 * The engine's own cold start, measured in a fresh JVM: from the start of {@code main} to the first
 * firing of {@link OneRule}'s single rule, with nothing of this library loaded. No program that
 * judges with the engine can reach its first verdict sooner; {@code .ci/cold-start} launches it
 * beside {@link ColdStart}, without and with a class-data-sharing archive.
 *
 * <p>Prints one line of {@code key=value} pairs: {@code build_ms} (the rule base), {@code
 * first_fire_ms} (a session, one fact, firing), {@code total_ms} (from {@code main} to the firing),
 * {@code uptime_ms} (the JVM's uptime at the firing) and {@code fired} (1, a check). With the
 * argument {@code jvm} it prints only {@code uptime_ms} when {@code main} starts: the JVM's own
 * start.
 */
public final class EngineFloor {
  private EngineFloor() {}

  /**
   * Measures one cold start of the engine.
   *
   * @param args nothing, or {@code jvm} for the JVM's own start
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("jvm")) {
      // The JVM alone: its uptime when main starts.
      System.out.println("uptime_ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
      return;
    }
    long start = System.nanoTime();
    KieBase base = OneRule.base();
    long built = System.nanoTime();
    int fired = OneRule.judge(base.newKieSessionsPool(1), "a");
    long judged = System.nanoTime();
    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
    if (fired != 1) {
      throw new IllegalStateException("the one rule fired " + fired + " times, not once");
    }
    System.out.println(
        String.format(
            Locale.ROOT,
            "build_ms=%.1f first_fire_ms=%.1f total_ms=%.1f uptime_ms=%d fired=%d",
            ColdStart.millis(built - start),
            ColdStart.millis(judged - built),
            ColdStart.millis(judged - start),
            uptime,
            fired));
  }
}
