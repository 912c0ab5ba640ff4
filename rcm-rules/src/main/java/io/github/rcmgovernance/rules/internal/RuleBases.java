package io.github.rcmgovernance.rules.internal;

import com.google.common.collect.ImmutableList;
import io.github.rcmgovernance.rules.RuleCompilationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Loads the catalogue's rule base from the executable model generated at build time, and compiles
 * an embedding system's own rules at run time.
 */
public final class RuleBases {
  private static final Pattern QUOTED_EXPRESSION =
      Pattern.compile("(?:expression:|Expression)\\s+([^:\\n]+)");

  /** Where the build writes the list of generated model classes. */
  static final String MODEL_INDEX = "META-INF/kie/io.github.rcmgovernance/rcm-rules/drools-model";

  private RuleBases() {}

  /** Sessions a new pool keeps ready; a pool grows beyond this under load. */
  public static final int SESSIONS_PER_POOL = 4;

  /** The catalogue's rule base; built once per class loader and shared (it is immutable). */
  public static KieBase catalogue() {
    return Catalogue.KIE_BASE;
  }

  /**
   * The pool of sessions over {@link #catalogue()}, shared by every validator that judges with it.
   * A rule base keeps every session made from it until that session is disposed of for good, and a
   * pooled session never is: one pool per validator would keep each validator's sessions alive
   * after the validator is gone. A pooled session holds nothing between validations (its facts,
   * global and listeners are set and removed by each), so validators with different charters can
   * share it.
   */
  public static KieSessionsPool cataloguePool() {
    return Catalogue.POOL;
  }

  private static final class Catalogue {
    static final KieBase KIE_BASE = loadCatalogue(RuleBases.class.getClassLoader());
    static final KieSessionsPool POOL = KIE_BASE.newKieSessionsPool(SESSIONS_PER_POOL);
  }

  /** Loads the rule base of the models that the index on the class loader's path lists. */
  static KieBase loadCatalogue(ClassLoader loader) {
    List<Model> models = new ArrayList<>();
    try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
      if (in == null) {
        throw new IllegalStateException(
            "the rule catalogue is missing: no " + MODEL_INDEX + " on the class path of rcm-rules");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String name = line.strip();
        if (name.isEmpty() || name.startsWith("Drools-Model-Version")) {
          continue;
        }
        models.add(
            (Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
      }
    } catch (IOException | ReflectiveOperationException e) {
      throw new IllegalStateException("the rule catalogue cannot be loaded: " + e, e);
    }
    if (models.isEmpty()) {
      throw new IllegalStateException(
          "the rule catalogue is empty: " + MODEL_INDEX + " lists no model");
    }
    return KieBaseBuilder.createKieBaseFromModel(models, KieBaseMutabilityOption.DISABLED);
  }

  /**
   * Compiles custom DRL sources into one rule base.
   *
   * @param sources DRL text by resource name
   * @return the rule base
   * @throws RuleCompilationException if any source does not compile, or if the DRL toolchain is not
   *     on the class path
   */
  public static KieBase compile(Map<String, String> sources) {
    requireToolchain(RuleBases.class.getClassLoader());
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    ReleaseId releaseId =
        services.newReleaseId("io.github.rcmgovernance.custom", "rules-" + UUID.randomUUID(), "1");
    files.generateAndWritePomXML(releaseId);
    List<String> names = new ArrayList<>(sources.keySet());
    for (int i = 0; i < names.size(); i++) {
      String drl = sources.get(names.get(i));
      // Each source sits in the folder of its package, as the engine expects (it warns otherwise).
      files.write("src/main/resources/" + folder(drl) + fileName(i), drl);
    }
    KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      ImmutableList.Builder<RuleCompilationException.Problem> problems = ImmutableList.builder();
      for (Message m : errors) {
        int source = sourceIndex(m.getPath(), names.size());
        String resource = source >= 0 ? names.get(source) : "(custom rules)";
        int line = m.getLine();
        if (line <= 0 && source >= 0) {
          line = locate(sources.get(names.get(source)), m.getText());
        }
        problems.add(new RuleCompilationException.Problem(resource, line, m.getText()));
      }
      throw new RuleCompilationException(problems.build());
    }
    try {
      return services.newKieContainer(releaseId).getKieBase();
    } finally {
      services.getRepository().removeKieModule(releaseId);
    }
  }

  /** Classes of the DRL toolchain that compiling custom rules needs, and the catalogue does not. */
  static final List<String> TOOLCHAIN =
      List.of("org.drools.model.codegen.ExecutableModelProject", "org.drools.drl.parser.DrlParser");

  /** The artifact that brings the DRL toolchain to a host that adds custom rules. */
  static final String TOOLCHAIN_ARTIFACT = "org.drools:drools-model-codegen";

  /**
   * Fails with a {@link RuleCompilationException} that names the dependency to add when the DRL
   * toolchain is not on the class path: the library's runtime leaves it out, since the catalogue is
   * compiled when the library is built.
   */
  static void requireToolchain(ClassLoader loader) {
    for (String name : TOOLCHAIN) {
      try {
        Class.forName(name, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        String message =
            "custom rules need the Drools DRL toolchain, which is not on the class path ("
                + name
                + " is missing): add the dependency "
                + TOOLCHAIN_ARTIFACT
                + ":"
                + droolsVersion(loader)
                + "; the built-in rules need nothing more";
        throw new RuleCompilationException(
            message,
            ImmutableList.of(new RuleCompilationException.Problem("(custom rules)", 0, message)));
      }
    }
  }

  /** The version of the Drools engine on the class path, which the toolchain must match. */
  static String droolsVersion(ClassLoader loader) {
    java.util.Properties pom = new java.util.Properties();
    try (InputStream in =
        loader.getResourceAsStream(
            "META-INF/maven/org.drools/drools-model-compiler/pom.properties")) {
      if (in != null) {
        pom.load(in);
      }
    } catch (IOException e) {
      // Fall through: the message then names no version.
    }
    return pom.getProperty("version", "<the version of drools-model-compiler>");
  }

  private static final Pattern PACKAGE =
      Pattern.compile(
          "^\\s*package\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*)",
          Pattern.MULTILINE);

  /** The folder of a DRL source's package, with a trailing slash; empty for no package. */
  static String folder(String drl) {
    Matcher m = PACKAGE.matcher(drl);
    return m.find() ? m.group(1).replace('.', '/') + "/" : "";
  }

  private static String fileName(int index) {
    return "rcm-custom-" + index + ".drl";
  }

  /** Which source an error's path names; with one source, that one; else -1 when none. */
  static int sourceIndex(String path, int count) {
    if (path != null) {
      for (int i = 0; i < count; i++) {
        if (path.endsWith("/" + fileName(i)) || path.equals(fileName(i))) {
          return i;
        }
      }
    }
    return count == 1 ? 0 : -1;
  }

  /**
   * Finds the line of an error the executable-model compiler reports without one, from the
   * expression it quotes.
   */
  static int locate(String source, String errorText) {
    Matcher m = QUOTED_EXPRESSION.matcher(errorText);
    if (!m.find()) {
      return 0;
    }
    String expression = m.group(1).strip();
    String[] lines = source.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!expression.isEmpty() && lines[i].contains(expression)) {
        return i + 1;
      }
    }
    return 0;
  }
}
