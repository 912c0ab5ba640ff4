package io.github.rcmgovernance.examples.benchmarks;

import io.github.rcmgovernance.model.history.History;
import io.github.rcmgovernance.rules.Validator;
import io.github.rcmgovernance.rules.Verdict;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Locale;

/**
 * An estimate of the heap a built validator keeps: the used heap after full collections, before
 * building {@code Validator.standard()}, after building it and after its first validation (which
 * fills a rule session pool). Run it in a fresh JVM; {@code .ci/cold-start} does. The figures leave
 * out metaspace (loaded classes) and count whatever static caches the build fills.
 *
 * <p>Prints one line of {@code key=value} pairs: {@code before_mb}, {@code built_mb}, {@code
 * validated_mb} (used heap at each point) and {@code retained_mb} ({@code validated_mb -
 * before_mb}).
 */
public final class Retained {
  private static final double MB = 1024.0 * 1024.0;

  private Retained() {}

  /**
   * Measures the heap retained by a built validator.
   *
   * @param args ignored
   */
  public static void main(String[] args) throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    Validator validator = Validator.standard();
    long built = usedAfterGc(memory);
    Verdict verdict = validator.validate(ColdStart.decision(), History.empty());
    long validated = usedAfterGc(memory);
    System.out.println(
        String.format(
            Locale.ROOT,
            "before_mb=%.1f built_mb=%.1f validated_mb=%.1f retained_mb=%.1f violations=%d",
            before / MB,
            built / MB,
            validated / MB,
            (validated - before) / MB,
            verdict.violations().size()));
    Reference.reachabilityFence(validator);
  }

  /** The used heap after a few full collections, once it has settled. */
  private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(50);
      long now = memory.getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return used;
      }
      used = now;
    }
    return used;
  }
}
