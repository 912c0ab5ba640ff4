package io.github.rcmgovernance.examples.benchmarks;

import io.github.rcmgovernance.model.gen.Scenario;
import io.github.rcmgovernance.model.json.RcmJson;
import io.github.rcmgovernance.rules.Validator;
import java.io.File;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The validator of this build against the validator of an earlier build, on the same realistic mix
 * and in the same JVM, so that a change's effect on throughput is measured within one run.
 *
 * <p>The earlier build is given as its two jars in the system property {@code rcm.before} (the
 * rcm-model and rcm-rules jars, separated by the path separator). They are loaded in a class loader
 * of their own, with the same third-party jars as this build; the mix is handed to them through its
 * JSON form, which both builds read. Without the property the benchmark fails at setup.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BeforeAndAfterBenchmark {

  /** The earlier build's validator and the mix as its own model objects. */
  @State(Scope.Benchmark)
  public static class Before {
    /** The earlier validator's {@code validate(act, history, asOf)}, bound to it. */
    MethodHandle validate;

    List<Object[]> mix;

    /** Loads the earlier build and converts the mix. */
    @Setup(Level.Trial)
    public void setUp(Inputs inputs) throws Throwable {
      String jars = System.getProperty("rcm.before");
      if (jars == null || jars.isBlank()) {
        throw new IllegalStateException(
            "set -Drcm.before=<rcm-model jar>" + File.pathSeparator + "<rcm-rules jar>");
      }
      List<URL> urls = new ArrayList<>();
      for (String jar : jars.split(File.pathSeparator)) {
        Path path = Path.of(jar);
        if (!Files.isRegularFile(path)) {
          throw new IllegalStateException("rcm.before names no file: " + jar);
        }
        urls.add(path.toUri().toURL());
      }
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        if (isThirdParty(entry)) {
          urls.add(url(entry));
        }
      }
      ClassLoader loader =
          new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
      // Drools finds its services through the context class loader.
      Thread thread = Thread.currentThread();
      ClassLoader context = thread.getContextClassLoader();
      thread.setContextClassLoader(loader);
      try {
        load(loader, inputs);
      } finally {
        thread.setContextClassLoader(context);
      }
    }

    private void load(ClassLoader loader, Inputs inputs) throws Throwable {
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      Class<?> json = loader.loadClass("io.github.rcmgovernance.model.json.RcmJson");
      Class<?> act = loader.loadClass("io.github.rcmgovernance.model.act.Act");
      Class<?> history = loader.loadClass("io.github.rcmgovernance.model.history.History");
      Class<?> validatorType = loader.loadClass("io.github.rcmgovernance.rules.Validator");
      Object reader = lookup.findStatic(json, "standard", MethodType.methodType(json)).invoke();
      MethodHandle readAct =
          lookup.findVirtual(json, "readAct", MethodType.methodType(act, String.class));
      MethodHandle readHistory =
          lookup.findVirtual(json, "readHistory", MethodType.methodType(history, String.class));
      Object validator =
          lookup
              .findStatic(validatorType, "standard", MethodType.methodType(validatorType))
              .invoke();
      Class<?> verdict = loader.loadClass("io.github.rcmgovernance.rules.Verdict");
      validate =
          lookup
              .findVirtual(
                  validatorType,
                  "validate",
                  MethodType.methodType(verdict, act, history, LocalDate.class))
              .bindTo(validator)
              .asType(MethodType.genericMethodType(3));
      RcmJson current = RcmJson.standard();
      mix = new ArrayList<>();
      for (Scenario s : inputs.mix) {
        mix.add(
            new Object[] {
              readAct.invoke(reader, current.write(s.act())),
              readHistory.invoke(reader, current.write(s.history())),
              s.asOf()
            });
      }
    }

    private static boolean isThirdParty(String entry) {
      String name = Path.of(entry).getFileName().toString();
      return entry.endsWith(".jar") && !name.startsWith("rcm-");
    }

    private static URL url(String entry) {
      try {
        return Path.of(entry).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new IllegalStateException(entry, e);
      }
    }
  }

  /** This build: {@code Validator.standard()} on the mix. */
  @Benchmark
  @Threads(1)
  public Object after(Inputs inputs, Cursor cursor) {
    List<Scenario> mix = inputs.mix;
    Scenario s = mix.get(cursor.next(mix.size()));
    Validator validator = inputs.validator;
    return validator.validate(s.act(), s.history(), s.asOf());
  }

  /** The earlier build: its {@code Validator.standard()} on the same mix. */
  @Benchmark
  @Threads(1)
  public Object before(Before before, Cursor cursor) throws Throwable {
    List<Object[]> mix = before.mix;
    Object[] s = mix.get(cursor.next(mix.size()));
    return (Object) before.validate.invokeExact(s[0], s[1], s[2]);
  }
}
