package io.github.rcmgovernance.examples.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Splits a flight recording of a benchmark between the engine and this library: each CPU sample and
 * each allocation sample (weighted by the bytes it stands for) goes to the owner of its innermost
 * frame that is neither the JDK's nor Guava's, so that a {@code HashMap} the engine fills is the
 * engine's, and one the library fills is the library's. Only samples whose stack passes through a
 * frame containing the given text (by default {@code Validator.validate}) count.
 *
 * <p>Run it on a recording made with JMH's {@code -prof jfr}, for example:
 *
 * <pre>
 * java -cp rcm-examples/target/test-classes io.github.rcmgovernance.examples.benchmarks.ProfileOwners \
 *   path/to/profile.jfr
 * </pre>
 *
 * <p>Record deep enough for every sample to keep its outermost frames (JMH option {@code
 * -jvmArgsAppend -XX:FlightRecorderOptions:stackdepth=256}); the tool says how many samples it
 * could not count because their stacks were cut short.
 *
 * <p>Multiplying the engine's share by the measured time (or allocation) per validation gives what
 * the engine alone costs per validation: a floor that no change to the library or its rules' Java
 * code can go below.
 */
public final class ProfileOwners {
  private ProfileOwners() {}

  /** Who ran the code a sample was taken in. */
  enum Owner {
    /** Drools and the KIE API. */
    ENGINE,
    /** The rules' own Java code, and the lambdas the executable model generates for them. */
    CATALOGUE,
    /** The rest of rcm-rules: the validator, verdicts, messages, the situation. */
    LIBRARY,
    /** rcm-model: the history's indexes, the charter, the value types. */
    MODEL,
    /** Anything else, such as the benchmark harness. */
    OTHER
  }

  /**
   * Prints the shares of CPU samples and of sampled allocation per owner.
   *
   * @param args the recording, and optionally the text a counted stack must contain
   * @throws IOException if the recording cannot be read
   */
  public static void main(String[] args) throws IOException {
    String through = args.length > 1 ? args[1] : "Validator.validate";
    Map<Owner, Long> cpu = new EnumMap<>(Owner.class);
    Map<Owner, Long> bytes = new EnumMap<>(Owner.class);
    long cut = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
      String type = e.getEventType().getName();
      boolean sample = type.equals("jdk.ExecutionSample");
      boolean allocation = type.equals("jdk.ObjectAllocationSample");
      RecordedStackTrace stack = e.getStackTrace();
      if ((!sample && !allocation) || stack == null) {
        continue;
      }
      if (!passesThrough(stack, through)) {
        // A stack cut short by the recording's depth may have lost the frame it is counted by.
        cut += stack.isTruncated() ? 1 : 0;
        continue;
      }
      Owner owner = owner(stack.getFrames());
      if (sample) {
        cpu.merge(owner, 1L, Long::sum);
      } else {
        bytes.merge(owner, e.getLong("weight"), Long::sum);
      }
    }
    print("CPU samples", cpu);
    print("allocated bytes (sampled)", bytes);
    if (cut > 0) {
      System.out.printf(
          Locale.ROOT,
          "%d samples not counted: their stacks were cut short and may have passed through %s;"
              + " record with -XX:FlightRecorderOptions:stackdepth=256%n",
          cut,
          through);
    }
  }

  /** The owner of the innermost frame that is neither the JDK's nor Guava's. */
  static Owner owner(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      if (frame.getMethod() == null) {
        continue;
      }
      Owner owner = ownerOf(frame.getMethod().getType().getName());
      if (owner != null) {
        return owner;
      }
    }
    return Owner.OTHER;
  }

  /** The owner of a class, or null for the JDK's and Guava's classes, which serve their caller. */
  static Owner ownerOf(String className) {
    if (className.startsWith("java.")
        || className.startsWith("jdk.")
        || className.startsWith("sun.")
        || className.startsWith("com.sun.")
        || className.startsWith("com.google.")) {
      return null;
    } else if (className.startsWith("org.drools.") || className.startsWith("org.kie.")) {
      return Owner.ENGINE;
    } else if (className.startsWith("io.github.rcmgovernance.rules.catalogue.")) {
      return Owner.CATALOGUE;
    } else if (className.startsWith("io.github.rcmgovernance.rules.")) {
      return Owner.LIBRARY;
    } else if (className.startsWith("io.github.rcmgovernance.model.")) {
      return Owner.MODEL;
    }
    return Owner.OTHER;
  }

  private static boolean passesThrough(RecordedStackTrace stack, String through) {
    for (RecordedFrame frame : stack.getFrames()) {
      if (frame.getMethod() != null
          && (frame.getMethod().getType().getName() + "." + frame.getMethod().getName())
              .contains(through)) {
        return true;
      }
    }
    return false;
  }

  private static void print(String title, Map<Owner, Long> counts) {
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    System.out.printf(Locale.ROOT, "%s: %d%n", title, total);
    for (Map.Entry<Owner, Long> c : counts.entrySet()) {
      System.out.printf(
          Locale.ROOT,
          "  %-9s %5.1f%%%n",
          c.getKey().name().toLowerCase(Locale.ROOT),
          100.0 * c.getValue() / Math.max(1, total));
    }
  }
}
