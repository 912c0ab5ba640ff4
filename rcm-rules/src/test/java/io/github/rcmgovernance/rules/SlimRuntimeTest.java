package io.github.rcmgovernance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rcmgovernance.model.charter.Charter;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The standard validator needs neither the DRL toolchain nor Jackson: in a class loader that holds
 * the test class path without them, every rule case gets the same verdict and fingerprint as with
 * them, and custom rules fail with the dependency to add.
 */
class SlimRuntimeTest {
  /** The DRL toolchain: what compiles DRL, which only custom rules need. */
  static final Pattern TOOLCHAIN =
      Pattern.compile(
          "drools-model-codegen|javaparser|drools-mvel-parser|drools-mvel-compiler"
              + "|drools-codegen-common|drools-model-prototype|drools-drl-parser|drools-drl-ast"
              + "|drools-drl-extensions|antlr-runtime|antlr4-runtime");

  /** Jackson's data binding and its modules: only reading and writing JSON needs them. */
  static final Pattern JACKSON = Pattern.compile("jackson-(databind|core|datatype)");

  /** The verdict of every rule case, one line each: what the slim class loader must reproduce. */
  public static final class Verdicts implements Supplier<List<String>> {
    @Override
    public List<String> get() {
      Map<Charter, Validator> validators = new HashMap<>();
      List<String> lines = new ArrayList<>();
      for (RuleCases.Case c : RuleCases.all()) {
        Validator v =
            validators.computeIfAbsent(c.charter(), ch -> Validator.builder().charter(ch).build());
        Verdict broken = v.validate(c.violating(), c.history());
        Verdict kept = v.validate(c.passing(), c.passingHistory());
        lines.add(
            c.ruleId()
                + " "
                + broken.firedRules()
                + " "
                + broken.fingerprint()
                + " "
                + kept.isValid()
                + " "
                + kept.fingerprint());
      }
      return lines;
    }
  }

  /** What building a validator with custom rules gives: the rules it fires, or the error. */
  public static final class Custom implements Supplier<List<String>> {
    @Override
    public List<String> get() {
      try {
        Validator v =
            Validator.builder().addRules("quorum.drl", CustomRulesTest.SMALL_DECISIONS).build();
        return List.of("fired " + v.validate(Fixtures.decision(), Fixtures.history()).firedRules());
      } catch (RuleCompilationException e) {
        return List.of(e.getClass().getSimpleName(), e.getMessage());
      }
    }
  }

  private static List<Path> testClassPath() {
    String path =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<Path> entries = new ArrayList<>();
    for (String entry : path.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        entries.add(Path.of(entry));
      }
    }
    return entries;
  }

  @SuppressWarnings("unchecked")
  private static List<String> runWithout(Pattern left, Class<?> supplier) throws Exception {
    List<URL> urls = new ArrayList<>();
    for (Path p : testClassPath()) {
      if (!left.matcher(p.getFileName().toString()).find()) {
        urls.add(p.toUri().toURL());
      }
    }
    // The platform class loader as parent: nothing reaches the test's own class path.
    Thread thread = Thread.currentThread();
    ClassLoader context = thread.getContextClassLoader();
    try (URLClassLoader slim =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      Object s = slim.loadClass(supplier.getName()).getDeclaredConstructor().newInstance();
      assertThat(s.getClass().getClassLoader()).isSameAs(slim);
      // The engine finds its services through the context class loader, as in a host's own.
      thread.setContextClassLoader(slim);
      return ((Supplier<List<String>>) s).get();
    } finally {
      thread.setContextClassLoader(context);
    }
  }

  @Test
  void theTestClassPathHoldsWhatTheSlimOneLeavesOut() {
    List<String> names = testClassPath().stream().map(p -> p.getFileName().toString()).toList();
    assertThat(names).anyMatch(n -> n.startsWith("drools-model-codegen"));
    assertThat(names).anyMatch(n -> n.startsWith("drools-drl-parser"));
    assertThat(names).anyMatch(n -> n.startsWith("jackson-databind"));
  }

  @Test
  void withoutTheToolchainAndJacksonEveryRuleCaseGetsTheSameVerdict() throws Exception {
    List<String> full = new Verdicts().get();
    assertThat(full).hasSize(RuleCases.all().size());

    List<String> slim = runWithout(Pattern.compile(TOOLCHAIN + "|" + JACKSON), Verdicts.class);

    assertThat(slim).containsExactlyElementsOf(full);
  }

  @Test
  @Tag(CompilesDrl.TAG)
  void withoutTheToolchainCustomRulesFailWithTheDependencyToAdd() throws Exception {
    assertThat(new Custom().get()).containsExactly("fired [ACME-QUORUM-1]");

    List<String> slim = runWithout(TOOLCHAIN, Custom.class);

    assertThat(slim.get(0)).isEqualTo("RuleCompilationException");
    assertThat(slim.get(1)).contains("add the dependency org.drools:drools-model-codegen:10.");
  }
}
